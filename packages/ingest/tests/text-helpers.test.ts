import { describe, expect, it } from 'vitest';
import { matchesOf } from '../src/text/matches.js';
import { sortInPlace } from '../src/text/sort.js';

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
