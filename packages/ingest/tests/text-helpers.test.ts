import { describe, expect, it } from 'vitest';
import { matchesOf } from '../src/text/matches.js';
import { sortInPlace } from '../src/text/sort.js';
import { hasAnyWord, wordSet } from '../src/text/word-set.js';

const asPlain = (ms: RegExpMatchArray[]) => ms.map((m) => ({ at: m.index, all: [...m], groups: m.groups }));

describe('matchesOf', () => {
  const cases: Array<[RegExp, string]> = [
    [/\bdiscuss(?:ed|es)?\b/gi, 'They discussed it; DISCUSSES; discussing'],
    [/(?<w>[a-z]+)/g, 'one two  three'],
    [/x*/g, 'axxbx'],
    [/\p{L}*/gu, 'a😀b'],
    [/(?:)/gu, '😀😀'],
  ];
  it.each(cases)('gives what matchAll gives for %s', (re, s) => {
    expect(asPlain(matchesOf(re, s))).toEqual(asPlain([...s.matchAll(re)]));
  });

  it('leaves lastIndex as it was and starts from it, like matchAll', () => {
    const re = /a/g;
    re.lastIndex = 2;
    expect(matchesOf(re, 'aaaa').map((m) => m.index)).toEqual([2, 3]);
    expect(re.lastIndex).toBe(2);
  });

  it('refuses a non-global regex as matchAll does', () => {
    expect(() => matchesOf(/a/, 'aaa')).toThrow(TypeError);
  });
});

describe('sortInPlace', () => {
  it('sorts in place and returns the same array', () => {
    const list = [{ at: 3 }, { at: 1 }, { at: 2 }];
    const out = sortInPlace(list, (a, b) => a.at - b.at);
    expect(out).toBe(list);
    expect(list.map((x) => x.at)).toEqual([1, 2, 3]);
  });

  it('sorts strings by code unit without a comparator, like Array#sort', () => {
    expect(sortInPlace(['b', 'a', 'B'])).toEqual(['B', 'a', 'b']);
  });

  it('leaves empty and one-item lists untouched', () => {
    const one = [{ at: 1 }];
    expect(
      sortInPlace(one, () => {
        throw new Error('no comparison needed');
      }),
    ).toBe(one);
    expect(sortInPlace([])).toEqual([]);
  });
});

describe('wordSet', () => {
  it('holds the words as a regex without u reads them between word boundaries, lower case', () => {
    expect([...wordSet('The envoys DISCUSSED fish-quotas, re_entry and 2024’s plan.')]).toEqual([
      'the',
      'envoys',
      'discussed',
      'fish',
      'quotas',
      're_entry',
      'and',
      '2024',
      's',
      'plan',
    ]);
  });
  it('does not fold a letter outside ASCII into one (the Kelvin sign is no "k")', () => {
    const words = wordSet('talk\u212A and Straße');
    expect(words.has('talk')).toBe(true);
    expect(words.has('talkk')).toBe(false);
    expect(words.has('stra')).toBe(true);
    expect(/\btalk\b/i.test('talk\u212A')).toBe(true);
  });
  it('gates: no needs always passes, else one of the words must be there', () => {
    const words = wordSet('The talks ended.');
    expect(hasAnyWord(words, undefined)).toBe(true);
    expect(hasAnyWord(words, ['talked', 'talks'])).toBe(true);
    expect(hasAnyWord(words, ['talked', 'talk'])).toBe(false);
  });
});
