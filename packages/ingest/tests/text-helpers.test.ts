import { describe, expect, it } from 'vitest';
import { matchesOf } from '../src/text/matches.js';
import { sortInPlace } from '../src/text/sort.js';
import { WordGate } from '../src/text/word-gate.js';

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

describe('WordGate', () => {
  const rules = [
    { name: 'talks', needs: ['talks', 'talked'] },
    { name: 'always' },
    { name: 'signed', needs: ['signed'] },
  ];
  const gate = new WordGate(rules);
  const open = (text: string): string[] => gate.open(text).map((r) => r.name);
  it('opens the rules one of whose words the text has, in their order, and those without needs', () => {
    expect(open('They SIGNED a pact after the talks.')).toEqual(['talks', 'always', 'signed']);
    expect(open('They signed.')).toEqual(['always', 'signed']);
  });
  it('keeps closed a rule whose word is only part of a longer word', () => {
    expect(open('The talkshow was cosigned, re_signed and signed2.')).toEqual(['always']);
  });
  it('reads words as a regex without u does: no letter outside ASCII folds into one', () => {
    // the Kelvin sign is no "k", and no word character to `\b`
    expect(open('They talk\u212A.')).toEqual(['always']);
    expect(open('They talked\u212A.')).toEqual(['talks', 'always']);
    expect(/\btalked\b/i.test('talked\u212A')).toBe(true);
  });
  it('refuses a word a regex would not read as one word', () => {
    expect(() => new WordGate([{ needs: ['press release'] }])).toThrow();
  });
});
