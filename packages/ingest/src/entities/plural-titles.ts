import { type Doc, tokenAt } from '../doc.js';
import { type Country, countryByName } from '../gazetteer/countries.js';
import type { NameRun } from './persons.js';

/** One plural title shared out over coordinated names, each with the country it stands for. */
export interface PluralTitleMatch {
  /** the title in the singular, title-cased: "Defense Minister" */
  title: string;
  titleFirst: number;
  titleLast: number;
  holders: Array<{ run: NameRun; country: Country }>;
}

const PLURAL_HEAD = /(?:[Mm]inisters|[Pp]residents|[Ss]ecretaries|[Ll]eaders|[Hh]eads|[Cc]hiefs|[Pp]remiers)/
  .source;

/** "Defense Ministers" -> "Defense Minister", "ministers of foreign affairs" -> "Minister of Foreign Affairs". */
export function singularTitle(plural: string): string {
  return plural
    .replace(/^(?:The|the)\s+/, '')
    .replace(/[Mm]inisters/, 'Minister')
    .replace(/[Pp]residents/, 'President')
    .replace(/[Ss]ecretaries/, 'Secretary')
    .replace(/[Ll]eaders/, 'Leader')
    .replace(/[Hh]eads/, 'Head')
    .replace(/[Cc]hiefs/, 'Chief')
    .replace(/[Pp]remiers/, 'Premier')
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\bOf\b/g, 'of');
}

/** " of Norway", " of the United States": the country right after a name, and where it ends. */
function ofCountryAfter(text: string, at: number): { country: Country; end: number } | null {
  const m = /^ of (?:the )?([A-Z][\p{L}]+)(?: ([A-Z][\p{L}]+))?/u.exec(text.slice(at, at + 60));
  if (!m) return null;
  const two = m[2] ? countryByName(`${m[1]} ${m[2]}`) : undefined;
  if (two) return { country: two, end: at + m[0].length };
  const one = countryByName(m[1] as string);
  if (!one) return null;
  return { country: one, end: at + m[0].length - (m[2] ? m[2].length + 1 : 0) };
}

/**
 * Rule: a plural title before coordinated "Name of Country" conjuncts ("Foreign Ministers Ola Berg
 * of Norway and Nils Ek of Sweden") names each as holding the title for the country after it.
 * Needs two conjuncts or more, each a name run followed by "of <country>".
 */
export function pluralTitleEachOfCountry(doc: Doc, runs: NameRun[]): PluralTitleMatch[] {
  const byStart = new Map(runs.map((r) => [r.start, r]));
  const out: PluralTitleMatch[] = [];
  const re = new RegExp(`\\b((?:[A-Z][a-z]+ )?${PLURAL_HEAD}) (?=[A-Z])`, 'gu');
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const holders: PluralTitleMatch['holders'] = [];
    let at = m.index + m[0].length;
    for (;;) {
      const run = byStart.get(at);
      if (!run) break;
      const of = ofCountryAfter(doc.text, run.end);
      if (!of) break;
      holders.push({ run, country: of.country });
      const sep = /^(?:, and |, | and )/.exec(doc.text.slice(of.end, of.end + 6));
      if (!sep) break;
      at = of.end + sep[0].length;
    }
    if (holders.length < 2) continue;
    const title = m[1] as string;
    out.push({
      title: singularTitle(title),
      titleFirst: tokenAt(doc, m.index),
      titleLast: tokenAt(doc, m.index + title.length) - 1,
      holders,
    });
  }
  return out;
}
