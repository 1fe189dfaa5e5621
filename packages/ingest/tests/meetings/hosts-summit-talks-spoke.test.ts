import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// willHost, summitAsModifier and the "spoke today with" trigger (src/events/meetings/triggers.ts),
// countriesOfSubjectGroup (participants.ts).

describe('more ways news tells a meeting', () => {
  it('"X will host President Y in Sydney next month" is a planned bilateral in Sydney', () => {
    const x = run('Prime Minister Lena Moss will host President Aron Velk in Sydney next month.');
    expect(x.meetings.map((m) => [m.meetingKind, m.status, x.nameOf(m.place)])).toEqual([
      ['bilateral', 'planned', 'Sydney'],
    ]);
  });
  it('"will host the summit" is told by the summit, and a host country hosts no one', () => {
    const x = run(
      'Peru will host the summit of the Pacific Alliance, and Chile agreed to host a trade fair.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).not.toContain('bilateral');
  });
  it('"their summit talks" are one bilateral, not a summit besides', () => {
    const x = run(
      'President Aron Velk and Prime Minister Lena Moss agreed on trade during their summit talks in Lima.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
  it('"a summit in Lima" next to talks stays a summit', () => {
    const x = run('The leaders of the Pacific Alliance met for a summit in Lima, where talks continued.');
    expect(x.meetings.map((m) => m.meetingKind)).toContain('summit');
  });
  it('"Secretary X spoke today with Minister Y" is their conversation', () => {
    const x = run('Secretary Aron Velk spoke today with Foreign Minister Lena Moss.');
    expect(x.meetings.map((m) => m.participants.map(x.nameOf))).toEqual([['Aron Velk', 'Lena Moss']]);
  });
  it('"spoke today about X" meets no one', () => {
    const x = run('Secretary Aron Velk spoke today about the new trade rules.');
    expect(x.meetings).toEqual([]);
  });
  it('"The foreign ministers of A, B, C and D met" is their multilateral meeting', () => {
    const x = run(
      'The Foreign Ministers of Chile, Peru, Colombia and Mexico met on Thursday to discuss trade.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.participants.map(x.nameOf)])).toEqual([
      ['multilateral', ['Chile', 'Peru', 'Colombia', 'Mexico']],
    ]);
  });
  it('two countries’ presidents "to meet" in a headline make no pair of countries', () => {
    const x = run('Presidents of Chile and Peru to meet in Lima');
    expect(x.meetings.flatMap((m) => m.participants.map(x.nameOf))).not.toContain('Chile');
  });
});
