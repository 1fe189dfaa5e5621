import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const parties = (text: string): string[] =>
  run(text)
    .organizations.filter((o) => o.orgKind === 'party')
    .map((o) => o.name);

describe('a party in parentheses after a politician’s name', () => {
  it('takes the party of a minister', () => {
    expect(parties('Latvian Foreign Minister Ilze Kalna (Unity) attended the council in Brussels.')).toEqual([
      'Unity',
    ]);
  });
  it('does not take a country, a city or a caption letter for a party', () => {
    expect(
      parties(
        'President Ilze Kalna (Latvia) met Mayor Jonas Petrauskas (Vilnius) and Anna Berg (L) on Monday.',
      ),
    ).toEqual([]);
  });
});
