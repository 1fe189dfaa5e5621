import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

const met = 'Finnish Foreign Minister Aino Virta met Karl Berg.';

describe('"the ministry cited SPEAKER as saying": the person cited speaks', () => {
  it('gives the words to the person, not the ministry', () => {
    expect(speakers(`${met} The ministry cited Virta as saying the links were ready.`)).toEqual([
      'Aino Virta',
    ]);
  });
  it('gives them to no one when what is cited is no one', () => {
    expect(speakers(`${met} The ministry cited Helsinki as saying the links were ready.`)).toEqual([]);
  });
});
