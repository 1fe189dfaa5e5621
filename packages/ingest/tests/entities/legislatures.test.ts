import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const orgs = (text: string) => run(text).organizations;
const names = (text: string): string[] => orgs(text).map((o) => o.name);

describe('chambers of parliament with generic names', () => {
  it('takes the country from a demonym before the chamber', () => {
    const x = run('The Norwegian National Assembly approved the treaty, the Speaker said.');
    const chamber = x.organizations.find((o) => o.name === 'National Assembly of Norway');
    expect(chamber?.aliases).toContain('Norwegian National Assembly');
    expect(x.nameOf(chamber?.country ?? null)).toBe('Norway');
  });
  it('takes the country after "of" and leaves the holder’s name out', () => {
    const got = names('Speaker of the House of Representatives of Nigeria Ade Okafor welcomed the guests.');
    expect(got).toContain('House of Representatives of Nigeria');
    expect(got.some((n) => n.includes('Okafor'))).toBe(false);
  });
  it('makes a chamber of a chamber a body under it', () => {
    const x = run(
      'Chairman of the Council of the Republic of the National Assembly of Belarus Ivan Orlov spoke.',
    );
    const upper = x.organizations.find(
      (o) => o.name === 'Council of the Republic of the National Assembly of Belarus',
    );
    expect(x.nameOf(upper?.parent ?? null)).toBe('National Assembly of Belarus');
  });
  it('reads a bare chamber and "Parliament" as the chamber named with its country', () => {
    const x = orgs(
      'The Iraqi Council of Representatives met on Monday. The Council of Representatives voted, and the Iraqi Parliament adjourned.',
    );
    expect(x.map((o) => o.name)).toEqual(['Council of Representatives of Iraq']);
  });
  it('does not take "Parliament" or "Senate" with no country for an institution', () => {
    expect(names('Parliament debated the budget and the Senate adjourned.')).toEqual([]);
  });
  it('leaves a parliament of an organization to the organization', () => {
    expect(names('Members of the European Parliament met in Strasbourg.')).toEqual(['European Parliament']);
  });
});
