// Verbs of saying: the words that make a sentence a candidate for a statement at all.
import { SPEECH_VERBS } from '../../text/cue-verbs.js';
import { isSpeechVerbForm } from '../../text/speech-verbs.js';

// words that open an attribution without being a verb of saying themselves
const ATTRIBUTION_WORDS = /\b(?:[Aa]ccording|point of view|cited|words|spoke|talked|warned|called)\b/;

/** A verb of saying: the house list (with its irregular forms) or a VerbNet class member. */
export function isSaying(word: string, after: string): boolean {
  return SPEECH_VERBS.has(word) || isSpeechVerbForm(word, after);
}

/** One pass to tell whether a sentence has any verb of saying at all (most sentences do not). */
export function anySpeech(s: string): boolean {
  if (ATTRIBUTION_WORDS.test(s)) return true;
  const word = /\b[a-z]{3,}\b/g;
  for (let m = word.exec(s); m; m = word.exec(s))
    if (isSaying(m[0], s.slice(m.index + m[0].length, m.index + m[0].length + 8))) return true;
  return false;
}
