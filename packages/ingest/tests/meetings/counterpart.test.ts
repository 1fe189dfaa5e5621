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
