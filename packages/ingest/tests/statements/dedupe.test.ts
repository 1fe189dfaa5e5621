import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const said = 'Finnish Foreign Minister Aino Virta said the links to Estonia were ready for the winter.';

describe('the same words by the same speaker told twice are one statement', () => {
  it('keeps one statement with the evidence of both tellings', () => {
    const x = run(`${said}\n${said}`);
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.evidence.length])).toEqual([['Aino Virta', 2]]);
  });
  it('keeps two statements when the words differ', () => {
    const x = run(
      `${said}\nFinnish Foreign Minister Aino Virta said the cables under the sea were laid last year.`,
    );
    expect(x.statements).toHaveLength(2);
  });
});
