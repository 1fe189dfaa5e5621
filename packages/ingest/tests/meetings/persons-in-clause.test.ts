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

describe('a spokesperson who tells of talks', () => {
  it('"..., the two presidents held talks," spokesman X said: X is no party', () => {
    const x = run(
      '"President Aron Velk and President Lena Moss held talks in Lima today," presidential spokesman Ivo Sand told reporters.',
    );
    expect(x.meetings.map((m) => m.participants.map(x.nameOf))).toEqual([['Aron Velk', 'Lena Moss']]);
  });
  it('a minister who also speaks after the talks stays a party', () => {
    const x = run(
      '"We held good talks in Lima," Foreign Minister Ivo Sand said after meeting President Lena Moss.',
    );
    expect(x.meetings.flatMap((m) => m.participants.map(x.nameOf))).toContain('Ivo Sand');
  });
});
