import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Rule nationalNamedBefore (entities/describe.ts): "“...,” the Chilean diplomat said" when no
// stated role fits: the nearest person the text introduced with that nationality.
const pair =
  'Japanese and Chilean foreign ministers Kenji Arai and Rosa Prado held talks in Tokyo on Friday.';

describe('a speaker described by nationality only', () => {
  it('pairs "Japanese and Chilean ministers A and B" in order', () => {
    const x = run(`${pair}\n\n“We had very useful talks,” the Chilean diplomat said.`);
    const st = x.statements.find((s) => /useful talks/.test(s.quote ?? ''));
    expect(x.nameOf(st?.speaker ?? null)).toBe('Rosa Prado');
    const x2 = run(`${pair}\n\n“We had very useful talks,” the Japanese diplomat said.`);
    const st2 = x2.statements.find((s) => /useful talks/.test(s.quote ?? ''));
    expect(x2.nameOf(st2?.speaker ?? null)).toBe('Kenji Arai');
  });
  it('reads a country’s possessive before the name', () => {
    const x = run(
      'Chile’s Rosa Prado said on Monday that the summit in Santiago had gone well.\n\n“Our region needs one voice,” the Chilean leader said.',
    );
    const st = x.statements.find((s) => /one voice/.test(s.quote ?? ''));
    expect(x.nameOf(st?.speaker ?? null)).toBe('Rosa Prado');
  });
  it('gives nobody a nationality the text never gave them', () => {
    const x = run(`${pair}\n\n“We had very useful talks,” the Peruvian diplomat said.`);
    const st = x.statements.find((s) => /useful talks/.test(s.quote ?? ''));
    expect(st?.speaker ?? null).toBeNull();
  });
  it('does not take a nationality across a verb ("the Japanese minister said, implying Prado’s ...")', () => {
    const x = run(
      'Rosa Prado held talks in Tokyo on Friday.\n\nThe Japanese minister said, implying Prado’s refusal, that the plan was late.\n\n“We will wait,” the Japanese diplomat said.',
    );
    const st = x.statements.find((s) => /will wait/.test(s.quote ?? ''));
    expect(x.nameOf(st?.speaker ?? null)).not.toBe('Rosa Prado');
  });
});
