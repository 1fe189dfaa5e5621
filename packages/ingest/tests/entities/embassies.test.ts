import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Invented sentences: embassies named after their country speak for it.
describe('embassies', () => {
  it('names "Indonesia’s embassy in Tokyo" after both countries and gives it its words', () => {
    const x = run('Indonesia’s embassy in Tokyo said the visit of the foreign minister was postponed.');
    expect(x.organizations.map((o) => o.name)).toContain('Embassy of Indonesia in Japan');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Embassy of Indonesia in Japan']);
  });
  it('reads "The Chilean Embassy in Washington" with its country in the second word', () => {
    const x = run('The Chilean Embassy in Washington said the talks were candid and constructive.');
    expect(x.organizations.map((o) => o.name)).toContain('Embassy of Chile in the United States');
  });
  it('names no embassy after a word that is no country ("Sunday’s embassy reception")', () => {
    const x = run('Sunday’s embassy reception was attended by the minister.');
    expect(x.organizations.filter((o) => /^Embassy/.test(o.name))).toEqual([]);
  });
});
