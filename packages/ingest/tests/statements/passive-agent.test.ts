import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"This was stated by SPEAKER": the agent of a passive verb of saying', () => {
  it('gives the sentence to the person after a title', () => {
    expect(
      speakers(
        'The new round will open in Geneva next week. This was announced by Foreign Ministry spokesman Ivan Petrov.',
      ),
    ).toEqual(['Ivan Petrov']);
  });
  it('reads "This opinion was shared by X at a briefing"', () => {
    expect(
      speakers(
        'The delegation has every mandate it needs. This opinion was shared by envoy Ivan Petrov at a briefing in Bishkek.',
      ),
    ).toEqual(['Ivan Petrov']);
  });
  it('gives a preceding quotation to the agent', () => {
    expect(
      speakers(
        'Ivan Petrov met Karl Berg.\n"Our team is ready to work at once." This was stated by Karl Berg.',
      ),
    ).toEqual(['Karl Berg']);
  });
  it('names no one when an outlet only reported it', () => {
    expect(
      speakers(
        'Ivan Petrov met Karl Berg. The new round will open in Geneva. This was reported by the TASS news agency.',
      ),
    ).toEqual([]);
  });
});

describe('"This was stated by the ministry’s envoy, X"', () => {
  it('gives the words to the envoy, not to the ministry', () => {
    expect(
      speakers(
        'Ivan Petrov flew to Lima. The delegation has every mandate it needs. This was stated by the Chilean Foreign Ministry’s ambassador-at-large on trade, Ivan Petrov, at a briefing.',
      ),
    ).toEqual(['Ivan Petrov']);
  });
  it('gives them to the ministry when it is the agent itself', () => {
    expect(
      speakers('The delegation has every mandate it needs. This was stated by the Chilean Foreign Ministry.'),
    ).toEqual(['Ministry of Foreign Affairs of Chile']);
  });
});
