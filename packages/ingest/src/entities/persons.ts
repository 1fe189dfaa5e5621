import { type Doc, lineStartAt, sentenceAt } from '../doc.js';
import { countryByDemonym, countryByName } from '../gazetteer/countries.js';
import { MONTHS } from '../text/calendar-words.js';
import { isCommonWord, isGivenName, isPluralNoun } from '../text/common-words.js';
import { MEETING_VERBS, SPEECH_VERBS } from '../text/cue-verbs.js';
import { foldName, keyPart } from '../text/fold.js';
import { GULF_STYLES, HONORIFIC_ABBREVIATIONS } from '../text/honorifics.js';
import { listStartBefore } from '../text/lists.js';
import { isPlatformX, isWrappedLine } from '../text/sentences.js';
import { isSpeechVerbForm } from '../text/speech-verbs.js';
import type { Token } from '../text/tokenize.js';
import type { PersonRecord } from '../types.js';
import { mixedCaseDateline } from './places.js';
import type { Registry } from './registry.js';
import {
  NAME_CUES_NOT_ROLES,
  NOT_NAME,
  PORTFOLIO_WORDS,
  RANKS,
  TITLE_HEADS,
  TITLE_WORDS,
  titleBase,
} from './titles.js';

/** Verbs that follow two coordinated subjects in a headline ("X, Y discuss ..."). */
const HEADLINE_PLURAL_VERB =
  /^(?:discuss|meet|hold|sign|agree|talk|review|mull|seek|urge|hail|launch|plan|vow|reaffirm|confirm|pledge|exchange)$/;

const SUFFIXES = new Set(['III', 'II', 'IV', 'VI', 'VII', 'VIII', 'Jr', 'Sr']);

/** Rule: "al-Sisi", "el-Sisi", "al-Nahyan": a name word written with the Arabic article joined by a hyphen. */
const ARABIC_ARTICLE_NAME = /^(?:al|el|ad|ash|as|at|az|ar|ul)-[\p{Lu}][\p{Ll}]/u;
const PARTICLES = new Set([
  'bin',
  'bint',
  'ibn',
  'de',
  'van',
  'von',
  'der',
  'al',
  'da',
  'di',
  'la',
  'le',
  'du',
  'dos',
  'del',
  // Portuguese: "Pedro da Costa e Silva", "Maria do Rosário", "João das Neves"
  'do',
  'das',
  'e',
]);

/**
 * A line break between two words that ends the phrase: a blank line, or a break before an
 * uppercase word. A single break before a lowercase word is hard-wrapped text ("his Finnish\ncounterpart").
 */
function hardBreak(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (!gap.includes('\n')) return false;
  if (/\n\s*\n/.test(gap)) return true;
  const next = text[to];
  if (next !== undefined && /[\p{Ll}]/u.test(next)) return false;
  // "Philippines President\nFerdinand Marcos": a wrapped line the sentence goes on past
  return !isWrappedLine(text, from + gap.indexOf('\n'));
}

/** A run of tokens that forms a name: [first, last] token indexes. */
export interface NameRun {
  first: number;
  last: number;
  start: number;
  end: number;
  form: string;
}

/** Key of a person: `person:<folded surname>:<folded first letter of the given name, or empty>`. */
export function personKey(form: string): string {
  const parts = nameParts(form);
  const surname = surnameOfParts(parts) ?? form;
  const given = parts.length > 1 ? (parts[0] as string) : '';
  return `person:${keyPart(surname)}:${foldName(given).slice(0, 1)}`;
}

/**
 * The surname of a full name, without an Arabic article joined to it: "Abdel Fattah al-Sisi" is
 * "Sisi" in a headline ("Egypt's Sisi receives ..."), "Mohammed Shia Al-Sudani" is "Sudani".
 */
export function surnameOf(form: string): string {
  const parts = nameParts(form);
  const surname = surnameOfParts(parts) ?? form;
  return parts.length > 1 ? surname.replace(/^(?:[Aa]l|[Ee]l)-(?=[\p{Lu}])/u, '') : surname;
}

function nameParts(form: string): string[] {
  return form
    .replace(/\./g, '. ')
    .split(/\s+/)
    .filter((p) => p && !SUFFIXES.has(p.replace(/\.$/, '')));
}

/**
 * The word a name is told apart by: its last word, except in a chain of patronyms ("Abdulaziz
 * bin Turki bin Faisal bin Abdulaziz"), which ends in an ancestor that cousins share ("Abdullah
 * bin Bandar bin Abdulaziz"); there it is the father's name. "Mohammed bin Salman" keeps its last.
 */
function surnameOfParts(parts: readonly string[]): string | undefined {
  // "ISHIBA Shigeru": a family name written first in capitals, told again as "Ishiba"
  const family = parts[0];
  if (
    parts.length > 1 &&
    family &&
    /^[\p{Lu}]{2,}$/u.test(family) &&
    parts.slice(1).some((p) => /[\p{Ll}]/u.test(p))
  )
    return family.charAt(0) + family.slice(1).toLowerCase();
  const links = parts.flatMap((p, i) => (/^(?:bin|ibn|bint)$/i.test(p) ? [i] : []));
  const [first, second] = links;
  if (first !== undefined && second !== undefined) return parts[first + 1];
  return parts[parts.length - 1];
}

const MONTH_NAMES = new Set(MONTHS);

/** "May" in "Theresa May" is a name; in "on May 14" or "in May" a month. */
function monthUsedAsDate(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !MONTH_NAMES.has(t.text.toLowerCase())) return false;
  const next = toks[i + 1];
  const prev = toks[i - 1];
  if (next && next.kind === 'number') return true;
  if (
    prev &&
    (prev.kind === 'number' ||
      /^(?:in|on|of|since|until|till|by|from|early|late|mid|last|next|this|since|through|during|before|after)$/i.test(
        prev.text,
      ))
  )
    return true;
  if (!prev || /^[.!?]$/.test(prev.text)) return true;
  return false;
}

/**
 * Cheap precheck for ARABIC_ARTICLE_NAME: its article ("al-", "ash-") ends in a hyphen at index 2
 * or 3, and two letters follow (the length check also keeps both reads in bounds: V8 deopts on
 * reading past the end).
 */
function hasArticleHyphen(s: string): boolean {
  return s.length > 4 && (s.charCodeAt(2) === 45 || s.charCodeAt(3) === 45);
}

function isNameWord(t: Token, toks?: readonly Token[], i?: number): boolean {
  if (t.kind !== 'word') return false;
  if (hasArticleHyphen(t.text) && ARABIC_ARTICLE_NAME.test(t.text)) return true;
  const c0 = t.text.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) return false; // ASCII lowercase: the common case
  if (toks && i !== undefined && MONTH_NAMES.has(t.text.toLowerCase()))
    return !monthUsedAsDate(toks, i) && /^[\p{Lu}][\p{Ll}]/u.test(t.text);
  if (!/^[\p{Lu}]/u.test(t.text)) return false;
  // ALLCAPS words are acronyms or headlines, but for a family name written in capitals
  if (!/[\p{Ll}]/u.test(t.text)) return !!toks && i !== undefined && capitalFamilyName(toks, i);
  if (/['’](?:ve|m|ll|re|d|t)$/i.test(t.text)) return false; // contractions: I’ve, I’m
  const base = titleBase(t.text);
  if (toks && i !== undefined && givenNameAfterTitle(t, toks, i)) return true;
  if (base === 'amir') return !toks || i === undefined || !amirAsTitle(toks, i);
  if (NOT_NAME.has(base) || TITLE_HEADS.has(base) || RANKS.has(base)) return false;
  if (toks && i !== undefined && modifierOfAbbreviatedTitle(base, toks, i)) return false;
  // "Lieutenant-Colonel", "Lt-Col", "Vice-Admiral": a rank written with a hyphen
  if (base.includes('-') && base.split('-').every((w) => RANKS.has(w) || TITLE_HEADS.has(w))) return false;
  if (toks && i !== undefined && inCrownPrince(base, toks, i)) return false;
  if (toks && i !== undefined && royalStyleBeforeFullName(base, toks, i)) return false;
  if (toks && i !== undefined && STATE_FORM.test(toks[i + 1]?.text ?? '')) return false;
  return !isPluralTitle(base);
}

/** Abbreviated titles a modifier may stand before: "Deputy PM", "Vice FM", "Acting PM". */
const ABBREVIATED_TITLE = /^(?:PM|FM|DPM|DFM|MFA)$/;

/**
 * Rule: "Deputy PM Ana Chitmany said": "Deputy", "Vice", "Acting" or "First" right before an
 * abbreviated title is part of the title, no name word.
 */
function modifierOfAbbreviatedTitle(base: string, toks: readonly Token[], i: number): boolean {
  return /^(?:deputy|vice|acting|first)$/.test(base) && ABBREVIATED_TITLE.test(toks[i + 1]?.text ?? '');
}

/**
 * Rule: "Mr. ISHIBA Shigeru", "Ms. KAMIKAWA Yoko": Japan's and Korea's official style writes the
 * family name first, in capitals, after the honorific; it is a name word there, not an acronym.
 * "Mr. NATO" or a capital word with no given name after it is none.
 */
function capitalFamilyName(toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  if (t.text.length < 2 || !/^[\p{Lu}]+$/u.test(t.text)) return false;
  const prev = toks[i - 1]?.text === '.' ? toks[i - 2] : toks[i - 1];
  if (!prev || !/^(?:Mr|Ms|Mrs|Madam|Dr)$/.test(prev.text)) return false;
  const next = toks[i + 1];
  return !!next && next.start === t.end + 1 && /^[\p{Lu}][\p{Ll}]+$/u.test(next.text);
}

/**
 * Rule: "His Highness the Amir Sheikh Sabah", "the Amir of Kuwait": Kuwait's spelling of Emir is a
 * title after "the" or before a style or "of"; elsewhere it is a given name ("Amir Khan Muttaqi").
 */
function amirAsTitle(toks: readonly Token[], i: number): boolean {
  const next = toks[i + 1]?.text ?? '';
  return lower(toks[i - 1]) === 'the' || /^(?:Sheikh|Shaikh|of)$/.test(next);
}

/** Short function words that are also given names (Vietnamese "To Lam", Korean "An Ho-young"). */
const GIVEN_NAME_WORDS = new Set(['To', 'An', 'Do', 'Ha', 'Le']);

/**
 * Rule: "General Secretary To Lam", "President To Lam": a capitalised function word right after a
 * title head and glued to a name word is a given name. "the Minister To Vote On" has no title head
 * right before, and an English word after it ("President To Vote") is none.
 */
function givenNameAfterTitle(t: Token, toks: readonly Token[], i: number): boolean {
  if (!GIVEN_NAME_WORDS.has(t.text)) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (
    !!prev &&
    !!next &&
    prev.end + 1 === t.start &&
    next.start === t.end + 1 &&
    TITLE_HEADS.has(prev.text.toLowerCase()) &&
    /^[\p{Lu}][\p{Ll}]+$/u.test(prev.text) &&
    /^[\p{Lu}][\p{Ll}]+$/u.test(next.text) &&
    !NOT_NAME.has(next.text.toLowerCase()) &&
    !isCommonWord(next.text)
  );
}

/**
 * Rule: heads that are titles only with the word before them: "Secretary General", "Crown
 * Prince" ("Saudi Crown Prince Faisal bin Nawaf"); a bare "Prince" stays part of a name or a
 * place ("Prince Edward Island").
 */
/** "Crown" before "Prince", and "Prince" after "Crown": a title, not a name word. */
function inCrownPrince(base: string, toks: readonly Token[], i: number): boolean {
  if (base === 'crown') return /^prince(?:ss)?$/i.test(toks[i + 1]?.text ?? '');
  return /^prince(?:ss)?$/.test(base) && toks[i - 1]?.text.toLowerCase() === 'crown';
}

/**
 * Rule: "the Socialist Republic of Viet Nam", "the Hashemite Kingdom of Jordan", "the Bolivarian
 * Republic": a word before a form of state is part of a country's official name, not a person's.
 */
const STATE_FORM = /^(?:Republic|Kingdom|Federation|Confederation|Sultanate|Emirate|Principality)$/;

/**
 * Rule: "Prince Faisal bin Farhan", "Princess Reema bint Bandar": the royal style before a full
 * name (two words or more) is no part of it, as "Sir" is not. Before a lone given name ("Prince
 * William visited") it is kept: the name alone would not say who.
 */
function royalStyleBeforeFullName(base: string, toks: readonly Token[], i: number): boolean {
  // "Sheikh Dr. Ahmad": a style before another style
  if (GULF_STYLES.includes(base))
    return sheikhBeforeArabicName(toks, i) || HONORIFIC_ABBREVIATIONS.includes(lower(toks[i + 1]));
  if (base !== 'prince' && base !== 'princess') return false;
  const given = toks[i + 1];
  const more = toks[i + 2];
  if (!given || !more || !/^[\p{Lu}][\p{Ll}]/u.test(given.text)) return false;
  return PARTICLES.has(more.text) || /^[\p{Lu}][\p{Ll}]/u.test(more.text);
}

/**
 * Rule: "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "Sheikha Moza bint Nasser": the Gulf style
 * before a name of lineage (a "bin", "bint" or "Al-" in the next three words) is no part of the
 * name. "Sheikh Hasina" (a name) has no lineage and keeps it.
 */
function sheikhBeforeArabicName(toks: readonly Token[], i: number): boolean {
  if (!/^[\p{Lu}][\p{Ll}]/u.test(toks[i + 1]?.text ?? '')) return false;
  for (let k = i + 2; k <= i + 4; k++) {
    const w = toks[k]?.text ?? '';
    if (/^(?:bin|bint|ibn|Al|al)$/.test(w) || /^(?:Al|al)-[\p{Lu}]/u.test(w)) return true;
  }
  return false;
}

/**
 * A style standing between a title and the name ("Foreign Minister Prince X", "Emir Sheikh X bin
 * Y"): "Prince" that is no "Crown Prince", "Sheikh" before a name of lineage. `w` is token `k` in
 * lower case.
 */
function styleBetweenTitleAndName(w: string, toks: readonly Token[], k: number): boolean {
  if (w === 'prince' || w === 'princess') return !inCrownPrince(w, toks, k);
  return GULF_STYLES.includes(w) && sheikhBeforeArabicName(toks, k);
}

function isTwoWordHead(word: string, before: string): boolean {
  return (
    (word === 'general' && before === 'secretary') || (/^prince(?:ss)?$/.test(word) && before === 'crown')
  );
}

/** "ministers", "presidents", "secretaries": the plural of a title head names a group, never a person. */
export function isPluralTitle(word: string): boolean {
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return TITLE_HEADS.has(`${w.slice(0, -3)}y`);
  return w.endsWith('s') && TITLE_HEADS.has(w.slice(0, -1));
}

/**
 * Finds maximal runs of name-shaped tokens ("Andrei Belousov", "Lloyd J. Austin III", "V.Makei",
 * "Kassym-Jomart Tokayev"), skipping tokens claimed by other entities.
 */
/** One upper-case letter ("J" of "J. Austin"); the length check spares the regex on longer words. */
function isOneUpper(s: string): boolean {
  return s.length <= 2 && /^[\p{Lu}]$/u.test(s);
}

/**
 * An initial written without its point between two names: "Jigme Y Thinley", "George W Bush",
 * and two of them run together ("Retno LP Marsudi"), when no other entity claims them ("EU").
 */
function bareInitialAt(doc: Doc, claimed: Uint8Array, k: number): boolean {
  const initial = doc.tokens[k];
  const after = doc.tokens[k + 1];
  return (
    !!initial &&
    !!after &&
    (/^[B-HJ-Z]$/.test(initial.text) || (/^[A-Z]{2}$/.test(initial.text) && !claimed[k])) &&
    !claimed[k + 1] &&
    doc.text.slice(initial.end, after.start) === ' ' &&
    isNameWord(after, doc.tokens, k + 1)
  );
}

/**
 * Rule: "FM @BBhuttoZardari met ...", "#SCO": a word glued to "@" or "#" is a social-media handle
 * or a hashtag, never a person's name (the eval conventions: a handle is not even an alias).
 */
function isHandleOrHashtag(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return before === 64 /* @ */ || before === 35 /* # */;
}

/** Styles written as two capitals before a name ("HH Prince Faisal", "HE Ali Omar"): no initials. */
const STYLE_CAPITALS = new Set(['HH', 'HE', 'HM']);

/**
 * Rule: "H.E. Ana Mbeki of Ghana", "H. E. Tomas Oduya", "HE Ali Omar": the style of address
 * of officials (His or Her Excellency, His Highness, His Majesty) written in capitals before a
 * name. Returns how many tokens the style takes at `i` (0 when there is none): its letters are
 * no initials of the name, and the style marks the name after it as a person's. "H. G. Wells"
 * and "J.E. Smith" are initials ("H" and "E" only pair as "H.E.", "H.H." and "H.M.").
 */
export function styleOfAddressLength(text: string, toks: readonly Token[], i: number): number {
  const t = toks[i];
  if (!t) return 0;
  if (STYLE_CAPITALS.has(t.text)) return 1;
  if (t.text !== 'H' || toks[i + 1]?.text !== '.' || toks[i + 3]?.text !== '.') return 0;
  const second = toks[i + 2] as Token;
  if (!/^[EHM]$/.test(second.text)) return 0;
  const gap = text.slice((toks[i + 1] as Token).end, second.start);
  return (gap === '' || gap === ' ') && (toks[i + 3] as Token).start === second.end ? 4 : 0;
}

/** The style of address right before token `first` ("H.E.", "HE"), or -1. */
function styleOfAddressBefore(text: string, toks: readonly Token[], first: number): number {
  for (const length of [1, 4]) {
    const at = first - length;
    if (at >= 0 && styleOfAddressLength(text, toks, at) === length) return at;
  }
  return -1;
}

/**
 * One bare initial ("S", never the words "A" and "I") or two run together ("KP", "AK") when no
 * other entity claims them ("UN", "EU") and they are not a style ("HH").
 */
function isBareInitialToken(doc: Doc, claimed: Uint8Array, i: number): boolean {
  const text = (doc.tokens[i] as Token).text;
  return /^[B-HJ-Z]$/.test(text) || (/^[A-Z]{2}$/.test(text) && !claimed[i] && !STYLE_CAPITALS.has(text));
}

/**
 * Rule: "External Affairs Minister S Jaishankar", "Chief Minister M K Stalin", "Prime Minister KP
 * Sharma Oli", "his counterpart AK Abdul Momen": bare initials right after a title head open the
 * name that follows them (South Asian usage writes initials without a point). Not "the Minister A
 * ..." ("A" and "I" are words), nor "Minister HH Prince Faisal" ("HH", His Highness, is a style).
 */
function bareInitialAfterTitle(doc: Doc, claimed: Uint8Array, i: number): boolean {
  const prev = doc.tokens[i - 1];
  const t = doc.tokens[i] as Token;
  if (!prev || !TITLE_HEADS.has(prev.text.toLowerCase()) || !isBareInitialToken(doc, claimed, i))
    return false;
  const two = doc.tokens[i + 1];
  return (
    bareInitialAt(doc, claimed, i) ||
    (!!two && doc.text.slice(t.end, two.start) === ' ' && bareInitialAt(doc, claimed, i + 1))
  );
}

/**
 * "Minister of Foreign Affairs and Trade Anna Berg": a common word after "and", "of" or "for"
 * ends the title, and the name starts after it.
 */
function endsTitle(toks: readonly Token[], i: number): boolean {
  const before = toks[i - 1];
  return (
    !!before &&
    /^(?:and|of|for)$/.test(before.text) &&
    isCommonWord((toks[i] as Token).text.toLowerCase()) &&
    isNameWord(toks[i + 1] as Token, toks, i + 1)
  );
}

/**
 * Rule: a possessive ends a name: "Zelenskyy’s Peace Summit", "Modi's Security Council": the
 * capitalised words after "’s" are what the person owns, not more of the name.
 */
function possessiveEndsName(t: Token): boolean {
  return t.text.length > 3 && /[\p{L}]['’]s$/u.test(t.text);
}

/**
 * Rule: "Minister of Commerce Ana Ruiz", "Minister of the Interior Ana Ruiz", "Secretary of Labour and Fisheries Olof Sand", "Minister
 * for Trade and Export Growth Damien O'Connor": a portfolio after a title head and "of" or "for"
 * (or after "and", or after another portfolio word, in such a portfolio) ends the title; it opens
 * no name, even when it is no common English word.
 */
function portfolioOfTitle(toks: readonly Token[], i: number, depth = 0): boolean {
  const t = toks[i];
  if (!t || !PORTFOLIO_WORDS.has(t.text.toLowerCase())) return false;
  // "Minister of the Interior Ana Ruiz": an article may stand between "of" and the portfolio
  const j = lower(toks[i - 1]) === 'the' ? i - 1 : i;
  const prev = lower(toks[j - 1]);
  if (prev === 'of' || prev === 'for') return TITLE_HEADS.has(lower(toks[j - 2]));
  if (prev === 'and') return PORTFOLIO_WORDS.has(lower(toks[i - 2]));
  // "Export Growth": a portfolio word after another of the same title
  return depth < 3 && portfolioOfTitle(toks, i - 1, depth + 1);
}

/** "J." in "J. Austin": one capital with its point right after it. */
function isInitialAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  return (
    t.kind === 'word' &&
    isOneUpper(t.text) &&
    toks[i + 1]?.text === '.' &&
    (toks[i + 1] as Token).start === t.end
  );
}

/** Whether a name may start at token `i` (a name word or an initial, unclaimed, no handle). */
function opensName(doc: Doc, claimed: Uint8Array, i: number, initial: boolean): boolean {
  const toks = doc.tokens;
  const t = toks[i] as Token;
  // "posted on X. Watson said": the platform, not an initial
  return !(
    claimed[i] ||
    (!isNameWord(t, toks, i) && !initial && !bareInitialAfterTitle(doc, claimed, i)) ||
    portfolioOfTitle(toks, i) ||
    isPlatformX(doc.text, t.end) ||
    isHandleOrHashtag(doc.text, t.start)
  );
}

export function nameRuns(doc: Doc, claimed: Uint8Array): NameRun[] {
  const toks = doc.tokens;
  const runs: NameRun[] = [];
  const gapOk = (a: Token, b: Token): boolean => {
    const gap = doc.text.slice(a.end, b.start);
    return gap === ' ' || gap === '' || gap === '\u00a0';
  };
  let i = 0;
  while (i < toks.length) {
    const style = styleOfAddressLength(doc.text, toks, i);
    if (style > 1) {
      i += style;
      continue;
    }
    const initial = isInitialAt(toks, i);
    if (!opensName(doc, claimed, i, initial)) {
      i++;
      continue;
    }
    let j = i;
    let k = i;
    for (;;) {
      const cur = toks[k] as Token;
      // an initial: "J." then the next name word
      if (isOneUpper(cur.text) && toks[k + 1]?.text === '.' && (toks[k + 1] as Token).start === cur.end) {
        const nx = toks[k + 2];
        if (nx && !claimed[k + 2] && isNameWord(nx) && gapOk(toks[k + 1] as Token, nx)) {
          k += 2;
          j = k;
          continue;
        }
        break;
      }
      const nx = toks[k + 1];
      if (!nx || claimed[k + 1] || !gapOk(cur, nx) || possessiveEndsName(cur)) break;
      if (isNameWord(nx, toks, k + 1) || (nx.kind === 'word' && SUFFIXES.has(nx.text))) {
        k++;
        j = k;
        continue;
      }
      if (nx.kind === 'word' && PARTICLES.has(nx.text)) {
        // "von der Leyen", "bin Salman": one or two particles, then a name word
        let p = k + 1;
        while (
          toks[p + 1] &&
          (toks[p + 1] as Token).kind === 'word' &&
          PARTICLES.has((toks[p + 1] as Token).text) &&
          p < k + 2
        )
          p++;
        const after = toks[p + 1];
        if (after && isNameWord(after) && gapOk(toks[p] as Token, after)) {
          k = p + 1;
          j = k;
          continue;
        }
      }
      // an initial in the middle
      if (/^[\p{Lu}]$/u.test(nx.text) && toks[k + 2]?.text === '.') {
        k++;
        continue;
      }
      if (bareInitialAt(doc, claimed, k + 1)) {
        k += 2;
        j = k;
        continue;
      }
      break;
    }
    if (tooLongForAName(toks, i, j)) {
      i = j + 1;
      continue;
    }
    if (j - i >= 2 && endsTitle(toks, i)) i++;
    const first = toks[i] as Token;
    let end = (toks[j] as Token).end;
    let form = doc.text.slice(first.start, end);
    // possessive "Lavrov’s": the name ends before it
    const poss = /['’]s$/.exec(form);
    if (poss) {
      form = form.slice(0, -2);
      end -= 2;
    }
    if (!initial || j > i) runs.push({ first: i, last: j, start: first.start, end, form });
    i = j + 1;
  }
  return runs;
}

/**
 * More than six name words in a row are a headline or a list, not one name; particles do not
 * count, so a chain of patronyms ("Abdulaziz bin Turki bin Faisal bin Abdulaziz") stays a name.
 */
function tooLongForAName(toks: readonly Token[], first: number, last: number): boolean {
  if (last - first <= 5) return false;
  let words = 0;
  for (let k = first; k <= last; k++) if (!PARTICLES.has((toks[k] as Token).text)) words++;
  return words > 6 || last - first > 9;
}

const CUE_BEFORE_WORDS = new Set([
  'according',
  'met',
  'meet',
  'meets',
  'received',
  'receives',
  'told',
  'thanked',
  'greeting',
  'greeted',
  'with',
  'by',
  'welcomed',
  'welcomes',
  // "Kowalczyk hosted Boris Pistorius in Warsaw": a host's guest, as "received" and "welcomed" take
  'hosted',
  'hosts',
  'hosting',
  'congratulated',
  'invited',
  'called',
  'phoned',
  'urged',
  'and',
]);

export interface NameCue {
  /** token index of the first token of the title before the name (or -1) */
  titleFirst: number;
  titleLast: number;
  /** appositive role after the name: token range */
  appositiveFirst: number;
  appositiveLast: number;
  reason: string;
}

function lower(t: Token | undefined): string {
  return t ? titleBase(t.text) : '';
}

/**
 * Rule: a name run is a person when the text marks it as one: a title or rank right before it
 * ("Russian Defense Minister Andrei Belousov", "President of Belarus Alexander Lukashenko",
 * "General Cavoli"), an appositive role after it ("Valeriy Revenko, head of ..."), or a verb of
 * saying or meeting right after it ("Kirby said", "Lukashenka and Putin held talks").
 */
export function personCue(doc: Doc, run: NameRun, claimedKind: (i: number) => string | null): NameCue | null {
  const c = cueContext(doc, run, claimedKind);
  if (NOT_A_SURNAME.some((shape) => shape(c))) return null;
  if (speakerLabelRun(doc, run)) return { ...noCue(), reason: 'label' };
  const cue = noCue();
  markTitleBefore(c, cue);
  markAppositiveAfter(c, cue);
  if (!cue.reason && styleOfAddressBefore(doc.text, doc.tokens, run.first) >= 0) cue.reason = 'style';
  if (cue.reason) return cue;
  for (const verbCue of VERB_CUES) {
    const reason = verbCue(c);
    if (reason === NOT_A_PERSON) return null;
    if (reason) return { ...cue, reason };
  }
  return null;
}

/** What the cue rules read around one name run. */
interface CueContext {
  doc: Doc;
  toks: readonly Token[];
  run: NameRun;
  claimedKind: (i: number) => string | null;
  /** the word after the run when written in lowercase (a verb is: "States" in "Member States" is none), else '' */
  next: string;
  /** the word before the run, lowercased */
  prev: string;
}

function cueContext(doc: Doc, run: NameRun, claimedKind: (i: number) => string | null): CueContext {
  const toks = doc.tokens;
  const nextTok = toks[run.last + 1];
  const next = nextTok && /^[\p{Ll}]/u.test(nextTok.text) ? lower(nextTok) : '';
  return { doc, toks, run, claimedKind, next, prev: lower(toks[run.first - 1]) };
}

function noCue(): NameCue {
  return { titleFirst: -1, titleLast: -1, appositiveFirst: -1, appositiveLast: -1, reason: '' };
}

// ----- runs that are no surname, whatever cues them

/** "Allies pledged", "Ministers agreed": a plural common noun alone is a group, not a surname. */
function pluralNounAlone({ run }: CueContext): boolean {
  return run.first === run.last && isPluralNoun(run.form);
}

/**
 * "Speaker of the House", "Aviation Lieutenant General X", "head of the Russia-Belarus union": a
 * single common English word or a pair of countries is not a surname, unless a leader's title
 * stands before it and a verb of saying or meeting after it (surnameBetweenTitleAndVerb).
 */
function commonWordOrCountryPair(c: CueContext): boolean {
  const { run } = c;
  return (
    run.first === run.last &&
    ((isCommonWord(run.form) && !surnameBetweenTitleAndVerb(c)) ||
      run.form.split('-').every((w) => isCountryWord(w)))
  );
}

/** Capitalised titles a leader's surname alone follows: "President Bush", "Secretary Rice", "Mr Brown". */
const LEADER_TITLE_BEFORE =
  /^(?:President|Chancellor|Premier|Minister|Secretary|Senator|Governor|Mr|Mrs|Ms)$/;

/**
 * Rule: "President Bush said", "Secretary Rice told reporters", "Chancellor Kohl met ...": an
 * ordinary word between a leader's title and a verb of saying or meeting is that leader's
 * surname. "General Electric said" has a rank, not a leader's title, before it.
 */
function surnameBetweenTitleAndVerb({ toks, run, next }: CueContext): boolean {
  const title = toks[run.first - 1]?.text === '.' ? toks[run.first - 2] : toks[run.first - 1];
  return (
    !!title &&
    LEADER_TITLE_BEFORE.test(title.text) &&
    (SPEECH_VERBS.has(next) || (MEETING_VERBS.has(next) && !/^(?:is|was|has|had|will|and)$/.test(next)))
  );
}

/** Adjectives of a world region ("Asian", "African", "Eastern"): never a surname. Lowercase. */
const REGION_ADJECTIVES = new Set([
  'asian',
  'african',
  'american',
  'european',
  'eurasian',
  'arab',
  'caribbean',
  'nordic',
  'baltic',
  'balkan',
  'pacific',
  'atlantic',
  'eastern',
  'western',
  'northern',
  'southern',
]);

/** Words that place a region adjective on the map ("Central Asian", "Southeast Asian", "Latin American"). Lowercase. */
const REGION_QUALIFIERS = new Set([
  'central',
  'south',
  'north',
  'east',
  'west',
  'southeast',
  'southeastern',
  'northeast',
  'northwest',
  'southwest',
  'latin',
  'middle',
  'sub-saharan',
  'far',
  'near',
]);

/**
 * Rule: "the Central Asian states", "Latin American leaders", "Middle Eastern envoys": a run of
 * region words ending in a region adjective is an adjective of the region before a noun, never a
 * name (a run "Asian" left over from "Central Asian" included). "Asiana Airlines" and "Eastman"
 * are other words.
 */
function regionAdjective({ run }: CueContext): boolean {
  const words = run.form.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] as string;
  return REGION_ADJECTIVES.has(last) && words.slice(0, -1).every((w) => REGION_QUALIFIERS.has(w));
}

/**
 * "The Chancellery reported that ...", "the Presidency said": a single capitalised word right
 * after "the" is an institution or a thing; a surname takes no article.
 */
function singleWordAfterThe({ run, prev }: CueContext): boolean {
  return run.first === run.last && prev === 'the';
}

/**
 * Rule: "300,000 Brazilians estimated to be living in Portugal", "Ukrainians said": a people named
 * by its plural demonym is no person ("Brazilian" alone may be an adjective, not this rule's).
 */
function pluralDemonym({ run }: CueContext): boolean {
  if (run.first !== run.last || !/[^s]s$/.test(run.form)) return false;
  return !!countryByDemonym(run.form.slice(0, -1));
}

const NOT_A_SURNAME: ReadonlyArray<(c: CueContext) => boolean> = [
  pluralNounAlone,
  pluralDemonym,
  singleWordAfterThe,
  commonWordOrCountryPair,
  regionAdjective,
  socialPlatform,
  endsInAnInstitutionNoun,
  beforeAnInstitutionNoun,
  abbreviatedTitle,
  ordinaryWordsInTitleCaseLine,
];

/**
 * Rule: "Prime Minister and Minister of Foreign Affairs Receives Phone Calls from ...": in a line
 * written in title case (a headline), a run of two or more words after a title that are all
 * ordinary English words is the headline's predicate, not a name. "President Ana Berg Meets
 * ..." keeps its name, and body text ("Minister Rose Stone said") is not title case.
 */
function ordinaryWordsInTitleCaseLine({ doc, run }: CueContext): boolean {
  if (run.first === run.last) return false;
  const words = run.form.split(/\s+/);
  if (!words.every((w) => isCommonWord(w))) return false;
  return titleCaseLine(doc, run.start);
}

/**
 * The line around `pos` is in title case: at least four words of four letters or more, and none
 * lowercase but the function words headlines keep small ("from", "with").
 */
function titleCaseLine(doc: Doc, pos: number): boolean {
  const from = lineStartAt(doc, pos);
  const nl = doc.text.indexOf('\n', pos);
  const line = doc.text.slice(from, nl < 0 ? doc.text.length : nl);
  const long = line.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 4 && long.every((w) => /^\p{Lu}/u.test(w) || NOT_NAME.has(w));
}

/**
 * Rule: "Minister of State (MoS) for External Affairs X ... the MoS discussed": a short
 * mixed-case word the text defines in parentheses right after a title abbreviates the title,
 * and is no name wherever it occurs.
 */
function abbreviatedTitle({ doc, run }: CueContext): boolean {
  if (run.first !== run.last || !/^[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,2}$/.test(run.form)) return false;
  // the answer depends on the document and the form only: one scan of the text per distinct form
  let known = titleAbbreviations.get(doc);
  if (!known) {
    known = new Map();
    titleAbbreviations.set(doc, known);
  }
  let answer = known.get(run.form);
  if (answer === undefined) {
    answer = definedAfterTitle(doc.text, run.form);
    known.set(run.form, answer);
  }
  return answer;
}

/** Per document, whether abbreviatedTitle found a form defined in parentheses after a title. */
const titleAbbreviations = new WeakMap<Doc, Map<string, boolean>>();

function definedAfterTitle(text: string, form: string): boolean {
  const at = text.indexOf(`(${form})`);
  if (at < 0) return false;
  const head = /([A-Za-z-]+)\s+$/.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
  return TITLE_HEADS.has(head) || head === 'state' || head === 'affairs';
}

/** Head nouns of institutions and groups: a name ending in one is no person's. */
const INSTITUTION_NOUN =
  /\s(?:Community|Union|Organi[sz]ation|Council|Commission|Committee|League|Forum|Bank|Fund|Assembly|Group|Alliance|Association|Conference|Secretariat|Court|Party|Agency|Ministry|Government|Parliament|Institute|University|Foundation|Corporation|Company|Federation|Cooperation|Partnership|Bloc|Movement|Front)$/;

/**
 * Rule: "the Secretary-General of the Andean Community, Carla Mendez", "the Visegrad Group": a
 * name whose last word is the head noun of an institution or group (two words or more) names
 * that body, never a person, whatever title stands before it. "Rose Bank" style surnames are rare
 * enough in news to leave.
 */
function endsInAnInstitutionNoun({ run }: CueContext): boolean {
  return run.first < run.last && INSTITUTION_NOUN.test(run.form);
}

/**
 * Rule: "President of the Andean Development Bank", "the head of the Andean Fund": a run right
 * before the head noun of an institution is the start of that institution's name, never a person
 * ("Andean Development"). "Ana Ruiz, Bank governor" has a comma between.
 */
function beforeAnInstitutionNoun({ doc, toks, run }: CueContext): boolean {
  const next = toks[run.last + 1];
  return (
    !!next &&
    doc.text.slice((toks[run.last] as Token).end, next.start) === ' ' &&
    INSTITUTION_NOUN.test(` ${next.text}`)
  );
}

/** Social networks and messengers that news names as the medium of words. */
const SOCIAL_PLATFORMS =
  /^(?:Truth Social|Facebook|Instagram|Telegram|Twitter|WhatsApp|WeChat|Weibo|YouTube|TikTok|Threads|Bluesky|VKontakte|Odnoklassniki|LinkedIn)$/;

/**
 * Rule: "In a post on Truth Social, the U.S. President stated": a platform is where words are
 * posted, never a person (here it looked like a name set off before a title). "Social Democrats"
 * and "Mark Twitter" are other runs.
 */
function socialPlatform({ run }: CueContext): boolean {
  return SOCIAL_PLATFORMS.test(run.form);
}

// ----- a title or rank before the name

/** Where a title before the name would end: the token before it, past ranks ("Gen. of the Army"). */
interface TitleEnd {
  /** token index of the last word of the title */
  k: number;
  rankSeen: boolean;
}

function titleEndBefore(c: CueContext): TitleEnd {
  const { toks, run } = c;
  // ", Dr. X" and ", Dr X": the comma is read past the honorific
  let k = run.first - 1 - honorificAfterComma(toks, run.first);
  // "Prime Minister ‘Aisake Valu Eke": Tonga's and Hawaii's ʻokina, written as an opening quote
  // glued to the name, is part of the name, not punctuation between it and its title
  if (/^[‘ʻ]$/.test(toks[k]?.text ?? '') && toks[k]?.end === run.start) k--;
  if (toks[k]?.text === ',') {
    if (commaClosesOpeningPhrase(c, k)) return { k, rankSeen: false };
    k--;
    // "the Democratic Republic of Congo (DRC), X": the acronym of the country or body before it
    if (toks[k]?.text === ')' && toks[k - 2]?.text === '(') k -= 3;
  }
  // ranks and "Gen. of the Army" between title and name, and a royal style ("Minister Prince X")
  let rankSeen = false;
  while (k >= 0) {
    const w = lower(toks[k]);
    if (!RANKS.has(w) && toks[k]?.text !== '.' && !styleBetweenTitleAndName(w, toks, k)) break;
    if (w === 'general' && lower(toks[k - 1]) === 'secretary') break;
    if (RANKS.has(w) && w !== 'of' && w !== 'the') rankSeen = true;
    k--;
  }
  if (rankSeen && toks[k]?.text === ',') k--;
  if (!rankSeen) k = Math.min(k, run.first - 1);
  return { k, rankSeen };
}

/** Words that open a sentence with a phrase before its subject ("In talks with ...", "After ..."). Lowercase. */
const OPENING_PHRASE_WORDS = new Set([
  'prior',
  'in',
  'at',
  'after',
  'before',
  'during',
  'following',
  'with',
  'upon',
  'on',
  'amid',
  'speaking',
  'talking',
  'meeting',
  'addressing',
  'while',
  'when',
]);

/**
 * Rule: "In a phone call with the Armenian leader, Lukashenka said ...": the comma between a title
 * and a name closes a phrase that opened the sentence with a preposition, so the name is the
 * subject and the title someone else's. A title and a name set off together ("After talks with
 * the Armenian leader, Nikol Pashinyan, Lukashenka said"; "He met the Armenian leader, Nikol
 * Pashinyan, on Monday") stay one person.
 */
function commaClosesOpeningPhrase(c: CueContext, comma: number): boolean {
  const { toks, run } = c;
  if (/^[,–—)]$/.test(toks[run.last + 1]?.text ?? '')) return false;
  return opensSentenceWithPhrase(c, comma - 1);
}

/**
 * Rule: "the Chairperson of the Commission, Mr. Moussa Faki Mahamat gave ...", ", Dr Shae Reti":
 * an abbreviated honorific (with or without its full stop) between the comma and the name; the
 * title before the comma is still the name's. How many tokens it takes (0 when there is none).
 */
function honorificAfterComma(toks: readonly Token[], first: number): 0 | 1 | 2 {
  const dot = toks[first - 1]?.text === '.' ? 1 : 0;
  const at = first - 1 - dot;
  return HONORIFIC_ABBREVIATIONS.includes(lower(toks[at])) && toks[at - 1]?.text === ','
    ? ((dot + 1) as 1 | 2)
    : 0;
}

/** From token `k` back to the start of its sentence, no punctuation, and an opening-phrase word first. */
function opensSentenceWithPhrase({ doc, toks, run }: CueContext, from: number): boolean {
  const sent = doc.sentences[sentenceAt(doc, (toks[run.first] as Token).start)];
  if (!sent) return false;
  for (let k = from, steps = 0; k >= 0 && steps < 30; k--, steps++) {
    const t = toks[k] as Token;
    if (t.start < sent.start) return false;
    if (/^[,;:()"“”–—]$/.test(t.text)) return false;
    const before = toks[k - 1];
    if (!before || before.end <= sent.start) return OPENING_PHRASE_WORDS.has(lower(t));
  }
  return false;
}

/** Prepositions whose object a title may be in an opening phrase ("a jibe at the Armenian leader"). Lowercase. */
const TITLE_OBJECT_PREPOSITIONS = new Set([
  'at',
  'with',
  'to',
  'on',
  'for',
  'against',
  'about',
  'toward',
  'towards',
]);

/**
 * Rule: "In an apparent jibe at the Armenian leader Lukashenka said ...": with no comma, a title
 * that is the object of a preposition in a phrase opening the sentence, before a name that a verb
 * of saying or meeting follows, is someone else's title: the name is the subject of that verb,
 * which the opening phrase cannot hold. "In Yerevan Armenian President X said" has no preposition
 * right before its title, and "talks with the Armenian leader Nikol Pashinyan" no verb after it.
 */
function titleObjectOfOpeningPhrase(c: CueContext): boolean {
  const { toks, run, next, claimedKind } = c;
  if (!SPEECH_VERBS.has(next) && !MEETING_VERBS.has(next)) return false;
  if (/^(?:is|was|has|had|will|and)$/.test(next)) return false;
  let k = run.first - 1;
  if (!TITLE_HEADS.has(lower(toks[k]))) return false;
  while (k > 0) {
    const w = lower(toks[k - 1]);
    if (TITLE_HEADS.has(w) || TITLE_WORDS.has(w) || claimedKind(k - 1) === 'country') k--;
    else break;
  }
  if (/^(?:the|his|her|their|its)$/.test(lower(toks[k - 1]))) k--;
  if (!TITLE_OBJECT_PREPOSITIONS.has(lower(toks[k - 1]))) return false;
  return opensSentenceWithPhrase(c, k - 1);
}

/** A title found before a name: its first token and the shape that found it. */
interface TitleBefore {
  first: number;
  reason: string;
}

/** The title shapes, tried in order on the same line as the name; the first that fits marks it. */
const TITLE_SHAPES: ReadonlyArray<(c: CueContext, k: number) => TitleBefore | undefined> = [
  titleHeadRightBefore,
  titleOfCountryOrOrg,
  longTitleOfSomething,
];

function markTitleBefore(c: CueContext, cue: NameCue): void {
  if (titleObjectOfOpeningPhrase(c)) return;
  const { k, rankSeen } = titleEndBefore(c);
  const at = c.toks[k];
  // "Philippines President\nFerdinand Marcos": a wrapped line the sentence goes on past is one line
  const sameLine = at && !hardBreak(c.doc.text, at.end, c.run.start);
  if (at && sameLine) {
    for (const shape of TITLE_SHAPES) {
      const title = shape(c, k);
      if (!title) continue;
      cue.titleFirst = compoundTitleBefore(c, title.first);
      cue.titleLast = k;
      cue.reason = title.reason;
      break;
    }
  }
  if (rankSeen && cue.titleFirst < 0) cue.reason = 'rank';
}

/**
 * Rule: "HE Prime Minister and Minister of Foreign Affairs Sheikh X", "Deputy Prime Minister and
 * Minister of Foreign Affairs and Tourism of Malta X": a title joined by "and" to the title before
 * the name is the same person's second office; the cue's title takes both (addCuedRoles splits
 * them). "met Prime Minister Ivo Kask and Foreign Minister Eva Lind" has a name between,
 * "Minister of Trade and Industry" no title head before "and", and "talks between the Chancellor
 * and President X" two parties.
 */
function compoundTitleBefore({ doc, toks }: CueContext, first: number): number {
  const and = toks[first - 1];
  const head = toks[first - 2];
  if (and?.text !== 'and' || !head || !/^[\p{Lu}]/u.test(head.text) || !TITLE_HEADS.has(lower(head)))
    return first;
  if (!/^[\p{Lu}]/u.test(toks[first]?.text ?? '') || !TITLE_HEADS.has(lower(toks[first]))) return first;
  let f = first - 2;
  while (f > 0) {
    const p = toks[f - 1] as Token;
    if (hardBreak(doc.text, p.end, (toks[f] as Token).start)) break;
    if (!/^[\p{Lu}]/u.test(p.text) || !TITLE_WORDS.has(lower(p)) || NAME_CUES_NOT_ROLES.has(lower(p))) break;
    f--;
  }
  // "talks between the Chancellor and President X": "between" makes the two titles two parties
  return opensBetween(toks, f) ? first : f;
}

/** Whether "between" stands before the title that starts at token `f` ("between the Federal Chancellor"). */
function opensBetween(toks: readonly Token[], f: number): boolean {
  let lead = f - 1;
  while (
    lead > 0 &&
    f - lead < 4 &&
    (lower(toks[lead]) === 'the' || /^[\p{Lu}]/u.test(toks[lead]?.text ?? ''))
  )
    lead--;
  return lower(toks[lead]) === 'between';
}

/** "Russian Defense Minister Andrei Belousov", "General Cavoli": a title head right before the name. */
function titleHeadRightBefore({ doc, toks, claimedKind }: CueContext, k: number): TitleBefore | undefined {
  const w = lower(toks[k]);
  if (!TITLE_HEADS.has(w) && !isTwoWordHead(w, lower(toks[k - 1]))) return undefined;
  // walk back over the whole title: words, "of", "the", countries, organizations
  let f = k;
  while (f > 0) {
    const p = toks[f - 1] as Token;
    const pl = lower(p);
    if (hardBreak(doc.text, p.end, (toks[f] as Token).start)) break;
    // "an adviser to Iran's Supreme Leader X": a title before "to" is another person's
    if (pl === 'to' && TITLE_HEADS.has(lower(toks[f - 2]))) break;
    const inTitle =
      TITLE_WORDS.has(pl) ||
      /^(?:of|the|to|for)$/.test(pl) ||
      p.text === '’' ||
      p.text === "'" ||
      claimedKind(f - 1) ||
      // "Foreign Affairs and Foreign Trade Minister": one portfolio joined to the next
      wordOfCompoundPortfolio(toks, f - 1);
    if (!inTitle) break;
    f--;
  }
  // "His Highness the Amir": a style of address opens no title
  while (f <= k && /^(?:the|of|his|her|their|to|for|highness|excellency|majesty|royal)$/.test(lower(toks[f])))
    f++;
  return { first: f, reason: 'title' };
}

/** "President of Belarus Alexander Lukashenko", "Secretary General of the CIS Sergey Lebedev". */
function titleOfCountryOrOrg({ toks, claimedKind }: CueContext, k: number): TitleBefore | undefined {
  const kind = claimedKind(k);
  if (kind !== 'country' && kind !== 'org') return undefined;
  let f = k;
  while (f > 0 && claimedKind(f - 1) === kind) f--;
  let g = f - 1;
  if (lower(toks[g]) === 'the') g--;
  const beforeOf = lower(toks[g - 1]);
  // "his counterpart from Peru, X" as "the President of Peru, X"
  if (lower(toks[g]) !== 'of' && !(lower(toks[g]) === 'from' && /^counterparts?$/.test(beforeOf)))
    return undefined;
  if (!TITLE_HEADS.has(beforeOf) && !/^(?:general|affairs|defense|defence)$/.test(beforeOf)) return undefined;
  let h = g - 1;
  while (
    h > 0 &&
    (TITLE_WORDS.has(lower(toks[h - 1])) ||
      lower(toks[h - 1]) === 'of' ||
      // "Minister for Foreign Affairs of New Zealand, X"
      (lower(toks[h - 1]) === 'for' && TITLE_HEADS.has(lower(toks[h - 2]))) ||
      claimedKind(h - 1) ||
      wordOfCompoundPortfolio(toks, h - 1))
  )
    h--;
  while (h <= g && /^(?:the|of|his|her)$/.test(lower(toks[h]))) h++;
  return { first: h, reason: 'title-of' };
}

/**
 * Rule: "Minister of Foreign and European Affairs of the Republic of Croatia X": in a portfolio
 * read backwards from "Affairs", a capitalised word right before "Affairs" ("European") and an
 * "and" after a title word ("Foreign and") belong to the title. "Ana Ruiz and Minister ..." has
 * a name, no title word, before "and".
 */
function wordOfCompoundPortfolio(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  // "talks between the Chancellor and President X": the two offices are two persons'
  if (t.text === 'and')
    return (
      TITLE_WORDS.has(lower(toks[i - 1])) &&
      !opensBetween(toks, i - 1) &&
      /^[\p{Lu}]/u.test(toks[i - 1]?.text ?? '') &&
      /^[\p{Lu}]/u.test(toks[i + 1]?.text ?? '')
    );
  return (
    /^[\p{Lu}][\p{Ll}]+$/u.test(t.text) && toks[i + 1]?.text === 'Affairs' && toks[i - 1]?.text === 'and'
  );
}

/**
 * "the Chief of the General Staff of the Russian Armed Forces Valery Gerasimov", "Minister for
 * Foreign Affairs Ana Ruiz", "Minister of Foreign Affairs, African Cooperation and Moroccans
 * Abroad, X": a long title ending in a name (a portfolio list "A, B and C" included).
 */
function longTitleOfSomething({ doc, toks, claimedKind }: CueContext, k: number): TitleBefore | undefined {
  // "Minister for Pacific Peoples": a title never ends in "for", "of" or "and" before a name
  if (/^(?:for|of|and|the)$/.test(toks[k]?.text ?? '')) return undefined;
  let h = k;
  let head = -1;
  // the "and" of a portfolio list "A, B and C" inside the title; a name right after it ("...
  // Cooperation and Moroccans Abroad") is the list's last portfolio, not the title's holder
  let listAnd = false;
  for (let steps = 0; h >= 0 && steps < 20; steps++, h--) {
    const t = toks[h] as Token;
    const lw = lower(t);
    if (hardBreak(doc.text, t.end, (toks[h + 1] as Token).start)) break;
    if (TITLE_HEADS.has(lw) && /^[\p{Lu}]/u.test(t.text)) head = h;
    if (lw === 'of' || lw === 'the' || /^[\p{Lu}]/u.test(t.text) || claimedKind(h)) continue;
    if (head < 0 && conjoinedPortfolio(toks, h)) {
      listAnd ||= lw === 'and' && h < k;
      continue;
    }
    if (head < 0 && listAnd && commaInPortfolioList(toks, h)) continue;
    break;
  }
  // "Minister of Defence", and the Commonwealth's "Minister for Foreign Affairs"
  if (head < 0 || !/^(?:of|for)$/.test(toks[head + 1]?.text ?? '')) return undefined;
  // take in what qualifies the title before it: "U.S. Secretary of State", "Russian Chief of
  // ...", "Deputy Chairman of ...", "First Deputy Chief of ..."
  while (head > 0 && qualifiesTitle({ doc, toks, claimedKind }, head - 1)) head--;
  return { first: head, reason: 'title-long' };
}

/**
 * Rule: "High Representative of the European Union for Foreign Affairs and Security Policy,
 * Kaja Kallas": "and" or "for" between capitalised words of a portfolio stays inside the long
 * title ("for Foreign Affairs", "Affairs and Security Policy").
 */
function conjoinedPortfolio(toks: readonly Token[], h: number): boolean {
  const w = toks[h]?.text;
  if (w !== 'and' && w !== 'for') return false;
  return /^[\p{Lu}]/u.test(toks[h - 1]?.text ?? '') && /^[\p{Lu}]/u.test(toks[h + 1]?.text ?? '');
}

/**
 * Rule: "Minister of Foreign Affairs, African Cooperation and Moroccans Abroad": a comma between
 * capitalised words, in a portfolio list closed by "and", stays inside the long title.
 */
function commaInPortfolioList(toks: readonly Token[], h: number): boolean {
  return (
    toks[h]?.text === ',' &&
    /^[\p{Lu}]/u.test(toks[h - 1]?.text ?? '') &&
    /^[\p{Lu}]/u.test(toks[h + 1]?.text ?? '')
  );
}

/** Token `i` qualifies the title that starts after it: a country, an organization, a title word. */
function qualifiesTitle(
  { doc, toks, claimedKind }: Pick<CueContext, 'doc' | 'toks' | 'claimedKind'>,
  i: number,
): boolean {
  const t = toks[i] as Token;
  if (hardBreak(doc.text, t.end, (toks[i + 1] as Token).start)) return false;
  return (
    claimedKind(i) === 'country' ||
    claimedKind(i) === 'org' ||
    (TITLE_WORDS.has(lower(t)) && /^[\p{Lu}]/u.test(t.text)) ||
    // the full stop of an abbreviation ("U.S. Secretary of State"); after a sentence's last word
    // ("... in Valletta. Minister of ...") it ends a sentence, not a title's word
    (t.text === '.' && !!claimedKind(i - 1) && /^(?:[A-Z]\.?){1,3}$/.test(toks[i - 1]?.text ?? ''))
  );
}

// ----- an appositive role after the name

/**
 * ", the US Defence Secretary" / ", head of ..." / "'s job as UK Defence Secretary": the token
 * range of a role after the name, marked on the cue when it has a title head.
 */
function markAppositiveAfter(c: CueContext, cue: NameCue): void {
  const { toks, run } = c;
  const asAt = asAfterName(c);
  if (!APPOSITIVE_OPENERS.has(toks[run.last + 1]?.text ?? '') && asAt < 0) return;
  let a = asAt >= 0 ? asAt + 1 : run.last + 2;
  if (coordinationAfterComma(toks, a)) return;
  if (asAt < 0) a = afterWhoIs(toks, a);
  while (/^(?:the|a|an|his|her)$/.test(lower(toks[a]))) a++;
  const phrase = appositivePhrase(c, a, asAt >= 0);
  const z = phrase.end;
  // "... Boris Pistorius, a spokesperson for the ministry said": the phrase is the subject of
  // the verb after it (who said so), not a title of the name before
  const speaks = SPEECH_VERBS.has(lower(toks[z])) && /^(?:a|an)$/.test(lower(toks[a - 1]));
  // "an adviser to Iran's Supreme Leader Ali Khamenei": the title's object is no item of a list
  const end = objectNameAt(toks, a, z);
  if (!phrase.hasHead || phrase.coordinated || speaks || listsNames(toks, a, end, c.claimedKind)) return;
  if (phrase.subjectOf || titleOfNextName(toks, z)) return;
  if (NAME_CUES_NOT_ROLES.has(lower(toks[a]))) return;
  cue.appositiveFirst = a;
  cue.appositiveLast = end - 1;
  cue.reason ||= 'appositive';
}

/**
 * Rule: "Berg, who is also Norway’s deputy prime minister, said", "Lind, who was then the
 * defence minister,": a relative clause that only says what the person is, is an appositive
 * role. "Lind, who is expected to ..." and "Berg, who met ..." say no title: the phrase after
 * them has no title head and gives nothing.
 */
function afterWhoIs(toks: readonly Token[], a: number): number {
  if (lower(toks[a]) !== 'who' || !/^(?:is|was)$/.test(lower(toks[a + 1]))) return a;
  let k = a + 2;
  while (/^(?:also|currently|now|then|still)$/.test(lower(toks[k]))) k++;
  return k;
}

/**
 * Rule: "Climate Change Minister, Simon Watts, Minister for Health, Dr Shae Reti, and officials":
 * a title set off by commas between two names is the title of the name after it ("Title, Name",
 * as lists of a delegation write it), not an appositive of the name before it.
 */
function titleOfNextName(toks: readonly Token[], z: number): boolean {
  if (toks[z]?.text !== ',') return false;
  let k = z + 1;
  if (HONORIFIC_ABBREVIATIONS.includes(lower(toks[k]))) k++;
  if (toks[k]?.text === '.') k++;
  const a = toks[k];
  const b = toks[k + 1];
  return !!a && !!b && isNameWord(a, toks, k) && isNameWord(b, toks, k + 1) && b.start === a.end + 1;
}

/**
 * Rule: ", and the Chancellor of Chile, ..." after a name opens the next item of a list, not an
 * appositive of the name before it ("Lucia Topolansky, and the Chancellor of Chile, Teodoro
 * Ribera"): the role belongs to the name after it.
 */
function coordinationAfterComma(toks: readonly Token[], a: number): boolean {
  return /^(?:and|or|as well as|while)$/.test(lower(toks[a]));
}

/** The token of "as" in "X as UK Defence Secretary" / "X's job as ...", or -1. */
function asAfterName({ toks, run }: CueContext): number {
  let q = run.last + 1;
  if (/^['’]s?$/.test(toks[q]?.text ?? '') || /['’]s$/.test(toks[run.last]?.text ?? '')) {
    if (/^['’]/.test(toks[q]?.text ?? '')) q++;
    if (/^(?:job|role|post|position|capacity|tenure)$/.test(lower(toks[q]))) q++;
  }
  return lower(toks[q]) === 'as' ? q : -1;
}

/**
 * Rule: an appositive is set off by a comma or by dashes ("Churchill Mensah – Ghana's permanent
 * representative to the AU – said ..."); a hyphen inside a word is no dash.
 */
const APPOSITIVE_OPENERS = new Set([',', '–', '—']);

/** Punctuation that ends an appositive. */
const APPOSITIVE_STOP = /^(?:[,.;:()"“”–—])$/;

/** Where the appositive that starts at token `a` ends (exclusive), and what it holds. */
function appositivePhrase(
  { doc, toks }: CueContext,
  a: number,
  afterAs: boolean,
): { end: number; hasHead: boolean; coordinated: boolean; subjectOf?: boolean } {
  let z = a;
  let hasHead = false;
  let headAt = -1;
  for (; z < toks.length && z < a + 25; z++) {
    const t = toks[z] as Token;
    // an appositive never runs on to the next line (a headline's "X, Kazakh defence chief
    // discuss ..." above the dateline)
    if (z > a && doc.text.slice((toks[z - 1] as Token).end, t.start).includes('\n')) break;
    if (APPOSITIVE_STOP.test(t.text)) break;
    const lw = lower(t);
    // "Shoigu, Kazakh defence chief discuss ...": a plural verb right after the head makes the
    // two the subjects of a headline, not a name and its appositive
    if (z === headAt + 1 && !afterAs && HEADLINE_PLURAL_VERB.test(lw))
      return { end: z, hasHead, coordinated: true };
    if (z < a + 6 && TITLE_HEADS.has(lw)) {
      hasHead = true;
      headAt = z;
    }
    if (!hasHead && t.kind === 'word' && /^[\p{Ll}]/u.test(t.text) && !TITLE_WORDS.has(lw)) {
      if (!/^(?:of|the|to|for|and|at|in)$/.test(lw) && !TITLE_QUALIFIERS.has(lw)) break;
    }
    // after the head, a descriptive complement runs to the comma ("head of the international
    // military cooperation department of ..."), but a verb ends it
    if (hasHead && t.kind === 'word' && APPOSITIVE_ENDING_VERB.test(lw)) break;
    // "Foreign Minister for 10 years", "minister since 2019": how long is no part of the title
    if (hasHead && timeSpanAt(toks, z)) break;
    // "In a statement by the adviser, Ajuri Bello, the president thanked ...": a verb of saying
    // or meeting right after the head makes the phrase the next clause's subject
    if (z === headAt + 1 && !afterAs && (SPEECH_VERBS.has(lw) || (MEETING_VERBS.has(lw) && lw !== 'and')))
      return { end: z, hasHead, coordinated: false, subjectOf: true };
  }
  return { end: z, hasHead, coordinated: false };
}

/** A unit of time after "for" in how long a post was held ("for 10 years", "for the past decade"). */
const TIME_UNIT = /^(?:years?|months?|decades?|weeks?)$/i;

/**
 * How long someone has held a post, starting at token `z`: "for 10 years", "for the past decade",
 * "since 2019". "Spokesman for the Egyptian foreign ministry" is no time.
 */
function timeSpanAt(toks: readonly Token[], z: number): boolean {
  const w = lower(toks[z]);
  if (w === 'since') return /^(?:19|20)\d\d$/.test(toks[z + 1]?.text ?? '');
  if (w !== 'for') return false;
  for (let j = z + 1; j <= z + 4 && toks[j]; j++) if (TIME_UNIT.test((toks[j] as Token).text)) return true;
  return false;
}

const APPOSITIVE_ENDING_VERB =
  /^(?:said|says|told|noted|added|stressed|is|was|has|had|will|who|which|that|led|leads|headed|heads|chaired|chairs|attended|attends|represented|signed|arrived|visited|met|held|received|welcomed|hosted)$/;

/** Where a person named as the title's object starts ("an adviser to ... Leader Ali Khamenei"), else `z`. */
function objectNameAt(toks: readonly Token[], a: number, z: number): number {
  let to = false;
  for (let q = a; q < z - 1; q++) {
    if (lower(toks[q]) === 'to') to = true;
    else if (to && isNameWord(toks[q] as Token, toks, q) && isNameWord(toks[q + 1] as Token, toks, q + 1))
      return q;
  }
  return z;
}

/** Lower-case words that qualify a title before its head: "a senior adviser", "a close aide". */
const TITLE_QUALIFIERS = new Set([
  'senior',
  'top',
  'former',
  'acting',
  'special',
  'close',
  'longtime',
  'long-time',
  'veteran',
  'leading',
  'principal',
  'personal',
]);

/** A list of titled names ("Xi Jinping, Russian President Vladimir Putin, ...") is no appositive. */
function listsNames(
  toks: readonly Token[],
  a: number,
  z: number,
  claimedKind: (i: number) => string | null,
): boolean {
  for (let q = a; q < z - 1; q++)
    if (
      isNameWord(toks[q] as Token, toks, q) &&
      isNameWord(toks[q + 1] as Token, toks, q + 1) &&
      !namesOfSomethingElse(toks, q, claimedKind)
    )
      return true;
  return false;
}

/**
 * Rule: two capitalised words in an appositive that belong to an organization already found
 * ("the Director of Politics at the Southern African Development Community") or that follow
 * "and"/"of"/"for" inside the title ("Director of Politics and Security Affairs") name the office,
 * not another person of a list ("Xi Jinping, Russian President Vladimir Putin").
 */
function namesOfSomethingElse(
  toks: readonly Token[],
  q: number,
  claimedKind: (i: number) => string | null,
): boolean {
  if (claimedKind(q) || claimedKind(q + 1)) return true;
  return /^(?:and|of|for|at|the)$/.test(lower(toks[q - 1]));
}

// ----- verbs around the name, when no title or appositive marks it

/** A verb cue's answer that the run is no person (a company "said"). */
const NOT_A_PERSON = null;

/**
 * Verb cues, tried in order: each gives the reason the run is a person, NOT_A_PERSON, or
 * undefined when the sentence is not of its shape.
 */
const VERB_CUES: ReadonlyArray<(c: CueContext) => string | null | undefined> = [
  nameAfterCountryPossessive,
  surnamesWhoTalked,
  nameHadTalks,
  openerReferredToAsPerson,
  nameSaidOrMet,
  fullNameThenVerbOfSaying,
  subjectOfSpeakingOpener,
  nameAndNameMet,
  nameAndNameMetReadBack,
  verbBeforeName,
  nameAfterQuoteAndVerb,
  accordingToName,
  nameAfterTalksWith,
  fullNamesInTalksBetween,
  nameAddressedTo,
  headOfGovernmentNamed,
  leaderOfDelegation,
  nameTookOffice,
  nameSetOffAfterTitle,
  pairSetOffAfterPluralRole,
  pairAfterPluralTitle,
  listAfterPluralTitle,
  namesInCountryPairsAfterPluralRole,
  namesOfCountriesAfterPluralRole,
  knownGivenName,
];

/**
 * Rule: "Ingrid Holmvik has handed over the post to Xavier Lundqvist", "the victory of Mary Tolan":
 * a run of two or three words that opens with a known given name (isGivenName: common first names,
 * none an ordinary English word) and goes on with capitalised words that are no common
 * word, no plural noun and no country is a person, whatever the verb. "Christian Democrat",
 * "Victoria Falls" go on with common words; "Georgia Tech" with a known institution is claimed
 * before it reaches here.
 */
function knownGivenName({ run }: CueContext): string | undefined {
  const words = run.form.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !isGivenName(words[0] as string)) return undefined;
  const rest = words.slice(1);
  if (rest.some((w) => !/^\p{Lu}\p{Ll}/u.test(w) || isCommonWord(w) || isPluralNoun(w) || isCountryWord(w)))
    return undefined;
  return 'given-name';
}

/**
 * Rule: "Belarus's Alyaksandr Lukashenka", "Russia’s Vladimir Putin met ...", "India's Jaishankar
 * said": a name right after a country's name in the possessive is a person of that country: a
 * full name (of no common word: "Japan's Nippon Steel") as it stands, a lone word when a verb of
 * saying or meeting follows. A demonym ("Russian Gazprom said") and a possessive before a common
 * word ("Russia's Far East") are no cue.
 */
function nameAfterCountryPossessive({ toks, run, next, claimedKind }: CueContext): string | undefined {
  if (!countryPossessiveBefore(toks, run.first, claimedKind)) return undefined;
  const words = run.form.split(/\s+/);
  if (words.some((w) => isCommonWord(w) || isPluralNoun(w))) return undefined;
  if (run.first < run.last) return 'country-possessive';
  const verb =
    SPEECH_VERBS.has(next) || (MEETING_VERBS.has(next) && !/^(?:is|was|has|had|will|and)$/.test(next));
  return verb ? 'country-possessive' : undefined;
}

/**
 * A country's possessive right before token `first`: "Japan’s", or a plural name's bare
 * apostrophe, "the United States’", "the Philippines'".
 */
function countryPossessiveBefore(
  toks: readonly Token[],
  first: number,
  claimedKind: (i: number) => string | null,
): boolean {
  const prev = toks[first - 1];
  if (!prev) return false;
  if (/[\p{L}]['’]s$/u.test(prev.text))
    return (
      claimedKind(first - 1) === 'country' &&
      // "Japan’s", or the last word of a longer name: "South Africa’s", "Costa Rica’s"
      (!!countryByName(prev.text.slice(0, -2)) || claimedKind(first - 2) === 'country')
    );
  const owner = toks[first - 2];
  return (
    /^['’]$/.test(prev.text) &&
    prev.start === owner?.end &&
    /s$/.test(owner.text) &&
    claimedKind(first - 2) === 'country'
  );
}

/**
 * Rule: "The Chancellor of the de facto Government of Bolivia, Karen Longaric, will ...", "the
 * U.S. ambassador to the OAS, Frank Mora, confirmed", "the Under-Secretary-General for Political
 * Affairs, Rosemary A. DiCarlo.", "his Italian counterpart, Gina Ferri,": a full name set off by
 * commas right after a title, or after a phrase "<title> of|to|for|on|at ..." (one clause, no other
 * comma), names the holder of that title, even where the title holds words the title rules do not
 * read. The name ends at a comma, a dash, a colon or the sentence's end.
 */
function nameSetOffAfterTitle({ toks, run }: CueContext): string | undefined {
  if (run.first === run.last || toks[run.first - 1]?.text !== ',') return undefined;
  if (!/^[,–—:.]$/.test(toks[run.last + 1]?.text ?? '')) return undefined;
  if (TITLE_HEADS.has(lower(toks[run.first - 2]))) return 'set-off-after-title';
  const titleOf = (k: number): boolean =>
    TITLE_HEADS.has(lower(toks[k])) && TITLE_PREPOSITION.test(lower(toks[k + 1]));
  // "Chairperson of the African Union Commission (AUC), X,": an acronym in brackets closes the title
  const from = acronymInBracketsEndsAt(toks, run.first - 2) ?? run.first - 2;
  return foundBackInClause(toks, from, 16, /^[,.;:!?()"“”]$/, titleOf) ? 'set-off-after-title' : undefined;
}

/** The token before "(ACRONYM)" when the brackets end at `k`, else undefined. */
function acronymInBracketsEndsAt(toks: readonly Token[], k: number): number | undefined {
  return toks[k]?.text === ')' &&
    /^[A-Z][A-Za-z]{1,9}$/.test(toks[k - 1]?.text ?? '') &&
    toks[k - 2]?.text === '('
    ? k - 3
    : undefined;
}

/** The prepositions a title takes its domain with: "Minister of", "ambassador to", "Adviser on". */
const TITLE_PREPOSITION = /^(?:of|to|for|on|at)$/;

/**
 * Whether `found` holds for a token from `from` back, at most `steps` tokens, before a token that
 * `stop` matches (the clause's edge): the bounded scan back over one clause that the set-off rules
 * share.
 */
function foundBackInClause(
  toks: readonly Token[],
  from: number,
  steps: number,
  stop: RegExp,
  found: (k: number) => boolean,
): boolean {
  for (let k = from, n = 0; k >= 0 && n < steps; k--, n++) {
    if (stop.test((toks[k] as Token).text)) return false;
    if (found(k)) return true;
  }
  return false;
}

/** Plural role nouns a pair of names may be set off after: "his colleagues -A and B-". */
const PLURAL_ROLES =
  /^(?:colleagues|counterparts|peers|ministers|presidents|leaders|premiers|heads|chiefs|envoys|ambassadors|secretaries)$/i;

/** The punctuation that sets off an appositive: a comma or a dash (spaced or glued). */
const SET_OFF = /^[,\-–—]$/;

/**
 * Rule: "his Brazilian and Paraguayan colleagues -Carlos Franca and Julio Arriola-", "the
 * ministers of Chile and Peru – Ana Soto and Luis Vera – met": two full names joined by "and",
 * set off by commas or dashes right after a plural role noun (at most six words before the
 * opening mark, with no other punctuation), are the persons who hold it. "the capitals, Santa
 * Cruz and La Paz," has no role noun; a lone word is as often a place.
 */
function pairSetOffAfterPluralRole({ toks, run }: CueContext): string | undefined {
  if (run.first === run.last) return undefined;
  const pair = pairAround(toks, run);
  if (!pair) return undefined;
  const [first, last] = pair;
  if (!SET_OFF.test(toks[first - 1]?.text ?? '') || !SET_OFF.test(toks[last + 1]?.text ?? '.'))
    return undefined;
  const role = (k: number): boolean => PLURAL_ROLES.test((toks[k] as Token).text);
  return foundBackInClause(toks, first - 2, 7, /^[,.;:!?()"“”\-–—]$/, role)
    ? 'pair-after-plural-role'
    : undefined;
}

/**
 * Rule: "the Presidents of Chile, Ana Soto; Colombia, Luis Vera; and Peru, Tomas Rey", "his
 * counterparts from Peru, Tomas Vidal; from Bolivia, Marco Lema; and from Ecuador, Pablo Soria",
 * "the foreign ministers of Spain José Albares, Latvia Baiba Braže, and Poland Radosław Sikorski":
 * in a list of "Country, Full Name" pairs after a plural role and "of" or "from" (repeated or
 * not), each full name (two words or more) right after its country and a comma, ending at a
 * semicolon, a comma or the sentence's end, is the person holding that role there. "the capitals
 * of Chile, Santa Cruz" has no role noun before.
 */
function namesInCountryPairsAfterPluralRole({ toks, run, claimedKind }: CueContext): string | undefined {
  if (run.first === run.last) return undefined;
  // "Chile, Ana Soto" (a comma between), or "Spain José Albares" (none)
  const country = toks[run.first - 1]?.text === ',' ? run.first - 2 : run.first - 1;
  if (claimedKind(country) !== 'country') return undefined;
  if (!/^(?:[;,.]|on|in|at|and)$/.test(toks[run.last + 1]?.text ?? '.')) return undefined;
  let from = country - 1;
  while (from > 0 && claimedKind(from) === 'country') from--;
  // back from the country over earlier pairs ("Chile, Ana Soto;") to "<plural role> of"
  for (let k = from, n = 0; k >= 1 && n < 40; k--, n++) {
    const t = (toks[k] as Token).text;
    if (t === 'of' || t === 'from') {
      const before = (toks[k - 1] as Token).text;
      if (PLURAL_ROLES.test(before)) return 'country-pair-after-plural-role';
      // "; from Uruguay, X" and "; and from Paraguay, Y": an earlier pair of the list is before
      if (/^(?:[;,]|and)$/.test(before)) continue;
      return undefined;
    }
    if (/^[.!?:]$/.test(t)) return undefined;
  }
  return undefined;
}

/**
 * Rule: "met her counterparts Tomas Lind of Sweden and Pablo Soria of Ecuador", "the envoys Ana
 * Ruiz of Chile, Luis Vega of Peru and ...": in a list after a plural role noun, each full name
 * (two words or more) followed by "of" and a country is the person holding that role there. Back
 * from the name only names, "of", countries, commas and "and" may stand before the role noun.
 * "met Ana Ruiz of Chile" has no plural role; "the capitals Santa Cruz of Bolivia" neither.
 */
function namesOfCountriesAfterPluralRole({ toks, run, claimedKind }: CueContext): string | undefined {
  if (run.first === run.last || toks[run.last + 1]?.text !== 'of') return undefined;
  const country = lower(toks[run.last + 2]) === 'the' ? run.last + 3 : run.last + 2;
  if (claimedKind(country) !== 'country') return undefined;
  for (let k = run.first - 1, n = 0; k >= 0 && n < 30; k--, n++) {
    const t = toks[k] as Token;
    if (PLURAL_ROLES.test(t.text)) return 'names-of-countries-after-plural-role';
    const inList =
      /^(?:,|and|of|the)$/.test(t.text) || claimedKind(k) === 'country' || isNameWord(t, toks, k);
    if (!inList) return undefined;
  }
  return undefined;
}

/** The token range of "Name Name and Name Name" that `run` is one side of, both of two words or more. */
function pairAround(toks: readonly Token[], run: NameRun): [number, number] | null {
  const nameEnd = (from: number) => {
    let e = from;
    while (toks[e + 1] && isNameWord(toks[e + 1] as Token)) e++;
    return e;
  };
  const nameStart = (to: number) => {
    let b = to;
    while (b > 0 && isNameWord(toks[b - 1] as Token)) b--;
    return b;
  };
  if (lower(toks[run.last + 1]) === 'and' && toks[run.last + 2] && isNameWord(toks[run.last + 2] as Token)) {
    const end = nameEnd(run.last + 2);
    return end > run.last + 2 ? [run.first, end] : null;
  }
  if (
    lower(toks[run.first - 1]) === 'and' &&
    toks[run.first - 2] &&
    isNameWord(toks[run.first - 2] as Token)
  ) {
    const start = nameStart(run.first - 2);
    return start < run.first - 2 ? [start, run.last] : null;
  }
  return null;
}

/**
 * Rule: "George W Bush was sworn in as president", "Ana Souza was elected president": a full name
 * that takes an office is a person. A lone word is as often a party or a body ("Congress was
 * elected"), "was named after" names a place, and a building is "inaugurated".
 */
function nameTookOffice({ doc, toks, run }: CueContext): string | undefined {
  const words = run.form.split(/\s+/).filter((w) => w.length > 1);
  if (run.first === run.last || words.every((w) => isCommonWord(w))) return undefined;
  const nextTok = toks[run.last + 1];
  if (!nextTok || !/^(?:was|is|has|had|will)$/.test(nextTok.text)) return undefined;
  return TOOK_OFFICE.test(doc.text.slice(nextTok.start, nextTok.start + 60)) ? 'took-office' : undefined;
}

const TOOK_OFFICE =
  /^(?:was|is|has been|had been|will be)\s+(?:sworn in|re-?elected|elected|appointed)\b(?!\s+(?:to|on|in|at|by)\b)/;

/** Verbs of two people talking that a lone surname opening a sentence may go before. */
const TALKED_WITH = /^(?:spoke|speaks|talked|talks|met|meets)$/;

/** A single unclaimed name word at token `i` (neither place, organization nor title). */
function loneNameWordAt(c: CueContext, i: number): boolean {
  const t = c.toks[i];
  const after = c.toks[i + 1];
  return (
    !!t &&
    isNameWord(t, c.toks, i) &&
    !c.claimedKind(i) &&
    !isCommonWord(t.text) &&
    !(after && after.start === t.end + 1 && isNameWord(after, c.toks, i + 1))
  );
}

/**
 * Rule: "Putin spoke with Erdogan", "Modi met Albanese": two lone surnames on either side of a
 * verb of two people talking are two people, even where a lone word opening a sentence is as often
 * a company ("Gazprom said"). "Gazprom spoke with Naftogaz" stays unread: the other side must be no
 * organization, and "Reuters spoke with officials" has no name on the other side.
 */
function surnamesWhoTalked(c: CueContext): string | undefined {
  const { toks, run } = c;
  if (run.first !== run.last) return undefined;
  // subject: "Putin spoke with Erdogan"
  if (TALKED_WITH.test(c.next)) {
    const k = run.last + 2 + (/^(?:with|to)$/.test(lower(toks[run.last + 2])) ? 1 : 0);
    if (loneNameWordAt(c, k) && !isCommonWord(toks[run.first]?.text ?? '')) return 'talked-with-name';
  }
  // object: "... spoke with Erdogan", read back to a lone subject name
  const verbAt = run.first - 1 - (/^(?:with|to)$/.test(c.prev) ? 1 : 0);
  if (TALKED_WITH.test(lower(toks[verbAt])) && loneNameWordAt(c, verbAt - 1)) return 'talked-with-name';
  return undefined;
}

/** Adverbs that may stand between a subject and its verb ("Ana Berg also mentioned"). Lowercase. */
const ADVERB_BEFORE_VERB = new Set([
  'also',
  'further',
  'then',
  'later',
  'again',
  'first',
  'earlier',
  'additionally',
  'subsequently',
  'meanwhile',
]);

/**
 * Rule: "Michalis Giorgallas referred to the council", "Ana Berg also mentioned the programme": a
 * full name (two name words or more) before a verb of saying (any VerbNet form, an adverb
 * between allowed) is a person. A lone word ("Gazprom also said") is left to nameSaidOrMet,
 * which knows companies open sentences too.
 */
function fullNameThenVerbOfSaying({ doc, toks, run }: CueContext): string | undefined {
  if (run.last === run.first) return undefined;
  let k = run.last + 1;
  if (ADVERB_BEFORE_VERB.has(lower(toks[k]))) k++;
  const verb = toks[k];
  if (!verb || !/^[a-z]+$/.test(verb.text)) return undefined;
  return isSpeechVerbForm(verb.text, doc.text.slice(verb.end, verb.end + 40)) ? 'verb' : undefined;
}

/** A sentence opened by a participle of speaking, up to the comma before its subject: "Speaking at a press conference, ". */
const SPEAKING_OPENER =
  /^(?:Speaking|Addressing|Talking|Responding|Commenting|Replying|Writing|Briefing)\b[^.;:!?"“”]{0,200},\s*$/;

/**
 * Rule: "Speaking at a press conference after their meeting, Michalis Giorgallas, first made
 * reference to ...": the full name right after an opening participle of speaking is its subject,
 * a person. A lone word there ("Speaking to reporters, Gazprom said") may be a company, and so
 * may a name of common words ("Statkraft Energy").
 */
function subjectOfSpeakingOpener({ doc, run }: CueContext): string | undefined {
  if (run.last === run.first || run.form.split(/\s+/).some((w) => isCommonWord(w))) return undefined;
  const s = doc.sentences[sentenceAt(doc, run.start)];
  if (!s) return undefined;
  return SPEAKING_OPENER.test(doc.text.slice(s.start, run.start)) ? 'speaking-opener' : undefined;
}

/** "Vladimir Putin had a telephone conversation with ...": a full name that had talks. */
function nameHadTalks({ doc, toks, run, next }: CueContext): string | undefined {
  const nextTok = toks[run.last + 1];
  if (!nextTok || run.last === run.first || !/^(?:had|has|have)$/.test(next)) return undefined;
  return HAD_TALKS.test(doc.text.slice(nextTok.end, nextTok.end + 60)) ? 'verb' : undefined;
}

const HAD_TALKS =
  /^\s+(?:had\s+)?(?:an?\s+)?(?:(?:tele)?phone\s+|video\s+|brief\s+|private\s+|bilateral\s+)?(?:conversation|talks|call|meeting)\b/;

/**
 * "...," Kirby said / "Lavrov met ...": a verb of saying or meeting after the name. A lone
 * capitalised word opening a sentence before "said" is as often a company or an agency
 * ("Gazprom said"); after a quotation or inside a sentence it is a person.
 */
function nameSaidOrMet({ doc, toks, run, next, claimedKind }: CueContext): string | null | undefined {
  if (!SPEECH_VERBS.has(next) && (!MEETING_VERBS.has(next) || /^(?:is|was|has|had|will|and)$/.test(next)))
    return undefined;
  const prevTok = toks[run.first - 1];
  const afterQuote = !!prevTok && /^["”’']$/.test(prevTok.text);
  const opens =
    !prevTok || /^[.!?\n]$/.test(prevTok.text) || doc.text.slice(prevTok.end, run.start).includes('\n');
  const demonymBefore = !!prevTok && claimedKind(run.first - 1) === 'country';
  if (run.first === run.last && (demonymBefore || (opens && !afterQuote))) return NOT_A_PERSON;
  return 'verb';
}

/** A personal pronoun: what a company or an agency is never referred to by. */
const PERSONAL_PRONOUN = /^(?:he|she|him|her|his|himself|herself)$/;

/** A verb in the past or present third person, lowercase: "thanked", "said", "says", "met". */
const FINITE_VERB = /^(?:[a-z]+(?:ed|es)|said|says|met|told|spoke|gave|made|took|held|sent|wrote)$/;

/**
 * Rule: "Merkel thanked Spain for the deal which, she said, ..." / "Berg said it was late. She
 * added ...": a lone unclaimed word opening a sentence before a verb is a person when a personal
 * pronoun follows in its sentence (outside quotations, before any other unclaimed name) or opens
 * the next sentence. A company or an agency is "it" ("Gazprom said it would ...").
 */
function openerReferredToAsPerson({ doc, toks, run, next, claimedKind }: CueContext): string | undefined {
  if (run.first !== run.last || !FINITE_VERB.test(next)) return undefined;
  const prevTok = toks[run.first - 1];
  const opens =
    !prevTok || /^[.!?\n]$/.test(prevTok.text) || doc.text.slice(prevTok.end, run.start).includes('\n');
  if (!opens) return undefined;
  let quoted = false;
  let k = run.last + 1;
  for (; k < toks.length && !/^[.!?]$/.test((toks[k] as Token).text); k++) {
    const t = toks[k] as Token;
    if (/^["“”]$/.test(t.text)) quoted = t.text === '“' ? true : t.text === '”' ? false : !quoted;
    if (quoted) continue;
    if (PERSONAL_PRONOUN.test(t.text)) return 'verb-then-pronoun';
    // another name first: the pronoun may be theirs ("Gazprom said Ana Berg and her team ...")
    if (/^[\p{Lu}]/u.test(t.text) && !claimedKind(k) && isNameWord(t)) return undefined;
  }
  const opener = toks[k + 1];
  return opener && /^(?:He|She)$/.test(opener.text) ? 'verb-then-pronoun' : undefined;
}

/** "Lukashenka and Putin held": the other conjunct is a name followed by a meeting verb. */
function nameAndNameMet({ toks, run, next }: CueContext): string | undefined {
  if (next !== 'and') return undefined;
  const after = toks[run.last + 2];
  let e = run.last + 2;
  while (toks[e + 1] && isNameWord(toks[e + 1] as Token)) e++;
  const verb = lower(toks[e + 1]);
  return after && isNameWord(after) && (MEETING_VERBS.has(verb) || SPEECH_VERBS.has(verb))
    ? 'conjunct'
    : undefined;
}

/** "Lukashenka and Putin met", read from the second name: a name, "and", this name, a verb. */
function nameAndNameMetReadBack({ toks, run, prev, next }: CueContext): string | undefined {
  if (prev !== 'and') return undefined;
  let b = run.first - 2;
  while (b >= 0 && isNameWord(toks[b] as Token)) b--;
  return b < run.first - 2 && (MEETING_VERBS.has(next) || SPEECH_VERBS.has(next)) ? 'conjunct' : undefined;
}

/** "met Lavrov", "thanked Pistorius", "according Kirby": a verb of meeting or telling before the name (not "to"). */
function verbBeforeName({ toks, run, prev }: CueContext): string | undefined {
  if (!CUE_BEFORE_WORDS.has(prev) || prev === 'and' || prev === 'with' || prev === 'by') return undefined;
  return prev === 'according' || lower(toks[run.first - 2]) !== 'to' ? 'verb-before' : undefined;
}

/**
 * Rule: "“We are ready,” said Ingrid Solvang (Centre Party).", "“It is late,” added Ana Ruiz, the
 * minister": a full name (two words or more) right after a verb of saying that follows a
 * quotation's close is the speaker. One word ("…,” said Reuters") is not read: it is as often an
 * agency.
 */
function nameAfterQuoteAndVerb({ toks, run, prev }: CueContext): string | undefined {
  if (run.last === run.first || !SPEECH_VERBS.has(prev)) return undefined;
  const before = toks[run.first - 2];
  const beforeThat = toks[run.first - 3];
  const closesQuote = (t: Token | undefined): boolean => !!t && /^["”’']$/.test(t.text);
  return closesQuote(before) || (before?.text === ',' && closesQuote(beforeThat))
    ? 'quote-verb-name'
    : undefined;
}

/**
 * Rule: "a delegation led by Diana Mondino", "the mission headed by Ana Ruiz": a full name (two
 * words or more) after "led by" or "headed by" is a person. One word ("led by Russia") is not read.
 */
function leaderOfDelegation({ toks, run, prev }: CueContext): string | undefined {
  if (prev !== 'by' || run.last === run.first) return undefined;
  return /^(?:led|headed)$/.test(lower(toks[run.first - 2])) ? 'led-by' : undefined;
}

/** The nouns and verbs of talks that "with" follows before the other party. Lowercase. */
const TALKS_BEFORE_WITH =
  /^(?:talks|met|meet|meets|meeting|meetings|spoke|speaks|talked|conversation|call|consultations|negotiations|discussions|audience|dialogue)$/;

/**
 * Rule: "held talks with Ana Ruiz", "met with Tomas Vidal", "held talks in Rabat with Ana Ruiz":
 * a full name (two words or more) after "with" that closes a telling of talks is the other party.
 * A place may stand between the talks and "with". "with Latin America" is a place (claimed), and
 * "agreed with Ana Ruiz" has no talks.
 */
function nameAfterTalksWith({ doc, toks, run, prev }: CueContext): string | undefined {
  if (prev !== 'with' || run.last === run.first) return undefined;
  for (let k = run.first - 2, n = 0; k >= 0 && n < 5; k--, n++) {
    const t = toks[k] as Token;
    if (hardBreak(doc.text, t.end, (toks[k + 1] as Token).start) || /^[,.;:!?()"“”]$/.test(t.text))
      return undefined;
    if (TALKS_BEFORE_WITH.test(t.text.toLowerCase())) return 'talks-with';
  }
  return undefined;
}

/** Nouns of talks before "between": "the talks between", "a phone call between". */
const TALKS_BEFORE_BETWEEN =
  /^(?:talks|meeting|meetings|call|conversation|consultations|negotiations|discussions|dialogue)$/;

/** Whether the tokens from `k` back to "between" are a talks noun's "between" and capitalised words only. */
function talksBetweenAt(toks: readonly Token[], k: number): boolean {
  for (let n = 0; k >= 1 && n < 5; k--, n++) {
    const word = (toks[k] as Token).text;
    if (word === 'between') return TALKS_BEFORE_BETWEEN.test((toks[k - 1] as Token).text.toLowerCase());
    if (!/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}

/**
 * Rule: "the talks between Ana Ruiz and Tomas Vidal focused on ...", "a call between Ana Ruiz and
 * Tomas Vidal": two full names joined by "and" after a talks noun's "between" are its parties.
 * A lone word ("talks between Ruiz and Vidal") and places ("talks between Chile and Peru",
 * claimed) are not read.
 */
function fullNamesInTalksBetween({ toks, run, prev, next }: CueContext): string | undefined {
  if (run.last === run.first) return undefined;
  // the first name stands right after "between", the second after "and" and the first
  const first = prev === 'between' && next === 'and';
  if (!first && prev !== 'and') return undefined;
  return talksBetweenAt(toks, run.first - (first ? 1 : 2)) ? 'talks-between' : undefined;
}

/**
 * Rule: "a meeting between Presidents Maia Sandu and Klaus Iohannis", "Foreign Ministers Ana Ruiz
 * and Tomas Vidal": two full names joined by "and" right after a plural title are the persons who
 * hold it. A lone name ("Presidents Sandu") or "Presidents Day" is not read.
 */
function pairAfterPluralTitle({ toks, run }: CueContext): string | undefined {
  if (run.first === run.last) return undefined;
  const pair = pairAround(toks, run);
  if (!pair) return undefined;
  const head = toks[pair[0] - 1];
  return head && /^[\p{Lu}]/u.test(head.text) && isPluralTitle(head.text)
    ? 'pair-after-plural-title'
    : undefined;
}

/** The last token of the name that starts at token `k` (capitalised words), or k - 1 for none. */
function nameEndAt(toks: readonly Token[], k: number): number {
  let e = k - 1;
  while (toks[e + 1] && isNameWord(toks[e + 1] as Token)) e++;
  return e;
}

/** The first name of the comma list of full names (two words or more) that runs back from token `first`. */
function fullNamesStartBefore(toks: readonly Token[], first: number): number {
  // an item stops at the plural title that heads the list ("Secretaries A B, C D")
  return listStartBefore(toks, first, (t) => isNameWord(t) && !isPluralTitle(t.text), 2, 5);
}

/**
 * Rule: "Cabinet Secretaries Raychelle Omamo, Amina Mohamed and James Macharia", "Ministers A B,
 * C D and E F": full names listed by commas and closed by "and" right after a plural title are
 * the persons who hold it (the pair is pairAfterPluralTitle's). A list with a one-word item
 * ("Presidents Sandu, Lula and Milei") is left to other cues.
 */
function listAfterPluralTitle({ toks, run }: CueContext): string | undefined {
  if (run.first === run.last) return undefined;
  const first = fullNamesStartBefore(toks, run.first);
  const head = toks[first - 1];
  if (!head || !/^[\p{Lu}]/u.test(head.text) || !isPluralTitle(head.text)) return undefined;
  for (let k = first, items = 0; items < 12; items++) {
    const e = nameEndAt(toks, k);
    if (e <= k) return undefined;
    const sep = lower(toks[e + 1]);
    if (sep === 'and') {
      // the last item may carry its own title ("and Attorney General Paul Kihara")
      let last = -1;
      for (let j = e + 2; j <= e + 4 && last < 0 && /^[\p{Lu}]/u.test(toks[j]?.text ?? ''); j++)
        if (nameEndAt(toks, j) > j) last = nameEndAt(toks, j);
      return last > 0 && items >= 1 && run.last <= last ? 'list-after-plural-title' : undefined;
    }
    if (sep !== ',') return undefined;
    k = e + 2;
  }
  return undefined;
}

/** "according to Kirby". */
function accordingToName({ toks, run, prev }: CueContext): string | undefined {
  return prev === 'to' && lower(toks[run.first - 2]) === 'according' ? 'according' : undefined;
}

/** Words a call, a talk or a letter is "to" someone after: "a phone call to", "spoken to", "a letter to". */
const ADDRESSED_TO =
  /^(?:call|calls|spoke|spoken|speaks|talked|talks|wrote|written|letter|message|condolences|congratulations)$/;

/**
 * Rule: "made a phone call to Uhuru Kenyatta", "has spoken to Jacob Zuma", "a letter to Ana
 * Ruiz": a full name (two words or more) after a call, a talk or a letter and "to" is a person.
 * One word ("a call to Russia") is not read, and "to" after anything else ("went to San José") is
 * no cue.
 */
function nameAddressedTo({ toks, run, prev }: CueContext): string | undefined {
  if (run.first === run.last || prev !== 'to') return undefined;
  return ADDRESSED_TO.test(lower(toks[run.first - 2])) ? 'addressed-to' : undefined;
}

/** "the government of Gabriel Boric", "the administration of Ana Ruiz": a government named by its head. */
const GOVERNMENT_OF = /^(?:government|administration|cabinet|presidency|premiership)$/;

/**
 * Rule: "once the government of Gabriel Boric takes office", "the administration of Ana Ruiz": a
 * full name after a government and "of" is the person who heads it. "the Government of
 * Costa Rica" is a country (claimed before this reads it); one word is not read.
 */
function headOfGovernmentNamed({ toks, run, prev }: CueContext): string | undefined {
  if (run.first === run.last || prev !== 'of') return undefined;
  return GOVERNMENT_OF.test(lower(toks[run.first - 2])) ? 'government-of-name' : undefined;
}

/**
 * Rule: a name alone at the start of a line, before a colon and a claim of four words or more
 * ("Khrenin: Only joint efforts can ..."), is a speaker label; a heading word ("Analysis:",
 * "Update:") is not a name.
 */
export function speakerLabelRun(doc: Doc, run: NameRun): boolean {
  if (!startsItsLine(doc, run.start)) return false;
  if (mixedCaseDateline(doc)?.start === run.start) return false;
  const m = /^:[ \t]+(\S+(?:[ \t]+\S+){3,})/.exec(doc.text.slice(run.end, run.end + 200));
  if (!m) return false;
  return !run.form.split(/\s+/).some((w) => isCommonWord(w));
}

/** Only white space stands between the start of its line and `pos` (read back from `pos`). */
function startsItsLine(doc: Doc, pos: number): boolean {
  const lineStart = lineStartAt(doc, pos);
  for (let i = pos - 1; i >= lineStart; i--) if (!/\s/.test(doc.text[i] as string)) return false;
  return true;
}

/** Creates (or finds) the person record for a confirmed name. */
export function personRecord(reg: Registry, form: string): PersonRecord {
  return reg.person(personKey(form), form);
}

export function isCountryWord(s: string): boolean {
  return !!countryByName(s);
}

/**
 * Rule: an unmarked name coordinated with a known person ("between Orlov and Sokol", "Sokol and
 * Orlov") is a person too, when it is no common word. `known` says whether a run names a person
 * already confirmed; runs are in text order, so each looks only at its neighbours.
 */
export function coordinatedWithPerson(
  doc: Doc,
  runs: NameRun[],
  known: (run: NameRun) => boolean,
): NameRun[] {
  const out: NameRun[] = [];
  const joined = (a: NameRun, b: NameRun): boolean => doc.text.slice(a.end, b.start) === ' and ';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as NameRun;
    if (known(run) || run.form.split(/\s+/).some((w) => isCommonWord(w) || isPluralNoun(w))) continue;
    const prev = runs[i - 1];
    const next = runs[i + 1];
    if ((prev && joined(prev, run) && known(prev)) || (next && joined(run, next) && known(next)))
      out.push(run);
  }
  return out;
}
