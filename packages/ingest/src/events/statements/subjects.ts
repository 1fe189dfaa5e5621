// Salient subjects: who "he", "she" and "the official" may refer back to.
import { type Doc, sentenceAt } from '../../doc.js';
import type { Registry } from '../../entities/registry.js';
import { TITLE_HEADS } from '../../entities/titles.js';
import { SAID_THAT } from './speech.js';
import type { Attribution, Subject } from './types.js';

export type { Subject } from './types.js';

/** Inserts a sentence subject in position order (subjects are read nearest-first before a position). */
export function noteSubject(subjects: Subject[], att: Attribution): void {
  let i = subjects.length;
  while (i > 0 && (subjects[i - 1] as { at: number }).at > att.at) i--;
  subjects.splice(i, 0, { ref: att.speaker, at: att.at });
}

/**
 * Rule: "The incoming chairperson thanked all those who backed him, particularly President X":
 * when a description is the sentence's speaker, it is the sentence's subject, and the persons
 * named after it in the sentence are not what a "he" in the next sentence refers to.
 */
export function describedSpeakerOwnsSentence(subjects: Subject[], att: Attribution, sentEnd: number): void {
  for (let i = subjects.length - 1; i >= 0; i--) {
    const s = subjects[i] as Subject;
    if (s.at > att.at && s.at < sentEnd && s.ref !== att.speaker) subjects.splice(i, 1);
  }
  noteSubject(subjects, att);
}

/**
 * Rule: a person who reports the sentence (", Valery Orlov, head of the press office, said on
 * Monday.") is its subject for the pronouns after it, not the first name of the reported clause.
 */
export function reportsTheSentence(text: string, end: number): boolean {
  return /^(?:,[^,.\n]{1,120},)?\s+(?:said|says|told|added|noted|wrote)\b[^.\n]{0,30}\.(?:\s|$)/.test(
    text.slice(end, end + 180),
  );
}

/**
 * Salient subjects: the first person of each sentence (or the one who reports it), for
 * pronouns. A person after a preposition ("represented by X", "met with X") is not the
 * sentence's subject; the preposition must be in the same sentence ("... by Sergey Lavrov.
 * Lavrov told").
 */
export function salientSubjects(
  doc: Doc,
  reg: Registry,
  outside: (a: number, b: number) => boolean,
): Subject[] {
  const text = doc.text;
  const firstOf = new Map<number, Subject>();
  for (const m of reg.mentionsIn(0, text.length)) {
    const r = reg.get(m.ref);
    if (r?.kind !== 'person' || !outside(m.start, m.end)) continue;
    const si = sentenceAt(doc, m.start);
    const sentenceStart = doc.sentences[si]?.start ?? 0;
    const before = text.slice(Math.max(sentenceStart, m.start - 80), m.start);
    if (
      (AFTER_PREPOSITION.test(before) && !ofTheTitle(before)) ||
      pronounSubjectBefore(text, sentenceStart, m.start) ||
      possessiveOfANoun(text, m.end)
    )
      continue;
    const first = firstOf.get(si);
    if (!first || (reportsTheSentence(text, m.end) && !saysThatFirst(text, first, m.start)))
      firstOf.set(si, { ref: r.ref, at: m.start });
  }
  const subjects: Subject[] = [];
  for (const [, v] of [...firstOf].sort((a, b) => a[0] - b[0])) subjects.push(v);
  return subjects;
}

/**
 * Rule: "Prime Minister Hasina said that ..., her press secretary Karim told PTI": the person who
 * opens the sentence with a verb of saying and "that" stays its subject; the reporter only relays.
 */
function saysThatFirst(text: string, first: Subject, reporterAt: number): boolean {
  return SUBJECT_SAID_THAT.test(text.slice(first.at, reporterAt));
}

/** A name, then its verb of saying and "that" ("Hasina said that"). */
const SUBJECT_SAID_THAT = new RegExp(String.raw`^[\p{L}.’' -]{0,40}?` + SAID_THAT, 'u');

/**
 * Rule: "During Imran Khan's visit to China, the leaders ...": a person named in the possessive
 * owns a noun of the sentence; the sentence is not about them as its subject.
 */
function possessiveOfANoun(text: string, end: number): boolean {
  return /^['’]s?\s+[a-z]/.test(text.slice(end, end + 6));
}

/**
 * A name right after a preposition and the capitalised words of its object ("met with President
 * X", "thanked outgoing Chairperson Y": a word that qualifies the title may stand before it).
 */
const AFTER_PREPOSITION =
  /\b(?:by|with|to|of|from|for|about|on|during|after|before|following|amid|despite|under|greeting|thanked|told)\s+(?:the\s+)?(?:(?:outgoing|incoming|former|visiting|his|her|their)\s+)?(?:[A-Z][\p{L}.’'-]*\s+){0,6}$/u;

/** "President of the Republic of Kenya ", "Prime Minister of Peru ": a title's "of", before its holder's name. */
const TITLE_OF = /\b([A-Z][\p{L}-]*)\s+of\s+(?:the\s+)?(?:(?:of\s+(?:the\s+)?)?[A-Z][\p{L}.’'-]*\s+){0,6}$/u;

/**
 * Rule: "President of the Republic of Kenya Tom Roe called ...": the "of" of a title before its
 * holder's name makes no object of the holder, who stays the sentence's subject ("a visit by
 * President X" still makes an object: "by" is no title's).
 */
function ofTheTitle(before: string): boolean {
  const m = TITLE_OF.exec(before);
  return (
    !!m &&
    TITLE_HEADS.has((m[1] as string).toLowerCase()) &&
    !/\b(?:by|with|to|from|for|about|on)\s/.test(before.slice(m.index))
  );
}

/** "She", "He", after at most a short opening phrase ("On Monday, she ..."). */
const PRONOUN_SUBJECT = /^(?:[A-Z][^,.\n]{0,40},\s*)?(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+|also\s+)?[a-z]/;

/**
 * Rule: a sentence whose subject is "she" or "he" goes on about the person before it: "She also
 * commented on a meeting between Trump and Putin." makes neither Trump nor Putin the one the
 * next "She questioned ..." refers to.
 */
function pronounSubjectBefore(text: string, sentenceStart: number, at: number): boolean {
  const head = text.slice(sentenceStart, Math.min(at, sentenceStart + 80));
  return PRONOUN_SUBJECT.test(head) && !reportsTheSentence(text, at);
}
