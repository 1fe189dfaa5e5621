import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

const met = 'Finnish President Aino Virta met Karl Berg in Oslo.';

describe('"..., said the Finnish president on Monday": a bare title after said/added/noted', () => {
  it('gives the words to the person holding the title', () => {
    expect(speakers(`${met} The links are ready, said the Finnish president on Monday.`)).toEqual([
      'Aino Virta',
    ]);
  });
  it('takes no title after another verb', () => {
    expect(speakers(`${met} The links are ready, stressed the Finnish president on Monday.`)).toEqual([]);
  });
});
