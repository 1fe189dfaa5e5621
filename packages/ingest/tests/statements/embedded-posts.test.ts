import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const visit = 'Finnish Foreign Minister Aino Virta visited Tallinn on Monday.\n';

describe('an embedded post "<text> — Name (@handle) date" is the person\'s statement on X', () => {
  it('quotes the post and gives it to the person', () => {
    const x = run(
      `${visit}The links to Estonia are ready and the cables are laid pic.twitter.com/abc — Aino Virta (@ainovirta) June 3, 2024`,
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel, s.quote])).toEqual([
      ['Aino Virta', 'x', 'The links to Estonia are ready and the cables are laid'],
    ]);
  });
  it('makes no statement of a post by an account that is no person', () => {
    expect(
      run(
        `${visit}The links to Estonia are ready and the cables are laid — The Baltic Times (@baltictimes) June 3, 2024`,
      ).statements,
    ).toEqual([]);
  });
});
