import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const placesOf = (x: ReturnType<typeof run>): string[] => x.places.map((p) => p.name);

describe('country spellings news prints besides the gazetteer’s', () => {
  it('"Cote d’Ivoire" without its circumflex and "Trinidad & Tobago" with an ampersand are countries, no persons', () => {
    const x = run(
      'Ministers discussed the crisis in Cote d’Ivoire. Prime Minister of Trinidad & Tobago, Keith Rowley, spoke first.',
    );
    expect(placesOf(x)).toEqual(expect.arrayContaining(['Ivory Coast', 'Trinidad and Tobago']));
    expect(x.persons.map((p) => p.name)).toEqual(['Keith Rowley']);
  });

  it('near-miss: an ampersand between two company names makes no country', () => {
    const x = run('Johnson & Johnson signed a deal in Lagos on Monday.');
    expect(placesOf(x).filter((n) => n.includes('Johnson'))).toEqual([]);
  });
});

describe('namedVenues: an air base is a venue', () => {
  it('"King Abdulaziz Air Base" is a place, and "King Abdulaziz" in it no person', () => {
    const x = run('The Omani Deputy Prime Minister arrived at King Abdulaziz Air Base in Dhahran on Sunday.');
    expect(placesOf(x)).toContain('King Abdulaziz Air Base');
    expect(x.persons.map((p) => p.name)).not.toContain('Abdulaziz');
  });

  it('near-miss: "the air base" alone names no venue', () => {
    const x = run('The minister arrived at the air base in Dhahran on Sunday.');
    expect(placesOf(x).some((n) => /base/i.test(n))).toBe(false);
  });
});
