import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"From SPEAKER’s point of view, ..."', () => {
  it('gives the sentence to the person named', () => {
    expect(
      speakers(
        'Finnish Foreign Minister Aino Virta met Karl Berg. From Virta’s point of view, the links are ready.',
      ),
    ).toEqual(['Aino Virta']);
  });
  it('gives a point of view of no one named to nobody', () => {
    expect(
      speakers(
        'Finnish Foreign Minister Aino Virta met Karl Berg. From the Finnish point of view, the links are ready.',
      ),
    ).toEqual([]);
  });
});
