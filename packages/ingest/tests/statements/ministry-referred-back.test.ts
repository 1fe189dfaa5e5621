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

describe('"the unification ministry said": the ministry of that branch only', () => {
  it('does not give the words to another branch’s ministry named before', () => {
    expect(
      speakers(
        'Unification Minister Min Ho met Japanese Foreign Minister Aiko Sato in Tokyo, the unification ministry said.',
      ),
    ).toEqual([]);
  });
  it('gives "the foreign ministry said" to the foreign ministry named before', () => {
    expect(speakers(`${met} The foreign ministry said the links were ready.`)).toEqual([
      'Ministry of Foreign Affairs of Finland',
    ]);
  });
});
