// The words of a sentence as a set, computed once, so that a rule whose regex can only match where
// one of its key words stands asks the set first and skips the regex when none is there (most
// sentences hold none of most rules' words, and a regex scan per rule per sentence was a large
// share of extraction time).

/** A maximal run of ASCII word characters: exactly what `\b` delimits in a regex without `u`. */
const WORD = /[A-Za-z0-9_]+/g;

/** A sentence's words, lower case. */
export type WordSet = ReadonlySet<string>;

/**
 * The words of `text`, lower case. A regex without the `u` flag matches `\bdiscussed\b` (with `i`
 * or not) only where `text` has the word "discussed" in some case, so such a regex can only match
 * when the set has it. Only ASCII letters are folded, as the `i` flag without `u` does.
 */
export function wordSet(text: string): WordSet {
  const words = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) words.add(m[0].toLowerCase());
  return words;
}

/**
 * Whether `words` holds one of `needs` (lower case). No `needs` at all means the rule is not gated
 * and always runs.
 */
export function hasAnyWord(words: WordSet, needs: readonly string[] | undefined): boolean {
  if (needs === undefined) return true;
  for (const w of needs) if (words.has(w)) return true;
  return false;
}
