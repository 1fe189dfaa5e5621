import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

const met = 'Finnish Foreign Minister Aino Virta met Karl Berg.';

describe('"the ministry said": the latest ministry named or implied', () => {
  it("gives the words to the ministry the minister's title implies", () => {
    expect(speakers(`${met} The ministry said the links were ready.`)).toEqual([
      'Ministry of Foreign Affairs of Finland',
    ]);
  });
  it('makes no statement when no ministry is known', () => {
    expect(speakers('Aino Virta met Karl Berg. The ministry said the links were ready.')).toEqual([]);
  });
});
