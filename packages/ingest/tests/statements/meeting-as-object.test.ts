import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// meetingAsObjectNoSpeech (src/events/statements/triggers.ts).

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"X concluded the summit by ...": an act on a meeting, not words', () => {
  it('makes no statement of the chair who closes or opens a sitting', () => {
    expect(
      speakers(
        'President Ana Soto concluded the Andean summit by passing the presidency of the community to Bolivia.',
      ),
    ).toEqual([]);
    expect(
      speakers("Foreign Minister Luis Vera opened the council's annual session in Lima on Monday."),
    ).toEqual([]);
  });
  it('near-miss: "concluded that ..." still reports words', () => {
    expect(
      speakers('President Ana Soto concluded that the talks in Lima had been useful for both countries.'),
    ).toEqual(['Ana Soto']);
  });
});
