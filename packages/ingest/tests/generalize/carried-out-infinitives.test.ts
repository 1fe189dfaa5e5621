import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('carriedOutInfinitive: "took the opportunity to announce that" reports words', () => {
  it('"X took the opportunity to announce that ..." is said by X', () => {
    expect(
      speakers(
        'Senegalese Prime Minister Macky Sall took the opportunity to announce that Senegal would hold the trial.',
      ),
    ).toEqual(['Macky Sall']);
  });
  it('"X went on to say that ..." is said by X', () => {
    expect(speakers('Senegalese Prime Minister Macky Sall went on to say that Senegal was ready.')).toEqual([
      'Macky Sall',
    ]);
  });
  it('near-miss: "X plans to announce that ..." has not been said', () => {
    expect(speakers('Senegalese Prime Minister Macky Sall plans to announce that Senegal is ready.')).toEqual(
      [],
    );
  });
});
