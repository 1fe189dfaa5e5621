import type { ResultOf, VariablesOf } from '@dossier/client';
import { useState } from 'react';
import { dossier } from './client.ts';
import { compact, enumOptions, FilterBar, matchesWords, SelectFilter, TextFilter } from './controls.tsx';
import { meetingsCsv } from './csv.ts';
import { corroborationLabel, enumLabel, names } from './format.ts';
import { CsvButton, ListFooter, ListItem } from './list.tsx';
import type { FilterOptions } from './options.ts';
import { loadPages } from './pages.ts';
import { MeetingsQuery } from './queries.ts';
import { useAsync } from './useAsync.ts';
import { useFilterPages } from './useFilterPages.ts';

type Meeting = ResultOf<typeof MeetingsQuery>['meetings']['edges'][number]['node'];
type Variables = VariablesOf<typeof MeetingsQuery>;

const KINDS = ['BILATERAL', 'MULTILATERAL', 'SESSION', 'SUMMIT', 'CALL'] as const;
const EMPTY = { participant: '', country: '', place: '', forum: '', kind: '', from: '', to: '' };

export function MeetingsPanel({
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
  const state = useAsync(
    (signal) =>
      loadPages(first, async (size, after) => {
        const variables = { first: size, after, filter: compact(filter) as Variables['filter'], orderBy };
        return (await dossier.request(MeetingsQuery, variables, { signal })).meetings;
      }),
    [first, JSON.stringify(filter), orderBy, version],
  );
  const meetings = state.data?.nodes ?? [];
  const shown = meetings.filter((meeting) => matchesWords(meetingText(meeting), words));
  return (
    <div className="panel">
      <FilterBar
        onClear={() => {
          clear();
          setWords('');
        }}
      >
        <SelectFilter
          label="Participant"
          value={filter.participant}
          options={options.actors}
          onChange={set('participant')}
        />
        <SelectFilter
          label="Country"
          value={filter.country}
          options={options.countries}
          onChange={set('country')}
        />
        <SelectFilter
          label="Place"
          value={filter.place}
          options={[...options.places, ...options.countries]}
          onChange={set('place')}
        />
        <SelectFilter
          label="Forum"
          value={filter.forum}
          options={options.alliances}
          onChange={set('forum')}
        />
        <SelectFilter label="Kind" value={filter.kind} options={enumOptions(KINDS)} onChange={set('kind')} />
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
        <ListFooter state={state} shown={shown.length} total={state.data?.totalCount} noun="meeting" />
        <CsvButton noun="meetings" count={shown.length} csv={() => meetingsCsv(shown)} />
      </div>
      <ul className="list" data-testid="meetings">
        {shown.map((meeting) => (
          <ListItem
            key={meeting.id}
            tab="meetings"
            id={meeting.id}
            selected={meeting.id === selectedId}
            testId="meeting-item"
          >
            <strong>
              {enumLabel(meeting.kind)} meeting
              {meeting.place ? ` in ${placeLabel(meeting.place)}` : ''}
            </strong>
            <span className="meta">
              {meeting.date ?? 'date not stated'} · {enumLabel(meeting.status)}
              {meeting.forum ? ` · ${meeting.forum.acronym ?? meeting.forum.name}` : ''} ·{' '}
              {corroborationLabel(meeting)}
            </span>
            <span>{names(meeting.participants) || <span className="muted">no named participants</span>}</span>
            {meeting.evidence[0] ? <q className="snippet">{meeting.evidence[0].exact}</q> : null}
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

function placeLabel(place: { name: string; aliases: string[] }): string {
  const other = place.aliases.filter((alias) => alias !== place.name);
  return other.length > 0 ? `${place.name} (${other.join(', ')})` : place.name;
}

function meetingText(meeting: Meeting): string {
  return [
    meeting.kind,
    meeting.date,
    meeting.place?.name,
    ...(meeting.place?.aliases ?? []),
    meeting.forum?.name,
    names(meeting.participants),
    meeting.topics.join(' '),
    ...meeting.evidence.map((evidence) => evidence.exact),
  ]
    .filter(Boolean)
    .join(' ');
}
