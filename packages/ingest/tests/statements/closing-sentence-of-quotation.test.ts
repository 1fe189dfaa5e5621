import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a quotation spanning sentences', () => {
  const lead =
    'Portuguese Economy Minister Rui Costa met Spanish Economy Minister Elena Ruiz in Madrid on Tuesday.';
  it('is one statement when the words after it only say who spoke and where', () => {
    const x = run(
      `${lead}\n\n"We have the sun and they have the grid. Together we can export power to the north," Costa said in a statement published by the Ministry of Economy of Portugal.`,
    );
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.quote).toMatch(/^We have the sun .* to the north,?$/);
  });
  it('is followed by a second statement when the words after it report more', () => {
    const x = run(
      `${lead}\n\n"We have the sun and they have the grid. Together we can export power to the north," Costa said on Wednesday, adding that Portuguese firms would bid for the first contracts next year.`,
    );
    expect(x.statements).toHaveLength(2);
  });
  it('is one statement when a participle clause after it holds a "that" of its own', () => {
    const x = run(
      `${lead}\n\n"We have the sun and they have the grid. Together we can export power to the north," Costa said, replying to a question about a press report that Madrid had stalled the deal.`,
    );
    expect(x.statements).toHaveLength(1);
  });
  it('is followed by a second statement when its closing clause says "told reporters that"', () => {
    const x = run(
      `${lead}\n\n"We have the sun and they have the grid. Together we can export power to the north," Costa told reporters that evening that Portuguese firms would bid for the first contracts.`,
    );
    expect(x.statements).toHaveLength(2);
  });
});

describe('a quotation spanning sentences closed by "X was quoted as saying by ..."', () => {
  const lead =
    'Portuguese Economy Minister Rui Costa met Spanish Economy Minister Elena Ruiz in Madrid on Tuesday.';
  it('is one statement: the agency that relayed it reports nothing more', () => {
    const x = run(
      `${lead}\n\n"We have the sun and they have the grid. Together we can export power to the north," Costa was quoted as saying by another Portuguese news agency.`,
    );
    expect(x.statements).toHaveLength(1);
  });
  it('is followed by a second statement when the tail goes on with "adding that"', () => {
    const x = run(
      `${lead}\n\n"We have the sun and they have the grid. Together we can export power to the north," Costa was quoted as saying, adding that Portuguese firms would bid for the first contracts.`,
    );
    expect(x.statements).toHaveLength(2);
  });
});
