import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// unionSittingReferredTo and peopleAtUnionSitting (src/events/meetings/anaphora.ts).

describe('"the gathering" of a union’s sitting', () => {
  it('the host and guests of "the gathering" attend the union’s summit, not a new meeting', () => {
    const x = run(
      'NATO leaders gathered in Lisbon on Monday for a summit. Prime Minister Lena Moss, who is hosting the gathering, welcomed President Aron Velk and Chancellor Ivo Sand to the city.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum)])).toEqual([['summit', 'NATO']]);
    expect(x.meetings[0]?.participants.map(x.nameOf)).toEqual(
      expect.arrayContaining(['Lena Moss', 'Aron Velk', 'Ivo Sand']),
    );
  });
  it('"the meeting" after a union’s sitting may be other talks: two ministers who met stay bilateral', () => {
    const x = run(
      'NATO foreign ministers met in Oslo on Monday. During the meeting, Minister Lena Moss thanked Minister Aron Velk for his support.',
    );
    expect(x.meetings.find((m) => m.meetingKind === 'session')?.participants.map(x.nameOf)).not.toContain(
      'Aron Velk',
    );
  });
  it('"the gathering" after talks of two is no union sitting', () => {
    const x = run(
      'President Aron Velk met Prime Minister Lena Moss in Oslo. Chancellor Ivo Sand, who hosted the gathering, welcomed Minister Eva Lund and Minister Karl Olsen.',
    );
    expect(x.meetings.some((m) => m.forum !== null)).toBe(false);
  });
});
