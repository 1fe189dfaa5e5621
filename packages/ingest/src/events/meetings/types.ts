import type { DateAnchor } from '../../dates.js';
import type { Doc } from '../../doc.js';
import type { EntityIndex } from '../../entities/index.js';
import type { OrgHit } from '../../entities/organizations.js';
import type { Registry } from '../../entities/registry.js';
import type { MeetingKind, MeetingRecord, MeetingStatus, OrganizationRecord, Span } from '../../types.js';

/** A word or phrase that names a meeting, with what it says about the meeting's kind. */
export interface Trigger {
  start: number;
  end: number;
  text: string;
  hint: MeetingKind | 'meet' | 'visit';
}

/** A meeting as one sentence tells it, before the tellings of one meeting are merged. */
export interface Candidate {
  trigger: Trigger;
  kind: MeetingKind;
  status: MeetingStatus;
  participants: string[];
  forum: OrganizationRecord | null;
  place: string | null;
  date: string | null;
  sentence: number;
  evidence: Span;
  within: Candidate | null;
  anaphoric: boolean;
  /** "X also met": another meeting than those told before */
  also?: boolean;
  /** "..., and then he will meet C": the next meeting in a sequence its sentence tells */
  sequel?: boolean;
  /** told as "the next meeting": there is one next sitting of a body */
  next?: boolean;
  /** told with a past time of its own ("met him twice last year"): an earlier meeting than the story's */
  earlier?: boolean;
  /** told as what another sitting precedes ("The meeting precedes the Leaders’ Meeting"): a later one */
  ahead?: boolean;
  /** one of "separate meetings with A and B" */
  separate?: boolean;
  /** "held talks with his counterparts", none named: a round of meetings told at once */
  round?: boolean;
  /** named with a definite article and nothing new ("The summit of CSTO leaders"): may repeat an earlier one */
  definite?: boolean;
  /** the sitting's number in its series ("the 29th Ordinary Session", "the Sixty-Second Session"): 29, 62 */
  ordinal?: number;
  record?: MeetingRecord;
  /** the rules that made this telling (or added to it from another sentence), in the order they fired (for explain) */
  rules: MeetingRuleFiring[];
}

/** A named rule that fired for a meeting, with the sentence it read. */
export interface MeetingRuleFiring {
  rule: string;
  span: Span;
}

/** What the meetings stage knows of the whole story: read once, shared by every trigger. */
export interface Story {
  doc: Doc;
  reg: Registry;
  idx: EntityIndex;
  text: string;
  /** the day relative dates are read against */
  anchor: DateAnchor | null;
  /** the story's dateline ("OSLO, March 13 —"), if it has one */
  dateline: { start: number; end: number } | null;
  triggers: Trigger[];
  /** the tellings found so far, in text order */
  cands: Candidate[];
  /** how far before a trigger an organization hit overlapping it can start */
  longestHit: number;
  /** the bodies whose name starts with a head word ("council"), in text order, listed once per word */
  bodiesByHead: Map<string, OrgHit[]>;
}

/**
 * One trigger on its way to a telling: what the stages found so far. Fields are filled stage
 * by stage (forum, participants, when-where, anaphora), in the order of `TRIGGER_STAGES`.
 */
export interface TriggerCtx {
  t: Trigger;
  /** index and span of the trigger's sentence */
  si: number;
  sent: Span;
  /** the triggers of this sentence (the rules look no further) */
  sentTriggers: Trigger[];
  /** up to 40 characters of the sentence before the trigger, up to 200 after it */
  before: string;
  after: string;
  // forum
  orgAfter: OrgHit | undefined;
  orgBefore: OrgHit | undefined;
  forum: OrganizationRecord | null;
  // participants
  speakers: Set<string>;
  absent: Set<string>;
  clause: { start: number; end: number };
  participants: string[];
  /** a sitting of a group (session, summit, informal meeting, or a meeting of a body) */
  groupHint: boolean;
  /** the countries written as a pair at the trigger ("Ukraine-Russia talks") */
  pair: string[];
  // when and where
  /** the latest telling before the trigger that is not a back-reference */
  target0: Candidate | undefined;
  nextTrigger: Trigger | undefined;
  prevTrigger: Trigger | undefined;
  /** where the trigger's own clause ends (before the next trigger or a trailing attribution) */
  ownEnd: number;
  /** where place and date may be read from (after any reported speech) */
  placeFrom: number;
  subordinate: boolean;
  status: MeetingStatus;
  placeHere: string | null;
  dateHere: string | null;
  // anaphora and kind
  anaphoric: boolean;
  kind: MeetingKind;
  place: string | null;
  date: string | null;
  /** the rules that fired, by name, in order */
  rules: string[];
}

/** A step of the trigger pipeline: false drops the trigger (it tells no new meeting). */
export type TriggerStep = (story: Story, c: TriggerCtx) => boolean;

/** A named rule that may change who took part. */
export type ParticipantRule = (story: Story, c: TriggerCtx) => void;
