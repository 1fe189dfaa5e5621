import type { ResultOf, VariablesOf } from '@dossier/client';
import { useState } from 'react';
import { dossier } from './client.ts';
import { compact, enumOptions, FilterBar, matchesWords, SelectFilter, TextFilter } from './controls.tsx';
import { statementsCsv } from './csv.ts';
import { enumLabel, names } from './format.ts';
import { CsvButton, ListFooter, ListItem } from './list.tsx';
import type { FilterOptions } from './options.ts';
import { loadPages } from './pages.ts';
import { StatementsQuery } from './queries.ts';
import { useAsync } from './useAsync.ts';
import { useDebounced } from './useDebounced.ts';
import { useFilterPages } from './useFilterPages.ts';

type Statement = ResultOf<typeof StatementsQuery>['statements']['edges'][number]['node'];
type Variables = VariablesOf<typeof StatementsQuery>;

const CHANNELS = [
  'PRESS_CONFERENCE',
  'PRESS_RELEASE',
  'INTERVIEW',
  'TV',
  'WEBSITE',
  'TELEGRAM',
  'X',
  'FACEBOOK',
] as const;
const EMPTY = { speaker: '', channel: '', meeting: '', alliance: '', quote: '', from: '', to: '' };

export function StatementsPanel({
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
  const [orderBy, setOrderBy] = useState<NonNullable<Variables['orderBy']>>('DATE_DESC');
  const [words, setWords] = useState('');
  const sent = useDebounced(filter);
  const state = useAsync(
    (signal) =>
      loadPages(first, async (size, after) => {
        const variables = { first: size, after, filter: compact(sent) as Variables['filter'], orderBy };
        return (await dossier.request(StatementsQuery, variables, { signal })).statements;
      }),
    [first, JSON.stringify(sent), orderBy, version],
  );
  const statements = state.data?.nodes ?? [];
  const shown = statements.filter((statement) => matchesWords(statementText(statement), words));
  return (
    <div className="panel">
      <FilterBar
        onClear={() => {
          clear();
          setWords('');
        }}
      >
        <SelectFilter
          label="Speaker"
          value={filter.speaker}
          options={options.actors}
          onChange={set('speaker')}
        />
        <SelectFilter
          label="Channel"
          value={filter.channel}
          options={enumOptions(CHANNELS)}
          onChange={set('channel')}
        />
        <SelectFilter
          label="Meeting"
          value={filter.meeting}
          options={options.meetings}
          onChange={set('meeting')}
        />
        <SelectFilter
          label="Alliance named"
          value={filter.alliance}
          options={options.alliances}
          onChange={set('alliance')}
        />
        <TextFilter
          label="Quote words"
          type="search"
          value={filter.quote}
          placeholder="every word, in the quote"
          onChange={set('quote')}
        />
        <TextFilter label="From" type="date" value={filter.from} onChange={set('from')} />
        <TextFilter label="To" type="date" value={filter.to} onChange={set('to')} />
        <SelectFilter
          label="Order"
          anyLabel="newest first"
          value={orderBy === 'DATE_DESC' ? '' : orderBy}
          options={[
            { value: 'DATE_ASC', label: 'oldest first' },
            { value: 'INGESTED', label: 'as stored' },
          ]}
          onChange={(value) => setOrderBy(value === 'DATE_ASC' || value === 'INGESTED' ? value : 'DATE_DESC')}
        />
        <TextFilter
          label="Words"
          type="search"
          value={words}
          placeholder="in the rows shown"
          title="Narrows the rows already loaded (in this page)"
          onChange={setWords}
        />
      </FilterBar>
      <div className="list-head">
        <ListFooter state={state} shown={shown.length} total={state.data?.totalCount} noun="statement" />
        <CsvButton noun="statements" count={shown.length} csv={() => statementsCsv(shown)} />
      </div>
      <ul className="list" data-testid="statements">
        {shown.map((statement) => (
          <ListItem
            key={statement.id}
            tab="statements"
            id={statement.id}
            selected={statement.id === selectedId}
            testId="statement-item"
          >
            <strong>{statement.speaker?.name ?? 'Unnamed speaker'}</strong>
            <span className="meta">
              {[enumLabel(statement.channel), statement.reportedOn].filter(Boolean).join(' · ') ||
                'channel not stated'}
              {statement.about ? ` · on the ${enumLabel(statement.about.kind)} meeting` : ''}
            </span>
            <q className="snippet">{statement.quote ?? statement.content}</q>
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

function statementText(statement: Statement): string {
  return [
    statement.speaker?.name,
    statement.channel,
    statement.quote,
    statement.content,
    names(statement.mentions),
    statement.about?.place?.name,
  ]
    .filter(Boolean)
    .join(' ');
}
