import { dossier } from './client.ts';
import { FilterBar, TextFilter } from './controls.tsx';
import { enumLabel, names } from './format.ts';
import { ListFooter, ListItem } from './list.tsx';
import { SearchQuery } from './queries.ts';
import { routeHash } from './route.ts';
import { useAsync } from './useAsync.ts';
import { useDebounced } from './useDebounced.ts';

/** Full-text search over every record and document; the query lives in the URL. */
export function SearchPanel({
  query,
  selectedId,
  version,
}: {
  query: string;
  selectedId: string | null;
  version: number;
}) {
  const sent = useDebounced(query.trim(), 300);
  const state = useAsync(
    async (signal) => (sent ? dossier.request(SearchQuery, { query: sent, first: 50 }, { signal }) : null),
    [sent, version],
  );
  const hits = state.data?.search.edges.flatMap(({ node }) => (node.node ? [node.node] : [])) ?? [];
  return (
    <div className="panel">
      <FilterBar onClear={() => window.location.replace(routeHash({ tab: 'search' }))}>
        <TextFilter
          label="Search"
          type="search"
          value={query}
          placeholder='words, "a phrase", -not'
          onChange={(value) =>
            window.location.replace(routeHash({ tab: 'search', recordId: selectedId, query: value }))
          }
        />
      </FilterBar>
      {sent ? (
        <ListFooter state={state} shown={hits.length} noun="match" plural="matches" />
      ) : (
        <p className="count muted">Type to search.</p>
      )}
      <ul className="list" data-testid="search-results">
        {hits.map((hit) => (
          <ListItem
            key={hit.id}
            tab="search"
            id={hit.id}
            selected={hit.id === selectedId}
            testId="search-item"
            query={query}
          >
            <span className="kicker">{hit.__typename}</span>
            <strong>
              {hit.__typename === 'Meeting'
                ? `${enumLabel(hit.kind)} meeting${hit.place ? ` in ${hit.place.name}` : ''}`
                : hit.__typename === 'Statement'
                  ? (hit.speaker?.name ?? 'Unnamed speaker')
                  : hit.__typename === 'Document'
                    ? (hit.title ?? 'Untitled article')
                    : 'name' in hit
                      ? hit.name
                      : ''}
            </strong>
            {hit.__typename === 'Meeting' ? <span>{names(hit.participants)}</span> : null}
            {hit.__typename === 'Statement' ? <q className="snippet">{hit.content}</q> : null}
          </ListItem>
        ))}
      </ul>
    </div>
  );
}
