import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const LEAD = 'Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vega in Lima. ';

describe('"In a statement issued by ORG, concern was expressed": the issuer of the statement speaks', () => {
  it('gives a passive verb of saying to the institution, by press release', () => {
    const x = run(
      `${LEAD}In a statement issued on Monday by the Ministry of Foreign Affairs of Chile, deep concern was expressed over the floods.`,
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel])).toEqual([
      ['Ministry of Foreign Affairs of Chile', 'press_release'],
    ]);
  });
  it('leaves a statement with its own speaker to that speaker', () => {
    const x = run(
      `${LEAD}In a statement released on Sunday, Luis Vega said the floods were a national tragedy.`,
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Luis Vega']);
  });
});
