// Triggers: the words that open an attribution. Every rule must pass for a word to trigger.
import { isSayingAt } from './speech.js';

/** A check on a candidate trigger word (lower case) that ends at `end` in sentence `s`. */
type TriggerRule = (verb: string, s: string, end: number) => boolean;

/** In order; all must hold. */
const TRIGGER_RULES: TriggerRule[] = [
  verbOfSayingOrAttributionWord,
  spokeAboutNotSpokeWith,
  calledOnNotCalledUp,
];

/** Whether `verb` (lower case), ending at `end` in sentence `s`, opens an attribution. */
export function isTrigger(verb: string, s: string, end: number): boolean {
  for (const rule of TRIGGER_RULES) if (!rule(verb, s, end)) return false;
  return true;
}

/**
 * Rule: a verb of saying, or a word that opens an attribution ("according", "warned", "called",
 * "spoke", "talked", and "shared by" of an opinion).
 */
function verbOfSayingOrAttributionWord(verb: string, s: string, end: number): boolean {
  return (
    isSayingAt(verb, s, end) ||
    (verb === 'shared' && /^\s+by\b/.test(s.slice(end))) ||
    verb === 'according' ||
    verb === 'warned' ||
    verb === 'called' ||
    verb === 'spoke' ||
    verb === 'talked'
  );
}

/** Rule: "spoke about", "talked of" are speech; "spoke by phone with" is a call. */
function spokeAboutNotSpokeWith(verb: string, s: string, end: number): boolean {
  return (verb !== 'spoke' && verb !== 'talked') || /^\s+(?:about|of)\b/.test(s.slice(end));
}

/**
 * Rule: "called on X to", "called for" are a demand; "called it an example of ..." a judgement
 * in words (VerbNet's dub class); "called X" alone is a phone call.
 */
function calledOnNotCalledUp(verb: string, s: string, end: number): boolean {
  return (
    verb !== 'called' ||
    /^\s+(?:on|for|upon)\b|^\s+(?:it|this|that|them|these|those)\s+(?:an?|the)\s/.test(s.slice(end))
  );
}
