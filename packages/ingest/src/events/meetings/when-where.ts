import { dateInClause } from '../../dates.js';
import { type Doc, sentenceAt } from '../../doc.js';
import type { Registry } from '../../entities/registry.js';
import { capitalOfCountry } from '../../gazetteer/countries.js';
import { GROUP_KINDS } from './merge.js';
import type { Candidate, Story, Trigger, TriggerCtx } from './types.js';

// Stage 4, when and where: the date and place of a meeting, read from its own clause first.

/** A verb of saying that opens reported speech: "said that", "told reporters". */
const REPORTED_SPEECH =
  /\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?(?:reporters|journalists|the\s+press|media)|noted|added|stated|announced|stressed)\s+(?:on\s+\w+\s+)?(?:that\s+)?/g;

/** A relative clause that says when a meeting is or was held. */
const RELATIVE_DATING =
  /^\s*,?\s*(?:(?:which|that)\s+(?:will\s+be|is\s+to\s+be|is\s+due\s+to\s+be|was|is|were|has\s+been|had\s+been)\s+(?:held|convened|hosted)|(?:which|that)\s+(?:will\s+)?(?:take|takes|took)\s+place|to\s+be\s+held|scheduled\s+for|due\s+to\s+be\s+held)\b/i;

/** A time other than the story's day, without a date: the dateline does not date it. */
const OTHER_TIME =
  /\b(?:earlier|later|last|next|this|past|previous) (?:month|week|year|weekend|autumn|spring|summer|winter)\b|\b(?:ago|recently|previously)\b/i;

/**
 * The date told in [a, b). The dateline dates the story: a weekday in its first sentence is read
 * against it ("OSLO, March 13 — ... talks on Tuesday" is March 12), and its own date is the
 * meeting's only when the stretch gives no other.
 */
export function dateBetween(story: Story, a: number, b: number): string | null {
  const { text, anchor, dateline } = story;
  if (!dateline || dateline.end <= a || dateline.start >= b) return dateInClause(text.slice(a, b), anchor);
  const from = Math.max(a, dateline.start);
  const to = Math.min(b, dateline.end);
  const masked = text.slice(a, from) + ' '.repeat(to - from) + text.slice(to, b);
  const own = dateInClause(masked, anchor);
  if (own || OTHER_TIME.test(masked)) return own; // "Earlier this month, ..." is not the dateline's day
  return dateInClause(text.slice(dateline.start, dateline.end), anchor);
}

/**
 * Stage 4a: the trigger's own stretch of its clause, between the neighbouring triggers, and
 * before a trailing attribution ("..., Peskov told journalists on Thursday": its time is when it
 * was said).
 */
export function ownClause(story: Story, c: TriggerCtx): boolean {
  const { t, clause } = c;
  c.target0 = DAY_POSSESSIVE_BEFORE.test(c.before)
    ? sittingOfTheDay(story, t, c.before)
    : sidelineMeetingReferredTo(
        story,
        c,
        toldAsNamed(story, c) ?? story.cands.findLast((o) => o.trigger.start < t.start && !o.anaphoric),
      );
  c.nextTrigger = c.sentTriggers.find((o) => o.start >= t.end && o.start < clause.end && o.hint !== 'visit');
  const speakerAfter = story.reg
    .mentionsIn(t.end, c.nextTrigger ? c.nextTrigger.start : clause.end)
    .find((m) => c.speakers.has(m.ref));
  c.ownEnd = speakerAfter ? speakerAfter.start : c.nextTrigger ? c.nextTrigger.start : clause.end;
  if (!speakerAfter && c.nextTrigger && sidelinesOfNext(story.text.slice(t.end, c.nextTrigger.start)))
    c.ownEnd =
      c.sentTriggers.find((o) => o.start > (c.nextTrigger as Trigger).end && o.start < clause.end)?.start ??
      clause.end;
  return true;
}

/** A definite reference by a noun that names a kind of meeting: "the summit", "the call", "this session". */
const KIND_NOUN_REFERENCE = /\b(?:the|this|that)\s+$/i;

/** What a meeting told by such a noun was told as: a summit (or "summit talks"), a call, a session. */
function toldAs(story: Story, o: Candidate, noun: string): boolean {
  if (noun === 'summit')
    return (
      o.kind === 'summit' || /summit/i.test(story.text.slice(Math.max(0, o.trigger.start - 8), o.trigger.end))
    );
  if (noun === 'call') return o.kind === 'call';
  return noun === 'session' && o.kind === 'session';
}

/**
 * Rule: "he held summit talks with President X and met Speaker Y. At the summit, the two leaders
 * agreed ...": "the summit" (or "the call", "the session") points back to the latest meeting told
 * as one, not to the latest meeting told. Undefined when the noun names no kind or none was told so.
 */
export function toldAsNamed(story: Story, c: TriggerCtx): Candidate | undefined {
  const noun = c.t.text.toLowerCase();
  const bilateral = bilateralNamedBack(story, c, noun);
  if (bilateral) return bilateral;
  if (!/^(?:summit|call|session)$/.test(noun) || !KIND_NOUN_REFERENCE.test(c.before)) return undefined;
  const earlier = story.cands.filter((o) => o.trigger.start < c.t.start && !o.anaphoric);
  const latest = earlier[earlier.length - 1];
  // a sitting told last is what "the summit" names, however the writer called it before
  if (!latest || toldAs(story, latest, noun) || GROUP_KINDS.has(latest.kind)) return undefined;
  return earlier.findLast(
    (o) => toldAs(story, o, noun) && o.sentence >= c.si - 1 && o.sentence === latest.sentence,
  );
}

/** "the bilateral talks", "this bilateral meeting": a definite reference that names talks of two. */
const BILATERAL_REFERENCE = /\b(?:the|this|that|their)\s+bilateral\s+$/i;

/**
 * Rule: "Ruiz met Vidal in Lima. The talks came as a summit of the bloc opened in Quito. At the
 * bilateral talks, Ruiz ...": "the bilateral talks" point back at the latest bilateral meeting
 * told, past a sitting named since. "At the talks" still points at the latest meeting.
 */
function bilateralNamedBack(story: Story, c: TriggerCtx, noun: string): Candidate | undefined {
  if (!TALKS_WORD.test(noun) || !BILATERAL_REFERENCE.test(c.before)) return undefined;
  const earlier = story.cands.filter((o) => o.trigger.start < c.t.start && !o.anaphoric);
  const latest = earlier[earlier.length - 1];
  if (!latest || latest.kind === 'bilateral') return undefined;
  return earlier.findLast((o) => o.kind === 'bilateral');
}

/** A day's possessive right before the trigger: "Sunday's meeting", "part of yesterday's session", "this morning's meeting". */
export const DAY_POSSESSIVE_BEFORE =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|Yesterday|Today|Tomorrow|tonight|Tonight|(?:[Tt]his|[Yy]esterday|[Tt]omorrow)\s+(?:morning|afternoon|evening))['’]s\s+(?:[\w-]+\s+)?$/;

/**
 * "Sunday's meeting" names a sitting by its day: the latest sitting told before it on that day,
 * else the latest sitting (daySittingReferredTo).
 */
function sittingOfTheDay(story: Story, t: Trigger, before: string): Candidate | undefined {
  const m = DAY_POSSESSIVE_BEFORE.exec(before);
  const day = m ? dateBetween(story, t.start - (before.length - m.index), t.start) : null;
  const sittings = story.cands.filter(
    (o) =>
      o.trigger.start < t.start &&
      !o.anaphoric &&
      (o.kind === 'session' || o.kind === 'summit' || o.kind === 'multilateral'),
  );
  return sittings.findLast((o) => !!day && o.date === day) ?? sittings[sittings.length - 1];
}

/** A back-reference to talks, not to a sitting: "the meeting", "the talks", "the discussion". */
const TALKS_WORD = /^(?:meeting|talks|discussions?|conversation|negotiations|consultations)$/i;

/**
 * Rule: "A met B on the sidelines of the WEF Special Meeting ... In the meeting, which lasted 30
 * minutes, ...": "the meeting" (or "the talks") after a sideline meeting told with its enclosing
 * sitting points back at the sideline meeting, not at the sitting named last ("the summit", "the
 * session" still point at the sitting). Returns the candidate the back-reference points at.
 */
export function sidelineMeetingReferredTo(story: Story, c: TriggerCtx, latest: Candidate | undefined) {
  if (!latest || !TALKS_WORD.test(c.t.text)) return latest;
  if (latest.kind !== 'session' && latest.kind !== 'summit' && latest.kind !== 'multilateral') return latest;
  const inner = story.cands.findLast(
    (o) =>
      o !== latest &&
      !o.anaphoric &&
      o.sentence === latest.sentence &&
      o.trigger.end <= latest.trigger.start &&
      (o.kind === 'bilateral' || o.kind === 'call'),
  );
  if (!inner) return latest;
  const between = story.text.slice(inner.trigger.end, latest.trigger.start);
  return between.length <= 250 && SIDELINES_OF.test(between) ? inner : latest;
}

/** "on the sidelines of", "on the margins of", "within the framework of" between a meeting and its sitting. */
const SIDELINES_OF = /\b(?:on\s+the\s+(?:sidelines|margins)|(?:with)?in\s+the\s+framework)\s+of\b/i;

/**
 * Rule: "met on the sidelines of the G7 summit in Hiroshima on Saturday": the place and date told
 * after the enclosing sitting are the sideline meeting's own, so its clause runs past that sitting.
 * `between` is the text from the trigger to the next one.
 */
export function sidelinesOfNext(between: string): boolean {
  return /^\s+(?:[\w-]+\s+){0,4}?on\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,6}$/.test(
    between,
  );
}

/**
 * Stage 4b: the place and date of the trigger's own clause. A meeting told inside reported speech
 * ("Speaking to reporters in Minsk, the minister said that Belarus and Russia would hold talks")
 * is not where and when it was said.
 */
export function placeAndDateHere(story: Story, c: TriggerCtx): boolean {
  const { text } = story;
  const { t, clause } = c;
  let speechEnd = -1;
  for (const m of text.slice(clause.start, t.start).matchAll(REPORTED_SPEECH))
    speechEnd = clause.start + (m.index ?? 0) + m[0].length;
  c.placeFrom = speechEnd >= 0 ? speechEnd : clause.start;
  c.placeHere =
    placeIn(story.doc, story.reg, c.placeFrom, c.ownEnd, t) ?? hereIsTheDateline(story, t.end, c.ownEnd);
  // the date is read from the clause after any earlier trigger of it ("held phone talks on Monday to prepare the summit")
  c.prevTrigger = c.sentTriggers
    .filter((o) => o.end <= t.start && o.start >= clause.start && o.hint !== 'visit')
    .pop();
  // "returned from Oslo on Wednesday after talks with X on Tuesday": a meeting told as
  // subordinate to another event takes only the date told after it
  c.subordinate = /\b(?:after|following)\s+(?:the\s+|their\s+|his\s+|her\s+|a\s+)?(?:[\w-]+\s+){0,2}$/i.test(
    c.before,
  );
  // "the summit, which will be held in the capital on Friday": a relative clause of its own
  // dates it, before any date the sentence told earlier ("met on Thursday to prepare ...")
  const relative = RELATIVE_DATING.test(c.after);
  const dateFrom =
    c.prevTrigger || relative ? (c.prevTrigger?.end ?? t.end) : c.subordinate ? t.end : c.placeFrom;
  const dateTo = beforeClosing(text, t.end, beforeTenure(text, t.end, c.ownEnd));
  c.dateHere =
    (relative ? dateBetween(story, t.end, dateTo) : null) ??
    dateBetween(story, afterPeriodClause(story.text, dateFrom, t.start), dateTo);
  return true;
}

/** "here" right after the meeting verb or noun: "held talks here Friday", "met here on Monday". */
const HERE_AFTER = /^\s+(?:(?:on|this|last|late)\s+)?(?:[\w-]+\s+){0,2}?here\b/;

/**
 * Rule: "ATHENS, Sept. 17 (Xinhua) -- Leaders ... held talks here Friday": "here" in a datelined
 * story is the dateline's city. A story without a dateline leaves "here" unplaced.
 */
export function hereIsTheDateline(story: Story, from: number, to: number): string | null {
  if (!story.dateline || !HERE_AFTER.test(story.text.slice(from, Math.min(to, from + 40)))) return null;
  return datelineCity(story.doc, story.reg)?.ref ?? null;
}

/** The sitting's last day told right after it: "will end on Friday", "closes on 11 October". */
const CLOSING_AFTER =
  /^\s+(?:(?:will|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+)?(?:end|ends|ended|close|closes|closed|conclude|concludes|concluded|wrap\s+up|wraps\s+up|run\s+until|runs\s+until)\b/;

/**
 * Rule: "The 44th ASEAN Summit will end on Friday": the day a sitting ends is not the day it was
 * held, so it tells no other sitting. Returns where the meeting's date may be read to: the
 * trigger's end when the closing verb follows it, else `to`.
 */
export function beforeClosing(text: string, from: number, to: number): number {
  return CLOSING_AFTER.test(text.slice(from, to)) ? from : to;
}

/** A term of office: "since taking office on October 30", "who took office on 3 May", "sworn in on". */
const TENURE =
  /\b(?:since\s+)?(?:taking|took|takes|take|assumed|assuming|assumes|sworn\s+in|was\s+sworn\s+in|took\s+over|taking\s+over)\s+(?:office|power|the\s+(?:presidency|premiership|chair|chairmanship))?\s*(?:on|in)\b/i;

/**
 * Rule: "Y will also attend, marking his first summit since taking office on October 30": the day
 * someone took office, told after the trigger, is not the meeting's. Returns where the meeting's
 * date may be read to: the start of that phrase in [from, to), else `to`.
 */
export function beforeTenure(text: string, from: number, to: number): number {
  if (to <= from) return to;
  const m = TENURE.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/** A relative clause that dates a period, not a meeting: ", which starts on 1 July,", ", which took effect on May 3,". */
const PERIOD_CLAUSE =
  /,\s+(?:which|that)\s+(?:will\s+|is\s+to\s+|was\s+to\s+)?(?:start|starts|started|begin|begins|began|end|ends|ended|run|runs|ran|expire|expires|expired|take\s+effect|takes\s+effect|took\s+effect|come\s+into\s+force|comes\s+into\s+force|came\s+into\s+force)\b[^,;.]*,/g;

/**
 * Rule: "Against the backdrop of the EU Presidency, which starts on 1 July, X and Y held talks":
 * the day of a presidency, a term or an agreement told in a relative clause before the trigger
 * is not the meeting's. Returns where the meeting's date may be read from: after the last such
 * clause in [from, to), else `from`.
 */
export function afterPeriodClause(text: string, from: number, to: number): number {
  if (to <= from) return from;
  let out = from;
  PERIOD_CLAUSE.lastIndex = 0;
  const stretch = text.slice(from, to);
  for (let m = PERIOD_CLAUSE.exec(stretch); m; m = PERIOD_CLAUSE.exec(stretch))
    out = from + m.index + m[0].length;
  return out;
}

/**
 * Stage 4c: the place and date of a kept meeting: its own clause's, else the sentence's, unless
 * the clause names another time ("next week") or another trigger came before.
 */
export function settleWhenWhere(story: Story, c: TriggerCtx): boolean {
  const { sent, clause, prevTrigger, placeFrom } = c;
  const elsewhen = OTHER_TIME.test(story.text.slice(clause.start, c.ownEnd));
  c.date =
    c.dateHere ??
    (prevTrigger ? null : goingOnNow(story, clause.start, c.ownEnd)) ??
    (prevTrigger || c.subordinate || elsewhen
      ? null
      : dateBetween(
          story,
          afterPeriodClause(story.text, Math.max(sent.start, placeFrom), c.t.start),
          beforeClosing(story.text, c.t.end, beforeTenure(story.text, c.t.end, sent.end)),
        ));
  c.place =
    c.placeHere ??
    (c.nextTrigger ? null : placeIn(story.doc, story.reg, Math.max(sent.start, placeFrom), sent.end, c.t));
  return true;
}

/** A sitting told as going on as the story is written: "are currently meeting", "is under way". */
const GOING_ON_NOW =
  /\b(?:(?:are|is)\s+(?:currently|now)\s+(?:meeting|gathered|in\s+session|under\s*way|holding\s+talks)|(?:are|is)\s+(?:currently\s+)?under\s*way|(?:is|are)\s+(?:currently\s+)?in\s+session)\b/i;

/**
 * Rule: "ECOWAS leaders are currently meeting in Abuja", "The session is under way in Addis
 * Ababa": a meeting going on as the story is written is held on the story's day. "are meeting
 * next week" names another time and is left to the date rules.
 */
export function goingOnNow(story: Story, start: number, end: number): string | null {
  if (!story.anchor) return null;
  const stretch = story.text.slice(start, end);
  if (!GOING_ON_NOW.test(stretch) || OTHER_TIME.test(stretch)) return null;
  return story.anchor.iso;
}

/**
 * Rule: a place led by a locative ("in Oslo", "at the Kremlin", "visited Lima"), also opening a
 * sentence ("In Brussels, the ministers met") or with an indefinite article before a place used
 * as a modifier ("in a Kremlin ceremony", "at an Oslo hotel").
 */
const PLACE_LEAD =
  /\b(?:[Ii]n|[Aa]t|to|visited|visiting|arrived in)\s+(?:the\s+|an?\s+)?(?:resort\s+city\s+of\s+|city\s+of\s+|capital\s+)?(?:[A-Z][\p{L}]+\s+)?$/u;

/**
 * Rule: "at State House, Nairobi", "at the Presidential Palace, Lima", "in Japan's Hiroshima": the
 * city written after the venue it holds, or after the country it is in.
 */
export function cityAfterVenueOrCountry(lead: string): boolean {
  return (
    /\b[Aa]t\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]+\s+){0,3}[\p{Lu}][\p{L}'’-]+,\s+$/u.test(lead) ||
    /\b(?:[Ii]n|[Aa]t|to|visited|visiting)\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?['’]s\s+$/u.test(lead)
  );
}

/**
 * Rule: "in the northern Chinese port city of Tianjin", "in the Bahraini capital Manama", "in the
 * Kenyan capital, Nairobi": a place named after the kind of place it is.
 */
export function placeNamedByItsKind(lead: string): boolean {
  return /\b(?:in|at|to)\s+the\s+(?:[\p{L}-]+\s+){0,4}(?:city|town|capital|port|resort|village)(?:\s+of|,)?\s+$/u.test(
    lead,
  );
}

/**
 * Rule: "a summit dominated by the war in Gaza", "discussed the situation in Sudan", "called for a
 * ceasefire in Gaza": a place named as where a war or crisis is (or its end is sought), not where
 * the meeting is.
 */
export function conflictLocative(lead: string): boolean {
  return /\b(?:war|wars|conflict|fighting|crisis|situation|violence|strikes|attacks|offensive|hostilities|tensions|ceasefire|cease-fire|truce|de-escalation)\s+in\s+(?:the\s+)?$/i.test(
    lead,
  );
}

/**
 * Rule: "..., according to the Foreign Ministry in Moscow": a place named in the attribution is
 * where the source sits, not where the meeting was.
 */
export function seatOfSource(lead: string): boolean {
  return lead.includes('according to') && /\baccording to\s+(?:the\s+)?[^.;,"“]{0,50}\bin\s+$/.test(lead);
}

/**
 * Rule: "the first meeting between Cho and Iwaya since the new leadership took office in Tokyo": a
 * place in a "since" clause after the meeting tells where something earlier happened.
 */
export function sinceClauseBefore(text: string, triggerEnd: number, placeStart: number): boolean {
  return (
    placeStart > triggerEnd &&
    /\bsince\s+(?:the|a|an|his|her|their|its|he|she|they|it|[A-Z])/.test(text.slice(triggerEnd, placeStart))
  );
}

/**
 * Rule: "the EU Foreign Affairs Council in Luxembourg", "talks in Singapore": a country whose
 * capital bears its own name is, after "in"/"at", the city where the meeting is (not "in Kuwait",
 * whose capital is Kuwait City).
 */
export function cityStateNamed(r: { placeKind: string; name: string; countryCode: string | null }): boolean {
  return r.placeKind === 'country' && !!r.countryCode && capitalOfCountry(r.countryCode) === r.name;
}

export function placeIn(doc: Doc, reg: Registry, start: number, end: number, t?: Trigger): string | null {
  const places = reg.mentionsIn(start, end).filter((m) =>
    (() => {
      const r = reg.get(m.ref);
      return r?.kind === 'place' && (r.placeKind === 'city' || r.placeKind === 'venue' || cityStateNamed(r));
    })(),
  );
  if (!places.length) return null;
  // prefer a place after "in"/"at"/"to" and nearest the trigger; "returned from Oslo after
  // talks" names where the talks were, but only when no place is given with "in"/"at"
  const scored = places.flatMap((m) => {
    const lead = doc.text.slice(Math.max(start, m.start - 60), m.start);
    if (
      conflictLocative(lead) ||
      seatOfSource(lead) ||
      (t && sinceClauseBefore(doc.text, t.end, m.start)) ||
      (t && m.start > t.end && travelledOnAfter(lead))
    )
      return [];
    const at =
      PLACE_LEAD.test(lead) ||
      // "in the northern Chinese port city of Tianjin", "in the Bahraini capital Manama"
      placeNamedByItsKind(lead) ||
      cityAfterVenueOrCountry(lead) ||
      (!!t && cityNamesTheSitting(doc.text, m.end, t));
    const back =
      !at &&
      /\b(?:returned|returning|returns|back|came back|flew back|travell?ed back)\s+(?:home\s+)?from\s+(?:the\s+)?$/.test(
        lead,
      );
    if (!at && !back) return [];
    const dist = t ? Math.abs(m.start - t.end) : m.start - start;
    return [{ ref: m.ref, score: (back ? 10_000 : 0) + dist }];
  });
  scored.sort((a, b) => a.score - b.score);
  return scored[0]?.ref ?? null;
}

/** A journey's end told after the meeting: "and arrived in Bangkok", "then flew to Paris". */
const TRAVELLED_ON =
  /\b(?:arrived|arrives|landed|lands|returned|returns|flew|flies|headed|heads|left|leaves|travell?ed|departed|went)\s+(?:back\s+|home\s+|on\s+)?(?:in|to|for|at)\s+$/;

/**
 * Rule: "Srettha flew out of Phnom Penh after his meeting with Hun Sen and arrived in Bangkok": a
 * place the traveller reaches after the meeting is told is no place of the meeting. "arrived in
 * Minsk for talks" names the place before the meeting's word.
 */
export function travelledOnAfter(lead: string): boolean {
  return TRAVELLED_ON.test(lead);
}

/**
 * Rule: "the G20 Hangzhou Summit", "the NATO Vilnius summit", "the Kazan BRICS summit": a city in
 * the name of a summit or session, right before its noun (an acronym at most between), is where
 * it sits. "a Moscow think tank's conference" has other words between, and a plural noun ("the
 * Vienna and Saint Petersburg summits") names more than one sitting.
 */
export function cityNamesTheSitting(text: string, cityEnd: number, t: Trigger): boolean {
  // one sitting: "the Vienna and Saint Petersburg summits" are two, each with its own city
  if ((t.hint !== 'summit' && t.hint !== 'session') || /s$/.test(t.text)) return false;
  return (
    cityEnd <= t.start &&
    t.start - cityEnd <= 12 &&
    /^\s+(?:[A-Z][A-Z0-9+-]{1,8}\s+)?$/.test(text.slice(cityEnd, t.start))
  );
}

/** Right before a country that is where a meeting is: "met in", "will be held in 2024 in", "convened on Monday in". */
const MEETING_VERB_IN =
  /\b(?:met|meet|meets|meeting|held|hold|convened|convene|gathered|gather|summit|talks)\s+(?:(?:in\s+\d{4}|on\s+[A-Z]\w+|next\s+(?:week|month|year)|this\s+(?:week|month|year))\s+)?in\s+(?:the\s+)?$/;

/**
 * Rule: "ASEAN leaders met in Laos on Tuesday", "The next meeting will be held in Kazakhstan": a
 * country right after a meeting verb and "in" is where the meeting is, when the text names no
 * city for it. "talks on the war in Ukraine" (no meeting verb before "in") names no place.
 */
export function countryAfterMeetingVerb(doc: Doc, reg: Registry, start: number, end: number): string | null {
  for (const m of reg.mentionsIn(start, end)) {
    const r = reg.get(m.ref);
    if (r?.kind !== 'place' || r.placeKind !== 'country') continue;
    if (MEETING_VERB_IN.test(doc.text.slice(Math.max(start, m.start - 40), m.start))) return m.ref;
  }
  return null;
}

/** What may follow the city of a dateline: "MINSK, April 12", "NEW DELHI:", "VIENTIANE –", "ASTANA. KAZINFORM", "BEIJING (Reuters)", "ANKARA" alone on its line. */
const AFTER_DATELINE_CITY = /^(?:\s*(?:[,:.(]|[—–-]\s)|[ \t]*\n)/;

/**
 * Rule: "QINGDAO, Jun 26 (Agency): China convened defence ministers ...", "NEW DELHI: X met Y for
 * talks": the city that opens the story's first line (after a headline that opens with a name),
 * before the dateline's punctuation. It is where the story was filed, so it is a meeting's place
 * only for the meeting the lead tells.
 * Returns the place ref and the index of the sentence it stands in.
 */
export function datelineCity(doc: Doc, reg: Registry): { ref: string; sentence: number } | null {
  const { text } = doc;
  const head = Math.min(text.length, 400);
  const titleEnd = text.indexOf('\n');
  for (const m of reg.mentionsIn(0, head)) {
    const lineStart = m.start === 0 || text[m.start - 1] === '\n';
    if (!lineStart) continue;
    const r = reg.get(m.ref);
    const isCity = r?.kind === 'place' && r.placeKind === 'city';
    if (isCity && AFTER_DATELINE_CITY.test(text.slice(m.end, m.end + 4))) {
      return { ref: m.ref, sentence: sentenceAt(doc, m.start) };
    }
    // "Belarusian, Pakistani FMs ..." opening the headline: the dateline may open the next line
    if (m.start >= titleEnd) return null;
  }
  return null;
}
