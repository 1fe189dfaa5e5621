import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('PLACE_LEAD: a place led by a locative', () => {
  it('takes a place that opens the sentence before the meeting', () => {
    const x = run('In Lima, Chilean President Ana Rojas met Peruvian President Luis Paredes on Monday.');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Lima');
  });
  it('takes a place used as a modifier after an indefinite article', () => {
    const x = run(
      'Chilean President Ana Rojas and Peruvian President Luis Paredes signed the accord at a Lima ceremony.',
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Lima');
  });
  it('does not take a place that no locative leads', () => {
    const x = run('Lima officials said Chilean President Ana Rojas met Peruvian President Luis Paredes.');
    expect(x.meetings[0]?.place ?? null).toBeNull();
  });
});

describe('place of a meeting after a visit', () => {
  it('"visited Oslo, where he met with X" puts the meeting in Oslo', () => {
    const x = run('Foreign Minister Ivo Tamm visited Oslo, where he met with Foreign Minister Ada Holm.');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Oslo');
    expect(
      run('Foreign Minister Ivo Tamm, who loves Oslo, met with Foreign Minister Ada Holm.').meetings[0]
        ?.place ?? null,
    ).toBeNull();
  });
});
