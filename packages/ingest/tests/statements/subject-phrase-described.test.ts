import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

const met = 'Finnish Foreign Minister Aino Virta met Karl Berg.';

describe('"Finland’s top diplomat added": a subject phrase that describes someone known', () => {
  it('gives the words to the person the phrase describes', () => {
    expect(speakers(`${met} Finland's top diplomat added that the links were ready.`)).toEqual([
      'Aino Virta',
    ]);
  });
  it('gives them to no one when the phrase describes nobody known', () => {
    expect(speakers(`${met} Finland's top singer added that the links were ready.`)).toEqual([]);
  });
});

describe('"a senior Finnish official said": an indefinite subject is someone new', () => {
  it('gives the words to no one known', () => {
    expect(speakers(`${met} A senior Finnish official said that the links were ready.`)).toEqual([]);
  });
  it('still resolves the definite one', () => {
    expect(speakers(`${met} The Finnish top diplomat said that the links were ready.`)).toEqual([
      'Aino Virta',
    ]);
  });
});
