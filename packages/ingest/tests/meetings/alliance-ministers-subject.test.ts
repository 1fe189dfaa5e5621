import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// allianceMinistersSubject (src/events/meetings/forum.ts): "NATO defence ministers ... after a meeting" is their sitting.

describe('an alliance’s ministers and a meeting', () => {
  it('"NATO defence ministers agreed ..., X said after a meeting in Brussels": a NATO sitting in Brussels', () => {
    const x = run(
      'NATO defence ministers agreed on Thursday to buy more air defence systems, Secretary General Jan Berg said after a meeting in Brussels.',
    );
    const session = x.meetings.find((m) => m.meetingKind === 'session');
    expect(x.nameOf(session?.forum ?? null)).toBe('NATO');
    expect(x.nameOf(session?.place ?? null)).toBe('Brussels');
  });
  it('leaves a meeting of two named ministers their bilateral, though NATO is named', () => {
    const x = run(
      'Defence Minister Jan Berg held talks with Defence Minister Karl Olsen in Oslo ahead of a gathering of NATO defence ministers next week.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.forum])).toEqual([['bilateral', null]]);
  });
});
