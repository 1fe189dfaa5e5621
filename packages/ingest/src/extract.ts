import { emptyExtraction, mergeChunks } from './chunks.js';
import { analyse, type Doc } from './doc.js';
import { mentionsByDescription } from './entities/describe.js';
import { extractEntities } from './entities/extract-entities.js';
import { Registry } from './entities/registry.js';
import { hostsOfThePlace } from './events/meetings/host-country.js';
import { extractMeetings, forumsAttend } from './events/meetings.js';
import { extractStatements } from './events/statements.js';
import { attachTopics } from './events/topics/index.js';
import { detectLanguage } from './text/language.js';
import { extractionInOriginal, normalisedView } from './text/offsets.js';
import { firstStartingAfter } from './text/sort.js';
import type { ArticleMeta, Extraction, Span } from './types.js';

/** Longest text analysed; the rest is ignored with a warning (keeps time and memory bounded). */
export const MAX_TEXT_LENGTH = 2_000_000;

/**
 * Extracts persons, organizations, places, meetings and statements from one news article.
 * Every span satisfies `text.slice(start, end) === exact` (UTF-16 offsets). Never throws.
 */
export function extract(text: string, meta: ArticleMeta = {}): Extraction {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const warnings: string[] = [];
  let analysed = input;
  if (input.length > MAX_TEXT_LENGTH) {
    analysed = input.slice(0, MAX_TEXT_LENGTH);
    warnings.push(`text longer than ${MAX_TEXT_LENGTH} characters: only the beginning was analysed`);
  }
  // the rules read a normalised view (line breaks, invisible characters, spaces, NFC); every span
  // is mapped back to the text as given at the end
  const view = normalisedView(analysed);
  const language = detectLanguage(view.text);
  if (!language.english) {
    warnings.push(
      `the text looks ${language.code === 'und' ? 'like no language' : `like language "${language.code}"`}; only English is supported: it is stored, nothing was extracted`,
    );
    return { ...emptyExtraction(), language: language.code, warnings };
  }
  const result =
    view.text.length <= CHUNK_LENGTH
      ? extractChunk(view.text, meta ?? {}, language.code, warnings)
      : extractInChunks(view.text, meta ?? {}, language.code, warnings);
  return extractionInOriginal(result, view);
}

/** Texts longer than this are read in paragraph-aligned chunks, which keeps the work linear. */
export const CHUNK_LENGTH = 40_000;

function extractChunk(text: string, meta: ArticleMeta, language: string, warnings: string[]): Extraction {
  const doc = analyse(text, meta, language);
  const reg = new Registry(text);
  try {
    const idx = extractEntities(doc, reg);
    mentionsByDescription(reg, insideQuotation(doc));
    const meetings = extractMeetings(doc, reg, idx);
    hostsOfThePlace(reg, meetings);
    attachTopics(doc, reg.mentions, meetings);
    const statements = extractStatements(doc, reg, idx, meetings);
    forumsAttend(reg, meetings);
    return finish(doc, reg, meetings, statements, warnings);
  } catch (err) {
    warnings.push(`extraction failed: ${err instanceof Error ? err.message : String(err)}`);
    return finish(doc, reg, [], [], warnings);
  }
}

/** Whether [a, b) lies inside the quoted words of a top-level quotation (binary search over them). */
function insideQuotation(doc: Doc): (a: number, b: number) => boolean {
  const inner = doc.quotes.filter((q) => q.depth === 0).map((q) => q.inner);
  inner.sort((x, y) => x.start - y.start);
  return (a, b) => {
    const q = inner[firstStartingAfter(inner, a) - 1];
    return !!q && b <= q.end;
  };
}

function finish(
  doc: Doc,
  reg: Registry,
  meetings: Extraction['meetings'],
  statements: Extraction['statements'],
  warnings: string[],
): Extraction {
  const text = doc.text;
  const valid = <T extends { start: number; end: number; exact: string }>(s: T): boolean =>
    s.end > s.start && text.slice(s.start, s.end) === s.exact;
  for (const r of [...reg.persons, ...reg.organizations, ...reg.places, ...meetings, ...statements])
    r.evidence = r.evidence.filter(valid).sort((a, b) => a.start - b.start);
  for (const m of meetings)
    if (m.topicEvidence) m.topicEvidence = m.topicEvidence.filter((t) => valid(t.span) && valid(t.sentence));
  lendEvidence(reg, meetings, statements);
  return {
    sentences: [...doc.sentences],
    mentions: reg.mentions.filter(valid).sort((a, b) => a.start - b.start),
    persons: reg.persons.filter((p) => p.evidence.length),
    organizations: reg.organizations.filter((o) => o.evidence.length),
    places: reg.places.filter((p) => p.evidence.length),
    meetings: meetings.filter((m) => m.evidence.length),
    statements: statements.filter((s) => s.evidence.length),
    language: doc.language,
    warnings,
  };
}

/**
 * A record that is only implied (Russia behind "the Kremlin", a ministry behind a title) takes the
 * evidence of the record that refers to it, so that every reference resolves to a record with
 * evidence.
 */
function lendEvidence(
  reg: Registry,
  meetings: Extraction['meetings'],
  statements: Extraction['statements'],
): void {
  const lend = (ref: string | null, from: { evidence: Span[] }): void => {
    const target = reg.get(ref);
    const e = from.evidence[0];
    if (target && !target.evidence.length && e) target.evidence.push({ ...e });
  };
  for (const o of reg.organizations) {
    lend(o.country, o);
    lend(o.parent, o);
    for (const m of o.members) lend(m, o);
  }
  for (const p of reg.places) lend(p.country, p);
  for (const p of reg.persons)
    for (const r of p.roles) {
      lend(r.organization, r);
      lend(r.country, r);
    }
  for (const m of meetings) {
    for (const a of m.participants) lend(a, m);
    lend(m.place, m);
    lend(m.forum, m);
  }
  for (const st of statements) lend(st.speaker, st);
  // a second pass: a lent record may itself point at one without evidence (a ministry's country)
  for (const o of reg.organizations) lend(o.country, o);
}

/**
 * A long text (a book, a dump of many articles) is cut at line breaks into chunks of at most
 * CHUNK_LENGTH characters; each chunk is extracted on its own and the records are merged by key.
 * Coreference does not cross a chunk boundary; spans stay offsets into the whole text.
 */
function extractInChunks(
  analysed: string,
  meta: ArticleMeta,
  language: string,
  warnings: string[],
): Extraction {
  const parts: Array<{ offset: number; extraction: Extraction }> = [];
  let start = 0;
  while (start < analysed.length) {
    let end = Math.min(analysed.length, start + CHUNK_LENGTH);
    if (end < analysed.length) {
      const nl = analysed.lastIndexOf('\n', end);
      if (nl > start + CHUNK_LENGTH / 2) end = nl + 1;
      else {
        const sp = analysed.lastIndexOf(' ', end);
        if (sp > start + CHUNK_LENGTH / 2) end = sp + 1;
        // never cut a surrogate pair
        else if (/[\ud800-\udbff]/.test(analysed[end - 1] ?? '')) end--;
      }
    }
    parts.push({ offset: start, extraction: extractChunk(analysed.slice(start, end), meta, language, []) });
    start = end;
  }
  const merged = mergeChunks(parts);
  merged.warnings.push(...warnings);
  return merged;
}
