// What a statement is about: a meeting. And the one thing a statement tells a meeting back: who
// spoke at or right after a sitting took part in it.
import type { MeetingRecord, StatementRecord } from '../../types.js';
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

/**
 * Stage: "After the meeting, the Prime Minister of Armenia said ...": who speaks at or right
 * after a sitting took part in it; a bilateral or a call is not widened. This changes a meeting
 * record the meetings stage made (see addSittingParticipant).
 */
export function speakersJoinSittings(c: StatementContext): void {
  for (const st of c.out) {
    const own = st.evidence[st.evidence.length - 1];
    const m = c.meetings.find((x) => x.ref === st.about);
    const speaker = c.reg.get(st.speaker);
    if (!own || !m || speaker?.kind !== 'person' || m.participants.includes(speaker.ref)) continue;
    if (
      !/\b(?:[Aa]t|[Aa]fter|[Dd]uring|[Ff]ollowing) (?:the|this) (?:\w+ )?(?:meeting|session|summit|talks|sitting|negotiations)\b/.test(
        own.exact,
      )
    )
      continue;
    if (m.meetingKind === 'bilateral' || m.meetingKind === 'call') continue;
    addSittingParticipant(c.reg, m, speaker.ref);
  }
}
