// Which language an article is in: the rules are written for English news, so other languages
// are stored but not extracted from (with a warning saying so). franc (trigram statistics) makes
// the call; English function words overrule it, because a short English report dense with
// foreign names can look like another language to trigrams alone.
import { francAll } from 'franc-min';

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
  const sample = text.slice(0, SAMPLE);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return { code: 'und', english: false };
  const hits = words.filter((w) => ENGLISH_WORDS.has(w));
  if (hits.length >= 2 && hits.length / words.length >= 0.08) return { code: 'en', english: true };
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
