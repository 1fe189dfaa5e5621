import { ORGANIZATIONS } from '../../gazetteer/organizations.js';
import type { MeetingKind } from '../../types.js';
import { groupOfSitting } from './forum.js';
import { sittingOrdinal } from './ordinal.js';
import { named } from './rule-names.js';
import type { Story, TriggerCtx } from './types.js';

// Stage 7, kind: bilateral, call, session, summit or multilateral. The kind rules are tried in
// order; the first that tells a kind wins, and `byHintAndForum` always does.

/** Rule: "met in Minsk for a summit", "gathered on Monday for a session": the noun after "for" names the kind. */
function kindNamedAfter(_story: Story, c: TriggerCtx): MeetingKind | null {
  const { t, after } = c;
  if (!/^(?:met|meet|meets|gathered|gather|convened|convene)$/.test(t.text)) return null;
  const m =
    /^[^.;:]{0,80}?\bfor\s+(?:a|an|the|their|its)\s+(?:[\w’'-]+\s+){0,3}?(summit|session|sitting)\b/.exec(
      after,
    );
  if (!m) return null;
  return m[1] === 'summit' ? 'summit' : 'session';
}

/** Rule: "The NATO-Ukraine Council also met on Thursday": a body that meets sits in session. */
function bodyMeets(story: Story, c: TriggerCtx): MeetingKind | null {
  const { t, orgBefore: subject } = c;
  if (subject?.rec.orgKind !== 'body') return null;
  if (!/^(?:met|meet|meets|convened|convenes|gathered)$/.test(t.text)) return null;
  return /^\s+(?:(?:also|again|will|has|have|had|is\s+to|was\s+to)\s+)*$/.test(
    story.text.slice(subject.end, t.start),
  )
    ? 'session'
    : null;
}

/** Rule: "NATO leaders gathered ... for a summit", "EU leaders meeting in Brussels": a union's leaders sit at a summit, its ministers in session. */
function unionGroupSits(_story: Story, c: TriggerCtx): MeetingKind | null {
  const group = groupOfSitting(c);
  if (!group || c.t.hint === 'call') return null;
  return group === 'leaders' ? 'summit' : 'session';
}

/**
 * Rule: "President X and Prime Minister Y held a summit", "the Australia-Indonesia Annual
 * Leaders' Meeting": a summit of two leaders, or of two countries, and no body is bilateral
 * ("the EU-China summit" has a body and stays a summit).
 */
function summitOfTwo(story: Story, c: TriggerCtx): MeetingKind | null {
  if (c.t.hint !== 'summit' || c.forum || c.participants.length !== 2) return null;
  const kinds = c.participants.map((p) => story.reg.get(p));
  const personOrCountry = (r: (typeof kinds)[number]): boolean =>
    r?.kind === 'person' || (r?.kind === 'place' && r.placeKind === 'country');
  return kinds.every(personOrCountry) ? 'bilateral' : null;
}

/** Right before a meeting noun: "trilateral", "three-way", "tripartite" (with a word between: "trilateral foreign ministers' talks"). */
const THREE_PARTY_BEFORE = /\b(?:trilateral|three-way|tripartite|three-party)\s+(?:[\w’'-]+\s+){0,2}$/i;

/**
 * Rule: "were set to hold trilateral talks with Y", "a three-way meeting", "In a trilateral
 * conversation with A and B" (in a phone story): talks of three parties are multilateral, or a
 * call when told as one. "bilateral talks" and "trilateral ties" (no meeting noun) are not read.
 */
function threePartyTalks(story: Story, c: TriggerCtx): MeetingKind | null {
  const { t } = c;
  if (
    !/^(?:talks|meeting|meetings|conversation|consultations|negotiations|summit)$/i.test(t.text) &&
    t.hint !== 'call'
  )
    return null;
  if (!THREE_PARTY_BEFORE.test(story.text.slice(Math.max(0, t.start - 50), t.start))) return null;
  return t.hint === 'call' ? 'call' : 'multilateral';
}

/** Rule: by the trigger's hint, its forum and how many took part; always tells a kind. */
function byHintAndForum(story: Story, c: TriggerCtx): MeetingKind {
  const { t, forum } = c;
  const participants = c.participants.length;
  const after = story.text.slice(t.end, t.end + 80);
  if (t.hint === 'call') return 'call';
  if (t.hint === 'summit') return 'summit';
  // an informal meeting or retreat of two parties is bilateral ("the two prime ministers' retreat")
  if (t.hint === 'multilateral') return participants === 2 && !forum ? 'bilateral' : 'multilateral';
  if (forum) {
    const summitBody = ORGANIZATIONS.some((o) =>
      o.bodies?.some((b) => b.summit && forum.name.startsWith(b.fullName ?? b.name)),
    );
    if (summitBody && t.hint !== 'session') return 'summit';
    if (summitBody && /\b(?:Collective Security Council|Heads of State)\b/.test(forum.name)) return 'summit';
  }
  if (t.hint === 'session') return 'session';
  if (/^\s+of\s+(?:the\s+)?(?:leaders|heads)/i.test(after)) return 'summit';
  if (forum && participants !== 2) return 'session';
  return 'bilateral';
}

/** Right after a sitting's noun, its name up to "Heads of State": "of the African Union (AU) Assembly of the Heads of State". */
const OF_HEADS_OF_STATE = /^\s+of\s+(?:the\s+)?(?:[\p{L}’'()-]+\s+){0,8}?[Hh]eads\s+of\s+[Ss]tate\b/u;

/**
 * Rule: "The 38th Ordinary Session of the African Union (AU) Assembly of the Heads of State and
 * Government", "the Ordinary Session of the ECOWAS Authority of Heads of State": a session of a
 * union's heads of state is its summit. "a session of the Council of Ministers" stays a session.
 */
function sessionOfHeadsOfState(story: Story, c: TriggerCtx): MeetingKind | null {
  if (c.t.hint !== 'session') return null;
  return OF_HEADS_OF_STATE.test(story.text.slice(c.t.end, Math.min(c.sent.end, c.t.end + 120)))
    ? 'summit'
    : null;
}

/**
 * The subject of a meeting verb that is a group of officials of several states, with no one named:
 * "Leaders of the southern member states", "The foreign ministers of nine Mediterranean countries".
 */
const GROUP_OF_OFFICIALS =
  /(?:^|[—–]\s*|--\s*|\.\s+)(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|presidents|prime\s+ministers|premiers|ministers|envoys|delegations)\s+(?:of|from)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,6}?(?:states|countries|nations|members|member\s+states|governments|economies|region|bloc)\b[^,;]{0,40}$/iu;

/** Meeting verbs a group can be the subject of. */
const GROUP_MEETING_VERB = /^(?:met|meet|meets|gathered|gather|convened|talks|summit|meeting)$/;

/**
 * Rule: "Leaders of nine Mediterranean member states held talks here Friday", "The foreign
 * ministers of the Gulf states met in Doha": a group of several states' officials that meets, no
 * one named and no body found, holds an informal meeting of its own. "Leaders met" names no group
 * of states; "the presidents of A and B" name their countries (participants, not this rule).
 */
function groupOfOfficialsMet(story: Story, c: TriggerCtx): MeetingKind | null {
  if (c.forum || c.participants.length || !GROUP_MEETING_VERB.test(c.t.text)) return null;
  const from =
    story.dateline && story.dateline.end <= c.t.start
      ? Math.max(c.sent.start, story.dateline.end)
      : c.sent.start;
  return GROUP_OF_OFFICIALS.test(story.text.slice(from, c.t.start).replace(/\s+(?:held|hold|holds)\s+$/, ''))
    ? 'multilateral'
    : null;
}

/**
 * Rule: "The 9th Danube–Japan Ministerial Meeting was held in Vienna", "the 12th Meeting of the
 * Joint Commission": a Meeting named with its number in a series is a sitting of a group, a
 * session. "met for the 3rd time" and a lower-case "the second meeting" of two stay talks.
 */
function numberedMeeting(story: Story, c: TriggerCtx): MeetingKind | null {
  if (c.t.text !== 'Meeting' || c.participants.length >= 2) return null;
  return sittingOrdinal(story.text.slice(c.sent.start, c.t.start)) !== undefined ? 'session' : null;
}

/** The kind rules, in order. */
export const KIND_RULES = named([
  kindNamedAfter,
  bodyMeets,
  unionGroupSits,
  threePartyTalks,
  summitOfTwo,
  sessionOfHeadsOfState,
  numberedMeeting,
  groupOfOfficialsMet,
  byHintAndForum,
]);

/** Stage 7: the kind of the meeting. */
export function findKind(story: Story, c: TriggerCtx): boolean {
  for (const { name, rule } of KIND_RULES) {
    const kind = rule(story, c);
    if (kind) {
      c.kind = kind;
      c.rules.push(`kind:${name}`);
      break;
    }
  }
  return true;
}

/**
 * Rule: a bilateral or call with fewer than two parties and no forum is kept only when one person
 * meets a group ("X held a meeting with the secretaries of ...", "X hosted the meeting of their
 * deputies": multilateral) or meets someone the sentence tells ("met with", "received").
 * False drops it as a passing mention.
 */
export function loneMeetingOrGroup(story: Story, c: TriggerCtx): boolean {
  const { t, participants } = c;
  if ((c.kind !== 'bilateral' && c.kind !== 'call') || participants.length >= 2 || c.forum) return true;
  const group =
    /^\s+(?:with\s+|of\s+)?(?:the\s+|their\s+)?(?:\w+\s+)?(?:secretaries|heads|leaders|ministers|deputies|members|representatives|ambassadors|delegations|officials|chiefs|commanders)\b/.test(
      story.text.slice(t.end, t.end + 60),
    );
  if (participants.length === 1 && group) {
    c.kind = 'multilateral';
    c.rules.push('kind:one-meets-a-group');
    return true;
  }
  if (participants.length === 1 && officeholderSubject(story.text.slice(c.sent.start, t.end))) {
    c.rules.push('kind:officeholder-subject');
    return true;
  }
  return (
    participants.length === 1 &&
    /^(?:met|meet|meets|meeting|received|receives|talks|negotiations|consultations)$/i.test(t.text) &&
    /\bwith\b|\breceived\b/.test(c.sent.exact)
  );
}

/** "The Prime Minister", "The Foreign Secretary also": an office named alone as the sentence's subject. */
const OFFICEHOLDER_SUBJECT_RE =
  /^\s*The\s+(?:[\p{Lu}][\p{Ll}]+\s+){0,2}(?:Prime Minister|President|Chancellor|Premier|Secretary|Minister|King|Queen|Emir|Taoiseach)\s+(?:(?:also|today|this \w+|then|later)\s+)?(?:spoke|speaks|talked|held|had|called|phoned)\b/u;

/**
 * Rule: "The Prime Minister spoke to President X this afternoon" (a government's readout of its
 * own leader's call): the office alone is the subject and a party, so a call or talks with one
 * named party are kept. "The minister spoke to reporters" names no party and is not kept.
 */
export function officeholderSubject(sentenceBeforeTriggerEnd: string): boolean {
  return OFFICEHOLDER_SUBJECT_RE.test(sentenceBeforeTriggerEnd);
}
