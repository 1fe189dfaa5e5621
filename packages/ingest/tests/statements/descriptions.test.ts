import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const said = (text: string): Array<[string | null, string]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), (s.quote ?? s.content).slice(0, 14)]);
};

const TALKS =
  'Defence Minister Jonas Berg of Sweden met Ukrainian Defence Minister Petro Shevchuk in Kyiv on Monday.';

describe('speakers named by a description', () => {
  it('resolves a description before the verb to the person holding that role and country', () => {
    expect(said(`${TALKS} The Swedish Defence Minister confirmed the delivery plan.`)).toEqual([
      ['Jonas Berg', 'The Swedish De'],
    ]);
  });
  it('resolves a hyphenated title after an adverbial phrase', () => {
    expect(
      said(
        'Alliance Secretary-General Ilse Varga opened the session in Oslo. After the session, the Secretary-General reaffirmed support for the mission.',
      ),
    ).toEqual([['Ilse Varga', 'After the sess']]);
  });
  it('resolves a description after the verb that closes a quotation', () => {
    expect(said(`${TALKS} “The plan holds,” added the Minister of Defence of Ukraine.`)).toEqual([
      ['Petro Shevchuk', 'The plan holds'],
    ]);
  });
  it('resolves "the official" to the speaker the text was last about', () => {
    const out = said(
      `${TALKS} The Ukrainian Defence Minister welcomed the decision. The official added that training would start soon.`,
    );
    expect(out.map((s) => s[0])).toEqual(['Petro Shevchuk', 'Petro Shevchuk']);
  });
  it('resolves a description that fits nobody to nothing', () => {
    expect(said(`${TALKS} The Danish Defence Minister confirmed the delivery plan.`)).toEqual([]);
  });
});
