import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('a ministry in lower case after its country, demonym or capital', () => {
  it('makes the ministry of the country or capital before it, and lets it speak', () => {
    expect(
      speakers(
        "Peru's foreign ministry said on Friday that the ambassador had been recalled. Lima's defence ministry said the exercise was postponed.",
      ),
    ).toEqual(['Ministry of Foreign Affairs of Peru', 'Ministry of Defense of Peru']);
  });
  it('makes the ministry of the capital after it', () => {
    expect(speakers('The defence ministry in Lima said separately that the drills would go ahead.')).toEqual([
      'Ministry of Defense of Peru',
    ]);
  });
  it('names no country for the possessive of a day', () => {
    const x = run("Sunday's foreign ministry briefing was cancelled without notice.");
    expect(x.organizations.map((o) => o.name)).toEqual([]);
  });
});
