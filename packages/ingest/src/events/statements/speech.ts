// Verbs of saying: the words that make a sentence a candidate for a statement at all.
import { SPEECH_VERBS } from '../../text/cue-verbs.js';
import { isSpeechLemma, isSpeechVerbForm, verbLemma } from '../../text/speech-verbs.js';

// words that open an attribution without being a verb of saying themselves
const ATTRIBUTION_WORDS =
  /\b(?:[Aa]ccording|point of view|cited|words|spoke|talked|warned|called|shared by)\b/;

/** A verb of saying: the house list (with its irregular forms) or a VerbNet class member. */
export function isSaying(word: string, after: string): boolean {
  return SPEECH_VERBS.has(word) || isSpeechVerbForm(word, after);
}

/**
 * isSaying for the word that ends at `end` in `s`: the text after it is cut only for a word that
 * has a verb lemma at all (most words do not), not for every word of every sentence.
 */
export function isSayingAt(word: string, s: string, end: number): boolean {
  if (SPEECH_VERBS.has(word)) return true;
  if (negatedLemma(word, s, end) || carriedOutInfinitive(word, s, end)) return true;
  if (word === 'continued') return continuedAfterQuotation(s, end);
  // isSpeechVerbForm's own first test, before the lemma lookup ("of", "the", "meeting")
  if (word.length < 3 || word.endsWith('ing')) return false;
  // the particle ("touched upon"), or the object and "to" of a request ("asked Washington to help")
  return verbLemma(word) !== null && isSpeechVerbForm(word, s.slice(end, end + 60));
}

/**
 * Whether a sentence has any verb of saying at all (most sentences do not): a word that opens an
 * attribution, or `saying`, which its one scan of words (triggers.ts, scanSpeech) found: a
 * lower-case word of three letters or more that is a verb of saying there.
 */
export function anySpeech(s: string, saying: boolean): boolean {
  return saying || ATTRIBUTION_WORDS.test(s);
}

/**
 * Rule: the bare lemma after a negated auxiliary is finite ("did not confirm", "would not
 * say"): a refusal in words is words too. "to confirm" and "the confirm button" stay out.
 */
function negatedLemma(word: string, s: string, end: number): boolean {
  const start = end - word.length;
  // the lemma first: a set lookup, where the regex cuts and scans the text before every word
  return (
    start > 8 &&
    isSpeechLemma(word) &&
    /\b(?:did|does|do|would|could|will)\s+not\s+$/.test(s.slice(Math.max(0, start - 16), start))
  );
}

/** Before an infinitive that was carried out: "took the opportunity to", "used the occasion to", "went on to". */
const CARRIED_OUT_TO =
  /\b(?:(?:took|takes|used|uses|seized|seizes)\s+(?:the|this|that)\s+(?:opportunity|occasion|chance)|(?:went|goes)\s+on|proceeded)\s+to\s+$/;

/**
 * Rule: "X took the opportunity to announce that ...", "used the occasion to stress", "went on to
 * say": the bare lemma of saying after these was said. "plans to announce" stays out.
 */
function carriedOutInfinitive(word: string, s: string, end: number): boolean {
  const start = end - word.length;
  return start > 8 && isSpeechLemma(word) && CARRIED_OUT_TO.test(s.slice(Math.max(0, start - 40), start));
}

/** What closes a quotation before "continued": the mark, then a pronoun or a name of up to three words. */
const CLOSING_SUBJECT =
  /[,”"’]\s*(?:[Hh]e|[Ss]he|[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,2})\s+continued$/u;

/**
 * Rule: "“...,” Anwar continued." and "“...,” he continued.": right after a quotation and ending
 * the sentence, "continued" goes on with the words. "The talks continued on Friday" and "Anwar
 * continued his visit" are no words.
 */
function continuedAfterQuotation(s: string, end: number): boolean {
  return (
    CLOSING_SUBJECT.test(s.slice(Math.max(0, end - 60), end)) && /^\s*(?:[.;]|$)/.test(s.slice(end, end + 4))
  );
}

/**
 * A verb in the past ("said", "told", "expressed") then, within four words, "that": the opening of
 * reported words ("X said that", "X told Y that", "X expressed his confidence that"). The source,
 * for the patterns that put it after their own opening.
 */
export const SAID_THAT = String.raw`\b[a-z]+d\b(?:\s+(?!that\b)[\w’'-]+){0,4}\s+that\b`;
