import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// guestWelcomed and possessedNoun (src/events/statements/frames.ts).

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('a guest welcomed is no remark', () => {
  it('"X welcomed President Y at the palace" says nothing', () => {
    expect(speakers('Prime Minister Lena Moss welcomed President Aron Velk at the palace in Lima.')).toEqual(
      [],
    );
  });
  it('"he was welcomed by Prime Minister Y" says nothing', () => {
    expect(
      speakers(
        'President Aron Velk flew to Lima, where he was welcomed by Prime Minister Lena Moss on Friday.',
      ),
    ).toEqual([]);
  });
  it('"X welcomed the proposal" is still a statement of X', () => {
    expect(speakers('Prime Minister Lena Moss welcomed the proposal on tariffs.')).toEqual(['Lena Moss']);
  });
  it('"the plan was welcomed by X" is still a statement of X', () => {
    expect(speakers('The plan was welcomed by Prime Minister Lena Moss at a press conference.')).toEqual([
      'Lena Moss',
    ]);
  });
});

describe('a word of saying after a possessive is a noun: "Y\'s remarks"', () => {
  it('gives the sentence to the one who welcomed the remarks, not to their author', () => {
    expect(speakers("Prime Minister Lena Moss welcomed President Aron Velk's remarks on trade.")).toEqual([
      'Lena Moss',
    ]);
  });
  it('names no speaker when the one who reacted is unnamed', () => {
    expect(speakers("The Peruvian minister welcomed Aron Velk's remarks on trade.")).toEqual([]);
  });
});
