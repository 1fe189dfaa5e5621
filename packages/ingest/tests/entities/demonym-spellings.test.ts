import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// EXTRA_DEMONYMS (src/gazetteer/countries.ts): the spellings wires use beside world-countries' one.

describe('"Ecuadorian Foreign Minister X", "the Nepali Prime Minister", "Argentinian"', () => {
  it('are the countries, never a person named "Ecuadorian"', () => {
    const x = run(
      'Ecuadorian Foreign Minister Jorge Ruiz met Nepali Prime Minister Ram Thapa and Argentinian President Luis Vera in Lima on Monday.',
    );
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Jorge Ruiz', 'Luis Vera', 'Ram Thapa']);
    expect(x.persons.map((p) => x.nameOf(p.roles[0]?.country ?? null))).toEqual(
      expect.arrayContaining(['Ecuador', 'Nepal', 'Argentina']),
    );
  });
  it('near-miss: a name that starts like a demonym is still a name ("Nepalia Ruiz")', () => {
    const x = run(
      'Foreign Minister Nepalia Ruiz met President Luis Vera in Lima on Monday to discuss trade.',
    );
    expect(x.persons.map((p) => p.name)).toContain('Nepalia Ruiz');
  });
});
