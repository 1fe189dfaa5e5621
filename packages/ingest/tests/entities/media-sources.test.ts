import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const media = (text: string): string[] =>
  run(text)
    .organizations.filter((o) => o.orgKind === 'media')
    .map((o) => o.name);

describe('news outlets named as sources', () => {
  it('takes a quoted name after an outlet noun', () => {
    expect(media('He spoke to the television company of the army “ArmyView” on Monday.')).toEqual([
      'ArmyView',
    ]);
  });
  it('takes an outlet that reports citing another source', () => {
    expect(media('Baltnews reports, citing the press service of the ministry, that talks began.')).toEqual([
      'Baltnews',
    ]);
  });
  it('takes the outlet of a source line', () => {
    expect(media('The ministers met on Monday.\n\nSource: Agence Lomé Presse')).toEqual([
      'Agence Lomé Presse',
    ]);
  });
  it('does not take a demonym before "news agency" for an outlet', () => {
    expect(media('In a statement to the Norwegian news agency, the ministry said talks went well.')).toEqual(
      [],
    );
  });
  it('does not take a sentence that mentions a source without naming an outlet', () => {
    expect(media('The source said the ministers met on Monday.')).toEqual([]);
  });
});

describe('"reported by <Name>, <position>": a person, not an outlet', () => {
  it('does not make an outlet of a name set off by a position', () => {
    expect(
      media(
        'Talks were useful. This was reported by Ivan Petrov, press secretary of the Russian head of state, in an interview.',
      ),
    ).toEqual([]);
  });
  it('still takes an outlet named after "reported by"', () => {
    expect(media('Talks were useful, as reported by Baltic Wire on Monday.')).toEqual(['Baltic Wire']);
  });
});
