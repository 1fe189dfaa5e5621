import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('statements', () => {
  it('gives words relayed by a ministry to the person, and the ministry its own words', () => {
    const x = run(
      "Minister Lea Kivi noted that ties were strong, Estonia's Foreign Ministry said. The ministry said a new round was agreed.",
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([
      'Lea Kivi',
      'Ministry of Foreign Affairs of Estonia',
    ]);
  });
});

describe('a closing attribution by a person governs the whole sentence', () => {
  const told =
    'Finnish Foreign Minister Aino Virta told Karl Berg the links were ready, Estonian Defence Minister Ivo Tamm said';
  it('gives the sentence to the person who closes it, not the one who spoke first', () => {
    const x = run(`${told}.`);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ivo Tamm']);
  });
  it('leaves it to the first person when the closing clause goes on', () => {
    const x = run(`${told} on Monday in a long radio interview about the winter.`);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Aino Virta']);
  });
});
