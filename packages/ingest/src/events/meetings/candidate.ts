import { actorsIn } from './actors.js';
import { sittingOrdinal } from './ordinal.js';
import { countryOfPerson, sentenceSubject, visitedCountries } from './parties.js';
import type { Candidate, Story, TriggerCtx } from './types.js';

// The last step of a trigger: the telling it makes, or one per party of "separate meetings".

/** The kinds told with a number in their series ("the 44th summit", "the 161st session"). */
const GROUP_SITTING = new Set(['session', 'summit', 'multilateral']);

/**
 * "separate meetings/talks/calls", "held meetings with A and B", "had a series of bilateral
 * meetings with A and B": one meeting with each party named.
 */
const SEPARATE =
  /\bseparate\s+(?:bilateral\s+)?(?:meetings|talks|conversations|(?:phone\s+|telephone\s+)?calls)$|\b(?:held|had|holds|has held|also held)\s+(?:(?:a\s+)?(?:series|number|round)\s+of\s+|several\s+)?(?:bilateral\s+)?meetings$/i;

/**
 * Told with a definite article and nothing new ("The summit of CSTO leaders"): may repeat an
 * earlier one. "ahead of The Hague summit", "in preparation for the Vilnius summit", "the next
 * summit" are a later sitting, not a retelling.
 */
function toldAsDefinite(before: string, participants: string[]): boolean {
  return (
    /\b(?:the|this|that)\s+(?:\w+\s+){0,2}$/i.test(before) &&
    !participants.length &&
    !/\b(?:ahead of|in preparation for|preparations? for|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(
      before,
    ) &&
    !/\b(?:next|previous|last|upcoming|latest|first|second|third|another|new)\s+(?:\S+\s+){0,3}$/i.test(
      before,
    )
  );
}

/** A past time of a meeting's own, right after its verb: "last year", "twice", "two years ago", "in 2019". */
const EARLIER_TIME =
  /^[^.;:,“”"]{0,40}?\b(?:last (?:year|month|summer|autumn|fall|winter|spring)|(?:twice|three times|several times|many times|\d+ times)|(?:a|one|two|three|\d+) (?:years?|months?) ago|previously|in ((?:19|20)\d\d))\b/;

/** A month right after the verb of a pluperfect: "had met in December", "had met on March 3". */
const PAST_MONTH =
  /^[^.;:,“”"]{0,30}?\b(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Rule: "Xi said he met Duterte twice last year", "they last met two years ago": a meeting told
 * with a past time of its own is an earlier meeting than the one the story is about, not a
 * retelling of it; so is one told as "last met" or "had met in December". A year counts only
 * when it is before the story's own.
 */
export function toldAsEarlier(story: Story, c: TriggerCtx): boolean {
  if (c.status !== 'held' || (c.t.hint !== 'meet' && c.t.hint !== 'call')) return false;
  const lead = story.text.slice(Math.max(c.clause.start, c.t.start - 20), c.t.start);
  // "they last met in Lima", "had previously met"
  if (/\b(?:last|previously|had\s+(?:last|previously|already|first))\s+$/.test(lead)) return true;
  // "the two leaders had met in December": a pluperfect with a month names an earlier meeting
  if (/\bhad\s+$/.test(lead) && PAST_MONTH.test(story.text.slice(c.t.end, c.clause.end))) return true;
  const m = EARLIER_TIME.exec(story.text.slice(c.t.end, c.clause.end));
  if (!m) return false;
  if (!m[1]) return true;
  const storyYear = story.anchor ? Number(story.anchor.iso.slice(0, 4)) : null;
  return storyYear !== null && Number(m[1]) < storyYear;
}

/** Rule: "X held separate meetings with A and B": one bilateral with each. True when it split the telling. */
function separateMeetings(story: Story, c: TriggerCtx, telling: Candidate): boolean {
  const { t, sent } = c;
  const subject = telling.participants[0];
  if (
    !SEPARATE.test(story.text.slice(Math.max(sent.start, t.start - 45), t.end)) ||
    !subject ||
    telling.participants.length < 3 ||
    story.reg.get(subject)?.kind !== 'person'
  )
    return false;
  const kind = telling.kind === 'call' ? 'call' : 'bilateral';
  pushOnePerParty(story, telling, subject, telling.participants.slice(1), kind, 'separate-meetings');
  return true;
}

/** One telling of the subject with each of `others`, split from `telling` by the rule named. */
function pushOnePerParty(
  story: Story,
  telling: Candidate,
  subject: string,
  others: readonly string[],
  kind: 'call' | 'bilateral',
  rule: string,
): void {
  for (const other of others)
    story.cands.push({
      ...telling,
      kind,
      participants: [subject, other],
      separate: true,
      rules: [...telling.rules, { rule, span: telling.evidence }],
    });
}

/**
 * The words of several calls at a trigger: "received phone calls from", "made calls to", "held
 * phone conversations with", "spoke by phone separately with". One "phone call with B and C" is
 * one call of three (a conference call); the plural or "separately" says each was its own.
 */
const PLURAL_CALLS =
  /^(?:(?:received|receives|made|makes|held|holds|had|has|conducted)\s+(?:(?:separate|several|a series of|a number of)\s+)?)?(?:(?:tele)?phone\s+)?(?:calls|conversations)\s+(?:\w+\s+){0,3}?(?:from|with|to)\s|^(?:spoke|talked|speaks|talks)\s+(?:by|over the|on the)\s+(?:tele)?phone\s+separately\s+with\s/i;

/** Where the list of callers ends: a new clause ("to discuss", "during which", ", who", ", but"). */
const END_OF_CALLERS = /,?\s+(?:to\s+discuss|during\s+which|in\s+which|where|who|which|but|while)\b/;

/**
 * Rule: "Minister A received phone calls on Sunday from Minister B of X; Minister C of Y; and
 * Minister D of Z", "A held phone conversations with B, C and D": one call between the subject and
 * each person listed after the trigger (the list may run past the semicolons that end the clause).
 * True when it split the telling.
 */
function oneCallPerParty(story: Story, c: TriggerCtx, telling: Candidate): boolean {
  const { t, sent } = c;
  const { text, reg, doc } = story;
  if (!PLURAL_CALLS.test(text.slice(t.start, Math.min(sent.end, t.end + 60)))) return false;
  const subject = sentenceSubject(doc, reg, sent, t) ?? telling.participants[0];
  if (
    !subject ||
    reg.get(subject)?.kind !== 'person' ||
    !reg.mentionsIn(sent.start, t.start).some((m) => m.ref === subject)
  )
    return false;
  const tail = text.slice(t.end, sent.end);
  const stop = END_OF_CALLERS.exec(tail);
  const end = t.end + (stop ? stop.index : tail.length);
  const callers = actorsIn(reg, t.end, end, ['person']).filter(
    (r) => r !== subject && !c.speakers.has(r) && !c.absent.has(r),
  );
  if (callers.length < 2) return false;
  pushOnePerParty(story, telling, subject, callers, 'call', 'one-call-per-party');
  return true;
}

/** Words that make a meeting of several one meeting: "trilateral", "jointly", "together". */
const ONE_MEETING_OF_SEVERAL =
  /\b(?:trilateral|quadrilateral|three-way|four-way|joint|jointly|together|group|collectively|round-?table|all\s+(?:three|four|five))\b/i;

/**
 * The subject of a telling of talks with several persons, and those others, when the sentence
 * does not tell one joint meeting ("trilateral", "together") and every other party is a person.
 */
function subjectMeetingPersons(
  story: Story,
  c: TriggerCtx,
  telling: Candidate,
): { subject: string; others: string[] } | null {
  if (ONE_MEETING_OF_SEVERAL.test(c.sent.exact)) return null;
  const subject = sentenceSubject(story.doc, story.reg, c.sent, c.t) ?? telling.participants[0];
  if (!subject || story.reg.get(subject)?.kind !== 'person') return null;
  const others = telling.participants.filter((p) => p !== subject && story.reg.get(p)?.kind === 'person');
  return others.length === telling.participants.length - 1 ? { subject, others } : null;
}

const MET_OR_RECEIVED = /^(?:met|meets|meet|received|receives)$/;

/** "took part in bilateral talks with A, B and C", "held bilateral meetings in Suva with ...": talks of two, told in the plural. */
function bilateralTalks(c: TriggerCtx): boolean {
  return (
    /^(?:talks|meetings|discussions|consultations)$/.test(c.t.text) &&
    /\bbilateral\s+$/.test(c.before.slice(-12))
  );
}

/**
 * Rule: "He also met his Serbian counterpart A, North Macedonian Foreign Minister B and
 * Montenegrin Foreign Minister C", "Xi met Kazakh President A, Tajik President B and Kyrgyz
 * President C", "took part in bilateral talks with A, B and C": one person meeting three or more
 * others, each of another country (three at least told), met each on their own. Two others may be a trilateral and stay one meeting, as does a sentence that says
 * the meeting was joint ("a trilateral meeting", "together"). True when it split the telling.
 */
function oneMeetingPerCounterpart(story: Story, c: TriggerCtx, telling: Candidate): boolean {
  if (telling.kind === 'call' || telling.forum || !(MET_OR_RECEIVED.test(c.t.text) || bilateralTalks(c)))
    return false;
  const meeting = subjectMeetingPersons(story, c, telling);
  if (!meeting || meeting.others.length < 3) return false;
  const { subject, others } = meeting;
  // every country told is another one; a person whose country the text does not give may be among them
  const countries = others.map((p) => countryOfPerson(story.reg, p)).filter((x): x is string => x !== null);
  const own = countryOfPerson(story.reg, subject);
  if (countries.length < 3 || countries.includes(own ?? '') || new Set(countries).size !== countries.length)
    return false;
  pushOnePerParty(story, telling, subject, others, 'bilateral', 'one-meeting-per-counterpart');
  return true;
}

/** Right after the trigger: "with his counterparts from", "her counterparts of". */
const COUNTERPARTS_FROM =
  /^\s+(?:with\s+)?(?:his|her|their|its)\s+(?:[\w-]+\s+)?counterparts\s+(?:from|of)\s/i;

/**
 * Rule: "Foreign Minister X met with his counterparts from A, B and C on the sidelines of ...": a
 * person meeting the counterparts of three or more countries, none of them named, met each on
 * their own (one meeting per country, which a later telling naming that country's minister
 * retells). A sentence that says the meeting was joint ("a trilateral meeting", "together"), and
 * two countries (a trilateral), stay one meeting. True when it split the telling.
 */
function oneMeetingPerCountryOfCounterparts(story: Story, c: TriggerCtx, telling: Candidate): boolean {
  if (telling.kind === 'call' || telling.forum || ONE_MEETING_OF_SEVERAL.test(c.sent.exact)) return false;
  if (!COUNTERPARTS_FROM.test(story.text.slice(c.t.end, c.t.end + 40))) return false;
  const { reg } = story;
  const subject = sentenceSubject(story.doc, reg, c.sent, c.t) ?? telling.participants[0];
  if (!subject || reg.get(subject)?.kind !== 'person') return false;
  const others = telling.participants.filter((p) => p !== subject);
  const own = countryOfPerson(reg, subject);
  const isCountry = (p: string): boolean => {
    const r = reg.get(p);
    return r?.kind === 'place' && r.placeKind === 'country' && p !== own;
  };
  if (others.length < 3 || !others.every(isCountry)) return false;
  pushOnePerParty(story, telling, subject, others, 'bilateral', 'one-meeting-per-country-of-counterparts');
  return true;
}

/**
 * Rule: "Turkish Foreign Minister X also met with Algerian Foreign Minister A and Algerian Prime
 * Minister B", "met his Algerian counterpart A and Prime Minister B": a visitor of a told country
 * meeting two hosts of one other country (told for one of them at least) met each on their own.
 * Two others of two countries may be a trilateral ("Japan's foreign minister met his South Korean
 * and Chinese counterparts in Busan") and stay one meeting; so does a sentence that says the
 * meeting was joint ("together"), and two compatriots of the subject ("the president met his
 * foreign and defence ministers"). True when it split the telling.
 */
function oneMeetingWithEachOfTwo(story: Story, c: TriggerCtx, telling: Candidate): boolean {
  const { t, sent } = c;
  if (telling.kind !== 'bilateral' && telling.kind !== 'multilateral') return false;
  if (telling.forum || !/^(?:met|meets|meet|received|receives|discussed|talks)$/.test(t.text)) return false;
  const meeting = subjectMeetingPersons(story, c, telling);
  if (meeting?.others.length !== 2) return false;
  const { subject, others } = meeting;
  if (!story.reg.mentionsIn(sent.start, t.start).some((m) => m.ref === subject)) return false;
  const own = countryOfPerson(story.reg, subject);
  // a visitor of a told country, and hosts of one other country told for one of them at least
  const told = new Set(
    others.map((p) => countryOfPerson(story.reg, p)).filter((x): x is string => x !== null),
  );
  if (own === null || told.size !== 1 || told.has(own)) return false;
  pushOnePerParty(story, telling, subject, others, 'bilateral', 'one-meeting-with-each-of-two');
  return true;
}

/**
 * Rule: "Foreign Minister A visited Chile and Peru", "will pay official visits to Chile, Peru and
 * Bolivia", "a tour of Paris and Berlin": one visit by the one visitor to each country listed
 * (a city for its country), none of them the visitor's own. True when it split the telling.
 */
function oneVisitPerCountry(story: Story, c: TriggerCtx, telling: Candidate): boolean {
  if (c.t.hint !== 'visit' || telling.forum) return false;
  const visitor = telling.participants[0];
  if (!visitor || story.reg.get(visitor)?.kind !== 'person') return false;
  const own = countryOfPerson(story.reg, visitor);
  const countries = visitedCountries(story.doc, story.reg, c.t).filter((x) => x !== own);
  if (countries.length < 2) return false;
  pushOnePerParty(story, telling, visitor, countries, 'bilateral', 'one-visit-per-country');
  return true;
}

/** Right before a sitting: the words that put another one before it ("The meeting precedes the APEC Leaders’ Meeting"). */
const AHEAD_OF_ANOTHER =
  /\b(?:precedes|preceded|will\s+precede|ahead\s+of|in\s+the\s+run-up\s+to|prior\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,6}$/i;

/** Right before a trigger: "and then he will", ", then", "afterwards he": the next in a sequence of meetings. */
const THEN_BEFORE =
  /(?:\band\s+then|,\s*then|\bafterwards|\bafter\s+that|\bsubsequently)\s+(?:(?:he|she|they|[A-Z][\w’'-]+)\s+)?(?:(?:will|would|is\s+to|was\s+to|also)\s+)*(?:have\s+(?:a|an)\s+(?:[\w-]+\s+)?)?$/;

/** Right after a trigger: others met in the plural and unnamed ("with his African counterparts"). */
const UNNAMED_PLURAL_OBJECT =
  /^\s+with\s+(?:his|her|their|its|several|a\s+number\s+of)\s+(?:[\w-]+\s+){0,2}(?:counterparts|colleagues|peers|leaders|ministers|heads\s+of\s+(?:state|government|delegations?))\b(?!\s+(?:of\s+)?[A-Z])/;

/** The last step: the telling of the trigger, added to the story's. */
export function addTelling(story: Story, c: TriggerCtx): boolean {
  const { before } = c;
  const evidence = story.reg.span(c.sent.start, c.sent.end);
  const telling: Candidate = {
    trigger: c.t,
    kind: c.kind,
    status: c.status,
    participants: c.participants,
    forum: c.forum,
    place: c.place,
    date: c.date,
    sentence: c.si,
    evidence,
    within: null,
    anaphoric: false,
    definite: toldAsDefinite(before, c.participants),
    also: /\balso\s+$/.test(before),
    sequel: THEN_BEFORE.test(before),
    round: c.participants.length <= 1 && UNNAMED_PLURAL_OBJECT.test(story.text.slice(c.t.end, c.t.end + 60)),
    earlier: toldAsEarlier(story, c),
    next: /\bnext\s+(?:[\w-]+\s+){0,2}$/i.test(before) && c.status === 'planned',
    ahead: AHEAD_OF_ANOTHER.test(before),
    ordinal: GROUP_SITTING.has(c.kind)
      ? sittingOrdinal(story.text.slice(c.sent.start, c.t.start))
      : undefined,
    rules: c.rules.map((rule) => ({ rule, span: evidence })),
  };
  if (
    !oneCallPerParty(story, c, telling) &&
    !oneVisitPerCountry(story, c, telling) &&
    !separateMeetings(story, c, telling) &&
    !oneMeetingPerCounterpart(story, c, telling) &&
    !oneMeetingPerCountryOfCounterparts(story, c, telling) &&
    !oneMeetingWithEachOfTwo(story, c, telling)
  )
    story.cands.push(telling);
  return true;
}
