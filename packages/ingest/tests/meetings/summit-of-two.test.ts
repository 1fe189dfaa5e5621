import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// holdersOfSitting (src/events/meetings/participants.ts) and summitOfTwo (kind.ts).

describe('two leaders who hold a summit', () => {
  it('"X and Y held a summit in Z" is their bilateral in Z', () => {
    const x = run('President Aron Velk and Prime Minister Lena Moss held a summit in Lima on Saturday.');
    expect(x.meetings.map((m) => [m.meetingKind, m.participants.map(x.nameOf), x.nameOf(m.place)])).toEqual([
      ['bilateral', ['Aron Velk', 'Lena Moss'], 'Lima'],
    ]);
  });
  it('two leaders who only talked about a summit hold none', () => {
    const x = run(
      'President Aron Velk and Prime Minister Lena Moss discussed the summit in Lima on Saturday.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).not.toContain('bilateral');
  });
  it('a summit of a union they attend stays the union’s summit', () => {
    const x = run('President Aron Velk and Prime Minister Lena Moss held a NATO summit in Lima on Saturday.');
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum)])).toEqual([['summit', 'NATO']]);
  });
});
