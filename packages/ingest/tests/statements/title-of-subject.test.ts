import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// ofTheTitle (src/events/statements/subjects.ts): the "of" of a title makes no object of its holder.

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"President of the Republic of Kenya Tom Roe called ... He said": the holder is the subject', () => {
  it('resolves "He" to the holder of the title, not to the guest named in the sentence', () => {
    expect(
      speakers(
        'President of the Republic of Kenya Tom Roe called the visit of his Ghanaian counterpart John Mensah historic.\n\nHe said at a press conference with Ghanaian President John Mensah in Nairobi on Tuesday that the visit reflected a shared desire to strengthen relations.',
      ).at(-1),
    ).toBe('Tom Roe');
  });
  it('near-miss: a name after "with" in a title phrase stays an object', () => {
    expect(
      speakers(
        'Tom Roe held talks in Nairobi with the Prime Minister of Ghana John Mensah on Tuesday.\n\nHe said the visit reflected a shared desire to strengthen relations.',
      ).at(-1),
    ).toBe('Tom Roe');
  });
});
