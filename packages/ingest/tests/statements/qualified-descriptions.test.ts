import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Invented sentences: two holders of one title, told apart by "incoming" and "outgoing".
const opening =
  'The President of Chile and incoming chairperson of the Andean Forum, Ivo Marek, opened the summit in Lima. Marek succeeds outgoing chairperson Lena Holt of Peru.';

describe('"the incoming chairperson": the holder the text qualified that way', () => {
  it('is the incoming chairperson, not the nearer person with the same title', () => {
    const x = run(
      `${opening} Speaking at the opening, the incoming chairperson said the forum would focus on water.`,
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ivo Marek']);
  });
  it('is nobody when no role was qualified that way ("the former chairperson")', () => {
    const x = run(
      `${opening} Speaking at the opening, the former chairperson said the forum would focus on water.`,
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Ivo Marek');
  });
});

describe('a described speaker owns the sentence for the pronoun after it', () => {
  it('"the incoming chairperson thanked ..., particularly President X. Finally, he thanked ...": he is the chairperson', () => {
    const x = run(
      `${opening} The incoming chairperson thanked all who backed his candidacy, particularly Brazil’s President Tomas Ferro who withdrew his own. Finally, he thanked the staff of the forum for their work.`,
    );
    const last = x.statements.find((s) => /Finally, he thanked/.test(s.evidence[0]?.exact ?? ''));
    expect(x.nameOf(last?.speaker ?? null)).toBe('Ivo Marek');
  });
  it('"thanked outgoing Chairperson Y" makes Y an object, not the subject a later "he" refers to', () => {
    const x = run(
      `${opening} The incoming chairperson thanked outgoing Chairperson Lena Holt for her efforts. Holt has worked hard for unity, he pointed out.`,
    );
    const last = x.statements.find((s) => /he pointed out/.test(s.evidence[0]?.exact ?? ''));
    expect(x.nameOf(last?.speaker ?? null)).toBe('Ivo Marek');
  });
});
