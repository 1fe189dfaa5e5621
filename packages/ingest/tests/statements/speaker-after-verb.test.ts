import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('inverted attribution with a title', () => {
  it('"...," said Russian Foreign Minister X gives X, not the ministry his title implies', () => {
    const x = run('"We are ready for talks," said Norwegian Foreign Minister Ola Dahl.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ola Dahl']);
  });
});

describe('"...," said SPEAKER', () => {
  it('gives the quotation to the person named after "said"', () => {
    const x = run('Finnish Foreign Minister Aino Virta met Karl Berg. "The links are ready," said Berg.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Karl Berg']);
  });
  it('gives it to no one when no one is named after "said"', () => {
    expect(run('"We are ready for talks," said nobody in Oslo.').statements).toEqual([]);
  });
});
