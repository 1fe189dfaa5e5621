import { describe, expect, it } from 'vitest';
import { scanSpeech } from '../../src/events/statements/triggers.js';
import { run } from '../helpers.js';

describe('statements', () => {
  it('makes no statement from a sentence without a speaker', () => {
    expect(run('Trade had grown over the year, and prices fell.').statements).toEqual([]);
  });
});

describe('attributes of statements', () => {
  it('"spoke about" is speech; "spoke by phone" is not', () => {
    expect(run('In an interview, President Ada Berg spoke about the plan.').statements[0]?.channel).toBe(
      'interview',
    );
    expect(run('President Ada Berg spoke by phone with President Olof Sand.').statements).toEqual([]);
  });
});

describe('scanSpeech: one pass over a sentence for its verbs of saying', () => {
  it('finds the words that open an attribution, in order, and that a verb of saying is there', () => {
    expect(scanSpeech('According to Berg, the envoy stressed the plan and called for calm.')).toEqual({
      saying: true,
      triggers: [
        { verb: 'according', index: 0 },
        { verb: 'stressed', index: 29 },
        { verb: 'called', index: 51 },
      ],
    });
  });
  it('finds neither in a sentence that only tells what happened', () => {
    expect(scanSpeech('The envoy called Berg and spoke by phone with Sand.')).toEqual({
      saying: false,
      triggers: [],
    });
  });
});

describe('"issued a joint-address": a speech given, not told', () => {
  it('makes no statement of "X issued a joint-address along with Y"', () => {
    const x = run(
      'Prime Minister Ivar Lunde on Friday issued a joint-address along with Finnish Prime Minister Aino Virta, who is on a two-day visit.',
    );
    expect(x.statements).toEqual([]);
  });
  it('keeps "issued a statement condemning the attack"', () => {
    const x = run(
      'Prime Minister Ivar Lunde on Friday issued a statement condemning the attack on the embassy.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ivar Lunde']);
  });
});

describe('"what X said": words named, not told', () => {
  it('makes no statement of "contrasted with what Wang said at the same news conference"', () => {
    const x = run(
      'The upbeat note contrasted sharply with what Wang Lei said at the same news conference about sanctions on two officials.',
    );
    expect(x.statements).toEqual([]);
  });
  it('keeps "Wang Lei said the talks were frank"', () => {
    const x = run('Wang Lei said the talks were frank and constructive.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Wang Lei']);
  });
});

describe('"spoke highly of": a judgement in words', () => {
  it('makes a statement of "He spoke highly of the cooperation"', () => {
    const x = run(
      'Foreign Minister Karim Haddad received Ambassador Lena Holt on Monday. He spoke highly of the cooperation between the two ministries.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Karim Haddad']);
  });
  it('makes none of "He spoke highly by phone with ..." (a call)', () => {
    const x = run('Foreign Minister Karim Haddad spoke by phone with Ambassador Lena Holt on Monday.');
    expect(x.statements).toEqual([]);
  });
});
