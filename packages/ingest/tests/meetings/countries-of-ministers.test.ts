import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// countriesOfMinisters (src/events/meetings/participants.ts): "the ministers of A, B and C met": the countries sat.

describe('meetings of several countries', () => {
  const lima =
    'LIMA, June 7, 2024 — The foreign ministers of Chile, Peru and Bolivia met in Lima on Friday to discuss water rights.';
  it('makes the countries whose ministers met the parties of a multilateral meeting', () => {
    const x = run(lima);
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.meetingKind).toBe('multilateral');
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r))).toEqual(['Chile', 'Peru', 'Bolivia']);
    expect(x.meetings[0]?.date).toBe('2024-06-07');
  });
  it('does not take a list that is not all countries for parties', () => {
    const x = run('The ministers of finance, trade and labour met in Lima on Friday to discuss wages.');
    expect(x.meetings.flatMap((m) => m.participants)).toEqual([]);
  });
});
