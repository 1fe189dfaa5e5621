// Triggers: the words that open an attribution. Every rule must pass for a word to trigger.
import { isVisitCalledOn } from '../../text/courtesy-call.js';
import { isSayingAt } from './speech.js';

/**
 * A check on a candidate trigger word (lower case) that ends at `end` in sentence `s`; `saying`:
 * whether it is a verb of saying there (isSayingAt), worked out once by the caller.
 */
type TriggerRule = (verb: string, s: string, end: number, saying: boolean) => boolean;

/** In order; all must hold. */
const TRIGGER_RULES: TriggerRule[] = [
  verbOfSayingOrAttributionWord,
  spokeAboutNotSpokeWith,
  calledOnNotCalledUp,
  statesOfAGroupNoVerb,
  meetingAsObjectNoSpeech,
  issuedOnlyAnAddress,
];

/** The object that makes "concluded", "opened", "closed" acts on a gathering or a trip, not words. */
const MEETING_OBJECT =
  /^\s+(?:the|a|an|its|their|his|her|this|today['’]s|[\w-]+['’]s)\s+(?:(?:[\p{L}\d'’-]+\s+){0,5}?)(?:meetings?|summits?|sessions?|sittings?|talks|conference|forum|visits?|trip|tour|journey|mission|stay|debate|ceremony|dialogue|negotiations|consultations|deliberations|gathering|assembly|congress|plenary)\b/iu;

/**
 * Rule: "President Soto concluded the summit by passing the presidency", "opened the session",
 * "concluded her trip to Peru": a verb of saying whose object is a meeting or a trip tells what was done to the meeting, not what was
 * said ("concluded that ...", "concluded: ..." still report words).
 */
function meetingAsObjectNoSpeech(verb: string, s: string, end: number): boolean {
  if (
    !/^(?:concluded|concludes|opened|opens|closed|closes|ended|ends|began|begins|started|starts|adjourned|wrapped)$/.test(
      verb,
    )
  )
    return true;
  return !MEETING_OBJECT.test(s.slice(end, end + 120));
}

/** "issued a joint-address", "issued a statement": a document or a speech as the object of "issued". */
const ISSUED_DOCUMENT =
  /^\s+(?:a|an|the|its|his|her|their)\s+(?:(?:joint|brief|short|written|official)[\s-]+)?(?:address|statement|declaration|communiqu[eé]|readout|press release|speech)\b/i;
/** What tells the words of the document: "that", a colon or a quotation, a participle ("condemning"). */
const DOCUMENT_CONTENT = /\bthat\b|[:“"]|\b[a-z]{3,}ing\b/;

/**
 * Rule: "Prime Minister X on Friday issued a joint-address along with Y" tells that words were
 * given, not what they were: no statement. "issued a statement condemning the attack", "issued a
 * statement saying that ..." and "issued guarantees around ..." report words.
 */
function issuedOnlyAnAddress(verb: string, s: string, end: number): boolean {
  if (verb !== 'issued') return true;
  const object = ISSUED_DOCUMENT.exec(s.slice(end, end + 60));
  return !object || DOCUMENT_CONTENT.test(s.slice(end + object[0].length));
}

/**
 * Rule: "the Gulf Cooperation Council (GCC) states", "the ASEAN states", "member states", "to the
 * northern states.": "states" after an acronym (in brackets or not) or after "member", or not
 * followed by what is stated ("that", a colon, a quotation), is the noun, the countries of a group,
 * not a verb of saying ("The ministry states that ..." still is one).
 */
function statesOfAGroupNoVerb(verb: string, s: string, end: number): boolean {
  if (verb !== 'states') return true;
  // "to the northern states.": the verb goes on with what is stated ("states that", "states:")
  if (!/^\s*(?:that\b|:|,|["“])/.test(s.slice(end, end + 8))) return false;
  return !/(?:\b[A-Z]{2,8}\)?|\b[Mm]ember)\s+$/.test(s.slice(Math.max(0, end - 6 - 12), end - 6));
}

/** Whether `verb` (lower case), ending at `end` in sentence `s`, opens an attribution. */
export function isTrigger(verb: string, s: string, end: number, saying = isSayingAt(verb, s, end)): boolean {
  for (const rule of TRIGGER_RULES) if (!rule(verb, s, end, saying)) return false;
  return true;
}

/** A word of a sentence that opens an attribution: lower case, and where it starts in the sentence. */
export interface TriggerWord {
  verb: string;
  index: number;
}

/** What one scan of a sentence's words finds. */
export interface SpeechScan {
  /** a lower-case word of three letters or more is a verb of saying (what anySpeech asks) */
  saying: boolean;
  /** the words that open an attribution, in order */
  triggers: TriggerWord[];
}

/**
 * One pass over a sentence's lower-case words (and "According"): whether any is a verb of saying
 * and which open an attribution. The statement rules asked both, in two scans of every sentence.
 */
export function scanSpeech(s: string): SpeechScan {
  const triggers: TriggerWord[] = [];
  let saying = false;
  const word = /\b([a-z]+|According)\b/g;
  for (let m = word.exec(s); m; m = word.exec(s)) {
    const w = m[1] as string;
    const verb = w === 'According' ? 'according' : w;
    const end = m.index + verb.length;
    const copula = stanceWithCopula(verb, s, m.index, end);
    if (copula >= 0) {
      saying = true;
      triggers.push({ verb, index: copula });
      continue;
    }
    const says = isSayingAt(verb, s, end);
    if (says && verb.length >= 3 && w !== 'According') saying = true;
    if (isTrigger(verb, s, end, says)) triggers.push({ verb, index: m.index });
  }
  return { saying, triggers };
}

/** Adjectives of a stance held in words: "was adamant that", "remained confident that". */
const STANCE_ADJECTIVES = new Set(
  'adamant clear confident convinced certain optimistic hopeful firm emphatic categorical insistent unequivocal'.split(
    ' ',
  ),
);
/** The copula right before a stance adjective, adverbs allowed: "was quite clear", "is also confident". */
const COPULA_BEFORE =
  /\b(?:was|is|were|are|remained|remains|appeared|seemed)\s+(?:(?:also|quite|very|equally|still|[a-z]+ly)\s+)?$/;

/**
 * Rule: "Ruiz was adamant that the tolls would stay", "He remained confident that ...": a stance
 * adjective after a copula, followed by what is held ("that"), tells words like a verb of saying;
 * the trigger stands where the copula does, so the subject before it speaks. "It is clear that"
 * has no speaker ("it" opens no attribution) and "a clear plan" no copula.
 * Answers the copula's index in `s`, or -1.
 */
function stanceWithCopula(verb: string, s: string, start: number, end: number): number {
  if (!STANCE_ADJECTIVES.has(verb) || !/^\s+that\b/.test(s.slice(end, end + 6))) return -1;
  const from = Math.max(0, start - 30);
  const cop = COPULA_BEFORE.exec(s.slice(from, start));
  return cop ? from + cop.index : -1;
}

/**
 * Rule: a verb of saying, or a word that opens an attribution ("according", "warned", "called",
 * "spoke", "talked", and "shared by" of an opinion).
 */
function verbOfSayingOrAttributionWord(verb: string, s: string, end: number, saying: boolean): boolean {
  return (
    saying ||
    (verb === 'shared' && /^\s+by\b/.test(s.slice(end))) ||
    verb === 'according' ||
    verb === 'warned' ||
    verb === 'called' ||
    verb === 'spoke' ||
    verb === 'talked'
  );
}

/**
 * Rule: "spoke about", "talked of", "spoke highly of" (a judgement in words) are speech; "spoke
 * by phone with" is a call.
 */
function spokeAboutNotSpokeWith(verb: string, s: string, end: number): boolean {
  return (
    (verb !== 'spoke' && verb !== 'talked') ||
    /^\s+(?:(?:highly|warmly|positively|favou?rably)\s+)?(?:about|of)\b/.test(s.slice(end))
  );
}

/**
 * Rule: "called on X to", "called for" are a demand; "called it an example of ...", "called the
 * talks “frank”", "called the meeting with X in Moscow “sincere”" a judgement in words (VerbNet's dub class); "called X" alone is a phone call, and "called on President X at
 * the palace" a visit (isVisitCalledOn).
 */
function calledOnNotCalledUp(verb: string, s: string, end: number): boolean {
  if (verb !== 'called') return true;
  const rest = s.slice(end);
  const on = /^\s+(?:on|upon)\b/.exec(rest);
  if (on) return !isVisitCalledOn(rest.slice(on[0].length));
  // "called the meeting with his Russian counterpart in Moscow “sincere and constructive”": the
  // object may run on to the quotation, within the clause
  return /^\s+for\b|^\s+(?:it|this|that|them|these|those|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:an?|the)\s|["“‘])|^\s+the\s[^.;:,“”"‘\n]{1,120}?\s["“‘][^"“”‘’\n]{1,300}["”’](?:[.,;!?]|\s*$)/.test(
    rest,
  );
}
