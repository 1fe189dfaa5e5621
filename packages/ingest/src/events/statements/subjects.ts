// Salient subjects: who "he", "she" and "the official" may refer back to.
import type { Attribution } from './site.js';

/** A person or organization a sentence is about, and where. */
export interface Subject {
  ref: string;
  at: number;
}

/** Inserts a sentence subject in position order (subjects are read nearest-first before a position). */
export function noteSubject(subjects: Subject[], att: Attribution): void {
  let i = subjects.length;
  while (i > 0 && (subjects[i - 1] as { at: number }).at > att.at) i--;
  subjects.splice(i, 0, { ref: att.speaker, at: att.at });
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
