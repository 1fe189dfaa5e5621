import type { ResultOf } from '@dossier/client';
import { dossier } from './client.ts';
import { FilterBar, SelectFilter } from './controls.tsx';
import { enumLabel, names } from './format.ts';
import { ListItem } from './list.tsx';
import type { FilterOptions } from './options.ts';
import { TimelineQuery } from './queries.ts';
import { buildTimeline, type MeetingStub, type TimelineEntry } from './timeline.ts';
import { useAsync } from './useAsync.ts';
import { useFilterPages } from './useFilterPages.ts';

type Data = ResultOf<typeof TimelineQuery>;
type Meeting = Data['meetings']['edges'][number]['node'];
type Statement = Data['statements']['edges'][number]['node'];
type Entry = TimelineEntry<Meeting, Statement>;
type Within = NonNullable<Meeting['within']>;

const EMPTY = { actor: '', alliance: '' };

/** Ask for the actor's meetings and words, or else the alliance's sittings and mentions. */
function timelineVariables(filter: typeof EMPTY) {
  if (filter.actor) return { meetings: { participant: filter.actor }, statements: { speaker: filter.actor } };
  return { meetings: { forum: filter.alliance }, statements: { alliance: filter.alliance } };
}

export function TimelinePanel({
  options,
  selectedId,
  version,
}: {
  options: FilterOptions;
  selectedId: string | null;
  /** Goes up when live updates say an article went in: reload. */
  version: number;
}) {
  const { filter, set, clear } = useFilterPages(EMPTY);
  const chosen = filter.actor || filter.alliance;
  const state = useAsync(
    async (signal) => (chosen ? dossier.request(TimelineQuery, timelineVariables(filter), { signal }) : null),
    [JSON.stringify(filter), version],
  );
  const data = state.data ?? null;
  const entries = data
    ? buildTimeline(
        data.meetings.edges.map(({ node }) => node),
        data.statements.edges.map(({ node }) => node),
      )
    : [];
  return (
    <div className="panel">
      <FilterBar onClear={clear}>
        <SelectFilter
          label="Actor"
          anyLabel="choose…"
          value={filter.actor}
          options={options.actors}
          onChange={(value) => {
            set('alliance')('');
            set('actor')(value);
          }}
        />
        <SelectFilter
          label="Alliance"
          anyLabel="choose…"
          value={filter.alliance}
          options={options.alliances}
          onChange={(value) => {
            set('actor')('');
            set('alliance')(value);
          }}
        />
      </FilterBar>
      {state.status === 'failed' ? (
        <p className="error" role="alert">
          Could not load: {state.error.message}
        </p>
      ) : null}
      {!chosen ? (
        <p className="count muted">
          Choose an actor or an alliance to see its meetings and statements by date.
        </p>
      ) : null}
      {data ? (
        <p className="count" data-testid="count">
          {data.meetings.edges.length} of {data.meetings.totalCount} meetings, {data.statements.edges.length}{' '}
          of {data.statements.totalCount} statements
        </p>
      ) : null}
      <ol className="timeline" data-testid="timeline">
        {entries.map((entry) => (
          <TimelineItem key={entry.id} entry={entry} selectedId={selectedId} />
        ))}
      </ol>
    </div>
  );
}

function TimelineItem({ entry, selectedId }: { entry: Entry; selectedId: string | null }) {
  const children =
    entry.children.length > 0 ? (
      <li className="timeline-within">
        <ol className="timeline nested" data-within={entry.id}>
          {entry.children.map((child) => (
            <TimelineItem key={child.id} entry={child} selectedId={selectedId} />
          ))}
        </ol>
      </li>
    ) : null;
  const testId = entry.type === 'meeting' ? 'timeline-meeting' : 'timeline-statement';
  return (
    <>
      <ListItem tab="timeline" id={entry.id} selected={entry.id === selectedId} testId={testId}>
        <span className="meta">{entry.date ?? 'date not stated'}</span>
        {entry.type === 'meeting' ? <MeetingLine meeting={entry.meeting} listed={entry.listed} /> : null}
        {entry.type === 'statement' ? <StatementLine statement={entry.statement} /> : null}
      </ListItem>
      {children}
    </>
  );
}

function MeetingLine({ meeting, listed }: { meeting: Meeting | Within | MeetingStub; listed: boolean }) {
  const place = 'place' in meeting && meeting.place ? ` in ${meeting.place.name}` : '';
  const forum =
    'forum' in meeting && meeting.forum ? ` · ${meeting.forum.acronym ?? meeting.forum.name}` : '';
  return (
    <>
      <strong>
        {enumLabel(meeting.kind)} meeting{place}
        {forum}
      </strong>
      {'participants' in meeting ? <span>{names(meeting.participants)}</span> : null}
      {listed ? null : <span className="muted">the sitting these were held within (not listed itself)</span>}
    </>
  );
}

function StatementLine({ statement }: { statement: Statement }) {
  return (
    <>
      <strong>{statement.speaker?.name ?? 'Unnamed speaker'} said</strong>
      <q className="snippet">{statement.quote ?? statement.content}</q>
    </>
  );
}
