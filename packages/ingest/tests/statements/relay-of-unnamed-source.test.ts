import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"..., X said, quoting an unnamed official": X only relays', () => {
  it('gives the words to no one', () => {
    expect(
      speakers(
        'Ivan Petrov met Karl Berg. The envoys met in a hotel, Ivan Petrov said, quoting an unnamed Finnish official.',
      ),
    ).toEqual([]);
  });
  it('keeps X when X quotes someone named', () => {
    expect(
      speakers(
        'Ivan Petrov met Karl Berg. The envoys met in a hotel, Ivan Petrov said, quoting his aide Karl Berg.',
      ),
    ).toEqual(['Ivan Petrov']);
  });
});
