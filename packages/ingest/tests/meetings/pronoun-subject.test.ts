import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"He also spoke with X" after a sentence about a described person', () => {
  it('takes the described person as the other party', () => {
    const x = run(
      'Chilean Foreign Minister Ana Rojas opened the forum. Peruvian President Luis Paredes arrived later.\n\nThe Chilean foreign minister toured Lima last month to sign a trade accord. She also spoke with President Paredes.',
    );
    const m = x.meetings.find((r) => r.evidence.some((e) => e.exact.includes('also spoke')));
    expect(m?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Ana Rojas', 'Luis Paredes']);
  });
  it('does not guess when the sentence before describes nobody', () => {
    const x = run(
      'Chilean Foreign Minister Ana Rojas opened the forum. Peruvian President Luis Paredes arrived later.\n\nA trade accord was signed in Lima last month. She also spoke with President Paredes.',
    );
    const m = x.meetings.find((r) => r.evidence.some((e) => e.exact.includes('also spoke')));
    expect(m?.participants.map((r) => x.nameOf(r)) ?? []).not.toContain('Ana Rojas');
  });
});
