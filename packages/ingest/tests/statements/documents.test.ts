import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const said = (text: string): Array<[string | null, string]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.content.slice(0, 30)]);
};

describe('"according to the readout": the document speaks for the institution that issued it', () => {
  it('gives the words to the institution named before', () => {
    const text =
      'The Kremlin said the two presidents spoke by phone on Friday. They agreed to extend the grain deal, according to the readout.';
    expect(said(text).map((s) => s[0])).toEqual(['Kremlin', 'Kremlin']);
  });
  it('does not take a plan for a document of an institution', () => {
    const text =
      'The Kremlin said the two presidents spoke by phone on Friday. Troops will leave by May, according to the plan.';
    expect(said(text).map((s) => s[0])).toEqual(['Kremlin']);
  });
});
