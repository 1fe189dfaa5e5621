import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// issuerOfLatestDocument (src/events/statements/frames.ts, documentReferredBack).

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"A statement issued by X ... “…,” the statement reads": the issuer speaks', () => {
  it('gives the document to its issuer, not to the institution named since', () => {
    const found = speakers(
      'President Ana Soto held a phone call with President Luis Vera of Chile on Monday. A statement issued by the Peruvian Ministry of Foreign Affairs said the talks were useful. Soto, the Chilean government said, stressed trade. “The leaders agreed to meet in Lima,” the statement reads.',
    );
    expect(found.at(-1)).toBe('Ministry of Foreign Affairs of Peru');
  });
  it('near-miss: with no "issued by", the statement stays with the institution that relayed it', () => {
    const found = speakers(
      'President Ana Soto held a phone call with President Luis Vera of Chile on Monday, the Peruvian Ministry of Foreign Affairs said in a statement. “The leaders agreed to meet in Lima,” the statement reads.',
    );
    expect(found.at(-1)).toBe('Ministry of Foreign Affairs of Peru');
  });
});
