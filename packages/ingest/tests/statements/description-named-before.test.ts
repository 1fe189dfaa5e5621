import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"the head of the delegation said": a position printed earlier next to a name', () => {
  it('gives the words to the person named after the position', () => {
    expect(
      speakers(
        'The talks open at noon, the head of the Chilean delegation, senior aide Pablo Reyes, told a radio station. The rooms are ready for both teams, the head of the Chilean delegation said.',
      ),
    ).toEqual(['Pablo Reyes', 'Pablo Reyes']);
  });
  it('reads a position with no article at the start of a sentence', () => {
    expect(
      speakers(
        'Palace spokesman Omar Haddad announced the visit. Palace spokesman pointed out that the talks would last two days.',
      ),
    ).toEqual(['Omar Haddad', 'Omar Haddad']);
  });
  it('gives nothing when the position was never printed next to a name', () => {
    expect(
      speakers(
        'Omar Haddad announced the visit. The head of the Chilean delegation said the talks would last two days.',
      ),
    ).toEqual(['Omar Haddad']);
  });
});
