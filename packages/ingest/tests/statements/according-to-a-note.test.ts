import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const LEAD = 'Chilean President Ana Soto met Peruvian President Luis Vega in Lima on Monday. ';

describe('"according to a note from ORG", "according to ORG\'s statement": the institution, by press release', () => {
  it('gives the words of a note to the institution that sent it', () => {
    const x = run(
      `${LEAD}According to a note from the Chilean Foreign Ministry, the two discussed copper exports.`,
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel])).toEqual([
      ['Ministry of Foreign Affairs of Chile', 'press_release'],
    ]);
  });
  it('gives the words of an institution’s statement to it', () => {
    const x = run(
      `${LEAD}According to the Chilean Foreign Ministry's statement, the two discussed copper exports.`,
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel])).toEqual([
      ['Ministry of Foreign Affairs of Chile', 'press_release'],
    ]);
  });
  it('gives nothing to a note found somewhere', () => {
    const x = run(`${LEAD}According to a note found in the archive, the two once discussed copper exports.`);
    expect(x.statements).toEqual([]);
  });
});
