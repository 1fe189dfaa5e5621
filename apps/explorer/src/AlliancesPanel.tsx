import type { VariablesOf } from '@dossier/client';
import { dossier } from './client.ts';
import { compact, FilterBar, SelectFilter, TextFilter } from './controls.tsx';
import { enumLabel, names } from './format.ts';
import { ListFooter, ListItem } from './list.tsx';
import type { FilterOptions } from './options.ts';
import { loadPages } from './pages.ts';
import { AlliancesQuery } from './queries.ts';
import { useAsync } from './useAsync.ts';
import { useDebounced } from './useDebounced.ts';
import { useFilterPages } from './useFilterPages.ts';

type Variables = VariablesOf<typeof AlliancesQuery>;
const EMPTY = { name: '', member: '' };

export function AlliancesPanel({
  options,
  selectedId,
  version,
}: {
  options: FilterOptions;
  selectedId: string | null;
  /** Goes up when live updates say an article went in: reload. */
  version: number;
}) {
  const { filter, first, set, clear, more } = useFilterPages(EMPTY);
  const sent = useDebounced(filter);
  const state = useAsync(
    (signal) =>
      loadPages(first, async (size, after) => {
        const variables = { first: size, after, filter: compact(sent) as Variables['filter'] };
        return (await dossier.request(AlliancesQuery, variables, { signal })).alliances;
      }),
    [first, JSON.stringify(sent), version],
  );
  const alliances = state.data?.nodes ?? [];
  return (
    <div className="panel">
      <FilterBar onClear={clear}>
        <TextFilter
          label="Name"
          type="search"
          value={filter.name}
          placeholder="name, acronym or alias"
          onChange={set('name')}
        />
        <SelectFilter
          label="Member"
          value={filter.member}
          options={options.countries}
          onChange={set('member')}
        />
      </FilterBar>
      <ListFooter
        state={state}
        shown={alliances.length}
        noun="alliance or body"
        plural="alliances and bodies"
      />
      <ul className="list" data-testid="alliances">
        {alliances.map((alliance) => (
          <ListItem
            key={alliance.id}
            tab="alliances"
            id={alliance.id}
            selected={alliance.id === selectedId}
            testId="alliance-item"
          >
            <strong>
              {alliance.name}
              {alliance.acronym && alliance.acronym !== alliance.name ? ` (${alliance.acronym})` : ''}
            </strong>
            <span className="meta">
              {enumLabel(alliance.kind)}
              {alliance.parent ? ` of ${alliance.parent.acronym ?? alliance.parent.name}` : ''}
              {alliance.founded ? ` · founded ${alliance.founded}` : ''}
            </span>
            {alliance.members.length > 0 ? <span>Members: {names(alliance.members)}</span> : null}
            {alliance.bodies.length > 0 ? <span>Bodies: {names(alliance.bodies)}</span> : null}
          </ListItem>
        ))}
      </ul>
      {state.data?.hasNextPage ? (
        <button type="button" className="more" onClick={more}>
          Show more
        </button>
      ) : null}
    </div>
  );
}
