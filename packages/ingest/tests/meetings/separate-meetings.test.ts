import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// separateMeetings (src/events/meetings/candidate.ts): "separate meetings with A and B" is one bilateral with each.

describe('separate meetings', () => {
  const text =
    'Ola Berg meets Lars Holm, Piotr Nowak in Warsaw\n\nWARSAW, Feb 12 (Agency) - Norwegian Foreign Minister Ola Berg held separate meetings with Danish Foreign Minister Lars Holm and Polish Foreign Minister Piotr Nowak in Warsaw on Wednesday.';
  it('are one bilateral with each party named, which the headline’s joint telling joins', () => {
    const x = run(text, { publishedAt: '2025-02-12' });
    expect(x.meetings.map((m) => [m.meetingKind, m.participants.map((p) => x.nameOf(p)).join('+')])).toEqual([
      ['bilateral', 'Ola Berg+Lars Holm'],
      ['bilateral', 'Ola Berg+Piotr Nowak'],
    ]);
    expect(x.meetings.every((m) => m.evidence.length === 2 && m.date === '2025-02-12')).toBe(true);
  });
  it('leaves a meeting of three that are not separate one multilateral', () => {
    const x = run(
      'Norwegian Foreign Minister Ola Berg held a meeting with Danish Foreign Minister Lars Holm and Polish Foreign Minister Piotr Nowak in Warsaw.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['multilateral']);
  });
});
