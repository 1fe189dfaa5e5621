// Expectations on the invented fixture articles (tests/beyond-beat*/): the key meetings and
// statements an analyst extracts under the eval README's conventions, found by what they are,
// not by their position in the extraction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { MeetingRecord } from '../src/types.js';
import { run } from './helpers.js';

export type Run = ReturnType<typeof run>;

/** The extraction of the fixture `file` in `tests/<dir>/`. */
export function fixtureArticle(dir: string, file: string): Run {
  return run(readFileSync(join(import.meta.dirname, dir, file), 'utf8'));
}

export interface ExpectedMeeting {
  kind: MeetingRecord['meetingKind'];
  participants?: string[];
  forum?: string;
  place?: string;
  date?: string;
  status?: MeetingRecord['status'];
  /** the enclosing meeting's forum or kind ("summit") */
  within?: string;
}

/** The meeting of that kind whose participants include all those expected (and forum, if given). */
export function findMeeting(x: Run, e: ExpectedMeeting): MeetingRecord | undefined {
  return x.meetings.find(
    (m) =>
      m.meetingKind === e.kind &&
      (e.participants ?? []).every((p) => m.participants.some((r) => x.nameOf(r) === p)) &&
      (e.forum === undefined || x.nameOf(m.forum) === e.forum),
  );
}

export function expectMeeting(x: Run, e: ExpectedMeeting): void {
  const m = findMeeting(x, e);
  expect(m, JSON.stringify(e)).toBeDefined();
  if (!m) return;
  if (e.place !== undefined) expect(x.nameOf(m.place)).toBe(e.place);
  if (e.date !== undefined) expect(m.date).toBe(e.date);
  if (e.status !== undefined) expect(m.status).toBe(e.status);
  if (e.within !== undefined) {
    const outer = x.meetings.find((o) => o.ref === m.within);
    expect(outer && (x.nameOf(outer.forum) ?? outer.meetingKind)).toBe(e.within);
  }
}

/** A statement of `speaker` exists (with that channel, when given). */
export function expectStatement(x: Run, speaker: string, channel?: string | null): void {
  const s = x.statements.find((st) => x.nameOf(st.speaker) === speaker);
  expect(s, speaker).toBeDefined();
  if (channel !== undefined) expect(s?.channel).toBe(channel);
}
