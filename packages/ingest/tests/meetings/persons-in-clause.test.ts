import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// personsInClause (src/events/meetings/participants.ts): the persons of the trigger’s clause, not those who stayed away.

describe('meetings', () => {
  it('makes a bilateral meeting from two named persons and a trigger, with place and date', () => {
    const x = run(
      'Finnish Foreign Minister Aino Virta met with her Estonian counterpart Mart Kask in Tallinn on Tuesday.',
      { publishedAt: '2024-03-07' },
    );
    expect(x.meetings).toHaveLength(1);
    const m = x.meetings[0];
    expect(m?.meetingKind).toBe('bilateral');
    expect(m?.participants.map((r) => x.nameOf(r))).toEqual(['Aino Virta', 'Mart Kask']);
    expect(x.nameOf(m?.place ?? null)).toBe('Tallinn');
    expect(m?.date).toBe('2024-03-05');
    expect(m?.status).toBe('held');
  });
  it('leaves out a person who skipped a summit', () => {
    const x = run('Prime Minister Eva Sand skipped the latest CSTO summit in Minsk.');
    expect(x.meetings[0]?.participants).toEqual([]);
  });
});
