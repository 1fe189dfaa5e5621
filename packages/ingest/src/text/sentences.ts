import type { Span } from '../types.js';
import { MONTH_ABBREVIATIONS } from './calendar-words.js';
import { HONORIFIC_ABBREVIATIONS } from './honorifics.js';

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  ...HONORIFIC_ABBREVIATIONS,
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'st',
  'mt',
  'jr',
  'sr',
  ...MONTH_ABBREVIATIONS,
  'no',
  'vs',
  'etc',
  'inc',
  'co',
  'corp',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  // "H.E. Sonexay Siphandone", "H.M. the King", "H.R.H. the Crown Prince": styles of address
  'h.e',
  'h.h',
  'h.m',
  'h.r.h',
  'approx',
  'dept',
  'est',
  'fig',
  'vol',
]);

/** Longest span taken as one sentence. */
export const MAX_SENTENCE = 1200;

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

function isUpperStart(text: string, i: number): boolean {
  let j = i;
  // skip opening quotes and brackets
  while (j < text.length && /["“‘'([«•\-–—]/.test(text[j] as string)) j++;
  // no read past the end: V8 deoptimises an out-of-bounds string read it has not seen before
  const ch = j < text.length ? text[j] : undefined;
  return ch !== undefined && (/[\p{Lu}\p{N}]/u.test(ch) || /[\p{Lo}]/u.test(ch));
}

/**
 * A single line break inside a sentence (hard-wrapped text): the line before does not end a
 * sentence and the next line goes on in lowercase. Blank lines and headlines always split.
 */
export function isWrappedLine(text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
  if (p < 0 || /[.!?:;"”’)\]•]/.test(text[p] as string)) return false;
  let n = i + 1;
  while (n < text.length && (text[n] === ' ' || text[n] === '\t')) n++;
  const next = n < text.length ? text[n] : undefined;
  if (next === undefined) return false;
  if (/[\p{Ll}]/u.test(next) && /[\p{L},]/u.test(text[p] as string)) return true;
  return /[\p{Lu}"“]/u.test(next) && lineGoesOn(text, p);
}

/** A word that cannot end a sentence or a headline: a line ending in it goes on. */
const OPEN_LINE_END =
  /(?:,|\b(?:and|or|of|the|a|an|as|between|with|by|to|in|for|from|on|at|President|Minister|Premier|Chancellor|Secretary|Ambassador))$/;

/**
 * Rule: "meetings next week between Biden,\nJapanese Prime Minister Fumio Kishida and Philippines
 * President\nFerdinand Marcos": a wrapped line (of some length, not a short headline) that ends in
 * a comma, a word that needs what follows, or a title goes on in the next line even when that line
 * starts with a capital.
 */
function lineGoesOn(text: string, last: number): boolean {
  const lineStart = text.lastIndexOf('\n', last) + 1;
  const line = text.slice(lineStart, last + 1);
  return line.length >= 40 && OPEN_LINE_END.test(line);
}

/** The word before position `i` (a period), lowercased, for the abbreviation check. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1] as string)) j--;
  return text.slice(j, i).toLowerCase();
}

/**
 * Rule: "wrote on X. Kenyan President ..." — the letter X after "on"/"via" names the platform, so
 * its period ends the sentence; "Lloyd X. Austin" keeps its initial.
 */
export function isPlatformX(text: string, period: number): boolean {
  return text[period - 1] === 'X' && /\b(?:on|via)\s$/.test(text.slice(Math.max(0, period - 6), period - 1));
}

/**
 * Rule: "held summit talks in Hiroshima on Friday.The two sides agreed": a full stop glued to the
 * next sentence (pages that lost their spaces) ends a sentence when a word of three lowercase
 * letters or more ends before it and a capitalised word begins right after. "St.Petersburg",
 * "V.Makei", "e.g.The" and "www.Reuters.com" stay whole.
 */
function gluedSentenceEnd(text: string, i: number): boolean {
  if (text[i] !== '.' || !/^[\p{Lu}][\p{Ll}]/u.test(text.slice(i + 1, i + 3))) return false;
  const w = wordBefore(text, i);
  if (!/^[a-z]{3,}$/.test(w) || ABBREVIATIONS.has(w)) return false;
  // no web address: the word is not part of one ("news.Example.com", "https://...")
  const from = text.lastIndexOf(' ', i) + 1;
  const next = text.slice(i + 1, i + 80).search(/\s/);
  const run = text.slice(from, next < 0 ? i + 80 : i + 1 + next).replace(/[.,;:!?"”’)]+$/, '');
  return !/[/@]|www|\.\w+\./i.test(run);
}

/**
 * Splits text into sentence spans: at line breaks, and after . ! ? (plus closing quotes and
 * brackets) followed by whitespace and an uppercase letter, a digit or an opening quote. Periods
 * of abbreviations (Gen., Dec., St.) and initials (J., V.Makei) do not split. Linear time.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const pushOne = (from: number, end: number): void => {
    let s = from;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    // never cut a surrogate pair
    if (e < text.length && e > s && /[\ud800-\udbff]/.test(text[e - 1] as string)) e++;
    if (e > s) spans.push({ start: s, end: e, exact: text.slice(s, e) });
  };
  const push = (end: number): void => {
    // text without sentence punctuation is cut into pieces of at most MAX_SENTENCE characters
    // (at a space when there is one), so that the rules' work per sentence stays bounded
    let from = start;
    while (end - from > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', from + MAX_SENTENCE);
      if (cut <= from + MAX_SENTENCE / 2) cut = from + MAX_SENTENCE;
      if (/[\ud800-\udbff]/.test(text[cut - 1] as string)) cut++;
      pushOne(from, cut);
      from = cut;
    }
    pushOne(from, end);
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i] as string;
    if (ch === '\n' || ch === '\r') {
      if (!isWrappedLine(text, i)) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < n && CLOSERS.has(text[j] as string)) j++;
    if (j >= n) continue;
    if (j === i + 1 && gluedSentenceEnd(text, i)) {
      push(j);
      start = j;
      continue;
    }
    if (!/[ \t\u00a0]/.test(text[j] as string)) continue;
    let k = j;
    while (k < n && /[ \t\u00a0]/.test(text[k] as string)) k++;
    if (k >= n || text[k] === '\n') continue;
    if (!isUpperStart(text, k)) continue;
    if (ch === '.') {
      const w = wordBefore(text, i);
      if (ABBREVIATIONS.has(w)) continue;
      // an initial: one capital letter before the period ("Lloyd J. Austin")
      if (
        /^[a-z]$/.test(w) &&
        /[\p{Lu}]/u.test(text[i - 1] as string) &&
        (i < 2 || !/[\p{L}]/u.test(text[i - 2] as string)) &&
        !isPlatformX(text, i)
      )
        continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(n);
  return spans;
}
