// Which language an article is in: the rules are written for English news, so other languages
// are stored but not extracted from (with a warning saying so). franc (trigram statistics) makes
// the call; English function words overrule it, because a short English report dense with
// foreign names can look like another language to trigrams alone.
import { franc } from 'franc-min';

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

const ENGLISH_WORDS = new Set(
  'the of and to in a is was were said that for on with as by at from has have his her its their it this be are will an which who after during'.split(
    ' ',
  ),
);
/** How much of a text is read to decide: enough for trigrams, bounded for huge inputs. */
const SAMPLE = 4000;
const MIN_WORDS_TO_JUDGE = 12;

export interface LanguageGuess {
  /** Two-letter code where known, else ISO 639-3; 'und' when the text is too short or not language. */
  code: string;
  english: boolean;
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return { code: 'und', english: false };
  const englishShare = words.filter((w) => ENGLISH_WORDS.has(w)).length / words.length;
  if (englishShare >= 0.08) return { code: 'en', english: true };
  // a headline or a dateline alone is too little for trigrams: read it as English
  if (words.length < MIN_WORDS_TO_JUDGE) return { code: 'en', english: true };
  const guess = franc(sample, { minLength: 20 });
  if (guess === 'eng') return { code: 'en', english: true };
  if (guess === 'und') return { code: 'und', english: false };
  return { code: TWO_LETTER[guess] ?? guess, english: false };
}
