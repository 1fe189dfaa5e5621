// Which meeting a topic sentence is about: the meeting the sentence itself tells, the one whose
// participants it names, the one its anaphor ("the talks", "the sides", "they") points back to,
// or the nearest one told before it in the same paragraph. No meeting, no topic.
import { type Doc, sentenceAt } from '../../doc.js';
import type { MeetingKind, MeetingRecord, Mention, Ref } from '../../types.js';

/** What attach needs to know about the document, computed once. */
export interface TopicContext {
  meetings: MeetingRecord[];
  /** Sentence indices of each meeting's evidence, in meeting order. */
  meetingSentences: Array<Set<number>>;
  /** Refs mentioned in each sentence, with where. */
  mentionsBySentence: Map<number, Mention[]>;
  /** Paragraph number of each sentence. */
  paragraphOf: number[];
}

export function topicContext(
  doc: Doc,
  mentions: readonly Mention[],
  meetings: MeetingRecord[],
): TopicContext {
  const meetingSentences = meetings.map((m) => {
    const set = new Set<number>();
    for (const e of m.evidence) {
      const last = sentenceAt(doc, Math.max(e.start, e.end - 1));
      for (let i = sentenceAt(doc, e.start); i <= last; i++) set.add(i);
    }
    return set;
  });
  const mentionsBySentence = new Map<number, Mention[]>();
  if (doc.sentences.length)
    for (const m of mentions) {
      const i = sentenceAt(doc, m.start);
      const list = mentionsBySentence.get(i) ?? [];
      list.push(m);
      mentionsBySentence.set(i, list);
    }
  return { meetings, meetingSentences, mentionsBySentence, paragraphOf: paragraphs(doc) };
}

/** A new paragraph starts after a line break. */
function paragraphs(doc: Doc): number[] {
  const out: number[] = [];
  let paragraph = 0;
  let prevEnd = 0;
  for (const s of doc.sentences) {
    if (doc.text.slice(prevEnd, s.start).includes('\n')) paragraph++;
    out.push(paragraph);
    prevEnd = s.end;
  }
  return out;
}

/** A definite description or pronoun that points back at a meeting or its parties. */
const ANAPHOR =
  /\b(?:(?:the|this|that|these|both|their|its)\s+(?:two\s+)?(?:[\w-]+\s+)?(?:talks|meetings?|conversations?|call|session|summit|sitting|consultations|negotiations|sides|parties|participants|ministers|leaders|presidents|heads|delegations|collegium|visit|discussions?|counterparts|diplomats|politicians|officials|delegates|partners|allies|members|colleagues)|(?:the\s+two|both)\s+(?:countries|nations|governments|neighbou?rs|states|capitals)|they|we|participants|both\s+sides)\b/i;

const KIND_OF_ANAPHOR: Array<[RegExp, readonly MeetingKind[]]> = [
  [/\b(?:call|conversation)\b/i, ['call']],
  [/\bsummit\b/i, ['summit']],
  [/\b(?:session|sitting|collegium)\b/i, ['session']],
  // many parties: a sitting, not a talk between two
  [
    /\b(?:participants|member\s+states|delegations|heads\s+of\s+state)\b/i,
    ['session', 'summit', 'multilateral'],
  ],
];

/** A sentence about what is still to come points back at a planned meeting, else at a held one. */
const FUTURE =
  /\b(?:will|shall|is\s+expected\s+to|are\s+expected\s+to|plans?\s+to|is\s+set\s+to|are\s+set\s+to|to\s+be\s+(?:discussed|considered))\b/i;

/** Where, in the sentence, the topic stretch lies (mentions there are topics, not parties). */
export interface CueSite {
  sentence: number;
  /** Offsets into the document. */
  stretchStart: number;
  stretchEnd: number;
  /** The cue's shape points back at a meeting by itself ("the agenda included", "X was discussed"). */
  anaphoric: boolean;
  /** The sentence text before the trigger, and the whole sentence. */
  text: string;
  /** The words that made the rule fire ("the purpose of the call was to"). */
  trigger: string;
}

/** The meeting a topic cue belongs to, or null. */
export function meetingOfCue(ctx: TopicContext, site: CueSite): MeetingRecord | null {
  const told = toldInSentence(ctx, site);
  const found =
    (told && kindNamedByTrigger(ctx, site, told)) ??
    told ??
    byParticipants(ctx, site) ??
    (site.anaphoric || ANAPHOR.test(site.text) ? pointedBack(ctx, site) : null) ??
    sameParagraph(ctx, site);
  return found && sidelineOverFrame(ctx, site, found);
}

/** Words that name a sitting of many: the sentence is about the frame itself when it uses one. */
const FRAME_WORD =
  /\b(?:summit|session|sitting|ministerial|council|conference|forum|assembly|plenary|gathering|congress|participants|member\s+states|delegations|heads\s+of\s+(?:state|government))\b/i;

/** The frame named only as the setting of a sideline meeting: "on the margins of a ministerial gathering". */
const FRAME_AS_SETTING =
  /\b(?:sidelines|margins|framework|side|eve)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'.-]+\s+){0,8}?(?:summit|session|sitting|ministerial|council|conference|forum|assembly|plenary|gathering|congress|meeting)s?\b/gi;

/**
 * Rule: "Bayramov met Saidov within the framework of the OIC session ... During the meeting, trade
 * was discussed", "they agreed to X during their talks on the margins of the G20 ministerial": a
 * sentence that does not speak of the sitting itself (no "summit", "session", "participants"
 * outside a "sidelines of" phrase) goes on about the sideline meeting told with it, not the frame.
 */
export function sidelineOverFrame(ctx: TopicContext, site: CueSite, found: MeetingRecord): MeetingRecord {
  const inner = ctx.meetings.flatMap((m, i) => (m.within === found.ref ? [i] : []));
  const only = inner.length === 1 ? inner[0] : undefined;
  const innerSentences = only === undefined ? undefined : ctx.meetingSentences[only];
  const frameSentences = ctx.meetingSentences[ctx.meetings.indexOf(found)];
  if (!innerSentences || !frameSentences) return found;
  // the two told together ("A met B on the sidelines of F") at or before the topic sentence, and
  // the frame not told alone since: a sideline meeting told only later, or a frame the story has
  // turned back to, keeps the topic
  let joint = -1;
  for (const s of frameSentences) if (s <= site.sentence && s > joint && innerSentences.has(s)) joint = s;
  if (joint < 0) return found;
  for (const s of frameSentences) if (s > joint && s < site.sentence && !innerSentences.has(s)) return found;
  if (FRAME_WORD.test(site.text.replace(FRAME_AS_SETTING, ' '))) return found;
  return ctx.meetings[only as number] ?? found;
}

/**
 * A trigger that names the kind of its meeting ("the purpose of the call was", "the summit
 * resulted in") points at a meeting of that kind, told in or before the sentence, over another
 * meeting the sentence tells in passing; null when the meeting told there is of that kind.
 */
function kindNamedByTrigger(ctx: TopicContext, site: CueSite, told: MeetingRecord): MeetingRecord | null {
  const kinds = KIND_OF_ANAPHOR.find(([re]) => re.test(site.trigger))?.[1];
  if (!kinds || kinds.includes(told.meetingKind)) return null;
  return latestBefore(ctx, site.sentence + 1, (m) => kinds.includes(m.meetingKind));
}

/** Refs the sentence mentions outside the topic stretch (parties) and inside it (topics). */
function namedIn(ctx: TopicContext, site: CueSite): { parties: Set<Ref>; inTopic: Set<Ref> } {
  const parties = new Set<Ref>();
  const inTopic = new Set<Ref>();
  for (const m of ctx.mentionsBySentence.get(site.sentence) ?? [])
    (m.end <= site.stretchStart || m.start >= site.stretchEnd ? parties : inTopic).add(m.ref);
  return { parties, inTopic };
}

const overlap = (m: MeetingRecord, refs: Set<Ref>): number =>
  m.participants.filter((p) => refs.has(p)).length;

/**
 * A meeting whose evidence is this sentence; among several, the one whose parties it names. A
 * meeting named only inside the topic ("the agreements of their meeting in May") is a topic.
 */
function toldInSentence(ctx: TopicContext, site: CueSite): MeetingRecord | null {
  const { parties, inTopic } = namedIn(ctx, site);
  const here = ctx.meetings.filter(
    (m, i) =>
      ctx.meetingSentences[i]?.has(site.sentence) && !(overlap(m, inTopic) > 0 && overlap(m, parties) === 0),
  );
  if (here.length <= 1) return here[0] ?? null;
  const enclosing = new Set(here.map((m) => m.within));
  const score = (m: MeetingRecord): number => overlap(m, parties) * 2 + (enclosing.has(m.ref) ? 0 : 1);
  return here.reduce((best, m) => (score(m) > score(best) ? m : best));
}

/**
 * The meeting with most of the named parties; on a tie, one told in the sentence's own paragraph,
 * then the nearest (before the sentence first).
 */
function byParticipants(ctx: TopicContext, site: CueSite): MeetingRecord | null {
  const refs = namedIn(ctx, site).parties;
  if (!refs.size) return null;
  let best: MeetingRecord | null = null;
  let bestScore = 0;
  const paragraph = ctx.paragraphOf[site.sentence];
  ctx.meetings.forEach((m, i) => {
    const shared = overlap(m, refs);
    if (!shared) return;
    const nearest = nearestSentence(ctx.meetingSentences[i], site.sentence);
    const distance = Math.abs(nearest - site.sentence);
    const here = ctx.paragraphOf[nearest] === paragraph ? 100 : 0;
    const score = shared * 1000 + here - distance;
    if (!best || score > bestScore) {
      best = m;
      bestScore = score;
    }
  });
  return best;
}

/** The evidence sentence of a meeting nearest to `sentence`, preferring those before it. */
function nearestSentence(sentences: Set<number> | undefined, sentence: number): number {
  let before = -1;
  let afterIt = Number.POSITIVE_INFINITY;
  for (const i of sentences ?? []) {
    if (i <= sentence) before = Math.max(before, i);
    else afterIt = Math.min(afterIt, i);
  }
  return before >= 0 ? before : afterIt;
}

/**
 * The latest meeting told before the sentence: of the kind its anaphor names when it names one,
 * and held or planned as the sentence's tense says.
 */
function pointedBack(ctx: TopicContext, site: CueSite): MeetingRecord | null {
  const kinds = KIND_OF_ANAPHOR.find(([re]) => re.test(site.text))?.[1];
  const status = FUTURE.test(site.text) ? 'planned' : 'held';
  const ofKind = (m: MeetingRecord): boolean => !kinds || kinds.includes(m.meetingKind);
  return (
    latestBefore(ctx, site.sentence, (m) => ofKind(m) && m.status === status) ??
    latestBefore(ctx, site.sentence, ofKind) ??
    latestBefore(ctx, site.sentence)
  );
}

/**
 * The nearest meeting told before the sentence in its paragraph, else the first told after it
 * there, else the last one of the paragraph before; a lead before any meeting takes the first one
 * of the next paragraph.
 */
function sameParagraph(ctx: TopicContext, site: CueSite): MeetingRecord | null {
  const paragraph = ctx.paragraphOf[site.sentence];
  const before = latestBefore(ctx, site.sentence, (_, last) => ctx.paragraphOf[last] === paragraph);
  if (before) return before;
  const after = firstAfterInParagraph(ctx, site.sentence, paragraph);
  if (after) return after;
  // a paragraph that tells no meeting of its own goes on about the one told just before it
  const previous = latestBefore(
    ctx,
    site.sentence,
    (_, last) => (ctx.paragraphOf[last] ?? -2) + 1 === paragraph,
  );
  if (previous || latestBefore(ctx, site.sentence)) return previous;
  // a lead told before any meeting announces the one the next paragraph tells
  return firstAfterInParagraph(ctx, site.sentence, (paragraph ?? -2) + 1);
}

function firstAfterInParagraph(
  ctx: TopicContext,
  sentence: number,
  paragraph: number | undefined,
): MeetingRecord | null {
  let best: MeetingRecord | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  ctx.meetings.forEach((m, i) => {
    for (const s of ctx.meetingSentences[i] ?? [])
      if (s > sentence && s < bestAt && ctx.paragraphOf[s] === paragraph) {
        best = m;
        bestAt = s;
      }
  });
  return best;
}

/** The meeting whose latest evidence sentence before `sentence` is nearest to it. */
function latestBefore(
  ctx: TopicContext,
  sentence: number,
  accept: (m: MeetingRecord, last: number) => boolean = () => true,
): MeetingRecord | null {
  let best: MeetingRecord | null = null;
  let bestAt = -1;
  ctx.meetings.forEach((m, i) => {
    let last = -1;
    for (const s of ctx.meetingSentences[i] ?? []) if (s < sentence && s > last) last = s;
    if (last > bestAt && accept(m, last)) {
      best = m;
      bestAt = last;
    }
  });
  return best;
}
