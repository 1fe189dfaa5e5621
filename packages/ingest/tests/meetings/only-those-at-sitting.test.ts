import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// onlyThoseAtSitting (src/events/meetings/participants.ts): at a sitting, only those the text puts there took part.
// (Speakers at a sitting: tests/statements/speakers-join-sittings.test.ts.)

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
