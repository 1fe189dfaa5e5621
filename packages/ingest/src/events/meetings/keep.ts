import { dateInClause } from '../../dates.js';
import type { EntityIndex } from '../../entities/index.js';
import { MONTHS } from '../../text/calendar-words.js';
import { ARRIVED_THEN, ON_ARRIVAL } from './arrival.js';
import { presenceList } from './attendance.js';
import { visitedCountry } from './parties.js';
import type { Story, Trigger, TriggerCtx } from './types.js';
import { placeIn } from './when-where.js';

// The rules that drop a trigger as a passing mention rather than a meeting. Each returns false
// to drop.

/** A day told as the sitting's owner: "Monday's meeting of ...", "Tuesday’s summit". */
const DAY_BEFORE =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]omorrow)['’]s\s+(?:[\w-]+\s+){0,2}$/;

/** Right after a sitting: its day and month, with no year ("the Leaders’ Meeting on 12 November", "on November 12"). */
const DAY_MONTH_AFTER = new RegExp(
  `^\\s+(?:on|from)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS.join('|')})|(?:${MONTHS.join('|')})\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b`,
  'i',
);

/**
 * Rule: "ministers took part in a regular meeting of ...", "leaders attended the opening
 * ceremony of their annual meeting", "the ministers are in Addis Ababa, attending the 46th
 * Ordinary Session", "delegates took part in their 9th Regional Forum", "will head to Munich to
 * attend the security conference": taking part in a sitting, or in a part of it, says it was (or
 * is being, or will be) held.
 */
const ATTENDED_BEFORE =
  /(?:\b(?:took part in|participated in|attended|joined)|\bto\s+(?:attend|take part in|participate in)|(?:\b(?:is|are|was|were)\s+|,\s*)(?:taking part in|participating in|attending))\s+(?:a|an|the|their|its)\s+(?:[\w’'-]+\s+){0,3}(?:of\s+(?:the|their|its)\s+(?:[\w’'-]+\s+){0,3})?$/;
export function attendedSitting(beforeTrigger: string): boolean {
  return ATTENDED_BEFORE.test(beforeTrigger);
}

/** Right before a sitting: its host or chair ("India hosted the 19th", "Riyadh will host tomorrow the 15th annual"). */
const HOSTED_BEFORE =
  /\b(?:hosted|hosts|host|hosting|chaired|chairs|chairing|presided over|presides over|led|leads)\s+(?:(?:today|tomorrow|yesterday|on\s+[A-Z]\w+)\s+)?(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,4}$/;

/**
 * Rule: "India hosted the 19th meeting of the Council of Heads of Government", "Riyadh will host
 * tomorrow the 15th annual consultative summit", "Minister X led the Meeting of the Foreign
 * Ministers": a sitting with a host or a chair is held (or planned), not a passing mention.
 * "commented on the 19th meeting" is left to the other rules.
 */
export function hostedSitting(beforeTrigger: string): boolean {
  return HOSTED_BEFORE.test(beforeTrigger);
}

/** Right after a sitting: a verb of its start ("kicked off in Dhahran", "got under way", "commenced"). */
const UNDER_WAY_AFTER =
  /^(?:\s+\([\w-]+\))?(?:\s+[\w’'-]+){0,6}?\s+(?:(?:has|have|was|is)\s+)?(?:kicked off|kicks off|got under\s?way|gets under\s?way|started|starts|commenced|commences|opens|begins|is under\s?way)\b/;

/**
 * Rule: "The 29th Arab League (AL) Summit kicked off in Dhahran", "the session got under way": a
 * sitting told by the verb of its start was held. "the summit that was postponed" is left alone.
 */
export function sittingGotUnderWay(afterTrigger: string): boolean {
  return UNDER_WAY_AFTER.test(afterTrigger);
}

/** Right before a sitting's name: its opening or its close ("the end of the 54th Forum", "the opening of the summit"). */
const OPENS_OR_ENDS_BEFORE =
  /\b(?:end|close|closing|conclusion|opening|start|launch)\s+of\s+(?:the\s+)?(?:[\w’'()–-]+\s+){0,6}$/i;

/**
 * Rule: "'Clear actions' mark the end of the 54th Pacific Islands Forum", "at the opening of the
 * summit": a sitting whose opening or close is told took place. "the end of the war" is no
 * sitting, and "ahead of the summit" no opening.
 */
export function sittingOpensOrEnds(beforeTrigger: string): boolean {
  return OPENS_OR_ENDS_BEFORE.test(beforeTrigger);
}

/**
 * Rule: a visit is a meeting when it is paid to a person ("visited Lukashenko"), or by a named
 * person to a foreign country ("Tinubu's state visit to France": the visitor and the host
 * country, see hostCountryOfVisit), and no other meeting of the sentence is what the trip was for
 * ("visited Minsk to attend the summit"). A trip with neither is no meeting.
 */
export function visitToPerson(story: Story, c: TriggerCtx): boolean {
  const { t, sent } = c;
  if (t.hint !== 'visit') return true;
  const visitee = story.reg
    .mentionsIn(t.end, Math.min(sent.end, t.end + 25))
    .find((m) => story.reg.get(m.ref)?.kind === 'person');
  const host = visitedCountry(story.doc, story.reg, t);
  return !(
    (!visitee && !(host && c.participants.includes(host))) ||
    c.participants.length < 2 ||
    c.sentTriggers.some((o) => o !== t && o.start >= sent.start && o.end <= sent.end && o.hint !== 'visit')
  );
}

/**
 * Rule: "X arrived in Kenya on Wednesday and was received by Foreign Minister Y", "X was welcomed
 * at Simon Bolivar International Airport by Y": a reception on arrival is protocol, not a meeting
 * (the talks that follow are told on their own). "X was received by President Y at the palace"
 * is left a meeting.
 */
export function notAReceptionOnArrival(story: Story, c: TriggerCtx): boolean {
  const { t, sent } = c;
  if (!/^(?:received|welcomed|greeted|met)$/.test(t.text)) return true;
  const before = story.text.slice(Math.max(sent.start, t.start - 200), t.start);
  return !(ARRIVED_THEN.test(before) || ON_ARRIVAL.test(story.text.slice(t.end, t.end + 80)));
}

/**
 * Rule: "Present at the talks were A, B and C" after talks were told: the sentence lists who was
 * at those talks (addAttendance seats them); its "talks" tells no meeting of its own.
 */
export function notAPresenceList(story: Story, c: TriggerCtx): boolean {
  if (!story.cands.length || !presenceList(c.sent.exact)) return true;
  return !/^\W*(?:(?:Among|Also)\s+)?[^,;:]{0,60}\bat\s+(?:the|these|those|this)\s+(?:[\w’'-]+\s+){0,3}$/i.test(
    story.text.slice(c.sent.start, c.t.start),
  );
}

/** A verb that carries a process on, right before "dialogue" or "negotiations": "pursue dialogue", "conclude the negotiations". */
const PROCESS_VERB_BEFORE =
  /\b(?:pursue|pursuing|pursued|conclude|concluding|maintain|maintaining|deepen|deepening|strengthen|strengthening|advance|advancing|complete|completing|finali[sz]e|finali[sz]ing|accelerate|accelerating)\s+(?:(?:the|a|an|our|their|its|his|her)\s+)?(?:[a-z-]+\s+)?["“]?$/;

/**
 * Rule: "we must decide how to pursue dialogue with Belarus", "pledged to conclude negotiations
 * with the European Union": a dialogue or negotiations carried on as a process is no meeting of
 * its own. "held a dialogue with", "the negotiations in Geneva on Monday" are left to the other rules.
 */
export function notAnOngoingProcess(story: Story, c: TriggerCtx): boolean {
  const { t, sent } = c;
  if (!/^(?:dialogue|Dialogue|negotiations|Negotiations)$/.test(t.text)) return true;
  return !PROCESS_VERB_BEFORE.test(story.text.slice(Math.max(sent.start, t.start - 60), t.start));
}

/** After "spoke": "to" or "with", and where its object starts. */
const SPOKE_TO = /^\s+(?:(?:today|yesterday|later|briefly|separately)\s+)?(?:to|with)\s+(?:the\s+)?/i;

/** The press as the object of "spoke to" ("reporters", "the media", "journalists"). */
const THE_PRESS = /^(?:reporters|journalists|press|media|newsmen|correspondents)\b/i;

/**
 * Rule: "A and B spoke to reporters", "the ministers spoke to ENA": speaking to the press, or to
 * a news outlet, is an interview, not a meeting of the speakers. "spoke to Foreign Minister X"
 * is a conversation.
 */
export function notSpokeToThePress(story: Story, c: TriggerCtx): boolean {
  const { t } = c;
  if (!/^(?:spoke|speaks|speak|talked)$/.test(t.text)) return true;
  const after = story.text.slice(t.end, t.end + 80);
  const to = SPOKE_TO.exec(after);
  if (!to) return true;
  if (THE_PRESS.test(after.slice(to[0].length))) return false;
  const at = t.end + to[0].length;
  const object = story.reg.mentionsIn(at, at + 60).find((m) => m.start === at);
  const rec = story.reg.get(object?.ref);
  return !(rec?.kind === 'organization' && rec.orgKind === 'media');
}

/** An alliance, a body of one or a format (G20) named within a few words of the trigger. */
function unionNear(idx: EntityIndex, t: Trigger): boolean {
  return idx.orgHits.some(
    (h) =>
      h.end >= t.start - 40 &&
      h.start <= t.end + 60 &&
      (h.rec.orgKind === 'alliance' || h.rec.orgKind === 'body' || h.rec.orgKind === 'other'),
  );
}

/** Rule: a sitting with no forum, no party and no place is kept only near ministers, leaders or a union. */
export function sittingOfSomeone(story: Story, c: TriggerCtx): boolean {
  const { t, kind } = c;
  if (kind !== 'session' && kind !== 'summit' && kind !== 'multilateral') return true;
  if (
    c.forum ||
    c.participants.length ||
    c.placeHere ||
    placeIn(story.doc, story.reg, c.sent.start, c.sent.end)
  )
    return true;
  // "Leaders from six countries along the Danube convened": the group may open the sentence
  return (
    /\b(?:ministers|leaders|heads)\b/i.test(
      story.text.slice(Math.max(c.sent.start, t.start - 120), t.end + 60),
    ) || unionNear(story.idx, t)
  );
}

/**
 * Rule: a sitting told with neither parties, date, enclosing meeting nor place of its own ("the
 * summits, the negotiations in Beijing, ...": a place told for the next meeting is not this
 * one's; "simultaneously with the meetings of the X") is kept only when told as held or attended.
 */
export function sittingToldAsHeld(story: Story, c: TriggerCtx): boolean {
  const { text } = story;
  const { t, sent, clause, kind, before } = c;
  if (kind !== 'session' && kind !== 'summit' && kind !== 'multilateral') return true;
  if (c.participants.length) return true;
  const enclosing =
    /\b(?:during|on the sidelines of|on the margins of|on the fringes of|alongside|in conjunction with|at|within the framework of)\s+(?:the\s+|a\s+)?(?:[\w’'()-]+\s+){0,8}$/i.test(
      text.slice(Math.max(sent.start, t.start - 120), t.start),
    );
  const dateAfter =
    dateInClause(text.slice(t.start, clause.end), story.anchor) ??
    (DAY_BEFORE.test(before) || DAY_MONTH_AFTER.test(c.after) ? 'day' : null);
  if (
    dateAfter ||
    enclosing ||
    placeIn(story.doc, story.reg, t.end, c.ownEnd, t) ||
    /^\s*(?:\(|was|is|will)/.test(c.after)
  )
    return true;
  return (
    /\b(?:held|took place|met|convened|gathered|opened|began|ended|concluded|closed|is taking place|hosted)\b/.test(
      text.slice(t.start, clause.end),
    ) ||
    sittingGotUnderWay(text.slice(t.end, clause.end)) ||
    sittingOpensOrEnds(text.slice(clause.start, t.start)) ||
    attendedSitting(text.slice(clause.start, t.start)) ||
    hostedSitting(text.slice(clause.start, t.start)) ||
    gatheredForSitting(text.slice(clause.start, t.start)) ||
    headsActedAtSitting(text.slice(sent.start, t.start))
  );
}

/**
 * Right before a sitting: "gathered in Washington for a", "converged in Abuja for the", "came to Addis Ababa for the", "who are here for the", "opened their annual", "G7 leaders open",
 * "EU foreign ministers held talks".
 * Not "met ... for a summit": "met" is a trigger of its own, which tells that meeting.
 */
const GATHERED_BEFORE =
  /(?:\b(?:gathered|gather|gathers|convened|convene|convenes|converged|converge|converges|assembled|arrived|arrive|arrives|flew in|came|come|comes|travell?ed|flew|(?:are|were|is|was)\s+here)\b[^.;]{0,100}?\b(?:for|at)\s+(?:a|an|the|their|its)\s+|\b(?:opened|open|opens|began|begin|begins|wrapped up|wrap up|closed|concluded|kicked off|kick off|held|hold|holds)\s+(?:a|an|the|their|its)?\s*)(?:[\w’'-]+\s+){0,3}$/;

/** Rule: "NATO leaders gathered in Washington for a summit", "leaders opened their annual summit": the sitting was held. */
export function gatheredForSitting(clauseBeforeTrigger: string): boolean {
  return GATHERED_BEFORE.test(clauseBeforeTrigger);
}

/** "The heads of state and government have examined": a body's heads acting together. */
const HEADS_ACTED =
  /\b(?:heads\s+of\s+(?:[Ss]tate|[Gg]overnment)(?:\s+and\s+[Gg]overnment)?|leaders|foreign\s+ministers|ministers)\s+(?:(?:have|has|had|also|jointly|on\s+\w+)\s+)*(?:examined|reviewed|assessed|considered|adopted|approved|discussed|debated)\b[^.;]{0,80}?\b(?:of|at|during)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}$/;

/**
 * Rule: "The African heads of State have examined Friday, the second day of the 23rd African Union
 * Summit, ...": the heads of a body acting together ("examined", "reviewed", "adopted") on a
 * day "of" or "at" a sitting tell it as held. A sitting named with no one acting at it ("the
 * draft budget of the 30th Summit") is left to the other rules.
 */
export function headsActedAtSitting(sentenceBeforeTrigger: string): boolean {
  return (
    /\b(?:heads|leaders|ministers)\b/.test(sentenceBeforeTrigger) && HEADS_ACTED.test(sentenceBeforeTrigger)
  );
}

/**
 * Rule: "The summit opened in X as the chair was handed over from A to B at a ceremony": a
 * ceremony told in the same sentence after a summit or session is a part of that sitting, not
 * talks of the two people it names. False drops it.
 */
export function ceremonyOfSitting(_story: Story, c: TriggerCtx): boolean {
  if (c.t.text !== 'ceremony' || (c.kind !== 'bilateral' && c.kind !== 'multilateral')) return true;
  return !c.sentTriggers.some((o) => o.start < c.t.start && (o.hint === 'summit' || o.hint === 'session'));
}

/** Words before a plural sitting noun that speak of sittings in general: "previous GCC summits", "regular sessions". */
const SITTINGS_IN_GENERAL =
  /\b(?:previous|past|earlier|prior|former|recent|future|upcoming|coming|subsequent|successive|regular|annual|several|many|numerous|all|various|such|other)\s+(?:[\p{Lu}][\p{L}\d-]*\s+){0,3}$/u;

/**
 * Rule: "resolutions adopted by previous GCC summits", "at regular sessions of the council":
 * sittings spoken of in general, in the plural, are no meeting told. "the two summits held in
 * Minsk and Moscow" (no such word) and a singular "the previous summit" are left to the other rules.
 */
export function sittingsInGeneral(story: Story, c: TriggerCtx): boolean {
  if (!/^(?:summits|sessions|meetings|sittings|talks)$/i.test(c.t.text)) return true;
  return !SITTINGS_IN_GENERAL.test(story.text.slice(Math.max(c.sent.start, c.t.start - 60), c.t.start));
}
