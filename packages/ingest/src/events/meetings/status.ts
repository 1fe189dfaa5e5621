import { laterMonthIn } from '../../dates.js';
import { named } from './rule-names.js';
import type { Story, TriggerCtx } from './types.js';

// Stage 5, status: a meeting is held unless its clause tells it is still to come.

/** Words near a trigger that tell a meeting still to come. */
export const PLANNED =
  /\b(?:(?:new|another|next) (?:meeting|round|talks|summit|session|visit|week|month|year)|whether to|to travel to|preparations? for|preparing for|to prepare|prepare to|prepares to|preparing to|to resume|will|would|shall|to meet|to hold|to take part|to attend|plans? to|(?<!-)planned|planning|is scheduled|are scheduled|scheduled to|(?:is|are) set (?:for|to)|(?:is|are) due (?:for|to)|is expected|are expected|upcoming|ahead of the|to be held|may meet|could meet|opportunity to|agreed to meet|looks? forward to|looking forward to|hopes? to|hoping to|(?:excited|eager|keen) to|invit\w* to|future|preceded by|postponed|potential|if)\b/i;

const PAST_TENSE = /\b(?:held|met|took place|was|were|had|did|convened|gathered|hosted)\b/;

/** Rule: "the meeting in Brussels in June" in a May story, with no past tense: still to come. */
function laterMonthThisYear(story: Story, c: TriggerCtx): boolean {
  const { text } = story;
  return (
    laterMonthIn(text.slice(c.t.end, c.ownEnd), story.anchor) &&
    !PAST_TENSE.test(text.slice(c.clause.start, c.ownEnd))
  );
}

/** Rule: "A follow-up meeting between the two ministers is expected in Lisbon". */
function expectedAfterTrigger(story: Story, c: TriggerCtx): boolean {
  return /^[^.;]{0,60}?\b(?:is|are)\s+(?:expected|scheduled|planned|due|set)\b/.test(
    story.text.slice(c.t.end, c.ownEnd),
  );
}

/**
 * Where the words near a trigger start: not before a quotation that closes ahead of it, whose
 * words are the speaker's ("“... this will improve further,” X said after meeting Y").
 */
function afterClosedQuote(text: string, from: number, t: number): number {
  const near = text.slice(from, t);
  const close = Math.max(near.lastIndexOf('”'), near.lastIndexOf('," '), near.lastIndexOf('." '));
  return close >= 0 ? from + close + 1 : from;
}

/** Rule: "will meet", "plans to hold talks", "the upcoming summit": a word of the future near the trigger. */
function plannedWordsNear(story: Story, c: TriggerCtx): boolean {
  const { t, clause } = c;
  if (aheadOfHeldSittingOfForum(story, c)) return false;
  // "ministers agreed to hold the summit": what a sitting decided is no future of its own
  const upTo = DECIDED_AT_END.test(t.text) ? t.end : Math.min(clause.end, t.end + 20);
  const from = afterClosedQuote(story.text, Math.max(clause.start, t.start - 60), t.start);
  const near = story.text.slice(from, upTo);
  if (!PLANNED.test(near)) return false;
  // the trip and its purpose stand within the 300 characters before the trigger: a bounded read,
  // asked only where a word of the future was found
  return (
    !tripCarriedOut(story.text.slice(Math.max(clause.start, t.end - 300), t.end)) ||
    PLANNED.test(near.replace(PURPOSE_WORDS, ''))
  );
}

/** The infinitive of a trip's purpose: "to meet", "to hold", "to attend", "to take part". */
const PURPOSE_WORDS = /\bto (?:meet|hold|attend|take part)\b/gi;

/** A past trip whose purpose the trigger tells: "headed to the palace to meet", "flew to Paris to attend". */
const PAST_TRIP_FOR =
  /\b(?:headed|went|travel(?:l)?ed|flew|drove|came|proceeded|arrived|visited|was visiting|were visiting|convened|gathered|assembled)\b[^.;:]{0,80}?\bto (?:meet|hold|attend|take part)\b[^.;:]{0,160}$/;

/**
 * Rule: "Petro was welcomed at the airport and then headed to the palace to meet with Maduro",
 * "she flew to Paris to attend the summit", "who was visiting New York to attend the 72nd
 * General Assembly", "the presidents convened in Astana to hold their sixth consultative
 * meeting": the purpose of a trip or a gathering told in the past was carried out,
 * so "to meet" there is no future. "He will fly to Paris to meet X" stays planned ("will").
 */
function tripCarriedOut(upToTrigger: string): boolean {
  return PAST_TRIP_FOR.test(upToTrigger);
}

/**
 * Rule: "G7 ministers were meeting in London on Monday ... X met Y ahead of the G7 meeting": the
 * sitting a meeting came "ahead of", when the story has told it as held with that body, is that
 * held sitting, not one still to come.
 */
function aheadOfHeldSittingOfForum(story: Story, c: TriggerCtx): boolean {
  const forum = c.forum;
  return (
    !!forum &&
    /\bahead\s+of\s+the\s+(?:[\w’'-]+\s+){0,3}$/i.test(
      story.text.slice(Math.max(c.sent.start, c.t.start - 60), c.t.start),
    ) &&
    story.cands.some((o) => o.forum === forum && o.status === 'held' && o.trigger.start < c.t.start)
  );
}

/** A trigger that ends on what the sitting did ("Ministers on Monday agreed"): unionMinistersActed. */
const DECIDED_AT_END = /\b(?:agreed|decided|adopted|approved|endorsed|pledged|vowed|urged|called\s+for)$/;

/**
 * Rule: "Mercosur Summit scheduled for Asunción July 21", "Talks set for Monday": a headline's
 * participle with no verb before it tells a meeting still to come.
 */
function scheduledForAfterTrigger(story: Story, c: TriggerCtx): boolean {
  return /^\s+(?:scheduled|set|slated|due|planned|rescheduled|moved)\s+(?:for|to\s+(?:open|start|begin|take\s+place))\b/i.test(
    story.text.slice(c.t.end, c.ownEnd),
  );
}

/**
 * Rule: "The call comes ahead of a meeting between A, B and C", "ahead of meetings next week": a
 * meeting told indefinitely after "ahead of" is still to come ("ahead of the G7 meeting" may be a
 * sitting the story tells as held, and plannedWordsNear reads it).
 */
function aheadOfAMeeting(story: Story, c: TriggerCtx): boolean {
  return /\bahead\s+of\s+(?:a|an|(?:[\w-]+\s+)?(?=meetings|talks|calls))\s*(?:[\w-]+\s+){0,2}$/i.test(
    story.text.slice(Math.max(c.sent.start, c.t.start - 40), c.t.start),
  );
}

/** The status rules, in order: the first that fires makes the meeting planned. */
export const STATUS_RULES = named([
  laterMonthThisYear,
  expectedAfterTrigger,
  scheduledForAfterTrigger,
  plannedWordsNear,
  aheadOfAMeeting,
]);

/** Stage 5: held or planned. */
export function findStatus(story: Story, c: TriggerCtx): boolean {
  c.status = 'held';
  for (const { name, rule } of STATUS_RULES)
    if (rule(story, c)) {
      c.status = 'planned';
      c.rules.push(`status:${name}`);
      break;
    }
  return true;
}
