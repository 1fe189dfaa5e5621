import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// theirPair (src/events/meetings/participants.ts): "their negotiations" is the pair told before.

describe('meeting references', () => {
  it('"their negotiations in <place>" is another meeting of the pair named before', () => {
    const x = run(
      'President Ada Berg will meet President Olof Sand soon. Berg said they agreed on it during their negotiations in Riga on March 2.',
      { publishedAt: '2024-05-01' },
    );
    expect(x.meetings).toHaveLength(2);
    const riga = x.meetings.find((m) => m.place && x.nameOf(m.place) === 'Riga');
    expect(riga?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Ada Berg', 'Olof Sand']);
    expect(riga?.status).toBe('held');
  });
});
