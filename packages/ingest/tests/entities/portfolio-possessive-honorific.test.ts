import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// portfolioOfTitle and countryPossessiveBefore (src/entities/persons.ts), Indian honorifics
// (src/text/honorifics.ts)

const names = (x: ReturnType<typeof run>): string[] => x.persons.map((p) => p.name);

describe('portfolioOfTitle', () => {
  it('"Minister of Commerce Ana Ruiz": the portfolio ends the title, even when no common word', () => {
    const x = run('Minister of Commerce Ana Ruiz met Secretary of Labour and Fisheries Olof Sand in Lima.');
    expect(names(x)).toEqual(['Ana Ruiz', 'Olof Sand']);
    expect(x.persons[0]?.roles[0]?.title).toBe('Minister of Commerce');
  });
  it('near-miss: a portfolio word not after "<title> of" stays in a name ("Olof Commerce")', () => {
    const x = run('Prime Minister Olof Commerce met the press in Oslo.');
    expect(names(x)).toEqual(['Olof Commerce']);
  });
});

describe('countryPossessiveBefore', () => {
  it('"the United States’ Antony Blinken": a plural country’s bare apostrophe is a possessive', () => {
    const x = run('The talks were attended by the United States’ Arne Holt and Japan’s Yoko Sato.');
    expect(names(x)).toEqual(['Arne Holt', 'Yoko Sato']);
  });
  it('near-miss: a bare apostrophe after a common plural is no country', () => {
    const x = run('The talks were attended by the farmers’ Orvar Holt group.');
    expect(names(x)).not.toContain('Orvar Holt');
  });
});

describe('Indian honorifics', () => {
  it('"Official Spokesperson Shri Randhir X": "Shri" and "Smt." are no part of the name', () => {
    const x = run('Official Spokesperson Shri Randhir Kumar said Smt. Anita Rao would attend.');
    expect(names(x)).toEqual(['Randhir Kumar', 'Anita Rao']);
  });
});
