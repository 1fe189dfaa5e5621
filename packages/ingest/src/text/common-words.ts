// Common English words, from wink-lexicon's tagged word list: a capitalised word that is one
// of them is a heading or a plural noun ("Analysis:", "Allies"), not a name.
import lexicon from 'wink-lexicon/src/lexicon.js';

const tagsOf = (word: string): string[] | undefined => {
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return Array.isArray(tags) ? tags : undefined;
};

/** Whether `word` is an English word that is not a proper noun ("analysis", "update"; not "Putin", "May"). */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word.toLowerCase());
  return !!tags && !tags.includes('NNP');
}

/** Whether `word` is only ever a plural common noun ("Allies", "Ministers"): never a surname alone. */
export function isPluralNoun(word: string): boolean {
  const tags = tagsOf(word.toLowerCase());
  return !!tags && tags.every((t) => t === 'NNS');
}
