import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, findQuotations, splitSentences, tokenize } from '../src/index.js';
import type { Extraction, Span } from '../src/types.js';
import { countWork } from './work-meter.js';

function spansOf(x: Extraction): Span[] {
  const out: Span[] = [...x.sentences, ...x.mentions];
  for (const r of [...x.persons, ...x.organizations, ...x.places, ...x.meetings, ...x.statements])
    out.push(...r.evidence);
  for (const p of x.persons) for (const r of p.roles) out.push(...r.evidence);
  for (const s of x.statements) if (s.quoteSpan) out.push(s.quoteSpan);
  return out;
}

function refsResolve(x: Extraction): boolean {
  const refs = new Set(
    [...x.persons, ...x.organizations, ...x.places, ...x.meetings, ...x.statements].map((r) => r.ref),
  );
  const ok = (r: string | null): boolean => r === null || refs.has(r);
  return (
    x.organizations.every((o) => ok(o.parent) && ok(o.country) && o.members.every(ok)) &&
    x.meetings.every((m) => m.participants.every(ok) && ok(m.place) && ok(m.forum) && ok(m.within)) &&
    x.statements.every((s) => ok(s.speaker) && ok(s.about)) &&
    x.persons.every((p) => p.roles.every((r) => ok(r.organization) && ok(r.country)))
  );
}

// words that make rules fire, so that random text reaches them
const newsy = fc.constantFrom(
  'the',
  'and',
  'of',
  'to',
  'in',
  'that',
  'with',
  'was',
  'President',
  'Minister',
  'Defense',
  'said',
  'met',
  'talks',
  'summit',
  'session',
  'of the',
  'CSTO',
  'NATO',
  'Russia',
  'Belarusian',
  "Belarus's",
  'Ministry of Defense',
  'press service',
  'Moscow',
  'Alma-Ata',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '.',
  ',',
  '\n',
  ' ',
  'Ivan Petrov',
  'on Friday',
  'December 5, 2024',
  '(CMM)',
  'Council of Ministers',
  'he',
  'told reporters',
  '🇺🇦',
  '\ud800',
  '\udc00',
  'é',
  '—',
);
const newsText = fc
  .array(fc.oneof(newsy, fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

describe('extract on any string', () => {
  it('never throws and every span is exact', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.string({ unit: 'grapheme', maxLength: 400 }),
          newsText,
        ),
        (text) => {
          const x = extract(text);
          for (const s of spansOf(x)) {
            expect(s.end).toBeGreaterThan(s.start);
            expect(text.slice(s.start, s.end)).toBe(s.exact);
          }
          expect(refsResolve(x)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('handles empty, quote-only, unpunctuated and lone-surrogate input', () => {
    for (const text of [
      '',
      '"',
      '“”‘’\'"',
      '\ud800\udc00\ud800',
      'a'.repeat(5000),
      'word '.repeat(3000),
      '\n\n\n',
    ]) {
      const x = extract(text);
      for (const s of spansOf(x)) expect(text.slice(s.start, s.end)).toBe(s.exact);
    }
  });
  it('splitters return exact spans', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), newsText), (text) => {
        for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.exact);
        for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
        for (const q of findQuotations(text)) {
          expect(text.slice(q.inner.start, q.inner.end)).toBe(q.inner.exact);
          expect(text.slice(q.outer.start, q.outer.end)).toBe(q.outer.exact);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('is deterministic', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
      }),
      { numRuns: 50 },
    );
  });
});

/** Names and keys of the records, which do not depend on where the text says them. */
function identities(x: Extraction): string[] {
  return [...x.persons, ...x.organizations, ...x.places, ...x.meetings, ...x.statements].map(
    (r) => `${r.ref} ${r.key} ${'name' in r ? r.name : ''}`,
  );
}

describe('text that reads differently from how it looks', () => {
  const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff');
  it('invisible characters anywhere change no record, and spans stay exact on the text as given', () => {
    fc.assert(
      fc.property(
        newsText,
        fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 12 }),
        (text, insertions) => {
          if (/[\u200b-\u200d\u2060\u00ad\ufeff]/.test(text)) return;
          let noisy = text;
          for (const [at, ch] of insertions) {
            const i = at % (noisy.length + 1);
            // not inside a surrogate pair, which would make another text
            if (/[\ud800-\udbff]/.test(noisy[i - 1] ?? '')) continue;
            noisy = noisy.slice(0, i) + ch + noisy.slice(i);
          }
          const x = extract(noisy);
          for (const s of spansOf(x)) expect(noisy.slice(s.start, s.end)).toBe(s.exact);
          expect(identities(x)).toEqual(identities(extract(text)));
        },
      ),
      { numRuns: 150 },
    );
  });
  it('CR or CRLF line endings read as LF, with exact spans', () => {
    fc.assert(
      fc.property(newsText, fc.array(fc.constantFrom('\r', '\r\n', '\n')), (text, endings) => {
        if (text.includes('\r')) return;
        let k = 0;
        const other = text.replace(/\n/g, () => endings[k++ % Math.max(1, endings.length)] ?? '\n');
        const x = extract(other);
        for (const s of spansOf(x)) expect(other.slice(s.start, s.end)).toBe(s.exact);
        expect(identities(x)).toEqual(identities(extract(text)));
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * Hostile text: one short unit repeated, no line breaks. One list for these tests and for
 * pnpm bench, which times the same shapes at 10 KB, 100 KB and 1 MB (bench/adversarial.mjs).
 */
const HOSTILE: Record<string, string> = JSON.parse(
  readFileSync(new URL('./hostile-inputs.json', import.meta.url), 'utf8'),
);
const repeated = (unit: string, length: number): string =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('hostile text', () => {
  it('never throws and every span is exact, whatever the length and the cut', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(HOSTILE)),
        fc.integer({ min: 1, max: 6000 }),
        fc.constantFrom('', '\n', ' ', '"'),
        (unit, length, tail) => {
          const text = repeated(unit, length) + tail;
          const x = extract(text);
          for (const s of spansOf(x)) expect(text.slice(s.start, s.end)).toBe(s.exact);
          expect(refsResolve(x)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
  // Not a clock: the built-ins' scans are counted (tests/work-meter.ts), the same on any machine.
  // Four times the text may cost four times the work, with a margin for fixed costs, never the
  // sixteen times of a rule that rescans the text, or every hit, for each candidate.
  it.each(Object.entries(HOSTILE))('%s: four times the text is about four times the work', (_name, unit) => {
    const small = repeated(unit, 8_000);
    const large = repeated(unit, 32_000);
    extract(small); // the lazily built gazetteer and lexicon are not the text's work
    const ratio = countWork(() => extract(large)) / countWork(() => extract(small));
    expect(ratio).toBeLessThan(4.6);
  });
});

describe('long inputs stay linear', () => {
  // Speed is measured by `pnpm bench`, not here: these inputs make a quadratic rule take
  // minutes, so the test's timeout is the only clock (generous: CI shares two cores).
  it('reads long text without punctuation, and long news, with exact spans', { timeout: 60_000 }, () => {
    const noPunct = 'word Minister Ivan Petrov said talks '.repeat(6000);
    let x = extract(noPunct);
    for (const s of spansOf(x)) expect(noPunct.slice(s.start, s.end)).toBe(s.exact);
    const news =
      'MOSCOW, May 3 /Agency/. Defence Minister Ivan Petrov met Defence Minister Jan Berg in Minsk on Friday. "We agreed," Petrov said.\n'.repeat(
        1500,
      );
    x = extract(news);
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Ivan Petrov', 'Jan Berg']);
    for (const s of spansOf(x)) expect(news.slice(s.start, s.end)).toBe(s.exact);
  });
});
