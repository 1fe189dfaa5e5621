import { absentees, actorsIn } from './actors.js';
import { countriesOfGroup } from './attendance.js';
import { GROUP_KINDS } from './merge.js';
import { followingParticipants } from './parties.js';
import { named } from './rule-names.js';
import { PLANNED } from './status.js';
import type { Candidate, Story, TriggerCtx } from './types.js';
import { DAY_POSSESSIVE_BEFORE, sidelinesOfNext } from './when-where.js';

// Stage 6, anaphora: definite references with nothing new ("the meeting", "this gathering")
// point back to the latest meeting instead of making a new one, and what they tell of it
// (who spoke at it, who chaired it) goes to that meeting.

/** A determiner right before the trigger: "the", "this", "their", "such" (up to two words between). */
export const ANAPHORIC_BEFORE = /\b(?:the|this|that|these|their|its|our|such|same|each)\s+(?:\w+\s+){0,2}$/i;

/** A minister of a country already among the participants is no new party. */
function representsKnown(story: Story, p: string, known: string[]): boolean {
  const r = story.reg.get(p);
  return r?.kind === 'person' && r.roles.some((role) => role.country != null && known.includes(role.country));
}

/**
 * Whether the trigger adds to the latest meeting: a place, a date or another tense tells another
 * meeting. A venue named for a meeting told in its city ("The summit is being held in the
 * Palace") adds nothing.
 */
function addsToLatest(story: Story, c: TriggerCtx): boolean {
  const { reg, text } = story;
  const tenseTellsAnother = !sittingRetoldInOtherTense(c);
  const { target0, placeHere, dateHere, t } = c;
  if (!target0) return false;
  const venueOfKnown =
    !!target0.place &&
    target0.trigger.hint === t.hint &&
    reg.get(placeHere)?.kind === 'place' &&
    (reg.get(placeHere) as { placeKind: string }).placeKind === 'venue';
  const plannedBefore =
    PLANNED.test(text.slice(Math.max(c.clause.start, t.start - 60), t.end)) &&
    !aheadOfToldSitting(c) &&
    // "who was invited to join part of Sunday's meeting": the day names the sitting told, held
    !daySittingReferredTo(c);
  const placeOfOpening =
    !target0.place && (openingOfToldSitting(c) || placeOfToldMeeting(story, c) || hostReceivedTheGroup(c));
  const planned = plannedBefore || futureOfPlannedSitting(c);
  return (
    (!!placeHere && placeHere !== target0.place && !venueOfKnown && !placeOfOpening) ||
    (!!dateHere && dateHere !== target0.date) ||
    (tenseTellsAnother && (planned ? 'planned' : 'held') !== target0.status)
  );
}

/** Words that make "the summit" another one: "the next summit", "the 11th summit", "the previous session". */
const ANOTHER_SITTING_BEFORE =
  /\b(?:next|last|previous|preceding|upcoming|following|coming|future|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|annual|extraordinary|special|emergency)\s+$/i;

/** "As part of the summit, X will open a forum", "ahead of the summit": the summit frames another meeting or a time. */
const ENCLOSING_OR_TIME_BEFORE =
  /\b(?:part\s+of|sidelines\s+of|margins?\s+of|framework\s+of|ahead\s+of|prior\s+to|before|after|following|since|until)\s+(?:the|this)\s+$/i;

/**
 * Rule: "The 10th summit of the bloc began in Ankara yesterday. ... Today the president will welcome
 * the leaders of A, B and C, who will close the summit": "the summit" right after a told summit or
 * session is that sitting, whether its days are told as past or to come; "the next summit", "the
 * 11th session" are others, and so is what happens "as part of" or "ahead of" the summit.
 */
export function sittingRetoldInOtherTense(c: TriggerCtx): boolean {
  const kind = c.target0?.kind;
  // the same word for the same kind: "the summit" is no session told before
  const word = kind === 'summit' ? /^[Ss]ummit$/ : kind === 'session' ? /^(?:session|sitting)$/ : null;
  return (
    !!word &&
    word.test(c.t.text) &&
    /\b(?:the|this)\s+$/i.test(c.before) &&
    !ANOTHER_SITTING_BEFORE.test(c.before) &&
    !ENCLOSING_OR_TIME_BEFORE.test(c.before)
  );
}

/**
 * Rule: "The session will be headed by X" after "The Council is set to hold its 149th session":
 * a future right after the reference agrees with a sitting still to come; it tells no other one.
 */
export function futureOfPlannedSitting(c: TriggerCtx): boolean {
  return (
    c.target0?.status === 'planned' &&
    /^\s+(?:will|is\s+to|are\s+to|(?:is|are)\s+(?:set|due|scheduled|expected)\s+to)\b/.test(c.after)
  );
}

/**
 * Rule: "said during the opening ceremony in Vientiane" after "ASEAN leaders kicked off their
 * summit": the opening (or closing) ceremony or session of the sitting just told is that sitting,
 * and the place it names is the sitting's place when the sitting had none.
 */
export function openingOfToldSitting(c: TriggerCtx): boolean {
  return (
    !!c.target0 &&
    (c.target0.kind === 'session' || c.target0.kind === 'summit') &&
    /^(?:ceremony|session|plenary)$/i.test(c.t.text) &&
    /\b(?:the|its|their)\s+(?:official\s+)?(?:opening|closing|inaugural)\s+$/i.test(c.before)
  );
}

/** Right after a definite meeting noun: "took place in", "was held on Friday in". */
const TOOK_PLACE_AFTER =
  /^\s+(?:(?:had|has)\s+)?(?:took place|take place|was held|were held|been held|happened)\s+(?:(?:on|last)\s+\w+\s+)?(?:in|at)\b/;

/** Right after "received": the group of a sitting, not a person ("the leaders", "the visiting heads of state"). */
const THE_GROUP_AFTER =
  /^\s+(?:all\s+)?(?:the|his|her|their)\s+(?:(?:visiting|foreign|regional|fellow|other)\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|delegates|delegations|participants|guests|counterparts|ministers)\b/i;

/**
 * Rule: "The heads of state of A, B and C arrived for the 7th Summit of the Forum. President X
 * received the leaders in the city of Cali": who receives the group of a sitting told before
 * hosts that sitting (and places it, when it had no place), and meets no one of their own; a
 * person the sentence names after "citing" is no guest. "X received President Y" is talks.
 */
export function hostReceivedTheGroup(c: TriggerCtx): boolean {
  const target = c.target0;
  return (
    !!target &&
    GROUP_KINDS.has(target.kind) &&
    // the meeting triggers that take a guest as object (triggers.ts)
    /^(?:received|receives|hosted|hosts)$/.test(c.t.text) &&
    THE_GROUP_AFTER.test(c.after)
  );
}

/** Rule: the one who received the group of a sitting (hostReceivedTheGroup) attends it. */
function hostOfTheGroup(story: Story, c: TriggerCtx, into: string[]): void {
  if (!hostReceivedTheGroup(c)) return;
  const away = absentees(story.reg, story.text, c.sent);
  for (const r of actorsIn(story.reg, c.sent.start, c.t.start, ['person']))
    if (!into.includes(r) && !away.has(r)) into.push(r);
}

/**
 * Rule: "X held talks with Y on Friday. The meeting took place in Munich": a definite reference
 * to the meeting just told, which says where it took place, places that meeting (when it had no
 * place) and is no new meeting. "A meeting took place in Oslo" (no determiner) is told anew.
 */
export function placeOfToldMeeting(story: Story, c: TriggerCtx): boolean {
  return (
    !!c.target0 &&
    !c.target0.place &&
    c.t.hint !== 'session' &&
    c.t.hint !== 'summit' &&
    /\b(?:[Tt]he|[Tt]his|[Tt]heir)\s+(?:[\w-]+\s+)?$/.test(c.before) &&
    TOOK_PLACE_AFTER.test(story.text.slice(c.t.end, c.t.end + 40))
  );
}

/**
 * Rule: "X held an in-depth discussion with Y on Monday. The telephonic conversation focused on
 * ...": a call named by a back-reference to talks of a pair told with no place makes them a call.
 * Talks in a city stay talks.
 */
export function callNamedByReference(c: TriggerCtx): boolean {
  const target = c.target0;
  return (
    !!target &&
    c.t.hint === 'call' &&
    target.kind === 'bilateral' &&
    !target.place &&
    !c.placeHere &&
    !c.participants.length &&
    target.participants.length === 2
  );
}

/**
 * Rule: "X is due to take part in the talks", "Y will join the meeting" after a union's sitting
 * (or a group's meeting: "A and B attended the meeting as guests" after three presidents met)
 * was told, and "The meeting was attended by A and B" after any meeting: whoever takes part in
 * "the talks" joins the meeting told; it is no new meeting of the people the sentence names.
 */
export function joinsToldSitting(c: TriggerCtx): boolean {
  if (!c.target0) return false;
  if (attendingToldSitting(c)) return true;
  return (
    (c.target0.kind === 'session' || c.target0.kind === 'summit' || c.target0.participants.length >= 3) &&
    (/\b(?:take|takes|took|taking) part in the\s+$|\bparticipat(?:e|es|ed|ing)\s+in\s+(?:and\s+\w+\s+)?the\s+$|\b(?:join|joins|joined|attend|attends|attended)\s+(?:part\s+of\s+)?the\s+$/.test(
      c.before,
    ) ||
      (daySittingReferredTo(c) &&
        /\b(?:join|joins|joined|attend|attends|attended|take\s+part\s+in|took\s+part\s+in)\s+(?:part\s+of\s+)?\S+\s+(?:[\w-]+\s+)?$/.test(
          c.before,
        )))
  );
}

/** "It was a very constructive meeting", "this was a productive conversation": a meeting judged, right before its noun. */
const JUDGED_BEFORE =
  /\b(?:it|this|that)\s+(?:was|is|has\s+been|had\s+been)\s+(?:an?\s+)(?:[\w-]+\s+){0,3}$/i;

/**
 * Rule: "The ministers held a video call on Monday. “It was a very constructive meeting,” X said":
 * a meeting judged with "it was a ..." is the one told before, not another. "It was a meeting of
 * the Andean Community" names its body and is left to the forum rules; with nothing told
 * before there is nothing to refer to.
 */
export function meetingJudgedAfter(c: TriggerCtx): boolean {
  return !!c.target0 && JUDGED_BEFORE.test(c.before) && !/^\s+(?:of|between|with)\b/.test(c.after);
}

/**
 * Rule: "X met Y on Saturday, who was invited to join part of Sunday's meeting" after "foreign
 * ministers began their meeting on Sunday": a sitting named by its day's possessive is the sitting
 * told on that day (ownClause points the reference at the latest sitting), not a new meeting.
 */
export function daySittingReferredTo(c: TriggerCtx): boolean {
  const target = c.target0;
  return (
    !!target &&
    (target.kind === 'session' || target.kind === 'summit' || target.kind === 'multilateral') &&
    DAY_POSSESSIVE_BEFORE.test(c.before) &&
    (!c.dateHere || !target.date || c.dateHere === target.date)
  );
}

/**
 * Rule: "Attending the meeting are President A, President B and President C", "Foreign ministers
 * of A and B were present at the meeting", "X presided over the session", "The meeting is being
 * chaired by X and Y will deliver the keynote", "Hosted by X, the meeting was attended by A, B
 * and C", "The meeting brought together A, B and C" after a union's sitting was told: those named
 * attend that sitting; it is no new meeting of theirs.
 */
export function attendingToldSitting(c: TriggerCtx): boolean {
  return (
    /(?:\b[Aa]ttending|\bpresent\s+at|\bpresided\s+over|\bpresides\s+over)\s+the\s+(?:[\w’'-]+\s+){0,2}$/.test(
      c.before,
    ) ||
    CHAIRED_AFTER.test(c.after) ||
    GATHERED_AFTER.test(c.after)
  );
}

/** Right after the reference, who it gathered: "brought together", "will bring together", "gathered". */
const GATHERED_AFTER =
  /^\s+(?:(?:also|has|had|will|is\s+to)\s+)*(?:brought|brings|bring|bringing)\s+together\b|^\s+(?:(?:also|has|had)\s+)*(?:gathered|assembled)\s+(?!in\b|at\b|on\b|for\b)/;

/**
 * Right after the reference: its chair or its attendance ("is being chaired by", "was presided
 * over by", "will be headed by", "was attended by", "was also attended by").
 */
const CHAIRED_AFTER =
  /^\s+(?:is|was|were|will\s+be|is\s+being|was\s+being|has\s+been)\s+(?:also\s+)?(?:chaired|presided(?:\s+over)?|headed|attended)\s+by\b/;

/**
 * Rule: "Regional leaders have arrived in Abuja ahead of the session": "ahead of the" names the
 * sitting just told as the moment others act before; it does not make the sitting a later one.
 */
export function aheadOfToldSitting(c: TriggerCtx): boolean {
  return (
    !!c.target0 &&
    (c.target0.kind === 'session' || c.target0.kind === 'summit') &&
    /\bahead of the\s+(?:[\w’'-]+\s+)?$/i.test(c.before)
  );
}

/**
 * Stage 6a: a back-reference ("the meeting", "this gathering") with no forum, no pair, no two
 * new people ("Latvian Defence Minister X hosted the meeting" after "the ministers of Estonia,
 * Latvia and Lithuania met" brings none) and nothing else new.
 */
export function decideAnaphoric(story: Story, c: TriggerCtx): boolean {
  const { t, target0 } = c;
  const newPeople = target0
    ? c.participants.filter(
        (p) => !target0.participants.includes(p) && !representsKnown(story, p, target0.participants),
      ).length
    : c.participants.length;
  const adds = addsToLatest(story, c);
  // "X and Y met on the sidelines of the Nordic Summit": the sitting whose sidelines the
  // meeting just told names is that meeting's enclosing sitting, not a reference back to it
  const enclosing =
    !!target0 && target0.sentence === c.si && sidelinesOfNext(story.text.slice(target0.trigger.end, t.start));
  if (hostReceivedTheGroup(c) && !adds) {
    c.anaphoric = true;
    return true;
  }
  c.anaphoric =
    !enclosing &&
    (ANAPHORIC_BEFORE.test(c.before) || daySittingReferredTo(c) || meetingJudgedAfter(c)) &&
    (!c.forum || forumNamesToldGroup(c, newPeople)) &&
    // "the meeting with Putin" names its parties; "the summit with a final declaration" does not
    (!/^[^,;]*\b(?:between|with)\b(?!\s+(?:a|an)\s)/.test(c.after.slice(0, 30)) ||
      CHAIRED_IT.test(c.before)) &&
    (t.hint !== 'call' || callNamedByReference(c)) &&
    !c.pair.length &&
    !/^(?:met|meet|meets|received|receives|hosted|hosts)$/.test(t.text) &&
    (newPeople < 2 ||
      unionSittingReferredTo(c) ||
      joinsToldSitting(c) ||
      attendeesOfToldGroup(c) ||
      delegationToIt(c) ||
      roleAtToldSitting(c)) &&
    !adds;
  return true;
}

/**
 * Rule: "X welcomed Y in her role as chair of the meeting", "X co-chaired the meeting with Y"
 * after "Ministers met for the 21st annual meeting": the chair or host of "the meeting" holds a
 * role at the sitting told before;
 * the people of the sentence are at it, not at talks of their own.
 */
export function roleAtToldSitting(c: TriggerCtx): boolean {
  return (
    !!c.target0 &&
    toldAsGroup(c.target0) &&
    (/\b(?:chair|chairman|chairwoman|chairperson|co-chair|host)\s+of\s+(?:the|this)\s+$/i.test(c.before) ||
      CHAIRED_IT.test(c.before))
  );
}

/** "X co-chaired the meeting (with Y)", "Y chaired the session": the chairs of a sitting told before. */
const CHAIRED_IT = /\b(?:co-?chaired|chaired|co-?hosted|presided\s+over)\s+(?:the|this)\s+$/i;

/** A sitting, or a meeting of three or more parties (its kind is settled later, by its parties). */
function toldAsGroup(target: Candidate): boolean {
  return (
    target.kind === 'session' ||
    target.kind === 'summit' ||
    target.kind === 'multilateral' ||
    (target.kind !== 'call' && target.participants.length >= 3)
  );
}

/** Right after the reference, a reduced or full passive of attendance: "The talks attended by A, B and C". */
const ATTENDED_BY_AFTER =
  /^\s+(?:(?:is|was|were|will\s+be|has\s+been|have\s+been)\s+)?(?:also\s+)?attended\s+by\b/;

/**
 * Rule: "Foreign ministers from A, B, C and D met in Tokyo. The talks attended by W, X, Y and Z
 * ...": the attendees of the group meeting just told (a sitting or an informal meeting of three
 * or more) are no new meeting, however many people they are.
 */
export function attendeesOfToldGroup(c: TriggerCtx): boolean {
  const target = c.target0;
  return !!target && toldAsGroup(target) && ATTENDED_BY_AFTER.test(c.after);
}

/**
 * Rule: "Ministers from A, B, C and D — a grouping known as the Quad — met in Tokyo ... W said
 * at the start of the Quad talks": a group meeting told with no forum, then named by a forum with
 * a definite article and no one new, is that meeting; the forum is its body.
 */
export function forumNamesToldGroup(c: TriggerCtx, newPeople: number): boolean {
  const target = c.target0;
  return (
    !!target &&
    !target.forum &&
    toldAsGroup(target) &&
    newPeople === 0 &&
    /\bthe\s+(?:[\w“”"’'-]+\s+){1,3}$/i.test(c.before)
  );
}

/**
 * Rule: "X was accompanied to the talks by Cabinet Secretaries A, B and C": the delegation of a
 * party, named for talks told before, is no new meeting however many people it names.
 */
export function delegationToIt(c: TriggerCtx): boolean {
  return /\b(?:accompanied|joined|flanked)\s+(?:to|at|in|for|during)\s+(?:the|these|those|their)\s+(?:[\w-]+\s+)?$/.test(
    c.before,
  );
}

/**
 * Rule: "X, who is hosting the gathering, welcomed A, B and C" after "G7 leaders opened their
 * summit": "the gathering" of a union's sitting is that sitting, however many people the sentence
 * brings (they are its attendees, not a new meeting).
 */
export function unionSittingReferredTo(c: TriggerCtx): boolean {
  const target = c.target0;
  return (
    !!target &&
    (!!target.forum || sittingRetoldInOtherTense(c)) &&
    (target.kind === 'summit' || target.kind === 'session') &&
    // not "the meeting", which as often names talks held at the sitting ("During the meeting, X thanked Y")
    /^(?:gathering|summit|Summit|session|sitting)$/.test(c.t.text)
  );
}

/**
 * Rule: "Putin said at the meeting", "Ozols hosted the meeting", "X presided over the session", "X
 * arrived for the summit", "X led Kuwait's delegation to the summit", "welcomed Y as chair of the
 * meeting": who speaks at, hosts, chairs,
 * attends, arrives for or leads a delegation to it took part.
 */
function speakerAtTheMeeting(story: Story, c: TriggerCtx, into: string[]): void {
  if (
    !/\b(?:at|during|in|hosted|hosts|chair|chaired|chairs|(?:chair|chairman|chairwoman|chairperson|co-chair|host)\s+of|attended|attends|opened|joined|presided over|presides over|headed|(?:arrived|arrives|arriving)\s+(?:for|at)|(?:led|leads|leading|headed|heads|heading)\s+(?:\S+\s+)?delegation\s+(?:to|at))\s+(?:the|this)\s+(?:\w+\s+)?$/i.test(
      c.before,
    ) &&
    !joinsDaySitting(c)
  )
    return;
  if (joinsDaySitting(c)) {
    // "Y, who was invited to join part of Sunday's meeting": the one the relative clause is about
    const who = actorsIn(story.reg, c.sent.start, c.t.start, ['person']).pop();
    if (who && !into.includes(who)) into.push(who);
    return;
  }
  const away = absentees(story.reg, story.text, c.sent);
  for (const r of actorsIn(story.reg, c.sent.start, c.t.start, ['person']))
    if (!into.includes(r) && !away.has(r)) into.push(r);
}

/** "to join part of Sunday's meeting": joining the sitting named by its day. */
function joinsDaySitting(c: TriggerCtx): boolean {
  return (
    daySittingReferredTo(c) &&
    /\b(?:join|joins|joined|attend|attends|attended)\s+(?:part\s+of\s+)?\S+\s+(?:[\w-]+\s+)?$/.test(c.before)
  );
}

/** Rule: "The meeting was chaired by X", "The session was attended by X and Y", "the session, which is being presided by X", "The talks attended by X and Y". */
function chairedByAfter(story: Story, c: TriggerCtx, into: string[]): void {
  if (
    !/^\s*,?\s+(?:which\s+|that\s+)?(?:(?:was|is|will be|were|is being|was being|has been)\s+)?(?:also\s+)?(?:chaired|attended|hosted|opened|led|addressed|headed|presided(?:\s+over)?)\s+by\b/.test(
      c.after,
    )
  )
    return;
  for (const r of actorsIn(story.reg, c.t.end, c.sent.end, ['person'])) if (!into.includes(r)) into.push(r);
}

/** Rule: "The meeting brought together A, B and C", "The session gathered A and B": those named after it attend. */
function gatheredAfter(story: Story, c: TriggerCtx, into: string[]): void {
  if (!GATHERED_AFTER.test(c.after)) return;
  const away = absentees(story.reg, story.text, c.sent);
  for (const r of actorsIn(story.reg, c.t.end, c.sent.end, ['person']))
    if (!into.includes(r) && !away.has(r)) into.push(r);
}

/**
 * Rule: "X, who is hosting the gathering, welcomed A and B", "X will welcome the presidents of A, B
 * and C, who will close the summit": the people of the sentence, and the countries of a group
 * named there ("the presidents of A, B and C"), attend the sitting referred back to.
 */
function peopleAtUnionSitting(story: Story, c: TriggerCtx, into: string[]): void {
  if (!unionSittingReferredTo(c)) return;
  if (
    !/\b(?:host|hosts|hosted|hosting|chair|chairs|chaired|chairing|welcome|welcomed|welcomes|welcoming|greeted|greets|attend|attended|attends|attending|join|joined|joins|headed|presided|participation|participate|participates|participated)\b/.test(
      c.sent.exact,
    )
  )
    return;
  const away = absentees(story.reg, story.text, c.sent);
  for (const r of actorsIn(story.reg, c.sent.start, c.sent.end, ['person']))
    if (!into.includes(r) && !away.has(r)) into.push(r);
  for (const r of countriesOfGroup(story.reg, story.text, c.sent.start, c.sent.end))
    if (!into.includes(r)) into.push(r);
}

/** Rule: the attendance lists of the sentences after a back-reference go to the meeting it names. */
function listedAfterReference(story: Story, c: TriggerCtx, into: string[]): void {
  for (const r of followingParticipants(story.doc, story.reg, c.si)) if (!into.includes(r)) into.push(r);
}

/** Rule: "Attending the meeting are President A, President B and President C": the persons named after it attend. */
function attendeesNamedAfter(story: Story, c: TriggerCtx, into: string[]): void {
  if (
    !/\b[Aa]ttending\s+the\s+(?:[\w’'-]+\s+){0,2}$/.test(c.before) ||
    !/^\s+(?:are|were|was|is|will\s+be)\b/.test(c.after)
  )
    return;
  const away = absentees(story.reg, story.text, c.sent);
  for (const r of actorsIn(story.reg, c.t.end, c.sent.end, ['person']))
    if (!into.includes(r) && !away.has(r)) into.push(r);
}

/** The rules that add to the meeting a back-reference names, in order. */
export const BACK_REFERENCE_RULES = named([
  speakerAtTheMeeting,
  hostOfTheGroup,
  chairedByAfter,
  gatheredAfter,
  attendeesNamedAfter,
  peopleAtUnionSitting,
  listedAfterReference,
]);

/**
 * Stage 6b: a back-reference tells the latest meeting's people and is kept only to link that
 * meeting to a sitting told later ("This gathering occurred during the sitting of X"). False
 * when the trigger was such a reference.
 */
export function resolveBackReference(story: Story, c: TriggerCtx): boolean {
  const target = c.target0;
  if (!c.anaphoric || !target) return true;
  const evidence = story.reg.span(c.sent.start, c.sent.end);
  if (
    !target.place &&
    c.placeHere &&
    (openingOfToldSitting(c) || placeOfToldMeeting(story, c) || hostReceivedTheGroup(c))
  ) {
    target.place = c.placeHere;
    target.rules.push({ rule: 'place:place-of-told-meeting', span: evidence });
  }
  if (c.forum && !target.forum) {
    target.forum = c.forum;
    target.rules.push({ rule: 'forum:forum-names-told-group', span: evidence });
  }
  if (callNamedByReference(c)) {
    target.kind = 'call';
    target.rules.push({ rule: 'kind:call-named-by-reference', span: evidence });
  }
  for (const { name, rule } of BACK_REFERENCE_RULES) {
    const n = target.participants.length;
    rule(story, c, target.participants);
    if (target.participants.length !== n) target.rules.push({ rule: `participants:${name}`, span: evidence });
  }
  story.cands.push({
    trigger: c.t,
    kind: target.kind,
    status: target.status,
    participants: [],
    forum: null,
    place: null,
    date: null,
    sentence: c.si,
    evidence,
    within: target,
    anaphoric: true,
    record: undefined,
    rules: [],
  });
  return false;
}
