import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const orgs = (text: string): string[] => run(text).organizations.map((o) => `${o.name} (${o.orgKind})`);

describe('UNION_BY_PURPOSE: "the Union for the Mediterranean" is a union named by its purpose', () => {
  it('takes the words after "for the" into the name, without a possessive', () => {
    expect(orgs("The Union for the Mediterranean's sixth regional forum opened in Barcelona.")).toContain(
      'Union for the Mediterranean (alliance)',
    );
  });
  it('near-miss: "the Customs Union for the first time" and a party’s "Union" name no union', () => {
    expect(orgs('The Customs Union for the first time cut tariffs.')).toEqual([]);
    expect(orgs('The Christian Democratic Union won the vote.')).toEqual([]);
  });
});

describe('demonymOfGeographicName: "Indian Ocean Commission" keeps the demonym of the ocean', () => {
  it('is one body, not India’s "Ocean Commission"', () => {
    expect(orgs('Ministers of the Indian Ocean Commission met in Victoria on Monday.')).toEqual([
      'Indian Ocean Commission (body)',
    ]);
  });
  it('near-miss: a demonym before a plain institution word stays the country’s', () => {
    expect(orgs('The Indian Planning Commission met in Delhi on Monday.')).not.toContain(
      'Indian Planning Commission (body)',
    );
  });
});
