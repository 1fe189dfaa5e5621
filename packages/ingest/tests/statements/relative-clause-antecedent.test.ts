import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"SPEAKER, which has repeatedly warned ...": the antecedent of the relative clause speaks', () => {
  it('gives the words to the institution the clause is about', () => {
    expect(
      speakers(
        'The Kremlin, which has repeatedly warned against new missiles in Europe, is watching the drills.',
      ),
    ).toEqual(['Kremlin']);
  });
  it('makes no statement when the relative clause has no verb of saying', () => {
    expect(speakers('The drills, which have repeatedly worried Tallinn, go on.')).toEqual([]);
  });
});
