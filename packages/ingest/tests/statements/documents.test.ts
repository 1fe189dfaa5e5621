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

describe('"A Foreign Ministry statement released on Monday said": the institution in front of its document', () => {
  it('gives the words to the institution, through a press release', () => {
    const x = run(
      'Finnish Foreign Minister Aino Virta met Karl Berg. A Finnish Foreign Ministry statement released on Monday said the talks had been "open and useful for both sides".',
    );
    const last = x.statements[x.statements.length - 1];
    expect(x.nameOf(last?.speaker ?? null)).toBe('Ministry of Foreign Affairs of Finland');
    expect(last?.channel).toBe('press_release');
  });
  it('does not give a statement about the institution to it', () => {
    const x = run(
      'Finnish Foreign Minister Aino Virta met Karl Berg. Karl Berg said the Finnish Foreign Ministry was "open and useful for both sides".',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Karl Berg']);
  });
});
