// Which language an article is in: the rules are written for English news, so other languages
// are stored but not extracted from (with a warning saying so). franc (trigram statistics) makes
// the call; English function words overrule it, because a short English report dense with
// foreign names can look like another language to trigrams alone.
import { francAll } from 'franc-min';
import { MONTHS, WEEKDAYS } from './calendar-words.js';
import { isCommonWord } from './common-words.js';

/** ISO 639-3 (franc) to the two-letter codes stored with documents, for the languages of our beat. */
const TWO_LETTER: Record<string, string> = {
  eng: 'en',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  kaz: 'kk',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  pol: 'pl',
  tur: 'tr',
  cmn: 'zh',
  arb: 'ar',
  pes: 'fa',
  hin: 'hi',
  uzn: 'uz',
  azj: 'az',
  nld: 'nl',
  ron: 'ro',
};

// English function words that are rarely words of the other languages written in Latin script
// ("in", "a", "is", "on", "met" are: German, French, Dutch, Romanian use them too).
const ENGLISH_WORDS = new Set(
  'the of and to was were said that for with by from has have his her its their it this are will an which who after during would been they'.split(
    ' ',
  ),
);
/** How much of a text is read to decide: enough for trigrams, bounded for huge inputs. */
const SAMPLE = 4000;
const MIN_WORDS_TO_JUDGE = 12;
const QUICK_SAMPLE = 1000;

const wordsOf = (sample: string): string[] => sample.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Two English-only function words or more, and at least one word in twelve. */
function englishByFunctionWords(words: readonly string[]): boolean {
  let hits = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) hits++;
  return hits >= 2 && hits / words.length >= 0.08;
}
/** Words English news uses that the common-word list leaves out: short function words, calendar names. */
const ENGLISH_SHORT_WORDS = new Set([
  'on',
  'in',
  'at',
  'a',
  'as',
  'is',
  'be',
  'but',
  'not',
  'or',
  ...WEEKDAYS,
  ...MONTHS,
]);
function shareOfEnglishWords(words: readonly string[]): number {
  let english = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w) || ENGLISH_SHORT_WORDS.has(w) || isCommonWord(w)) english++;
  return english / words.length;
}
/** Up to this many words, trigrams say little: the share of English words can decide. */
const FEW_WORDS = 40;
/** The share of English words at which a short text is English ("Ambassador Frank Mora met ..."). */
const ENGLISH_SHARE = 0.5;

/**
 * Rule: a short text whose words are mostly English words ("Ambassador Frank Mora met Ana Ruiz on
 * Monday.") is English, whatever the trigrams of its names suggest. A French or German sentence
 * shares a word or two with English ("in", "son"), far from half of its words.
 */
function englishByVocabulary(words: readonly string[]): boolean {
  if (words.length >= FEW_WORDS) return false;
  return shareOfEnglishWords(words) >= ENGLISH_SHARE;
}

/** At least this many words in lower case for their share to say anything. */
const MIN_LOWERCASE_WORDS = 3;
/** Three in four: German and Dutch share "in", "die", "am", "met" with English, not three in four words. */
const ENGLISH_LOWERCASE_SHARE = 0.75;
const lowercaseWordsOf = (sample: string): string[] => sample.match(/(?<![\p{L}'’-])\p{Ll}+/gu) ?? [];

/**
 * Rule: names say nothing of a text's language, and an English report can be mostly names and
 * titles ("Foreign Minister Anna Berg of Sweden met Finnish Foreign Minister Elina Valtonen in
 * Helsinki on Monday."). Its words in lower case, the ones that are no name, are mostly English.
 * German capitalises its nouns, but its lower-case words ("traf", "am", "die") are not English.
 */
function englishByLowercaseVocabulary(sample: string): boolean {
  const words = lowercaseWordsOf(sample);
  if (words.length < MIN_LOWERCASE_WORDS || words.length >= FEW_WORDS) return false;
  return shareOfEnglishWords(words) >= ENGLISH_LOWERCASE_SHARE;
}

/** English's trigram score relative to the best guess at which the guess is no clear lead. */
const ENGLISH_CLOSE_ENOUGH = 0.85;
/** Up to this many words (a headline, a dateline), English need only be within reach. */
const HEADLINE_WORDS = 8;
const ENGLISH_CLOSE_ENOUGH_SHORT = 0.6;
/** The third guess's relative score at which no language leads. */
const NO_CLEAR_LEAD = 0.9;

export interface LanguageGuess {
  /** Two-letter code where known, else ISO 639-3; 'und' when the text is too short or not language. */
  code: string;
  english: boolean;
}

export function detectLanguage(text: string): LanguageGuess {
  // English news says so in its first lines: try a short sample before the full one
  if (text.length > QUICK_SAMPLE && englishByFunctionWords(wordsOf(text.slice(0, QUICK_SAMPLE)))) {
    return { code: 'en', english: true };
  }
  const sample = text.slice(0, SAMPLE);
  const words = wordsOf(sample);
  if (words.length < 3) return { code: 'und', english: false };
  if (englishByFunctionWords(words) || englishByVocabulary(words) || englishByLowercaseVocabulary(sample))
    return { code: 'en', english: true };
  const scores = francAll(sample, { minLength: 20 });
  const [guess = 'und'] = scores[0] ?? [];
  if (guess === 'eng') return { code: 'en', english: true };
  // a headline or a dateline alone is too little to call it no language: read it as English
  if (guess === 'und')
    return words.length < MIN_WORDS_TO_JUDGE
      ? { code: 'en', english: true }
      : { code: 'und', english: false };
  // Trigrams of a short English sentence made mostly of names ("Austrian Foreign Minister Karel
  // Weber met ...", "Shoigu, Khrenin discuss drills") score many languages alike; text in another
  // language puts its own (and perhaps a sibling) clearly ahead. Only a clear lead overrules
  // English: English close behind the guess, or a third language as close, is no lead.
  const english = scores.find(([code]) => code === 'eng')?.[1] ?? 0;
  const third = scores[2]?.[1] ?? 0;
  // a headline or a dateline alone has few trigrams: only a wide gap says it is not English
  const closeEnough = words.length < HEADLINE_WORDS ? ENGLISH_CLOSE_ENOUGH_SHORT : ENGLISH_CLOSE_ENOUGH;
  if (english >= closeEnough || third >= NO_CLEAR_LEAD) return { code: 'en', english: true };
  return { code: TWO_LETTER[guess] ?? guess, english: false };
}
