import { describe, expect, it } from 'vitest';
import { emptyExtraction, mergeChunks } from '../src/chunks.js';
import { CHUNK_LENGTH, extract } from '../src/extract.js';
import type { Extraction, PersonRecord } from '../src/types.js';

const ARTICLE =
  'MINSK, April 12 /BelTA/. Belarusian Defense Minister Viktor Khrenin met Russian Defense Minister ' +
  'Andrei Belousov in Minsk. Khrenin said the talks were useful.\n\n';

const names = (x: Extraction): string[] => x.persons.map((p) => p.name).sort();

describe('a text longer than one chunk', () => {
  const copies = Math.ceil((CHUNK_LENGTH * 1.5) / ARTICLE.length);
  const text = ARTICLE.repeat(copies);
  const one = extract(ARTICLE, { publishedAt: '2024-04-12' });
  const long = extract(text, { publishedAt: '2024-04-12' });

  it('is read in chunks whose records merge by key', () => {
    expect(text.length).toBeGreaterThan(CHUNK_LENGTH);
    expect(names(long)).toEqual(names(one));
    const khrenin = long.persons.find((p) => p.name === 'Viktor Khrenin') as PersonRecord;
    const once = one.persons.find((p) => p.name === 'Viktor Khrenin') as PersonRecord;
    expect(khrenin.evidence).toHaveLength(once.evidence.length * copies);
    expect(new Set(long.persons.map((p) => p.ref)).size).toBe(long.persons.length);
  });

  it('keeps every span an offset into the whole text, and the language of the whole text', () => {
    for (const r of [...long.persons, ...long.organizations, ...long.places, ...long.meetings])
      for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.exact);
    for (const m of long.mentions) expect(text.slice(m.start, m.end)).toBe(m.exact);
    expect(long.language).toBe('en');
  });
});

describe('mergeChunks', () => {
  const person = (ref: string, key: string, name: string, start: number): PersonRecord => ({
    kind: 'person',
    ref,
    key,
    name,
    aliases: [],
    roles: [],
    evidence: [{ start, end: start + name.length, exact: name }],
  });
  const chunk = (p: PersonRecord): Extraction => ({
    ...emptyExtraction(),
    persons: [p],
    mentions: [{ ...(p.evidence[0] as PersonRecord['evidence'][number]), ref: p.ref, via: 'name' }],
    language: 'en',
  });

  it('joins the records of two chunks with one key, shifting spans and renumbering refs', () => {
    const merged = mergeChunks([
      { offset: 0, extraction: chunk(person('p1', 'person:khrenin:v', 'Khrenin', 4)) },
      { offset: 100, extraction: chunk(person('p7', 'person:khrenin:v', 'Viktor Khrenin', 2)) },
    ]);
    expect(merged.persons).toHaveLength(1);
    expect(merged.persons[0]).toMatchObject({ ref: 'p1', name: 'Viktor Khrenin', aliases: ['Khrenin'] });
    expect(merged.persons[0]?.evidence.map((e) => e.start)).toEqual([4, 102]);
    expect(merged.mentions.map((m) => [m.ref, m.start])).toEqual([
      ['p1', 4],
      ['p1', 102],
    ]);
    expect(merged.language).toBe('en');
  });

  it('keeps records with different keys apart', () => {
    const merged = mergeChunks([
      { offset: 0, extraction: chunk(person('p1', 'person:khrenin:v', 'Khrenin', 4)) },
      { offset: 100, extraction: chunk(person('p1', 'person:belousov:a', 'Belousov', 2)) },
    ]);
    expect(merged.persons.map((p) => [p.ref, p.name])).toEqual([
      ['p1', 'Khrenin'],
      ['p2', 'Belousov'],
    ]);
    expect(merged.mentions.map((m) => m.ref)).toEqual(['p1', 'p2']);
  });
});
