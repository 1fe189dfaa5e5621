import { describe, expect, it } from 'vitest';
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
