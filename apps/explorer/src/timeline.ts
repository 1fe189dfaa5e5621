// One actor's (or alliance's) meetings and statements in date order. A bilateral held within a
// session sits under that session — under a stub of it when the session itself is not listed —
// and a statement about a listed meeting sits under the meeting.

export interface MeetingStub {
  id: string;
  kind: string;
  date?: string | null;
}

export interface TimelineMeeting extends MeetingStub {
  within?: MeetingStub | null;
}

export interface TimelineStatement {
  id: string;
  reportedOn?: string | null;
  about?: { id: string } | null;
}

export type TimelineEntry<M extends TimelineMeeting, S extends TimelineStatement> =
  | {
      type: 'meeting';
      id: string;
      date: string | null;
      meeting: M | MeetingStub;
      listed: boolean;
      children: TimelineEntry<M, S>[];
    }
  | { type: 'statement'; id: string; date: string | null; statement: S; children: [] };

/** Oldest first; undated entries last, in the order they came. */
function byDate(a: { date: string | null }, b: { date: string | null }): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

function sortDeep<M extends TimelineMeeting, S extends TimelineStatement>(entries: TimelineEntry<M, S>[]) {
  entries.sort(byDate);
  for (const entry of entries) sortDeep(entry.children);
  return entries;
}

export function buildTimeline<M extends TimelineMeeting, S extends TimelineStatement>(
  meetings: readonly M[],
  statements: readonly S[],
): TimelineEntry<M, S>[] {
  const entries = new Map<string, TimelineEntry<M, S> & { type: 'meeting' }>();
  const meetingEntry = (meeting: M | MeetingStub, listed: boolean) => {
    const known = entries.get(meeting.id);
    if (known && (known.listed || !listed)) return known;
    const entry = {
      type: 'meeting' as const,
      id: meeting.id,
      date: meeting.date ?? null,
      meeting,
      listed,
      children: known?.children ?? [],
    };
    entries.set(meeting.id, entry);
    return entry;
  };
  for (const meeting of meetings) meetingEntry(meeting, true);
  const top: TimelineEntry<M, S>[] = [];
  for (const meeting of meetings) {
    const entry = entries.get(meeting.id)!;
    if (meeting.within && meeting.within.id !== meeting.id)
      meetingEntry(meeting.within, false).children.push(entry);
    else top.push(entry);
  }
  // Stubs of sessions that are not listed themselves still head their bilaterals.
  for (const entry of entries.values()) if (!entry.listed) top.push(entry);
  for (const statement of statements) {
    const entry = {
      type: 'statement' as const,
      id: statement.id,
      date: statement.reportedOn ?? null,
      statement,
      children: [] as [],
    };
    const about = statement.about ? entries.get(statement.about.id) : undefined;
    (about ? about.children : top).push(entry);
  }
  return sortDeep(top);
}
