import { type Doc, sentenceAt } from '../doc.js';
import { type EntityIndex, longestOrgHit } from '../entities/index.js';
import type { Registry } from '../entities/registry.js';
import type { MeetingRecord } from '../types.js';
import { decideAnaphoric, resolveBackReference } from './meetings/anaphora.js';
import { addAttendance } from './meetings/attendance.js';
import { buildMeetings, meetingKey, runRecordRule, transcriptParticipants } from './meetings/build.js';
import { addTelling } from './meetings/candidate.js';
import { findForum } from './meetings/forum.js';
import {
  ceremonyOfSitting,
  notAnOngoingProcess,
  notAPresenceList,
  notAReceptionOnArrival,
  notSpokeToThePress,
  sittingOfSomeone,
  sittingsInGeneral,
  sittingToldAsHeld,
  visitToPerson,
} from './meetings/keep.js';
import { findKind, loneMeetingOrGroup } from './meetings/kind.js';
import {
  COUNTERPART_RULES,
  EARLIER_MEETING_RULES,
  FOLLOWING_SENTENCE_RULES,
  findParticipants,
  runParticipantRules,
} from './meetings/participants.js';
import { findStatus } from './meetings/status.js';
import { findTriggers, hostOfNamedMeeting, triggersIn } from './meetings/triggers.js';
import type { Story, Trigger, TriggerCtx, TriggerStep } from './meetings/types.js';
import { ownClause, placeAndDateHere, settleWhenWhere } from './meetings/when-where.js';

export { forumSits, forumsAttend, meetingKey, meetingRules } from './meetings/build.js';

/** Participants from the latest meeting told ("the two presidents agreed to meet", "their talks"). */
function participantsFromEarlierMeeting(story: Story, c: TriggerCtx): boolean {
  runParticipantRules(EARLIER_MEETING_RULES, story, c);
  return true;
}

/** "met his Chinese counterpart": the counterpart is the other party. */
function counterpartParticipants(story: Story, c: TriggerCtx): boolean {
  runParticipantRules(COUNTERPART_RULES, story, c);
  return true;
}

/** "The summit was attended by:" + a list: the next sentences' attendance. */
function followingSentenceParticipants(story: Story, c: TriggerCtx): boolean {
  runParticipantRules(FOLLOWING_SENTENCE_RULES, story, c);
  return true;
}

/**
 * The steps every trigger goes through, in order. A step that returns false drops the trigger:
 * it is a passing mention, or a back-reference to a meeting told before.
 */
export const TRIGGER_STEPS: TriggerStep[] = [
  hostOfNamedMeeting, // triggers: "hosted the meeting" is told by "the meeting"
  findForum, // forum: FORUM_RULES
  notAReceptionOnArrival, // keep: a reception on arrival is protocol
  notAPresenceList, // keep: "Present at the talks were ..." seats people at talks told before
  notSpokeToThePress, // keep: "spoke to reporters", "spoke to ENA" is an interview
  notAnOngoingProcess, // keep: "pursue dialogue with X" is a process, not a meeting
  findParticipants, // participants: PARTICIPANT_RULES
  ownClause, // when-where: the trigger's own stretch of its clause
  findStatus, // status: STATUS_RULES
  placeAndDateHere, // when-where: place and date of the own clause
  decideAnaphoric, // anaphora: "the meeting" with nothing new points back
  participantsFromEarlierMeeting, // participants: EARLIER_MEETING_RULES
  visitToPerson, // keep: a visit paid to a person only
  sittingsInGeneral, // keep: "previous GCC summits" are sittings in general
  findKind, // kind: KIND_RULES
  resolveBackReference, // anaphora: BACK_REFERENCE_RULES, then drop the back-reference
  counterpartParticipants, // participants: COUNTERPART_RULES
  loneMeetingOrGroup, // kind and keep: one person meeting a group, else a passing mention
  ceremonyOfSitting, // keep: a ceremony told after a summit in its sentence is part of it
  sittingOfSomeone, // keep: a sitting near ministers, leaders or a union
  settleWhenWhere, // when-where: the sentence's place and date when the clause has none
  followingSentenceParticipants, // participants: FOLLOWING_SENTENCE_RULES
  sittingToldAsHeld, // keep: an untold sitting only when told as held
  addTelling, // the telling, or one per party of "separate meetings"
];

/** What the meetings stage reads once per story. */
function storyOf(doc: Doc, reg: Registry, idx: EntityIndex): Story {
  return {
    doc,
    reg,
    idx,
    text: doc.text,
    anchor: doc.anchor,
    dateline: doc.dateline,
    triggers: findTriggers(doc.text),
    cands: [],
    longestHit: longestOrgHit(idx),
    bodiesByHead: new Map(),
  };
}

/** A trigger's context before the steps fill it; null when it lies in no sentence. */
function triggerContext(story: Story, t: Trigger): TriggerCtx | null {
  const { doc, text } = story;
  const si = sentenceAt(doc, t.start);
  const sent = doc.sentences[si];
  if (!sent) return null;
  return {
    t,
    si,
    sent,
    sentTriggers: triggersIn(story.triggers, sent.start, sent.end),
    before: text.slice(Math.max(sent.start, t.start - 40), t.start),
    after: text.slice(t.end, Math.min(sent.end, t.end + 200)),
    orgAfter: undefined,
    orgBefore: undefined,
    forum: null,
    speakers: new Set(),
    absent: new Set(),
    clause: { start: sent.start, end: sent.end },
    participants: [],
    groupHint: false,
    pair: [],
    target0: undefined,
    nextTrigger: undefined,
    prevTrigger: undefined,
    ownEnd: sent.end,
    placeFrom: sent.start,
    subordinate: false,
    status: 'held',
    placeHere: null,
    dateHere: null,
    anaphoric: false,
    kind: 'bilateral',
    place: null,
    date: null,
    rules: [],
  };
}

/**
 * Rule set for meetings: a trigger word (talks, met, meeting, session, sitting, summit, phone
 * call, visit, ...) in a sentence that also names who met (persons, or two countries written as
 * a pair), or the body that sat (a council, a summit of an alliance). Definite references with
 * nothing new ("the meeting", "this gathering") point back to the latest meeting instead of
 * making a new one. "On the sidelines of X" / "during the sitting of X" make X the enclosing
 * meeting (`within`). Each trigger goes through TRIGGER_STEPS; the tellings are then merged
 * into records (buildMeetings) and completed by the rules that read the whole story.
 */
export function extractMeetings(doc: Doc, reg: Registry, idx: EntityIndex): MeetingRecord[] {
  const story = storyOf(doc, reg, idx);
  for (const t of story.triggers) {
    const c = triggerContext(story, t);
    if (!c) continue;
    for (const step of TRIGGER_STEPS) if (!step(story, c)) break;
  }
  const records = buildMeetings(story);
  runRecordRule('transcript-participants', records, () => transcriptParticipants(doc, reg, records));
  runRecordRule('attendance', records, () => addAttendance(doc, reg, records));
  for (const rec of records) rec.key = meetingKey(reg, rec);
  return records;
}
