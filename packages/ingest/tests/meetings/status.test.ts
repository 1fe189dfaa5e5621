import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// The status rules (src/events/meetings/status.ts): laterMonthThisYear, expectedAfterTrigger, plannedWordsNear.

describe('a later sitting named in passing', () => {
  const riga =
    'RIGA, May 6, 2024 — The defence ministers of Estonia, Latvia and Lithuania met in Riga on Monday.';
  it('makes "the NATO defence ministers\' meeting in Brussels in June" a planned session, without the ministers or stealing its place', () => {
    const x = run(
      `${riga} The ministers agreed to report on progress to the NATO defence ministers' meeting in Brussels in June.`,
    );
    const held = x.meetings.find((m) => m.status === 'held');
    const later = x.meetings.find((m) => m.status === 'planned');
    expect(x.nameOf(held?.place ?? null)).toBe('Riga');
    expect(later?.meetingKind).toBe('session');
    expect(x.nameOf(later?.forum ?? null)).toBe('NATO');
    expect(x.nameOf(later?.place ?? null)).toBe('Brussels');
    // no minister, only the alliance whose sitting it is (forumSits)
    expect(later?.participants).toEqual([later?.forum]);
  });
  it('keeps a sitting in an earlier month of the year as held', () => {
    const x = run(`${riga} NATO defence ministers met in Brussels in February to discuss air defence.`);
    expect(x.meetings.every((m) => m.status === 'held')).toBe(true);
  });
});

describe('a story’s own date and reported plans', () => {
  it('"a follow-up meeting ... is expected in Lisbon" is planned whatever the month', () => {
    const x = run(
      'LISBON, March 13, 2024 — Portuguese Economy Minister Rui Costa met Spanish Economy Minister Elena Ruiz in Madrid on Tuesday. A follow-up meeting between the two ministers is expected in Lisbon in February.',
    );
    expect(x.meetings.find((m) => x.nameOf(m.place) === 'Lisbon')?.status).toBe('planned');
  });
});
