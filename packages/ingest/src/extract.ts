import { analyse } from './doc.js';
import { extractEntities } from './entities/index.js';
import { Registry } from './entities/registry.js';
import { extractMeetings } from './events/meetings.js';
import { extractStatements } from './events/statements.js';
import type { ArticleMeta, Extraction } from './types.js';

/** Longest text analysed; the rest is ignored with a warning (keeps time and memory bounded). */
export const MAX_TEXT_LENGTH = 2_000_000;

/**
 * Extracts persons, organizations, places, meetings and statements from one news article.
 * Every span satisfies `text.slice(start, end) === exact` (UTF-16 offsets). Never throws.
 */
export function extract(text: string, meta: ArticleMeta = {}): Extraction {
  const warnings: string[] = [];
  const input = typeof text === 'string' ? text : String(text ?? '');
  const doc = analyse(input.length > MAX_TEXT_LENGTH ? input.slice(0, MAX_TEXT_LENGTH) : input, meta ?? {});
  if (input.length > MAX_TEXT_LENGTH) warnings.push(`text longer than ${MAX_TEXT_LENGTH} characters: only the beginning was analysed`);
  const reg = new Registry(input);
  try {
    const idx = extractEntities(doc, reg);
    const meetings = extractMeetings(doc, reg, idx);
    const statements = extractStatements(doc, reg, idx, meetings);
    return finish(input, doc.sentences, reg, meetings, statements, warnings);
  } catch (err) {
    warnings.push(`extraction failed: ${err instanceof Error ? err.message : String(err)}`);
    return finish(input, doc.sentences, reg, [], [], warnings);
  }
}

function finish(text: string, sentences: Extraction['sentences'], reg: Registry, meetings: Extraction['meetings'], statements: Extraction['statements'], warnings: string[]): Extraction {
  const letters = (text.match(/[A-Za-z]/g) ?? []).length;
  const language = letters >= 20 && letters / Math.max(1, text.replace(/\s/g, '').length) > 0.5 ? 'en' : 'und';
  const valid = <T extends { start: number; end: number; exact: string }>(s: T): boolean => s.end > s.start && text.slice(s.start, s.end) === s.exact;
  for (const r of [...reg.persons, ...reg.organizations, ...reg.places, ...meetings, ...statements]) r.evidence = r.evidence.filter(valid).sort((a, b) => a.start - b.start);
  return {
    sentences,
    mentions: reg.mentions.filter(valid).sort((a, b) => a.start - b.start),
    persons: reg.persons.filter((p) => p.evidence.length),
    organizations: reg.organizations.filter((o) => o.evidence.length),
    places: reg.places.filter((p) => p.evidence.length),
    meetings: meetings.filter((m) => m.evidence.length),
    statements: statements.filter((s) => s.evidence.length),
    language,
    warnings,
  };
}
