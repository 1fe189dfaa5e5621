import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { normalisedView, originalSpan } from '../src/text/offsets.js';
import type { Extraction, Span } from '../src/types.js';

const ZWSP = '\u200b';

function allSpans(x: Extraction): Span[] {
  const out: Span[] = [...x.sentences, ...x.mentions];
  for (const r of [...x.persons, ...x.organizations, ...x.places, ...x.meetings, ...x.statements])
    out.push(...r.evidence);
  for (const p of x.persons) for (const r of p.roles) out.push(...r.evidence);
  for (const s of x.statements) if (s.quoteSpan) out.push(s.quoteSpan);
  return out;
}

function expectExact(text: string, x: Extraction): void {
  for (const s of allSpans(x)) expect(text.slice(s.start, s.end)).toBe(s.exact);
  for (const s of x.statements) if (s.quoteSpan) expect(s.quote).toBe(s.quoteSpan.exact);
}

/** What the records say, without where the text says it. */
function records(x: Extraction): unknown {
  const strip = <T extends { evidence: Span[] }>(r: T) => ({ ...r, evidence: r.evidence.length });
  return {
    persons: x.persons.map((p) => ({ ...strip(p), roles: p.roles.map(strip) })),
    organizations: x.organizations.map(strip),
    places: x.places.map(strip),
    meetings: x.meetings.map(strip),
    statements: x.statements.map((s) => ({
      ...strip(s),
      quoteSpan: null,
      quote: s.quote?.replace(/\r\n?/g, '\n') ?? null,
      content: s.content.replace(/\r\n?/g, '\n'),
    })),
  };
}

const STORY = [
  'OSLO, March 3 /Nordic Wire/. Norwegian Foreign Minister Anna Berg met her Finnish counterpart Mikko Lahti in Oslo on Monday.',
  '"We agreed to keep the northern border calm," Berg told reporters after the talks.',
  'Lahti said the two ministries would meet again in Helsinki in the autumn.',
].join('\n');

describe('the normalised view', () => {
  it('drops invisible characters and maps each kept character back', () => {
    const view = normalisedView(`An${ZWSP}na\u00adBerg\ufeff`);
    expect(view.text).toBe('AnnaBerg');
    expect(view.toOriginal(0, 4)).toEqual({ start: 0, end: 5 });
    expect(originalSpan(view, { start: 4, end: 8, exact: 'Berg' })).toEqual({
      start: 6,
      end: 10,
      exact: 'Berg',
    });
  });
  it('reads CR, CRLF and other separators as LF, and typographic spaces as spaces', () => {
    const view = normalisedView('a\rb\r\nc\u2028d\u00a0e\u202ff');
    expect(view.text).toBe('a\nb\nc\nd e f');
    // the LF read from CRLF stands for both characters
    expect(view.toOriginal(3, 4)).toEqual({ start: 3, end: 5 });
    expect(view.toOriginal(4, 5)).toEqual({ start: 5, end: 6 });
  });
  it('composes a letter and its combining mark (NFC), mapping the pair to the one letter', () => {
    const view = normalisedView('Mu\u0308ller');
    expect(view.text).toBe('Müller');
    expect(originalSpan(view, { start: 0, end: 6, exact: 'Müller' }).exact).toBe('Mu\u0308ller');
    expect(view.toOriginal(1, 2)).toEqual({ start: 1, end: 3 });
  });
  it('is the text itself when nothing needs normalising', () => {
    const view = normalisedView(STORY);
    expect(view.changed).toBe(false);
    expect(view.text).toBe(STORY);
  });
});

describe('extraction reads the normalised view and answers in the original', () => {
  it('finds a name with a zero-width space inside it', () => {
    const text = STORY.replace('Anna Berg', `An${ZWSP}na Berg`);
    const x = extract(text);
    const berg = x.persons.find((p) => p.name === 'Anna Berg');
    expect(berg).toBeDefined();
    expect(berg?.evidence[0]?.exact).toBe(`An${ZWSP}na Berg`);
    expectExact(text, x);
    expect(records(x)).toEqual(records(extract(STORY)));
  });
  it('gives CR-only and CRLF text the records of LF text', () => {
    const lf = extract(STORY);
    expect(lf.statements.length).toBeGreaterThan(0);
    for (const text of [STORY.replace(/\n/g, '\r'), STORY.replace(/\n/g, '\r\n')]) {
      const x = extract(text);
      expectExact(text, x);
      expect(records(x)).toEqual(records(lf));
      expect(x.sentences.length).toBe(lf.sentences.length);
    }
  });
  it('keeps a byte order mark in the offsets: every span is one further on', () => {
    const text = `\ufeff${STORY}`;
    const x = extract(text);
    expectExact(text, x);
    expect(records(x)).toEqual(records(extract(STORY)));
    expect(x.sentences[0]?.start).toBe(1);
  });
});
