import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const channels = (text: string): Array<[string | null, string | null]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.channel]);
};

describe('a personal medium named once holds for the whole item', () => {
  it('gives a later statement the interview its speaker gave', () => {
    expect(
      channels(
        'Defence Minister Anna Berg of Norway gave an interview to a local broadcaster on Sunday. Berg said the drills would continue in spring.',
      ),
    ).toEqual([['Anna Berg', 'interview']]);
  });
  it('gives an earlier statement the account its speaker posted on', () => {
    expect(
      channels(
        'Defence Minister Anna Berg of Norway said the drills would continue. Later on, Berg posted the plan on her Twitter account.',
      ).map((s) => s[1]),
    ).toEqual(['x', 'x']);
  });
  it('does not give the medium when the sentence names two persons', () => {
    expect(
      channels(
        'Defence Minister Anna Berg of Norway and Foreign Minister Ole Lund of Norway gave an interview to a broadcaster. Berg said the drills would continue.',
      ),
    ).toEqual([['Anna Berg', null]]);
  });
});

describe('statements of any kind and readouts are press releases', () => {
  it('reads "in a separate statement" and "according to the readout" as a press release', () => {
    expect(
      channels(
        'The Kremlin said in a separate statement that the talks would resume. The two presidents agreed to meet again, according to the readout.',
      ).map((s) => s[1]),
    ).toEqual(['press_release', 'press_release']);
  });
  it('does not read a statement that is only the topic as a medium', () => {
    expect(
      channels(
        'Defence Minister Anna Berg of Norway said the statement of intent was still being drafted.',
      ).map((s) => s[1]),
    ).toEqual([null]);
  });
});
