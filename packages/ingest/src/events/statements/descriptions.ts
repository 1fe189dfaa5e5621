// Speakers named by a definite description: "the Belarusian Defence Minister confirmed ...",
// "The official added ...", "...," added the Assistant Minister of Defense of Belarus.
import { parseDescription } from '../../entities/describe.js';

/** A description found in a stretch of text: its words and where they start in that stretch. */
export interface DescriptionSlot {
  phrase: string;
  index: number;
}

const ADVERBS_BEFORE_VERB =
  /\s*(?:,\s*in turn,\s*)?(?:(?:also|has|had|then|again|once again|further|[a-z]+ly)\s+)*$/;

/**
 * `before` without ADVERBS_BEFORE_VERB's match. The regex is tried from every position of the
 * text; its match holds only lower-case letters, commas and spaces and has no look-behind, so
 * it is run on the stretch after the last other character only (the same match).
 */
function withoutAdverbsBeforeVerb(before: string): string {
  let from = before.length;
  while (from > 0 && mayEndBeforeVerb(before.charCodeAt(from - 1))) from--;
  return from === 0
    ? before.replace(ADVERBS_BEFORE_VERB, '')
    : before.slice(0, from) + before.slice(from).replace(ADVERBS_BEFORE_VERB, '');
}

/** a-z, a comma or what `\s` matches */
function mayEndBeforeVerb(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    c === 44 ||
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Rule: a definite description right before a verb of saying ("Later, the Belarusian leader
 * expressed ..."). `before` is the sentence up to the verb. Tries each "the" from the left, so
 * "the meeting the Secretary-General" still finds "the Secretary-General"; the description has
 * no comma, quotation mark or clause inside.
 */
export function descriptionBeforeVerb(before: string): DescriptionSlot | null {
  const tail = withoutAdverbsBeforeVerb(before);
  const from = Math.max(0, tail.length - 90);
  const re = /(?:^|[\s,“"(])([Tt]he\s+)/g;
  re.lastIndex = from;
  for (let m = re.exec(tail); m; m = re.exec(tail)) {
    const start = m.index + m[0].length - (m[1] as string).length;
    const phrase = tail.slice(start);
    if (/[,;:“”"()]/.test(phrase)) {
      re.lastIndex = start + 1;
      continue;
    }
    if (parseDescription(phrase)) return { phrase, index: start };
    re.lastIndex = start + 1;
  }
  return null;
}

/**
 * Rule: a definite description right after a verb of saying that closes a quotation or a
 * clause ("...," added the Assistant Minister of Defense of Belarus.). `after` is the sentence
 * after the verb.
 */
export function descriptionAfterVerb(after: string, afterQuote = false): DescriptionSlot | null {
  const m = /^\s+([Tt]he\s+[^,.;:“”"()]{2,90}?)\s*(?:[,.;]|$)/.exec(after);
  if (m && parseDescription(m[1] as string))
    return { phrase: m[1] as string, index: m[0].indexOf(m[1] as string) };
  return afterQuote ? descriptionBeforeAdverbial(after) : null;
}

/** Words that open what a speaker's description may be followed by: where, when, to whom. */
const ADVERBIAL_AFTER_SPEAKER = /\s+(?:at|in|during|after|before|following|on|to|while|when|as|from)\s/g;

/**
 * Rule: after a quotation, the description after a verb of saying goes on with where, when or
 * to whom the words were said ("...," said the Chancellor at the press conference that
 * followed): the shortest phrase before such a word that reads as a description.
 */
function descriptionBeforeAdverbial(after: string): DescriptionSlot | null {
  const lead = /^\s+(?=[Tt]he\s)/.exec(after);
  if (!lead) return null;
  const start = lead[0].length;
  const window = after.slice(start, start + 90);
  const stop = /[,.;:“”"()]/.exec(window);
  const span = stop ? window.slice(0, stop.index) : window;
  ADVERBIAL_AFTER_SPEAKER.lastIndex = 0;
  for (let a = ADVERBIAL_AFTER_SPEAKER.exec(span); a; a = ADVERBIAL_AFTER_SPEAKER.exec(span)) {
    const phrase = span.slice(0, a.index);
    if (parseDescription(phrase)) return { phrase, index: start };
    ADVERBIAL_AFTER_SPEAKER.lastIndex = a.index + 1;
  }
  return null;
}

/**
 * The subject of the clause that ends at a verb, as the text spells it: the words after the
 * last comma, quotation mark or clause opener, when they are a short noun phrase ("the head of
 * the Russian delegation", "Kremlin spokesman"). `before` is the sentence up to the verb.
 */
export function clauseSubject(before: string): DescriptionSlot | null {
  const tail = withoutAdverbsBeforeVerb(before);
  const m =
    /(?:^|[,;:“”"(]\s*|\b(?:and|but|while|that)\s+)((?:[Tt]he\s+)?[A-Za-z][\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,6})$/u.exec(
      tail,
    );
  if (!m) return null;
  const phrase = m[1] as string;
  // a pronoun, or a phrase with no noun of a position in it, is left to the other rules
  if (/^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)$/.test(phrase) || !POSITION_NOUN.test(phrase)) return null;
  return { phrase, index: (m.index ?? 0) + m[0].length - phrase.length };
}

/** Nouns of positions that a text repeats without the name ("the head of ...", "Kremlin spokesman"). */
const POSITION_NOUN =
  /\b(?:head|chief|leader|spokes(?:man|woman|person)|secretary|minister|president|envoy|ambassador|negotiator|aide|adviser|advisor|representative|chairman|chairwoman|chairperson|director|commissioner|official|diplomat)\b/i;

/** Styles of address that stand for a person alone ("His Excellency"), by the class they belong to. */
const STYLE =
  /^\s*(H\.?\s?E\.?|His Excellency|Her Excellency|H\.\s?H\.|His Highness|Her Highness|His Royal Highness|His Majesty|Her Majesty)(?=\s)/;

/** A style of address and the description after it: "HE the Prime Minister", "His Excellency". */
export interface StyledSubject {
  /** "excellency", "highness" or "majesty" */
  style: string;
  /** the description after the style ("the Prime Minister and Minister of Foreign Affairs"), or null */
  description: string | null;
  /** where the description starts in `before`, else where the style does */
  index: number;
}

/** The class of a style of address: "HE" and "His Excellency" are one. */
export function styleClass(style: string): string {
  if (/Highness|H\.\s?H/.test(style)) return 'highness';
  if (/Majesty/.test(style)) return 'majesty';
  return 'excellency';
}

/**
 * Rule: a sentence whose subject is a style of address, alone or before a definite description
 * of offices: "HE the Prime Minister and Minister of Foreign Affairs affirmed", "His Excellency
 * also stressed", "His Highness said". `before` is the sentence up to the verb. "His Excellency's
 * office said" and "HE Minister X said" (a name after the style) are other shapes.
 */
export function styledSubject(before: string): StyledSubject | null {
  const m = STYLE.exec(before);
  if (!m) return null;
  const rest = withoutAdverbsBeforeVerb(before.slice(m[0].length));
  if (!rest.trim()) return { style: styleClass(m[1] as string), description: null, index: m.index };
  const d =
    /^\s+(the\s+(?:[A-Z][\p{L}-]*|of|for|and|the)(?:\s+(?:[A-Z][\p{L}-]*|of|for|and|the))*)\s*$/u.exec(rest);
  if (!d) return null;
  return {
    style: styleClass(m[1] as string),
    description: d[1] as string,
    index: m[0].length + (d.index ?? 0) + d[0].indexOf(d[1] as string),
  };
}
