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
