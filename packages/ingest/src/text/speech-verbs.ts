// Verbs of saying, asserting, believing and judging, recognised in any inflection: a word is a
// speech verb when its lemma belongs to one of the VerbNet classes in speech-verbs-data.ts. The
// inflected forms and their lemmas are worked out at build time (scripts/build-words.mjs).
import { VERBNET_SPEECH_CLASSES } from './speech-verbs-data.js';
import { wordData } from './words-data.js';

const SPEECH_LEMMAS: ReadonlySet<string> = new Set(Object.values(VERBNET_SPEECH_CLASSES).flat());

/** "termed the talks “productive”": an object, then the quotation that characterises it. */
const QUOTED_CHARACTERISATION = /^\s+(?:the|his|her|their|its|this|that)\s[^.;:“”"\n]{1,120}?\s(?:as\s)?[“"]/;

/**
 * Particle verbs VerbNet lists under other lemmas or not at all: the particle that must follow
 * for the verb to report speech ("touched upon the crisis", "pointed out that").
 */
export const PARTICLE_VERBS: ReadonlyMap<string, RegExp> = new Map([
  ['touch', /^\s+(?:up)?on\b/],
  ['point', /^\s+out\b/],
  ['call', /^\s+(?:on|for|upon)\b/],
  // "termed the talks “productive”": a verb of naming whose object a quotation characterises
  ['term', QUOTED_CHARACTERISATION],
  ['dub', QUOTED_CHARACTERISATION],
  ['label', QUOTED_CHARACTERISATION],
  ['speak', /^\s+(?:about|of|on)\b/],
  ['talk', /^\s+(?:about|of)\b/],
  // "India maintained that it was for dialogue" reports words; "maintained a stance" does not
  ['maintain', /^\s+(?:that\b|[,:]?\s*[“"])/],
  // "Ruiz cited rising freight costs", "He particularly cited X": naming reasons in words;
  // "was cited by", "cited X as saying" (the one cited speaks, citedAsSaying) and "cited for" do not
  ['cite', /^\s+(?!by\b|for\b|as\b)(?:[a-z]+|[A-Z][\w’'-]*)\b(?![^.;]{0,60}?\bas\s+(?:saying|telling)\b)/],
  // "referred to the council's work" reports words; "referred to as" names something
  ['refer', /^\s+to\s+(?!as\b)/],
  // "He asked Washington to help pursue traffickers": a request; "asked about X", "when asked" are questions put to him
  [
    'ask',
    /^\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|him|her|them|the\s+[a-z]+|his\s+[a-z]+|its\s+[a-z]+)\s+to\s+[a-z]/,
  ],
]);

/** Whether `word` (lower case) is the bare lemma of a verb of saying ("confirm", "say"). */
export function isSpeechLemma(word: string): boolean {
  return SPEECH_LEMMAS.has(word);
}

/** The verb lemma of a lower-case inflected form of a speech or particle verb ("lauded" -> "laud"), else null. */
export function verbLemma(word: string): string | null {
  return wordData().verbLemmas.get(word) ?? null;
}

/**
 * Whether `word` (lower case) is a finite form of a verb of saying: a past tense or third person
 * present ("reaffirmed", "expects", "told"), not the bare lemma or a participle in -ing, which
 * are too often nouns or modifiers ("the report", "a statement saying"). `after` is the text
 * that follows the word, for particle verbs ("touched upon").
 */
export function isSpeechVerbForm(word: string, after = ''): boolean {
  if (word.length < 3 || word.endsWith('ing')) return false;
  const lemma = verbLemma(word);
  if (lemma === null) return false;
  const particle = PARTICLE_VERBS.get(lemma);
  if (particle) return particle.test(after);
  return SPEECH_LEMMAS.has(lemma);
}
