import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Rule pronounSubjectBefore (subjects.ts): a sentence whose subject is "she" or "he" goes on
// about the person before it; the names inside it do not become what the next "she" means.
describe('a pronoun subject keeps the person it refers to', () => {
  it('gives the next "She questioned ..." to the speaker, not to a name inside the sentence before', () => {
    const x = run(
      'Foreign Minister Anna Berg met reporters in Oslo on Monday.\n\nShe also commented on a planned meeting between Prime Minister Karl Dahl and President Piotr Nowak in Riga. She questioned whether anything useful could come of it.',
    );
    const st = x.statements.find((s) => /questioned/.test(s.evidence[s.evidence.length - 1]?.exact ?? ''));
    expect(x.nameOf(st?.speaker ?? null)).toBe('Anna Berg');
  });
  it('still takes the named subject of a sentence that opens with a name', () => {
    const x = run(
      'Foreign Minister Anna Berg met reporters in Oslo on Monday.\n\nDefence Minister Karl Dahl also spoke to reporters in Riga. He said the plan was sound.',
    );
    const st = x.statements.find((s) =>
      /plan was sound/.test(s.evidence[s.evidence.length - 1]?.exact ?? ''),
    );
    expect(x.nameOf(st?.speaker ?? null)).toBe('Karl Dahl');
  });
});
