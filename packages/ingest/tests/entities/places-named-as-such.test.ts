import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// placesNamedAsSuch (src/entities/places.ts)

describe('placesNamedAsSuch', () => {
  it('"the southern city of X", "the island of Y": places the gazetteer does not know', () => {
    const x = run(
      'President Ana Berg greeted Prime Minister Olof Sand in the southern city of Puerto Vela de Mar on Saturday. They flew to the island of Kerrin.',
    );
    expect(x.places.map((p) => [p.name, p.placeKind])).toEqual([
      ['Puerto Vela de Mar', 'city'],
      ['Kerrin', 'region'],
    ]);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Puerto Vela de Mar');
  });
  it('near-miss: a lowercase name, a country or a city the gazetteer names is not made again', () => {
    const x = run('The city of dreams hosted talks in the capital of Kenya and in the city of Moscow.');
    expect(x.places.map((p) => p.name)).not.toContain('dreams');
    expect(x.places.filter((p) => p.name === 'Moscow')).toHaveLength(1);
    expect(x.places.filter((p) => p.placeKind === 'country').map((p) => p.name)).not.toContain('Kenya City');
  });
});
