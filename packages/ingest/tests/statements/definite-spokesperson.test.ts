import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"the Kremlin spokesman said": a definite spokesperson the text already named', () => {
  it('gives the words to the press secretary named before', () => {
    expect(
      speakers(
        'Ivan Petrov, the press secretary of the President of the Russian Federation, told reporters that the call is set for Friday. "This is a useful exchange," the Kremlin spokesman said.',
      ),
    ).toEqual(['Ivan Petrov', 'Ivan Petrov']);
  });
  it('leaves "a Kremlin spokesperson" to the institution: someone unnamed', () => {
    expect(
      speakers(
        'Ivan Petrov, the press secretary of the President of the Russian Federation, told reporters that the call is set for Friday. "This is a useful exchange," a Kremlin spokesperson said.',
      ),
    ).toEqual(['Ivan Petrov', 'Kremlin']);
  });
});
