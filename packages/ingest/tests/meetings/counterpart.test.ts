import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"met his Chinese counterpart"', () => {
  it('takes the counterpart named before with the same kind of office', () => {
    const x = run(
      'Chilean Foreign Minister Ana Rojas arrived in Lima. Peruvian Foreign Minister Luis Paredes spoke first. Later, Ana Rojas met her Peruvian counterpart in the palace.',
    );
    const m = x.meetings.find((r) => r.meetingKind === 'bilateral');
    expect(m?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Ana Rojas', 'Luis Paredes']);
  });
  it('falls back to the country when no counterpart was named', () => {
    const x = run('Chilean Foreign Minister Ana Rojas met her Peruvian counterpart in Lima on Monday.');
    const m = x.meetings.find((r) => r.meetingKind === 'bilateral');
    expect(m?.participants.map((r) => x.nameOf(r))).toEqual(['Ana Rojas', 'Peru']);
  });
  it('does not read a counterpart into a meeting without one', () => {
    const x = run('Chilean Foreign Minister Ana Rojas met reporters in Lima on Monday.');
    expect(x.meetings).toEqual([]);
  });
});

describe('a visit announced by a spokesman', () => {
  const text =
    'Lavrov to visit Pyongyang next week, Kremlin says\n\nMOSCOW, Nov 14 (AP) — Russian Foreign Minister Sergei Lavrov will travel to North Korea next week for talks with his North Korean counterpart Choe Son Hui, Kremlin spokesman Dmitry Peskov told journalists on Thursday.';
  it('gives the counterpart the country of the whole demonym ("North Korean")', () => {
    const x = run(text, { publishedAt: '2024-11-14' });
    const choe = x.persons.find((p) => p.name === 'Choe Son Hui');
    expect(x.nameOf(choe?.roles[0]?.country ?? null)).toBe('North Korea');
  });
});

// counterpartAfter and officialNamedByCountry (src/events/meetings/counterpart.ts, participants.ts):
// an official named only by office and country is that country's party.
describe('an official named by office and country', () => {
  it('"held a meeting with the Belgian Prime Minister": Belgium is the other party', () => {
    const x = run('Foreign Minister Ana Rojas held a meeting with the Belgian Prime Minister in Lima.');
    expect(x.meetings.map((m) => m.participants.map(x.nameOf))).toEqual([['Ana Rojas', 'Belgium']]);
  });
  it('"spoke with Qatar’s foreign minister by phone": Qatar is the other party of the call', () => {
    const x = run("Foreign Minister Ana Rojas spoke with Qatar's foreign minister by phone on Sunday.");
    expect(x.meetings.map((m) => [m.meetingKind, m.participants.map(x.nameOf)])).toEqual([
      ['call', ['Ana Rojas', 'Qatar']],
    ]);
  });
  it('"Qatar’s foreign minister also spoke with X": the unnamed subject’s country is a party', () => {
    const x = run(
      "Qatar's foreign minister also spoke with President Luis Paredes via phone call on Sunday.",
    );
    expect(x.meetings.map((m) => m.participants.map(x.nameOf).sort())).toEqual([['Luis Paredes', 'Qatar']]);
  });
  it('takes the official named before when one fits', () => {
    const x = run(
      'Belgian Prime Minister Jan Peeters opened the fair. Later, Foreign Minister Ana Rojas met the Belgian Prime Minister at the palace.',
    );
    expect(x.meetings.map((m) => m.participants.map(x.nameOf).sort())).toEqual([
      ['Ana Rojas', 'Jan Peeters'],
    ]);
  });
  it('an office with no country, or a named official, adds no country', () => {
    const x = run(
      'Foreign Minister Ana Rojas met the Prime Minister in Lima. President Luis Paredes met the Belgian Prime Minister Jan Peeters in Quito.',
    );
    expect(x.meetings.flatMap((m) => m.participants.map(x.nameOf))).not.toContain('Belgium');
  });
});
