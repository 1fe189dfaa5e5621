import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// oneCallPerParty (src/events/meetings/candidate.ts) and splitsOfOneSentence (merge.ts): a person
// who "received phone calls from" several, "held phone conversations with" several or "spoke by
// phone separately with" several had one call with each. One "phone call with B and C" (singular,
// not "separately") stays one call of three: a conference call is told that way.

const pairs = (text: string) => {
  const x = run(text);
  return x.meetings.map((m) => [m.meetingKind, m.participants.map((p) => x.nameOf(p)).join('+')]);
};

describe('one call per party', () => {
  it('"received phone calls from B of X; C of Y; and D of Z": a call with each', () => {
    expect(
      pairs(
        'Foreign Minister Ana Ruiz received phone calls on Sunday from Foreign Minister Omar Haddad of Jordan; Minister Kenji Sato of Japan; and Minister Lars Holm of Denmark.',
      ),
    ).toEqual([
      ['call', 'Ana Ruiz+Omar Haddad'],
      ['call', 'Ana Ruiz+Kenji Sato'],
      ['call', 'Ana Ruiz+Lars Holm'],
    ]);
  });
  it('"held phone conversations with B, C and D" and "spoke by phone separately with": a call with each', () => {
    const expected = [
      ['call', 'Ana Ruiz+Omar Haddad'],
      ['call', 'Ana Ruiz+Kenji Sato'],
      ['call', 'Ana Ruiz+Lars Holm'],
    ];
    expect(
      pairs(
        'President Ana Ruiz held phone conversations with Prime Minister Omar Haddad, Chancellor Kenji Sato and President Lars Holm on Monday.',
      ),
    ).toEqual(expected);
    expect(
      pairs(
        'President Ana Ruiz spoke by phone separately with Prime Minister Omar Haddad, Chancellor Kenji Sato and President Lars Holm on Monday.',
      ),
    ).toEqual(expected);
    expect(
      pairs(
        'President Ana Ruiz received calls from Prime Minister Omar Haddad and Chancellor Kenji Sato on Monday.',
      ),
    ).toEqual(expected.slice(0, 2));
  });
  it('near miss: one "phone call with B and C" is one call of three', () => {
    expect(
      pairs(
        'President Ana Ruiz held a phone call with Prime Minister Omar Haddad and Chancellor Kenji Sato on Monday.',
      ),
    ).toEqual([['call', 'Ana Ruiz+Omar Haddad+Kenji Sato']]);
  });
});
