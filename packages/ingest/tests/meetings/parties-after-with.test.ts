import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// partiesAfterWith (src/events/meetings/participants.ts): the parties listed after "with", not the speaker of an attribution.

describe('a visit announced by a spokesman', () => {
  const text =
    'Lavrov to visit Pyongyang next week, Kremlin says\n\nMOSCOW, Nov 14 (AP) — Russian Foreign Minister Sergei Lavrov will travel to North Korea next week for talks with his North Korean counterpart Choe Son Hui, Kremlin spokesman Dmitry Peskov told journalists on Thursday.';
  it('has the two ministers at the talks, not the spokesman, and no day', () => {
    const x = run(text, { publishedAt: '2024-11-14' });
    const talks = x.meetings[0];
    expect(talks?.status).toBe('planned');
    expect(talks?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Choe Son Hui', 'Sergei Lavrov']);
    expect(talks?.date ?? null).toBeNull();
  });
});
