import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('attendedSitting: taking part in a sitting says it was held', () => {
  it('makes a session of "envoys took part in a regular meeting of ASEAN"', () => {
    const x = run('Envoys then took part in a regular meeting of ASEAN.');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
  });
  it('does not make one of a sitting only commented on', () => {
    const x = run('Envoys then commented on a regular meeting of ASEAN.');
    expect(x.meetings).toEqual([]);
  });
});

describe('ownedBody: a body told with its owner’s possessive', () => {
  it('takes "ASEAN’s Maritime Security Group" as the forum of its meeting', () => {
    const x = run('Envoys then took part in a meeting of ASEAN’s Maritime Security Group.');
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).toBe('Maritime Security Group');
  });
  it('does not take a body named after an unrelated possessive', () => {
    const x = run('Envoys then took part in a meeting of Chile’s envoys and the Maritime Security Group.');
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).not.toBe('Maritime Security Group');
  });
});
