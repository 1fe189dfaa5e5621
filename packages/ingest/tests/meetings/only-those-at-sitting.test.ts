import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// onlyThoseAtSitting (src/events/meetings/participants.ts): at a sitting, only those the text puts there took part.

describe('speakers at a sitting', () => {
  it('who speaks after the sitting took part in it; a bilateral is not widened', () => {
    const x = run(
      'A session of the CSTO Collective Security Council was held in Yerevan. After the meeting, Prime Minister Nikos Aram said two projects were agreed.',
    );
    const persons = x.meetings[0]?.participants.filter((r) => x.persons.some((p) => p.ref === r));
    expect(persons?.map((r) => x.nameOf(r))).toEqual(['Nikos Aram']);
    const y = run(
      'President Ada Berg met President Olof Sand in Oslo. After the talks, Spokesman Per Lind said the meeting went well.',
    );
    expect(y.meetings[0]?.participants.map((r) => y.nameOf(r)).sort()).toEqual(['Ada Berg', 'Olof Sand']);
  });
});

describe('readouts and boards', () => {
  it('"X and Y signed a plan at a meeting of the two ministries\' boards": a session they sat in', () => {
    const x = run(
      'Belarusian Defence Minister Oleg Marchuk and his Russian counterpart Ivan Sokolov signed a plan for 2025 at a meeting of the two countries’ defence ministry boards in Moscow on Friday.',
      { publishedAt: '2024-12-06' },
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.meetingKind).toBe('session');
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p)).sort()).toEqual([
      'Ivan Sokolov',
      'Oleg Marchuk',
    ]);
  });
});
