import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('statements', () => {
  it('attributes indirect speech and resolves a pronoun in the next sentence', () => {
    const x = run(
      'Foreign Minister Ada Roth said the talks were useful. She also noted that trade had grown.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ada Roth', 'Ada Roth']);
    expect(x.statements[0]?.quote).toBeNull();
  });
});

describe('"She also noted": the latest subject', () => {
  it('gives the words to the person the previous sentence was about', () => {
    const x = run(
      'Finnish Foreign Minister Aino Virta visited Tallinn. She also noted that the links were ready.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Aino Virta']);
  });
  it('reads "She then noted", which no other subject phrase takes', () => {
    const x = run(
      'Finnish Foreign Minister Aino Virta met Karl Berg. She then noted that the links were ready.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Aino Virta']);
  });
  it('gives them to no one when nobody was named before', () => {
    expect(run('She also noted that trade had grown.').statements).toEqual([]);
  });
});

describe('"Berg stressed ..., she said": a closing pronoun is not a person named before it', () => {
  it('gives the words to the previous subject, not to the person in the reported clause', () => {
    const x = run(
      'Karl Berg held useful talks in Oslo, press secretary Ada Roth said on Monday. Berg stressed the value of open channels during the visit, she said.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ada Roth', 'Ada Roth']);
  });
  it('still gives "“...,” he said" to the person the text is about', () => {
    const x = run('Foreign Minister Karl Berg visited Oslo. “We covered every topic on the list,” he said.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Karl Berg']);
  });
});
