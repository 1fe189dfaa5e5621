import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// pairSetOffAfterPluralRole (src/entities/persons.ts).

const persons = (text: string) => run(text).persons.map((p) => p.name);

describe('two names set off by dashes or commas after a plural role noun', () => {
  it('reads names glued to dashes after "colleagues"', () => {
    expect(
      persons(
        'Foreign Minister Lena Moss discussed the agenda with her Chilean and Peruvian colleagues -Ana Soto and Luis Vera-, the ministry said.',
      ),
    ).toEqual(['Lena Moss', 'Ana Soto', 'Luis Vera']);
  });
  it('reads spaced dashes after "the ministers of X and Y", and the pair met', () => {
    const x = run('The ministers of Chile and Peru – Ana Soto and Luis Vera – met in Lima on Monday.');
    expect(x.persons.map((p) => p.name)).toEqual(['Ana Soto', 'Luis Vera']);
    expect(x.meetings.map((m) => m.participants.map(x.nameOf))).toEqual([['Ana Soto', 'Luis Vera']]);
  });
  it('takes no pair of names set off after a noun that is no role', () => {
    expect(persons('The two river towns -Santa Rita and Porto Velho- were linked by a new bridge.')).toEqual(
      [],
    );
  });
});
