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

describe('inverted attribution with a lower-case title', () => {
  it('"..., said foreign secretary X" gives X', () => {
    const x = run(
      'The envoys met in Oslo. The visit was "most useful" and held in a calm spirit, said foreign secretary Ruth Amani.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ruth Amani']);
  });
  it('"..., said Kenya\'s foreign minister X" gives X', () => {
    const x = run("The border will reopen next week, said Kenya's foreign minister Ruth Amani.");
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ruth Amani']);
  });
  it('gives nothing when the words before the name are no title', () => {
    const x = run('The border will reopen, said reports about envoy talks with Ruth Amani.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([]);
  });
});
