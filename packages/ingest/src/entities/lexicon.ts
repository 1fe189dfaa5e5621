import { type City, cityByName, citySurfaceForms } from '../gazetteer/cities.js';
import { type Country, countrySurfaceForms } from '../gazetteer/countries.js';
import { MEDIA, ORGANIZATIONS, type OrgEntry, VENUES } from '../gazetteer/organizations.js';
import { type Region, regionByName, regionSurfaceForms } from '../gazetteer/regions.js';
import { isCommonWord } from '../text/common-words.js';
import { type Token, tokenize } from '../text/tokenize.js';

export type LexEntry =
  | { type: 'org'; org: OrgEntry; context: boolean }
  | { type: 'media'; name: string }
  | { type: 'venue'; name: string; country: string }
  | { type: 'country'; country: Country }
  | { type: 'demonym'; country: Country }
  | { type: 'city'; city: City }
  | { type: 'region'; region: Region };

export interface LexHit {
  start: number;
  end: number;
  /** Token indexes [first, last] */
  first: number;
  last: number;
  form: string;
  entry: LexEntry;
}

interface Lexicon {
  forms: Map<string, LexEntry[]>;
  maxTokens: number;
  /** first token of a form (normalised) -> the token counts of the forms starting with it, longest first */
  firstTokens: Map<string, number[]>;
  /** forms.get and firstTokens.get, memoised */
  formOf: (key: string) => LexEntry[] | undefined;
  lengthsOf: (key: string) => number[] | undefined;
}

let lexicon: Lexicon | null = null;

const normForm = (s: string): string =>
  !printableAscii(s) && /[’ʼ\s]/.test(s) ? s.replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ') : s;

/** Only ASCII from "!" to "~": no apostrophe to fold, no space (most keys the scan looks up). */
function printableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}
const PRECEDENCE: Record<LexEntry['type'], number> = {
  org: 0,
  media: 1,
  venue: 2,
  country: 3,
  demonym: 4,
  city: 5,
  region: 6,
};

/**
 * One object shape for every kind of entry (the scan and the entity rules read `entry.type` and
 * its fields in hot loops; a different shape per kind makes V8 deoptimise them as kinds turn up).
 */
function shaped(entry: LexEntry): LexEntry {
  const all = {
    type: entry.type,
    org: undefined,
    context: false,
    name: undefined,
    country: undefined,
    city: undefined,
    region: undefined,
  };
  return Object.assign(all, entry) as LexEntry;
}

/**
 * Rule: "Saarc", "Ecowas", "Nato": an acronym of four letters or more as house styles write it,
 * in title case, names the same organization; not when the title-case word is an ordinary word
 * or a town's name.
 */
function titleCaseAcronym(form: string): string | null {
  if (!/^[A-Z]{4,}$/.test(form)) return null;
  const styled = form.charAt(0) + form.slice(1).toLowerCase();
  // "Rats" is a word and "Alba" a town: the acronym is then only itself
  return isCommonWord(styled.toLowerCase()) || cityByName(styled) ? null : styled;
}

function buildLexicon(): Lexicon {
  const forms = new Map<string, LexEntry[]>();
  const firstTokens = new Map<string, number[]>();
  let maxTokens = 1;
  const add = (form: string, given: LexEntry): void => {
    const entry = shaped(given);
    const key = normForm(form);
    const list = forms.get(key) ?? [];
    list.push(entry);
    list.sort((a, b) => PRECEDENCE[a.type] - PRECEDENCE[b.type]);
    forms.set(key, list);
    const toks = tokenize(form);
    const n = Math.min(8, toks.length);
    maxTokens = Math.max(maxTokens, n);
    const first = normForm(toks[0]?.text ?? form);
    const lengths = firstTokens.get(first) ?? [];
    if (!lengths.includes(n)) {
      lengths.push(n);
      lengths.sort((a, b) => b - a);
    }
    firstTokens.set(first, lengths);
  };
  for (const org of ORGANIZATIONS) {
    for (const f of org.forms) {
      add(f, { type: 'org', org, context: false });
      const styled = titleCaseAcronym(f);
      if (styled && !org.forms.includes(styled)) add(styled, { type: 'org', org, context: false });
    }
    for (const f of org.contextForms ?? []) add(f, { type: 'org', org, context: true });
  }
  for (const m of MEDIA) for (const f of m.forms) add(f, { type: 'media', name: m.name });
  for (const v of VENUES)
    for (const f of v.forms) add(f, { type: 'venue', name: v.name, country: v.country });
  for (const { form, country, demonym } of countrySurfaceForms())
    add(form, demonym ? { type: 'demonym', country } : { type: 'country', country });
  for (const form of citySurfaceForms()) {
    const city = cityByName(form);
    if (city && /^[\p{Lu}]/u.test(form)) add(form, { type: 'city', city });
  }
  for (const form of regionSurfaceForms()) {
    const region = regionByName(form);
    if (region && !forms.has(normForm(form))) add(form, { type: 'region', region });
  }
  return { forms, maxTokens, firstTokens, formOf: memoised(forms), lengthsOf: memoised(firstTokens) };
}

function getLexicon(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

/**
 * A small map of the keys met in text, in front of one of the lexicon's (tens of thousands of
 * keys: a cache miss per capitalised word), that the scan finds in cache. Bounded.
 */
function memoised<V>(map: Map<string, V>): (key: string) => V | undefined {
  const memo = new Map<string, V | null>();
  return (key) => {
    const hit = memo.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const value = map.get(key);
    if (memo.size > 20_000) memo.clear();
    memo.set(key, value ?? null);
    return value;
  };
}

const POSSESSIVE = /['’]s$|['’]$/;

/** Whether POSSESSIVE can match: the word ends in an apostrophe or in "s" (the regex only then). */
function mayBePossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last === 115 || last === 39 || last === 0x2019;
}

/**
 * Longest-match scan of the token stream against the gazetteer forms (organizations, media,
 * venues, countries, demonyms, cities). A possessive ("Belarus's", "Belarus’") matches its base
 * form; the hit's span excludes the possessive ending. Matches do not overlap.
 */
export function scanLexicon(text: string, tokens: readonly Token[]): LexHit[] {
  const { formOf, lengthsOf } = getLexicon();
  const hits: LexHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const c0 = t.text.charCodeAt(0);
    // fast path: ASCII lowercase and punctuation never start a form
    if ((c0 >= 97 && c0 <= 122) || c0 < 48) continue;
    if (c0 > 127 ? !/^[\p{Lu}\p{N}]/u.test(t.text) : !((c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57)))
      continue;
    const firstKey = normForm(t.text);
    let lengths = lengthsOf(firstKey);
    if (!lengths && mayBePossessive(t.text) && POSSESSIVE.test(t.text))
      lengths = lengthsOf(firstKey.replace(/'s?$/, '')) ? [1] : undefined;
    if (!lengths) continue;
    let best: LexHit | null = null;
    for (const n of lengths) {
      const j = i + n - 1;
      if (j >= tokens.length) continue;
      const last = tokens[j] as Token;
      const raw = n === 1 ? t.text : text.slice(t.start, last.end);
      // no match across a line break
      if (n > 1 && raw.includes('\n')) continue;
      let entries = formOf(normForm(raw));
      let end = last.end;
      if (!entries && mayBePossessive(last.text) && POSSESSIVE.test(last.text)) {
        const cut = last.text.endsWith('s') && /['’]s$/.test(last.text) ? 2 : 1;
        entries = formOf(normForm(raw.slice(0, raw.length - cut)));
        end = last.end - cut;
      }
      if (entries?.[0]) {
        best = { start: t.start, end, first: i, last: j, form: text.slice(t.start, end), entry: entries[0] };
        break;
      }
    }
    if (best) {
      hits.push(best);
      i = best.last;
    }
  }
  return hits;
}
