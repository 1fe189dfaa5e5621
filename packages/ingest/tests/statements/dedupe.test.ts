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

describe('a standfirst repeating the lead with a short partial quotation', () => {
  const lead =
    'Finnish Foreign Minister Aino Virta held an "important" meeting with Karl Berg in Turku on Friday, the ministry said.';
  it('is one statement with the evidence of both tellings', () => {
    const x = run(`${lead}\nTURKU (Wire) ${lead}`);
    expect(x.statements.map((s) => s.evidence.length)).toEqual([2]);
  });
  it('keeps two partial quotations of one sentence apart', () => {
    const x = run(
      'The talks were "very useful indeed" and held in a "calm and frank" spirit, said foreign secretary Ruth Amani.',
    );
    expect(x.statements.map((s) => s.quote)).toEqual(['very useful indeed', 'calm and frank']);
  });
});
