import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// theGroupOfLastMeeting (src/events/meetings/participants.ts): "the two ministers" are the pair of the latest meeting.

describe('plural references to the pair', () => {
  it('"the presidents agreed to meet" takes the pair of the latest meeting', () => {
    const x = run(
      'President Ada Berg and President Olof Sand held a telephone conversation. Spokesman Per Lind said the presidents agreed to meet in Oslo.',
    );
    const planned = x.meetings.find((m) => m.status === 'planned');
    expect(planned?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Ada Berg', 'Olof Sand']);
  });
});

describe('a later sitting named in passing', () => {
  it('gives "a follow-up meeting between the two ministers" the pair told before', () => {
    const x = run(
      'LISBON, March 13, 2024 — Portuguese Economy Minister Rui Costa met Spanish Economy Minister Elena Ruiz in Madrid on Tuesday. A follow-up meeting between the two ministers is expected in Lisbon in October.',
    );
    const planned = x.meetings.find((m) => m.status === 'planned');
    expect(planned?.participants.map((r) => x.nameOf(r))).toEqual(['Rui Costa', 'Elena Ruiz']);
    expect(x.nameOf(planned?.place ?? null)).toBe('Lisbon');
  });
});
