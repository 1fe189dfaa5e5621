// Common English words, from wink-lexicon's tagged word list (built into dist/words.json by
// scripts/build-words.mjs): a capitalised word that is one of them is a heading or a plural
// noun ("Analysis:", "Allies"), not a name.
import { wordData } from './words-data.js';

/** Whether `word` is an English word that is not a proper noun ("analysis", "update"; not "Putin", "May"). */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  const common = wordData().common;
  // "Co-operation", "Re-election": a word some papers hyphenate is the same common word
  return common.has(w) || (w.includes('-') && common.has(w.replace(/-/g, '')));
}

/** Whether `word` is only ever a plural common noun ("Allies", "Ministers"): never a surname alone. */
export function isPluralNoun(word: string): boolean {
  return wordData().plural.has(word.toLowerCase());
}

/** Whether a capitalised word is a known given name ("Xavier", "Ingrid"; never an ordinary English word). */
export function isGivenName(word: string): boolean {
  return wordData().given.has(word);
}
