import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"In her words, ...": the words of the latest subject', () => {
  it('gives the sentence to the person the text was about', () => {
    expect(
      speakers(
        'Finnish Foreign Minister Aino Virta met Karl Berg in Turku. In her words, the links are ready.',
      ),
    ).toEqual(['Aino Virta']);
  });
  it('does not read "in the words of the song" as anyone\'s', () => {
    expect(
      speakers(
        'Finnish Foreign Minister Aino Virta met Karl Berg in Turku. In the words of the song, the links are ready.',
      ),
    ).toEqual([]);
  });
});
