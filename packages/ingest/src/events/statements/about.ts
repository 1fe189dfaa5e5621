// What a statement is about: a meeting. And the one thing a statement tells a meeting back: who
// spoke at or right after a sitting took part in it.
import type { Registry } from '../../entities/registry.js';
import { titleBase } from '../../entities/titles.js';
import type { MeetingRecord, PersonRecord, Span, StatementRecord } from '../../types.js';
import { ABSENCE } from '../meetings/actors.js';
import type { StatementContext } from './context.js';
import { addSittingParticipant } from './writes.js';

/** A meeting named as the time of something else: "following the July summit in Geneva". */
const CONTEXT_ADJUNCT =
  /\b(?:following|after|since|ahead of|in the run-up to)\s+(?:the\s+|last\s+|this\s+)?(?:[\w’'-]+\s+){0,8}(?:summit|meeting|talks|session|visit|negotiations|consultations|dialogue)\b/i;
/** A meeting referred back to: "the call", "the talks". */
const DEFINITE_MEETING =
  /\b[Tt]he (?:(?:phone|telephone)\s+)?(?:call|conversation|meeting|talks|visit|negotiations)\b/;

/**
 * Stage: a meeting told in the statement's own sentence; else what the same speaker's words
 * right before were about; else the first meeting told before it that the speaker takes part
 * in; else the article's main meeting (told first).
 */
export function aboutMeetings(c: StatementContext): void {
  const byPosition = [...c.meetings].sort(
    (a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0),
  );
  let previous: StatementRecord | undefined;
  for (const st of [...c.out].sort((a, b) => startOf(a) - startOf(b))) {
    const own = st.evidence[st.evidence.length - 1];
    if (!own) continue;
    const inSentence = meetingOfOwnSentence(c.meetings, byPosition, own);
    st.about =
      inSentence?.ref ??
      speakerGoesOn(c, byPosition, previous, st) ??
      speakersMeeting(byPosition, st)?.ref ??
      byPosition[0]?.ref ??
      null;
    previous = st;
  }
}

/**
 * Rule: "Jaishankar said it was a pleasure to meet his Portugal counterpart in Munich. / “Shared
 * views on recent global developments,” he posted on X.": words whose sentence names no meeting,
 * right after the same speaker's words (in the same or the next paragraph), go on about the
 * meeting those were about when the speaker took part in it, unless a meeting the speaker takes part in is told between them.
 */
function speakerGoesOn(
  c: StatementContext,
  byPosition: MeetingRecord[],
  previous: StatementRecord | undefined,
  st: StatementRecord,
): string | null {
  if (!previous?.about || !st.speaker || previous.speaker !== st.speaker) return null;
  // only a meeting the speaker took part in: not a forum their words merely recalled
  const told = byPosition.find((m) => m.ref === previous.about);
  if (!told?.participants.includes(st.speaker)) return null;
  const from = startOf(previous);
  const at = startOf(st);
  if (c.paragraphIndex(at) - c.paragraphIndex(from) > 1) return null;
  const toldBetween = byPosition.some((m) => {
    const start = m.evidence[0]?.start ?? 0;
    return start > from && start < at && m.participants.includes(st.speaker as string);
  });
  // a meeting the words themselves tell ("we agreed to a meeting in May") is theirs to take
  const toldInWords = c.meetings.some((m) =>
    m.evidence.some((e) => st.evidence.some((w) => e.start < w.end && w.start < e.end)),
  );
  return toldBetween || toldInWords ? null : previous.about;
}

const startOf = (st: StatementRecord): number => st.evidence[st.evidence.length - 1]?.start ?? 0;

/**
 * Rule: words whose sentence names no meeting are about the first meeting told before them that
 * the speaker takes part in, not a summit named in passing ("against the backdrop of the NATO
 * summit, ... Dong said"); a meeting told only after the words is not what they report on.
 */
function speakersMeeting(byPosition: MeetingRecord[], st: StatementRecord): MeetingRecord | undefined {
  const speaker = st.speaker;
  const at = startOf(st);
  return speaker
    ? byPosition.find((m) => (m.evidence[0]?.start ?? 0) < at && m.participants.includes(speaker))
    : undefined;
}

/**
 * Rule: the meeting the statement's own sentence tells. "The purpose of the call was ...
 * following the summit in Geneva": a meeting named in a time adjunct only dates the remark; the
 * definite "the call" before it is the topic, the meeting told before.
 */
function meetingOfOwnSentence(
  meetings: MeetingRecord[],
  byPosition: MeetingRecord[],
  own: StatementRecord['evidence'][number],
): MeetingRecord | undefined {
  const inSentence = meetings.find((m) => m.evidence.some((e) => e.start < own.end && own.start < e.end));
  const adjunct = CONTEXT_ADJUNCT.exec(own.exact);
  if (
    inSentence &&
    adjunct &&
    DEFINITE_MEETING.test(own.exact.slice(0, adjunct.index)) &&
    inSentence.evidence[0]?.start === own.start
  )
    return byPosition.find((m) => m !== inSentence && (m.evidence[0]?.start ?? 0) < own.start);
  return inSentence;
}

/** "At the meeting, ...", "After the session, ...": words told at or right after a sitting. */
const AT_OR_AFTER_SITTING =
  /\b(?:[Aa]t|[Aa]fter|[Dd]uring|[Ff]ollowing) (?:the|this) (?:\w+ )?(?:meeting|session|summit|talks|sitting|negotiations)\b/;

/** Rule: "After the meeting, Prime Minister X said ...": who speaks at or right after a sitting is at it. */
export function speaksAtOrAfterSitting(sentence: string): boolean {
  return AT_OR_AFTER_SITTING.test(sentence);
}

/**
 * The heads of titles of those who sit for a government or a body at a sitting: leaders,
 * ministers, secretaries-general, chairs, envoys. Not aides, spokespersons, advisers, analysts or
 * legislators, who comment on a sitting more often than they sit in it.
 */
const DELEGATE_TITLE_HEADS = new Set([
  'president',
  'vice-president',
  'minister',
  'premier',
  'chancellor',
  'secretary',
  'secretary-general',
  'under-secretary-general',
  'taoiseach',
  'king',
  'queen',
  'emir',
  'amir',
  'sultan',
  'prince',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'head',
  'leader',
  'commissioner',
  'representative',
  'ambassador',
  'envoy',
  'governor-general',
]);

/**
 * What the meetings stage's ABSENCE (meetings/actors.ts) does not say of a speaker: "the absence
 * of", "stayed away", "did not take part", "declined the invitation", "froze its participation",
 * and words said before the sitting ("previously").
 */
const STAYED_AWAY_OR_BEFORE =
  /\b(?:skipping|absen(?:ce|t)|stay(?:ed|ing) away|boycott(?:ing)?|(?:did|does|will|would|could)\s+not\s+(?:attend|take part|participate|go)|(?:didn|doesn|won)['’]t\s+(?:attend|take part|participate|go)|declin(?:ed|ing)\s+the\s+invitation|not\s+invited|instead\s+of\s+attending|(?:froze|frozen|freezes|suspended|suspends)\s+(?:its|their|his|her)\s+participation)\b|\b[Pp]reviously\b/i;

/** Words saying the speaker was not at the sitting, or spoke before it. */
function notThere(sentence: string): boolean {
  return ABSENCE.test(sentence) || STAYED_AWAY_OR_BEFORE.test(sentence);
}

/** A person who holds a delegate's title ("Foreign Minister", "Secretary-General", "President-elect"). */
function holdsDelegateTitle(person: PersonRecord): boolean {
  return person.roles.some((r) => {
    const words = r.title.trim().split(/\s+/);
    return words.some((w) => DELEGATE_TITLE_HEADS.has(titleBase(w).replace(/[^\p{L}-]/gu, '')));
  });
}

/** "at home", "back in his capital": where the words were spoken is not the sitting. */
const AWAY = /\b(?:at|back)\s+home\b|\bback\s+in\b|\bin\s+(?:his|her|their)\s+(?:capital|country|office)\b/;

/** A list line ("- trade, as the minister proposed"): an item of a list, not words said at the sitting. */
const LIST_ITEM = /^\s*[-•*·–—]\s/;

/**
 * Whether the words' sentence puts the speaker somewhere else: "at home", or a city other than
 * the sitting's ("told reporters in Lima", the summit being in Brussels).
 */
function spokeElsewhere(reg: Registry, m: MeetingRecord, own: Span): boolean {
  if (AWAY.test(own.exact) || LIST_ITEM.test(own.exact)) return true;
  for (const x of reg.mentionsIn(own.start, own.end)) {
    const r = reg.get(x.ref);
    if (r?.kind === 'place' && r.placeKind !== 'country' && r.placeKind !== 'region' && r.ref !== m.place)
      return true;
  }
  return false;
}

/** Whether the words' own sentence tells the meeting (then only its wording says who was there). */
function toldInOwnSentence(m: MeetingRecord, own: Span): boolean {
  return m.evidence.some((e) => e.start < own.end && own.start < e.end);
}

/**
 * Rule: "The summit opened in Lima on Monday. ... Foreign Minister X said the region needed ...":
 * an office-holder whose words, in a sentence that names no meeting, are about a sitting that was
 * held took part in it, unless the sentence says they stayed away, spoke before ("previously") or
 * spoke elsewhere ("at home", another city).
 * An aide, a spokesperson or an analyst does not (see DELEGATE_TITLE_HEADS); nor does anyone
 * speaking about a sitting still to come, or recalling one their sentence names ("the agreements
 * reached at the Vienna summit").
 */
export function officeHolderOnHeldSitting(
  reg: Registry,
  m: MeetingRecord,
  speaker: PersonRecord,
  own: Span,
): boolean {
  return (
    m.status === 'held' &&
    !toldInOwnSentence(m, own) &&
    holdsDelegateTitle(speaker) &&
    !notThere(own.exact) &&
    !spokeElsewhere(reg, m, own)
  );
}

/**
 * Stage: who speaks at or right after a sitting, or an office-holder speaking about a held
 * sitting, took part in it; a bilateral or a call is not widened. This changes a meeting record
 * the meetings stage made (see addSittingParticipant).
 */
export function speakersJoinSittings(c: StatementContext): void {
  for (const st of c.out) {
    const own = st.evidence[st.evidence.length - 1];
    const m = c.meetings.find((x) => x.ref === st.about);
    const speaker = c.reg.get(st.speaker);
    if (!own || !m || speaker?.kind !== 'person' || m.participants.includes(speaker.ref)) continue;
    if (m.meetingKind === 'bilateral' || m.meetingKind === 'call') continue;
    if (!speaksAtOrAfterSitting(own.exact) && !officeHolderOnHeldSitting(c.reg, m, speaker, own)) continue;
    addSittingParticipant(c.reg, m, speaker.ref);
  }
}
