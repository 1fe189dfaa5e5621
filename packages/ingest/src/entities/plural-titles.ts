import { type Doc, sentenceAt, tokenAt } from '../doc.js';
import {
  type Country,
  countryByDemonym,
  countryByName,
  countryOfFirstWords,
} from '../gazetteer/countries.js';
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

/** The match of a plural title written at `at` ("Foreign Ministers") shared out over its holders. */
export function pluralTitleMatch(
  doc: Doc,
  at: number,
  title: string,
  holders: PluralTitleMatch['holders'],
): PluralTitleMatch {
  return {
    title: singularTitle(title),
    titleFirst: tokenAt(doc, at),
    titleLast: tokenAt(doc, at + title.length) - 1,
    holders,
  };
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
    namesOfCountries(doc.text, m.index + m[0].length, byStart, (run, country) =>
      holders.push({ run, country }),
    );
    if (holders.length >= 2) out.push(pluralTitleMatch(doc, m.index, m[1] as string, holders));
  }
  return out;
}

/** A plural title, then the countries it is of: "Foreign ministers from Australia, India, Japan and the United States". */
const PLURAL_FROM_COUNTRIES = /\b([Mm]inisters|[Pp]residents|[Ll]eaders|[Pp]remiers) (?:from|of) (?:the )?/g;

/** The countries of a list that starts at `at` ("Australia, India, Japan and the United States"), and where it ends. */
function countryListAt(text: string, at: number): { countries: Country[]; end: number } {
  const countries: Country[] = [];
  const item = /^(?:the )?([A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+){0,2})/u;
  let pos = at;
  for (;;) {
    const m = item.exec(text.slice(pos, pos + 60));
    if (!m) break;
    const words = (m[1] as string).split(' ');
    const found = countryOfFirstWords(words);
    if (!found) break;
    countries.push(found.country);
    pos += m[0].length - (m[1] as string).length + words.slice(0, found.count).join(' ').length;
    const sep = /^(?:, and |, | and )/.exec(text.slice(pos, pos + 6));
    if (!sep) break;
    pos += sep[0].length;
  }
  return { countries, end: pos };
}

/** The country a name is told with: "Australia's Penny Wong" (before), "Antony Blinken from the U.S." (after). */
function countryToldWith(text: string, run: NameRun, among: readonly Country[]): Country | undefined {
  const before = /([A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+)?)['’]s? $/u.exec(
    text.slice(Math.max(0, run.start - 40), run.start),
  );
  const after = /^ (?:from|of) (?:the )?([A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+)?)/u.exec(
    text.slice(run.end, run.end + 40),
  );
  for (const m of [before, after]) {
    // "from the U.S.": the short form is listed among the demonyms
    const c = m ? (countryByName(m[1] as string) ?? countryByDemonym(m[1] as string)) : undefined;
    if (c && among.some((x) => x.code === c.code)) return c;
  }
  return undefined;
}

/**
 * Rule: "Foreign ministers from Australia, India, Japan and the United States met in Tokyo ...
 * The talks attended by Australia's Penny Wong, India's Subrahmanyam Jaishankar, Japan's Yoko
 * Kamikawa and Antony Blinken from the U.S.": the names told with one of those countries (in the
 * same sentence or the next) hold the title for it. Two holders at least; a country not in the
 * list ("Canada's Ana Ruiz") gives none.
 */
export function pluralTitleFromCountries(doc: Doc, runs: NameRun[]): PluralTitleMatch[] {
  const out: PluralTitleMatch[] = [];
  PLURAL_FROM_COUNTRIES.lastIndex = 0;
  for (let m = PLURAL_FROM_COUNTRIES.exec(doc.text); m; m = PLURAL_FROM_COUNTRIES.exec(doc.text)) {
    const list = countryListAt(doc.text, m.index + m[0].length);
    if (list.countries.length < 2) continue;
    const si = sentenceAt(doc, m.index);
    const until = (doc.sentences[si + 1] ?? doc.sentences[si])?.end ?? doc.text.length;
    const holders: PluralTitleMatch['holders'] = [];
    for (const run of runs) {
      if (run.start < list.end || run.start >= until) continue;
      const country = countryToldWith(doc.text, run, list.countries);
      if (country && !holders.some((h) => h.run === run)) holders.push({ run, country });
    }
    if (holders.length < 2) continue;
    const first = titleStart(doc.text, m.index);
    out.push(pluralTitleMatch(doc, first, doc.text.slice(first, m.index + (m[1] as string).length), holders));
  }
  return out;
}

/** A plural title and "of", before a list of countries each with its holder: "the foreign ministers of ". */
const PLURAL_OF = new RegExp(`\\b(${PLURAL_HEAD}) of (?:the )?(?=[A-Z])`, 'g');

/**
 * Where a plural title that ends with the head at `head` starts: the word before it when it
 * qualifies the title ("foreign ministers", "Defense Ministers"); the regexes match the head only,
 * which keeps their scan of the text cheap.
 */
function titleStart(text: string, head: number): number {
  const m = /(?:^|[^\p{L}])([A-Z]?[a-z]+) $/u.exec(text.slice(Math.max(0, head - 30), head));
  return m?.[1] ? head - m[1].length - 1 : head;
}

/**
 * Rule: "met with the foreign ministers of Spain José Albares, Latvia Baiba Braže, and Poland
 * Radosław Sikorski", "the Presidents of Chile, Ana Soto; and Peru, Tomas Rey": after a plural
 * title and "of", each country then the name right after it (a comma between or not) holds the
 * title for that country. Two holders at least; "the ministers of Spain and Latvia" names none.
 */
export function pluralTitleOfCountryThenName(doc: Doc, runs: NameRun[]): PluralTitleMatch[] {
  const byStart = new Map(runs.map((r) => [r.start, r]));
  const out: PluralTitleMatch[] = [];
  PLURAL_OF.lastIndex = 0;
  for (let m = PLURAL_OF.exec(doc.text); m; m = PLURAL_OF.exec(doc.text)) {
    const holders: PluralTitleMatch['holders'] = [];
    let at = m.index + m[0].length;
    for (;;) {
      const list = countryListAt(doc.text, at);
      const country = list.countries[0];
      if (!country || list.countries.length !== 1) break;
      const gap = /^(?:,\s*)?/.exec(doc.text.slice(list.end, list.end + 3))?.[0] ?? '';
      const run = byStart.get(list.end + gap.length) ?? byStart.get(list.end + 1);
      if (!run) break;
      holders.push({ run, country });
      const sep = /^(?:;\s*and |, and |; |, | and )(?:the )?/.exec(doc.text.slice(run.end, run.end + 8));
      if (!sep) break;
      at = run.end + sep[0].length;
    }
    if (holders.length < 2) continue;
    const first = titleStart(doc.text, m.index);
    out.push(pluralTitleMatch(doc, first, doc.text.slice(first, m.index + (m[1] as string).length), holders));
  }
  return out;
}

/**
 * Rule: "Foreign Ministers of Georgia, Ukraine, Moldova and Azerbaijan, A, B, C and D,
 * respectively": a plural title of a list of countries, then as many names in a list, pairs them
 * in order. A list of names of another length ("the leaders of Chile and Peru, Ana Soto, said")
 * pairs none.
 */
export function pluralTitleOfCountriesThenNames(doc: Doc, runs: NameRun[]): PluralTitleMatch[] {
  const byStart = new Map(runs.map((r) => [r.start, r]));
  const out: PluralTitleMatch[] = [];
  PLURAL_OF.lastIndex = 0;
  for (let m = PLURAL_OF.exec(doc.text); m; m = PLURAL_OF.exec(doc.text)) {
    const list = countryListAt(doc.text, m.index + m[0].length);
    if (list.countries.length < 3) continue;
    // ", " before the names: countryListAt has read it when no country followed it
    const namesAt = doc.text.endsWith(', ', list.end)
      ? list.end
      : doc.text.startsWith(', ', list.end)
        ? list.end + 2
        : -1;
    if (namesAt < 0) continue;
    const names = nameListAt(doc.text, namesAt, byStart, list.countries.length);
    if (names.length !== list.countries.length) continue;
    const holders = names.map((run, i) => ({ run, country: list.countries[i] as Country }));
    const first = titleStart(doc.text, m.index);
    out.push(pluralTitleMatch(doc, first, doc.text.slice(first, m.index + (m[1] as string).length), holders));
  }
  return out;
}

/** The name runs of a list "A, B, C and D" that starts at `at`, up to `most` (one more means another list). */
function nameListAt(
  text: string,
  at: number,
  byStart: ReadonlyMap<number, NameRun>,
  most: number,
): NameRun[] {
  const names: NameRun[] = [];
  let pos = at;
  for (;;) {
    const run = byStart.get(pos);
    if (!run) return names;
    names.push(run);
    if (names.length > most) return names;
    const sep = /^(?:, and |, | and )/.exec(text.slice(run.end, run.end + 6));
    if (!sep) return names;
    pos = run.end + sep[0].length;
  }
}

/** One name of a list after "counterparts" or "peers", with the country the list gives it. */
export interface ListedCounterpart {
  run: NameRun;
  country: Country;
  /** tokens of the plural noun ("counterparts"), which the holders' title is read against */
  nounFirst: number;
  nounLast: number;
}

const COUNTERPARTS_LIST = /\b(?:counterparts|peers|counterpart(?=\s+from\s))\s+(?=[A-Z]|from\s)/g;

/**
 * Rule: "met her counterparts Tomas Lind of Sweden and Pablo Soria of Ecuador", "his peers from
 * Chile, Ana Ruiz; Ecuador, Pablo Soria; and Peru, Tomas Vidal": each name of a list after
 * "counterparts" or "peers" with its country ("Name of Country", or "from Country, Name" pairs)
 * is a counterpart of that country. "her counterparts in Europe" lists no one.
 */
export function counterpartsInList(doc: Doc, runs: NameRun[]): ListedCounterpart[] {
  const byStart = new Map(runs.map((r) => [r.start, r]));
  const out: ListedCounterpart[] = [];
  COUNTERPARTS_LIST.lastIndex = 0;
  for (let m = COUNTERPARTS_LIST.exec(doc.text); m; m = COUNTERPARTS_LIST.exec(doc.text)) {
    const noun = tokenAt(doc, m.index);
    const listed = (run: NameRun, country: Country) =>
      out.push({ run, country, nounFirst: noun, nounLast: noun });
    const at = m.index + m[0].length;
    if (doc.text.startsWith('from ', at)) countryNamePairs(doc.text, at, byStart, listed);
    else namesOfCountries(doc.text, at, byStart, listed);
  }
  return out;
}

/** "Tomas Lind of Sweden and Pablo Soria of Ecuador" from `at`. */
function namesOfCountries(
  text: string,
  at: number,
  byStart: ReadonlyMap<number, NameRun>,
  listed: (run: NameRun, country: Country) => void,
): void {
  for (let pos = at; ; ) {
    const run = byStart.get(pos);
    const of = run ? ofCountryAfter(text, run.end) : null;
    if (!run || !of) return;
    listed(run, of.country);
    const sep = /^(?:, and |, | and )/.exec(text.slice(of.end, of.end + 6));
    if (!sep) return;
    pos = of.end + sep[0].length;
  }
}

/** "from Chile, Ana Ruiz; Ecuador, Pablo Soria; and from Peru, Tomas Vidal" from `at`. */
function countryNamePairs(
  text: string,
  at: number,
  byStart: ReadonlyMap<number, NameRun>,
  listed: (run: NameRun, country: Country) => void,
): void {
  const pair = /^(?:from )?(?:the )?([A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+){0,2}), /u;
  for (let pos = at; ; ) {
    const m = pair.exec(text.slice(pos, pos + 60));
    const found = m ? countryOfFirstWords((m[1] as string).split(' ')) : undefined;
    if (!m || !found || found.count !== (m[1] as string).split(' ').length) return;
    const run = byStart.get(pos + m[0].length);
    if (!run || run.first === run.last) return;
    listed(run, found.country);
    const sep = /^(?:; and |, and |; | and )/.exec(text.slice(run.end, run.end + 6));
    if (!sep) return;
    pos = run.end + sep[0].length;
  }
}
