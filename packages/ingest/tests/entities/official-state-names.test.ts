import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Countries under their official long names (issue 9): republicOfACountry (src/entities/places.ts)
// and STATE_FORM (src/entities/persons.ts).

const persons = (x: ReturnType<typeof run>): string[] => x.persons.map((p) => p.name);
const places = (x: ReturnType<typeof run>): string[] => x.places.map((p) => p.name);

describe('"the Republic of South Africa", "the Socialist Republic of Viet Nam"', () => {
  it('are the countries, with no region "Republic of South" and no person "Socialist"', () => {
    const x = run(
      'The President of the Republic of South Africa, Ana Roe, met the Prime Minister of the Socialist Republic of Viet Nam, Tran Van Minh, in Pretoria on Monday to discuss trade.',
    );
    expect(places(x)).toEqual(expect.arrayContaining(['South Africa', 'Vietnam', 'Pretoria']));
    expect(places(x).some((p) => p.startsWith('Republic of'))).toBe(false);
    expect(persons(x)).toEqual(['Ana Roe', 'Tran Van Minh']);
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
  it('near-miss: a federal republic that is no country stays a region', () => {
    const x = run(
      'The President of the Republic of Tatarstan met the governor in Kazan on Monday to discuss trade.',
    );
    expect(places(x)).toContain('Republic of Tatarstan');
  });
});
