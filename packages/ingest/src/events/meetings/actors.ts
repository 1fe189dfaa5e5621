import type { Doc } from '../../doc.js';
import type { Registry } from '../../entities/registry.js';
import { SPEECH_VERBS } from '../../text/cue-verbs.js';
import type { Span } from '../../types.js';
import { RECEIVED_ON_ARRIVAL_BEFORE } from './arrival.js';
import type { Trigger } from './types.js';

// Who a stretch of a sentence names: the helpers every stage of the meetings rules reads with.

/** A person named after a negation is not there: "neither X nor Y took part". */
export const NEGATED_BEFORE = /\b(?:neither|nor|not|without|except|excluding)\s+(?:[\w.’'-]+\s+){0,3}$/i;

/** A person followed by a negated verb is not there: "X did not take part". */
const NEGATED_AFTER =
  /^\s+(?:(?:did|does|will|would|could|has|have|had)\s+not|didn['’]t|doesn['’]t|won['’]t|hasn['’]t|never)\b/i;

/** Persons named after a negation in [start, end): "neither X nor Y attended". */
export function negatedPersons(reg: Registry, text: string, start: number, end: number): Set<string> {
  const out = new Set<string>();
  for (const m of reg.mentionsIn(start, end))
    if (
      reg.get(m.ref)?.kind === 'person' &&
      (NEGATED_BEFORE.test(text.slice(Math.max(start, m.start - 40), m.start)) ||
        NEGATED_AFTER.test(text.slice(m.end, Math.min(end, m.end + 20))))
    )
      out.add(m.ref);
  return out;
}

/** Right before the last item of a list: ", the", "and the", "and". */
export const LAST_LIST_ITEM_BEFORE = /(?:,|\band)\s+(?:the\s+)?$/;

/** Verbs that keep a person away from a sitting. */
export const ABSENCE =
  /\b(?:skipped|skip|(?:fail|refus|declin)\w*\s+(?:also\s+)?to\s+(?:attend|take part|participate|join)|boycotted|missed|did not attend|will not attend)\b/;

/** Persons, organizations and country parties mentioned in [start, end), in order, without duplicates. */
export function actorsIn(
  reg: Registry,
  start: number,
  end: number,
  kinds: Array<'person' | 'org' | 'country'>,
): string[] {
  const out: string[] = [];
  for (const m of reg.mentionsIn(start, end)) {
    const r = reg.get(m.ref);
    if (!r) continue;
    const k =
      r.kind === 'person'
        ? 'person'
        : r.kind === 'organization'
          ? 'org'
          : r.placeKind === 'country'
            ? 'country'
            : null;
    if (!k || !kinds.includes(k)) continue;
    if (k === 'country' && m.via === 'demonym') continue;
    if (!out.includes(r.ref)) out.push(r.ref);
  }
  return out;
}

/**
 * Speakers of attributions inside a sentence ("..., Kremlin aide Yuri Ushakov said", "..., Anna Berg,
 * head of the press office, said") are not participants.
 */
export function speakersIn(doc: Doc, reg: Registry, start: number, end: number): Set<string> {
  const out = new Set<string>();
  for (const m of reg.mentionsIn(start, end)) {
    const r = reg.get(m.ref);
    if (r?.kind !== 'person') continue;
    // "..., Anna Berg, head of the press office, said": the verb may follow an appositive
    const after = doc.text.slice(m.end, Math.min(end, m.end + 160)).toLowerCase();
    const w = /^(?:,[^,.\n]{1,120},)?\s*(?:has\s+|had\s+|also\s+)?([a-z]+)/.exec(after)?.[1] ?? '';
    if (SPEECH_VERBS.has(w) && !/^(?:thanked|welcomed|informed|congratulated)$/.test(w)) out.add(r.ref);
    else if (accordingToBefore(doc.text.slice(Math.max(start, m.start - 60), m.start))) out.add(r.ref);
  }
  return out;
}

/**
 * Rule: "..., according to Ana Ruiz", "according to the president's adviser Ana Ruiz": the person a
 * report is sourced to tells of the talks and is no party to them.
 */
export function accordingToBefore(lead: string): boolean {
  return /\baccording to\s+(?:[^\s,.;:“”"]+\s+){0,5}$/i.test(lead);
}

/** The clause of a sentence around a trigger: cut at ", but", ";", ", while", ", whereas", ", although". */
export function clauseAround(doc: Doc, sent: Span, t: Trigger): { start: number; end: number } {
  // "X met Y and confirmed that he will meet Z": a second predicate of the subject tells another
  // thing; so does ", and then he will meet Z", the next of a sequence
  const re =
    /,\s+(?:but|while|whereas|(?:even\s+)?though|although)\s|;\s|\s(?:and|but)\s+(?:also\s+)?(?:confirmed|announced|revealed|disclosed|added)\s+that\s|,\s+(?:and\s+)?then\s/g;
  let start = sent.start;
  // a dateline opening the sentence ("BEIJING, June 3 (Agency) --", "MINSK, April 12. /TASS/.") is not the clause's
  const dl =
    /^[A-Z][A-Za-z .'-]{1,30},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,40}\)\s*(?:--|–|—)?|\.?\s*\/[^/]{1,30}\/\.?)\s*/.exec(
      doc.text.slice(sent.start, sent.end),
    );
  if (dl && sent.start + dl[0].length < t.start) start = sent.start + dl[0].length;
  let end = sent.end;
  const s = doc.text.slice(sent.start, sent.end);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = sent.start + m.index;
    if (at < t.start) start = at + m[0].length;
    else if (at >= t.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** Right before a person who comes as a leader's spouse: "the First Lady", "and his spouse Mrs". */
const SPOUSE_BEFORE =
  /\b(?:[Ff]irst\s+[Ll]ady|(?:his|her|their)\s+(?:spouse|wife|husband))\s*,?\s+(?:(?:Mrs|Mr|Ms|Madam|Madame)\.?\s+)?$/;

/**
 * Rule: "President X and the First Lady Y received President Z and his spouse Mrs W": a spouse
 * accompanies a party and is no party. A person also named in the sentence without such words
 * (a spouse sharing a surname folded into one record) stays.
 */
export function spousesIn(reg: Registry, text: string, sent: Span): Set<string> {
  return personsOnlyNamedAs(reg, text, sent, 40, (lead, name) => {
    // "the First Lady Ana Velk" read as a person named "Lady Ana Velk"
    const firstLady = /\b[Ff]irst\s+$/.test(lead) && /^Lady\s/.test(name);
    return SPOUSE_BEFORE.test(lead) || firstLady;
  });
}

/**
 * The persons of a sentence whose every mention `marked` flags from the `window` characters before
 * it (and its own text): one also named without the mark stays a party.
 */
function personsOnlyNamedAs(
  reg: Registry,
  text: string,
  sent: Span,
  window: number,
  marked: (lead: string, name: string, tail: string) => boolean,
): Set<string> {
  const flagged = new Set<string>();
  const unflagged = new Set<string>();
  for (const m of reg.mentionsIn(sent.start, sent.end)) {
    if (reg.get(m.ref)?.kind !== 'person') continue;
    const lead = text.slice(Math.max(sent.start, m.start - window), m.start);
    const tail = text.slice(m.end, Math.min(sent.end, m.end + window));
    if (marked(lead, text.slice(m.start, m.end), tail)) flagged.add(m.ref);
    else unflagged.add(m.ref);
  }
  for (const r of unflagged) flagged.delete(r);
  return flagged;
}

/**
 * Right before a person who is only spoken of: "the minister appointed by President-elect", "a
 * message from", "greetings of", "on behalf of", "an invitation from".
 */
const SPOKEN_OF_BEFORE =
  /\b(?:(?:appointed|nominated|named|chosen|picked|designated)\s+by|on\s+behalf\s+of|(?:message|letter|greetings|regards|invitation|wishes)\s+(?:from|of)|invitation\s+(?:for|to))\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\.?\s+){0,3}$/u;

/**
 * Rule: "X met Ana Ruiz, the minister appointed by President-elect Ivo Kask", "Y conveyed a message
 * from President Z": a person named as who appointed or sent someone is spoken of, not present.
 * A person also named in the sentence without such words stays.
 */
function sendersAndAppointersIn(reg: Registry, text: string, sent: Span): Set<string> {
  return personsOnlyNamedAs(reg, text, sent, 60, (lead) => SPOKEN_OF_BEFORE.test(lead));
}

/** Right after a person who sent someone in their place: ", represented by", "who was represented by". */
const REPRESENTED_AFTER = /^\s*,?\s*(?:who\s+(?:was|is|will\s+be)\s+|was\s+|is\s+)?represented\s+by\b/;

/**
 * Rule: "President Ana Ruiz, represented by Vice President Tom Lind, opened the summit", "Tom Lind,
 * who was representing President Ana Ruiz": who was represented stayed away; the representative
 * took part. "She represented Chile at the summit" names the representative only.
 */
function representedIn(reg: Registry, text: string, sent: Span): Set<string> {
  return personsOnlyNamedAs(
    reg,
    text,
    sent,
    40,
    (lead, _name, tail) => REPRESENTED_AFTER.test(tail) || REPRESENTING_BEFORE.test(lead),
  );
}

/** Right before a person someone stands in for: "who was representing President", "representing". */
const REPRESENTING_BEFORE = /\brepresenting\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\.?\s+){0,3}$/u;

/**
 * Rule: "Petro was welcomed at the airport by Vice President Y and then headed to the palace to
 * meet with Maduro": who receives a guest on arrival is no party to the talks the sentence tells.
 */
function receivedOnArrivalIn(reg: Registry, text: string, sent: Span): Set<string> {
  return personsOnlyNamedAs(reg, text, sent, 200, (lead) => RECEIVED_ON_ARRIVAL_BEFORE.test(lead));
}

/**
 * Rule: "Commenting on the meeting were analysts A and B", "Reacting to the talks, X said ...": a
 * sentence that opens with a comment on a meeting names commenters, not its parties.
 */
const COMMENTERS_OPENING =
  /^\s*(?:Commenting|Reacting|Remarking|Writing)\s+(?:on|to|about)\s+(?:the|this|that|their)\b/;

/** Persons the sentence says stayed away ("Pashinyan skipped the latest CSTO summit"), or who came as a spouse. */
export function absentees(reg: Registry, text: string, sent: Span): Set<string> {
  const out = negatedPersons(reg, text, sent.start, sent.end);
  for (const r of spousesIn(reg, text, sent)) out.add(r);
  for (const r of sendersAndAppointersIn(reg, text, sent)) out.add(r);
  for (const r of representedIn(reg, text, sent)) out.add(r);
  for (const r of receivedOnArrivalIn(reg, text, sent)) out.add(r);
  if (COMMENTERS_OPENING.test(sent.exact))
    for (const r of actorsIn(reg, sent.start, sent.end, ['person'])) out.add(r);
  const m = ABSENCE.exec(sent.exact);
  if (!m) return out;
  const at = sent.start + m.index;
  for (const r of actorsIn(reg, sent.start, at, ['person'])) out.add(r);
  return out;
}
