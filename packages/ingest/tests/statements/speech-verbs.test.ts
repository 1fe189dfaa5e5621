import { describe, expect, it } from 'vitest';
import { isSpeechVerbForm } from '../../src/text/speech-verbs.js';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('verbs of saying from the VerbNet classes', () => {
  it('knows inflected members of the classes, not just a dozen forms', () => {
    for (const w of ['lauded', 'reaffirmed', 'assessed', 'questioned', 'expects', 'welcomed', 'cautioned'])
      expect(isSpeechVerbForm(w), w).toBe(true);
  });
  it('takes neither bare lemmas, -ing forms nor verbs of acts', () => {
    for (const w of ['report', 'saying', 'greeted', 'visited', 'arrived', 'showed'])
      expect(isSpeechVerbForm(w), w).toBe(false);
  });
  it('needs the particle of a particle verb', () => {
    expect(isSpeechVerbForm('touched', ' upon the crisis')).toBe(true);
    expect(isSpeechVerbForm('touched', ' the flag')).toBe(false);
  });
  it('makes a statement from a subject and a verb outside the house list', () => {
    expect(speakers('Finnish Foreign Minister Aino Virta lauded the progress made on energy links.')).toEqual(
      ['Aino Virta'],
    );
  });
  it('does not make one from a verb of acting', () => {
    expect(
      run('Finnish Foreign Minister Aino Virta greeted the delegation at the airport.').statements,
    ).toEqual([]);
  });
});

describe('the subject slot', () => {
  it('takes a person named with their country between name and verb', () => {
    expect(speakers('Defence Minister Anna Berg of Norway said the drills would continue.')).toEqual([
      'Anna Berg',
    ]);
  });
  it('takes no country word alone for a speaker', () => {
    expect(speakers('Officials of Norway said the drills would continue.')).toEqual([]);
  });
});

describe('"called it a ..."', () => {
  it('is a judgement in words', () => {
    expect(
      speakers('Defence Minister Anna Berg of Norway called it a turning point for the northern flank.'),
    ).toEqual(['Anna Berg']);
  });
  it('"called X" alone is a phone call, not a statement', () => {
    expect(speakers('Defence Minister Anna Berg of Norway called her Danish colleague on Monday.')).toEqual(
      [],
    );
  });
});
