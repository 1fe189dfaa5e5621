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

describe('"In the words of the minister, ...": the person the description fits', () => {
  it('gives the sentence to the minister named before', () => {
    expect(
      speakers(
        'Finnish Foreign Minister Aino Virta spoke to a radio station. In the words of the minister, the links are ready.',
      ),
    ).toEqual(['Aino Virta']);
  });
  it('gives it to no one when the description fits nobody named', () => {
    expect(
      speakers('Karl Berg spoke to a radio station. In the words of the minister, the links are ready.'),
    ).toEqual([]);
  });
});
