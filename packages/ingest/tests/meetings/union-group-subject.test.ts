import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// unionGroupSubject (forum.ts), unionGroupSits (kind.ts) and gatheredForSitting (keep.ts): a
// union's leaders or ministers as the subject sit at the meeting told after them.

describe('a union’s leaders or ministers as the subject', () => {
  it('"NATO leaders gathered in X for a summit" is a NATO summit in X', () => {
    const x = run('NATO leaders gathered in Lisbon for a summit marking the founding of the bloc.');
    const s = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(x.nameOf(s?.forum ?? null)).toBe('NATO');
    expect(x.nameOf(s?.place ?? null)).toBe('Lisbon');
  });
  it('"Leaders of the Group of 20 (G20) opened their annual summit" is a G20 summit', () => {
    const x = run('Leaders of the Group of 20 (G20) opened their annual summit in Cape Town on Monday.');
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum)])).toEqual([['summit', 'G20']]);
  });
  it('"EU leaders meeting in X" is a summit, and the talks they agree to open are not theirs', () => {
    const x = run('EU leaders meeting in Brussels on Friday agreed to open trade talks with Chile.');
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(x.nameOf(summit?.forum ?? null)).toBe('European Union');
    expect(x.meetings.filter((m) => x.nameOf(m.forum) === 'European Union')).toHaveLength(1);
  });
  it('"Foreign ministers of ASEAN met" is an ASEAN session', () => {
    const x = run('Foreign ministers of the Association of Southeast Asian Nations met in Manila on Monday.');
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum)])).toEqual([
      ['session', 'Association of Southeast Asian Nations'],
    ]);
  });
  it('a person before the union keeps the meeting theirs', () => {
    const x = run(
      'President Aron Velk met Prime Minister Lena Moss in Oslo before NATO leaders gather next month.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.forum])).toEqual([['bilateral', null]]);
  });
  it('a summit merely named after the union’s leaders, with nothing held, is not kept', () => {
    const x = run('NATO leaders have long argued about a summit.');
    expect(x.meetings).toEqual([]);
  });
});
