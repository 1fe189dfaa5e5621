import { type DateAnchor, dateAnchor, dateInClause, datelineSpan, laterMonthIn, pageDate } from '../dates.js';
import { type Doc, sentenceAt } from '../doc.js';
import { describedPerson } from '../entities/describe.js';
import { type EntityIndex, lastHitEndingBy, longestOrgHit, orgHitsStartingIn } from '../entities/index.js';
import type { OrgHit } from '../entities/organizations.js';
import { countryPlace } from '../entities/places.js';
import type { Registry } from '../entities/registry.js';
import { SPEECH_VERBS } from '../entities/titles.js';
import { countryByName } from '../gazetteer/countries.js';
import { ORGANIZATIONS } from '../gazetteer/organizations.js';
import { sortInPlace } from '../text/sort.js';
import type { MeetingKind, MeetingRecord, MeetingStatus, OrganizationRecord, Span } from '../types.js';
import { addAttendance, countriesOfGroup, negatedPersons } from './meetings/attendance.js';
import { counterpartAfter } from './meetings/counterpart.js';
import { jointSittingBodies } from './meetings/joint-bodies.js';
import { pronounAfterDescription } from './meetings/pronoun-subject.js';

/** A word or phrase that names a meeting, with what it says about the meeting's kind. */
interface Trigger {
  start: number;
  end: number;
  text: string;
  hint: MeetingKind | 'meet' | 'visit';
}

// Order matters: the first alternative that matches at a position wins.
const TRIGGER_RE = new RegExp(
  [
    '(?<call>\\b(?:(?:tele)?phone (?:call|conversation|talks?)s?|(?:spoke|talked) (?:by|over the|on the) (?:tele)?phone|(?:tele)?phoned|video ?(?:call|conference|link)|videoconference|by (?:tele)?phone)\\b|(?<![-\\w])(?:called|rang)(?= (?:[A-Z]|his |her |their )))',
    '(?<summit>\\b[Ss]ummits?\\b)',
    '(?<informal>\\binformal (?:meeting|summit|gathering)s?\\b)',
    "(?<session>\\b(?:[Ss]essions?|[Ss]itting|collegium(?: meeting)?|plenary|[Jj]oint [Mm]eetings?|[Jj]oint (?:[\\w-]+ )?(?:board|collegium) meetings?|meetings? of (?:the )?(?:[\\w’'-]+\\s+){0,4}(?:boards|collegiums|collegia)|ministerial(?: meeting)?|meetings? of (?:the )?(?:[\\w’'-]+\\s+){0,4}?(?:[Mm]inisters|heads of [\\w’' -]{0,30}?departments|departments['’] heads|chiefs of (?:the )?(?:[Gg]eneral )?[Ss]taff)|meetings? of (?:the )?(?:[A-Z][\\w-]* ){0,3}(?:Council|Committee|Commission|Assembly|Collegium)|(?:Council|Committee) meeting)\\b)",
    '(?<leaders>\\bmeetings? of (?:the )?(?:[A-Z][A-Za-z0-9]{1,7} )?(?:leaders|heads of state|heads)\\b)',
    // "The leaders of the five republics that make up the EEU approved ...": a summit told by what it did
    '(?<gathered>\\b[Ll]eaders of (?:the )?[^.;]{0,120}?\\b(?:approved|adopted|signed|agreed|gathered|convened)\\b)',
    // a ceremony counts only with two parties named (a lone person's is dropped as a bare mention)
    '(?<meet>\\b(?:met|meet|meets|[Mm]eeting|[Mm]eetings|[Tt]alks|talk|negotiations|consultations|received|receives|hosted|hosts|encounter|gathering|conversation|conversations|dialogue|Dialogue|ceremony)\\b)',
    '(?<visit>\\b(?:visit|visits|visited)\\b)',
    // "she spoke with Prime Minister X": a conversation, whose medium the text may not state
    '(?<spoke>\\b(?:spoke|speaks|talked)(?= (?:with|to) ))',
  ].join('|'),
  'g',
);

const ANAPHORIC_BEFORE = /\b(?:the|this|that|these|their|its|our|such|same|each)\s+(?:\w+\s+){0,2}$/i;
const PLANNED =
  /\b(?:(?:new|another|next) (?:meeting|round|talks|summit|session|visit|week|month|year)|whether to|to travel to|preparations? for|preparing for|to prepare|will|would|shall|to meet|to hold|to take part|to attend|plans? to|(?<!-)planned|planning|is scheduled|are scheduled|scheduled to|is expected|are expected|upcoming|ahead of the|to be held|may meet|could meet|opportunity to|agreed to meet|future|preceded by|postponed|potential|if)\b/i;

/** Right after an alliance's name: its ministers ("NATO defence ministers"). */
const MINISTERS_OF =
  /^['’]?s?\s+(?:[Dd]efen[cs]e|[Ff]oreign|[Ff]inance|[Ii]nterior|[Ee]conomy)\s+[Mm]inisters\b/;

/** "separate meetings/talks/calls": one meeting with each party named. */
const SEPARATE =
  /\bseparate\s+(?:bilateral\s+)?(?:meetings|talks|conversations|(?:phone\s+|telephone\s+)?calls)$/i;

/** A verb of saying that opens reported speech: "said that", "told reporters". */
const REPORTED_SPEECH =
  /\b(?:said|says|told\s+(?:[\w-]+\s+){0,2}?(?:reporters|journalists|the\s+press|media)|noted|added|stated|announced|stressed)\s+(?:on\s+\w+\s+)?(?:that\s+)?/g;

/** A body named by its head noun as the subject of holding a sitting: "The Council decided to hold its next". */
const SHORT_BODY_SUBJECT =
  /^(?:The|the)\s+(Council|Committee|Commission|Assembly|Collegium)\s+(?:[\w,-]+\s+){0,12}?(?:to\s+)?(?:hold|holds|held|convene|convenes|convened)\s+(?:its|a|the|an)\s+(?:\w+\s+){0,2}$/;

/** "(It|The meeting) was attended by the heads of defence departments of" + a list of countries. */
const ATTENDED_BY_HEADS_OF =
  /^(?:It|The (?:meeting|session|sitting|summit))\s+(?:was|were)\s+attended\s+by\s+(?:the\s+)?(?:heads|delegations|representatives|ministers|leaders|chiefs)\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,3})?of\s+(?:the\s+)?/;

/** A relative clause that says when a meeting is or was held. */
const RELATIVE_DATING =
  /^\s*,?\s*(?:(?:which|that)\s+(?:will\s+be|is\s+to\s+be|is\s+due\s+to\s+be|was|is|were|has\s+been|had\s+been)\s+(?:held|convened|hosted)|(?:which|that)\s+(?:will\s+)?(?:take|takes|took)\s+place|to\s+be\s+held|scheduled\s+for|due\s+to\s+be\s+held)\b/i;

/** A time other than the story's day, without a date: the dateline does not date it. */
const OTHER_TIME =
  /\b(?:earlier|later|last|next|this|past|previous) (?:month|week|year|weekend|autumn|spring|summer|winter)\b|\b(?:ago|recently|previously)\b/i;

/** Between a sitting and its body: "of the", "of the member states of the", "of the countries participating in". */
const MEMBERS_OF =
  /^\s+of\s+(?:the\s+)?(?:(?:member\s+(?:states|countries|nations)|countries\s+participating\s+in|states\s+parties\s+to)\s+(?:of\s+)?(?:the\s+)?)?$/;

/** Rule: "a meeting of NATO’s Nuclear Planning Group": a body told with its owner's possessive. */
function ownedBody(between: string, hit: OrgHit): boolean {
  return hit.rec.orgKind === 'body' && /^\s+of\s+(?:the\s+)?[A-Z][\w-]*['’]s?\s+$/.test(between);
}

/** Rule: "ministers took part in a regular meeting of ...": taking part in a sitting says it was held. */
const ATTENDED_BEFORE =
  /\b(?:took part in|participated in|attended|joined)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}$/;
function attendedSitting(beforeTrigger: string): boolean {
  return ATTENDED_BEFORE.test(beforeTrigger);
}

/** A day told as the sitting's owner: "Monday's meeting of ...", "Tuesday’s summit". */
const DAY_BEFORE =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]omorrow)['’]s\s+(?:[\w-]+\s+){0,2}$/;

const PAST_TENSE = /\b(?:held|met|took place|was|were|had|did|convened|gathered|hosted)\b/;

interface Candidate {
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
  /** told as "the next meeting": there is one next sitting of a body */
  next?: boolean;
  /** one of "separate meetings with A and B" */
  separate?: boolean;
  /** named with a definite article and nothing new ("The summit of CSTO leaders"): may repeat an earlier one */
  definite?: boolean;
  record?: MeetingRecord;
}

/** Persons, organizations and country parties mentioned in [start, end), in order, without duplicates. */
function actorsIn(
  reg: Registry,
  start: number,
  end: number,
  kinds: Array<'person' | 'org' | 'country'>,
): string[] {
  const out: string[] = [];
  for (const m of reg.mentionsIn(start, end)) {
    const r = reg.get(m.ref);
    if (!r) continue;
    const k =
      r.kind === 'person'
        ? 'person'
        : r.kind === 'organization'
          ? 'org'
          : r.placeKind === 'country'
            ? 'country'
            : null;
    if (!k || !kinds.includes(k)) continue;
    if (k === 'country' && m.via === 'demonym') continue;
    if (!out.includes(r.ref)) out.push(r.ref);
  }
  return out;
}

/**
 * Speakers of attributions inside a sentence ("..., Kremlin aide Yuri Ushakov said", "..., Anna Berg,
 * head of the press office, said") are not participants.
 */
function speakersIn(doc: Doc, reg: Registry, start: number, end: number): Set<string> {
  const out = new Set<string>();
  for (const m of reg.mentionsIn(start, end)) {
    const r = reg.get(m.ref);
    if (r?.kind !== 'person') continue;
    // "..., Anna Berg, head of the press office, said": the verb may follow an appositive
    const after = doc.text.slice(m.end, Math.min(end, m.end + 160)).toLowerCase();
    const w = /^(?:,[^,.\n]{1,120},)?\s*(?:has\s+|had\s+|also\s+)?([a-z]+)/.exec(after)?.[1] ?? '';
    if (SPEECH_VERBS.has(w) && !/^(?:thanked|welcomed|informed|congratulated)$/.test(w)) out.add(r.ref);
  }
  return out;
}

/** Country pairs written next to the trigger: "Ukraine-Russia talks", "US-Russia Strategic Stability Dialogue", "between Russia and the US". */
const COUNTRY_NAME = '[A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)?';
const GROUP_OF_COUNTRIES = new RegExp(
  `\\b(?:ministers|leaders|presidents|heads of (?:state|government)|prime ministers|premiers|delegations|chiefs of (?:the )?(?:general )?staff)\\s+of\\s+(?:the\\s+)?((?:${COUNTRY_NAME},\\s+(?:the\\s+)?)*${COUNTRY_NAME},?\\s+and\\s+(?:the\\s+)?${COUNTRY_NAME})\\s+(?:have\\s+|had\\s+|will\\s+|also\\s+)?$`,
  'u',
);

function countryPair(doc: Doc, reg: Registry, t: Trigger): string[] {
  const before = doc.text.slice(Math.max(0, t.start - 60), t.start);
  const m = /([A-Z][\p{L}.]+)[-–]([A-Z][\p{L}]+)\s+(?:[A-Z][\p{L}]*\s+){0,3}$/u.exec(before);
  const refs: string[] = [];
  const add = (w: string): void => {
    const c = countryByName(w) ?? (w === 'US' || w === 'U.S.' ? countryByName('United States') : undefined);
    const p = c ? countryPlace(reg, c.code) : undefined;
    if (p && !refs.includes(p.ref)) refs.push(p.ref);
  };
  if (m) {
    add(m[1] as string);
    add(m[2] as string);
    if (refs.length === 2) {
      const at = t.start - before.length + (m.index ?? 0);
      const p1 = reg.get(refs[0] ?? null);
      const p2 = reg.get(refs[1] ?? null);
      if (p1 && p2) {
        reg.mention(p1.ref, at, at + (m[1] as string).length, 'name');
        reg.mention(
          p2.ref,
          at + (m[1] as string).length + 1,
          at + (m[1] as string).length + 1 + (m[2] as string).length,
          'name',
        );
      }
      return refs;
    }
  }
  // "The defence ministers of Estonia, Latvia and Lithuania met": the countries whose officials met
  const owners = GROUP_OF_COUNTRIES.exec(doc.text.slice(Math.max(0, t.start - 160), t.start));
  if (owners) {
    refs.length = 0;
    const names = (owners[1] as string).split(/,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?/);
    for (const n of names) add(n.trim());
    if (refs.length >= 2 && refs.length === names.length) return refs;
  }
  // "Russia and China held consultations": two countries as the subject of the meeting
  const subj =
    /(?:^|[^\p{L}])([A-Z][\p{L}]+)\s+and\s+(?:the\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\s+(?:have\s+|had\s+|will\s+|would\s+|are\s+(?:to\s+)?|plan\s+to\s+|are\s+set\s+to\s+)?(?:held|hold|holding|conducted|opened|began|started|resumed)\s+(?:\w+\s+){0,3}$/u.exec(
      before,
    );
  if (subj) {
    refs.length = 0;
    add(subj[1] as string);
    add(subj[2] as string);
    if (refs.length === 2) return refs;
  }
  refs.length = 0;
  const after = doc.text.slice(t.end, t.end + 120);
  const b =
    /^\s+(?:took place\s+)?between\s+(?:various\s+)?(?:representatives\s+of\s+)?(?:the\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\s+and\s+(?:the\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)/u.exec(
      after,
    );
  if (b) {
    refs.length = 0;
    add(b[1] as string);
    add(b[2] as string);
    if (refs.length === 2) return refs;
  }
  return [];
}

// Verbs that put a person at a sitting of a body.
const PARTICIPATION =
  /\b(?:[Tt]ook part|[Ss]peaking at|[Ss]poke at|[Aa]ttending|take part|taking part|participated|participates|participate|attended|attends|attend|attending|chaired|chairs|chairing|hosted|hosts|joined|joins|was attended by|were attended by|under the chairmanship of|headed by|led by|represented by|gathered|addressed|spoke at|speaking at)\b/;
// Verbs that keep a person away from it.
const ABSENCE =
  /\b(?:skipped|skip|(?:fail|refus|declin)\w*\s+(?:also\s+)?to\s+(?:attend|take part|participate|join)|boycotted|missed|did not attend|will not attend)\b/;

/** The clause of a sentence around a trigger: cut at ", but", ";", ", while", ", whereas", ", although". */
function clauseAround(doc: Doc, sent: Span, t: Trigger): { start: number; end: number } {
  const re = /,\s+(?:but|while|whereas|(?:even\s+)?though|although)\s|;\s/g;
  let start = sent.start;
  // a dateline opening the sentence ("BEIJING, June 3 (Agency) --", "MINSK, April 12. /TASS/.") is not the clause's
  const dl =
    /^[A-Z][A-Za-z .'-]{1,30},\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,40}\)\s*(?:--|–|—)?|\.?\s*\/[^/]{1,30}\/\.?)\s*/.exec(
      doc.text.slice(sent.start, sent.end),
    );
  if (dl && sent.start + dl[0].length < t.start) start = sent.start + dl[0].length;
  let end = sent.end;
  const s = doc.text.slice(sent.start, sent.end);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = sent.start + m.index;
    if (at < t.start) start = at + m[0].length;
    else if (at >= t.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** Persons the sentence says stayed away ("Pashinyan skipped the latest CSTO summit"). */
function absentees(doc: Doc, reg: Registry, sent: Span): Set<string> {
  const out = negatedPersons(reg, doc.text, sent.start, sent.end);
  const m = ABSENCE.exec(sent.exact);
  if (!m) return out;
  const at = sent.start + m.index;
  for (const r of actorsIn(reg, sent.start, at, ['person'])) out.add(r);
  void doc;
  return out;
}

/** "a joint session with Sweden, Finland and Josep Borrell": the listed parties. */
function listAfterWith(doc: Doc, reg: Registry, t: Trigger, sent: Span): string[] {
  const m = /^\s+with\s+/.exec(doc.text.slice(t.end, t.end + 10));
  if (!m) return [];
  const start = t.end + m[0].length;
  let end = start;
  const tail = doc.text.slice(start, sent.end);
  const stop =
    /(?:,\s+(?:the|a|an|who|which|where|to)\b|[.;:]|\s(?:to|on|in|at|for|about|after|before|during)\s)/.exec(
      tail,
    );
  end = start + (stop ? stop.index : tail.length);
  const persons = actorsIn(reg, start, end, ['person']);
  // a country that modifies a following name ("US President Donald Trump") is no party
  const countries = reg
    .mentionsIn(start, end)
    .filter(
      (m) =>
        reg.get(m.ref)?.kind === 'place' &&
        (reg.get(m.ref) as { placeKind: string }).placeKind === 'country' &&
        m.via === 'name',
    )
    .filter(
      (m) =>
        !/^\s+[A-Z]/.test(doc.text.slice(m.end, m.end + 3)) &&
        !/^['’]s?/.test(doc.text.slice(m.end, m.end + 2)),
    )
    .map((m) => m.ref);
  return [...persons, ...countries.filter((c, i) => countries.indexOf(c) === i)];
}

/** The person a sentence is about: its first person named outside a prepositional phrase, or a pronoun's referent. */
function sentenceSubject(doc: Doc, reg: Registry, sent: Span, t: Trigger): string | null {
  if (/^(?:He|She)\b/.test(sent.exact)) return null;
  const ms = reg.mentionsIn(sent.start, t.start).filter((m) => reg.get(m.ref)?.kind === 'person');
  const m = ms.find(
    (x) =>
      !/\b(?:with|to|by|of|for|from)\s+(?:\w+\s+){0,3}$/i.test(
        doc.text.slice(Math.max(sent.start, x.start - 25), x.start),
      ),
  );
  return m?.ref ?? null;
}

/** Rule: "met in Minsk for a summit", "gathered on Monday for a session": the noun after "for" names the kind. */
function kindNamedAfter(t: Trigger, after: string): MeetingKind | null {
  if (!/^(?:met|meet|meets|gathered|gather|convened|convene)$/.test(t.text)) return null;
  const m =
    /^[^.;:]{0,80}?\bfor\s+(?:a|an|the|their|its)\s+(?:[\w’'-]+\s+){0,3}?(summit|session|sitting)\b/.exec(
      after,
    );
  if (!m) return null;
  return m[1] === 'summit' ? 'summit' : 'session';
}

/** Rule: "The NATO-Ukraine Council also met on Thursday": a body that meets sits in session. */
function bodyMeets(
  text: string,
  t: Trigger,
  subject: { end: number; rec: OrganizationRecord } | undefined,
): MeetingKind | null {
  if (subject?.rec.orgKind !== 'body') return null;
  if (!/^(?:met|meet|meets|convened|convenes|gathered)$/.test(t.text)) return null;
  return /^\s+(?:(?:also|again|will|has|have|had|is\s+to|was\s+to)\s+)*$/.test(
    text.slice(subject.end, t.start),
  )
    ? 'session'
    : null;
}

function classify(doc: Doc, t: Trigger, forum: OrganizationRecord | null, participants: number): MeetingKind {
  const after = doc.text.slice(t.end, t.end + 80);
  if (t.hint === 'call') return 'call';
  if (t.hint === 'summit') return 'summit';
  if (t.hint === 'multilateral') return participants > 2 || forum ? 'multilateral' : 'multilateral';
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

/**
 * Rule set for meetings: a trigger word (talks, met, meeting, session, sitting, summit, phone
 * call, visit, ...) in a sentence that also names who met (persons, or two countries written as
 * a pair), or the body that sat (a council, a summit of an alliance). Definite references with
 * nothing new ("the meeting", "this gathering") point back to the latest meeting instead of
 * making a new one. "On the sidelines of X" / "during the sitting of X" make X the enclosing
 * meeting (`within`).
 */
export function extractMeetings(doc: Doc, reg: Registry, idx: EntityIndex): MeetingRecord[] {
  const anchor: DateAnchor | null = dateAnchor(doc.text, doc.meta.publishedAt);
  const cands: Candidate[] = [];
  const text = doc.text;
  TRIGGER_RE.lastIndex = 0;
  const triggers: Trigger[] = [];
  for (let m = TRIGGER_RE.exec(text); m; m = TRIGGER_RE.exec(text)) {
    const g = m.groups ?? {};
    const hint: Trigger['hint'] = g.call
      ? 'call'
      : g.summit
        ? 'summit'
        : g.informal
          ? 'multilateral'
          : g.session
            ? 'session'
            : g.leaders || g.gathered
              ? 'summit'
              : g.visit
                ? 'visit'
                : 'meet'; // "spoke with" is a meeting (a conversation), a call in a phone story
    triggers.push({ start: m.index, end: m.index + m[0].length, text: m[0], hint });
  }
  const phoneArticle = triggers.some((t) => t.hint === 'call' && /phone/i.test(t.text));
  for (const t of triggers)
    if (phoneArticle && t.hint === 'meet' && /^(?:conversations?|spoke|speaks|talked)$/i.test(t.text))
      t.hint = 'call';
  // The dateline dates the story: a weekday in its first sentence is read against it ("OSLO,
  // March 13 — ... talks on Tuesday" is March 12), and its own date is the meeting's only when
  // the sentence gives no other.
  const dateline = datelineSpan(text);
  const dateBetween = (a: number, b: number): string | null => {
    if (!dateline || dateline.end <= a || dateline.start >= b) return dateInClause(text.slice(a, b), anchor);
    const from = Math.max(a, dateline.start);
    const to = Math.min(b, dateline.end);
    const masked = text.slice(a, from) + ' '.repeat(to - from) + text.slice(to, b);
    const own = dateInClause(masked, anchor);
    if (own || OTHER_TIME.test(masked)) return own; // "Earlier this month, ..." is not the dateline's day
    return dateInClause(text.slice(dateline.start, dateline.end), anchor);
  };
  // how far before a trigger an organization hit overlapping it can start
  const longestHit = longestOrgHit(idx);
  // the bodies whose name starts with a head word ("council"), in text order, listed once per word
  const bodiesByHead = new Map<string, OrgHit[]>();
  const bodiesNamed = (head: string): OrgHit[] => {
    let list = bodiesByHead.get(head);
    if (!list) {
      list = idx.orgHits.filter((h) => h.rec.orgKind === 'body' && h.rec.name.toLowerCase().startsWith(head));
      bodiesByHead.set(head, list);
    }
    return list;
  };
  const lastMeetingBefore = (pos: number): Candidate | undefined =>
    cands.findLast((c) => c.trigger.start < pos && !c.anaphoric);
  for (const t of triggers) {
    const si = sentenceAt(doc, t.start);
    const sent = doc.sentences[si];
    if (!sent) continue;
    // the triggers of this sentence (the rules below look no further), found without a scan
    const sentTriggers = triggersIn(triggers, sent.start, sent.end);
    // "X hosted the meeting", "X hosts Y for a Supreme State Council meeting": the meeting noun
    // that follows tells it (and whether it is new)
    if (
      /^host(?:ed|s)$/.test(t.text) &&
      (/^\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:meeting|talks|session|summit|sitting|gathering|negotiations|consultations)\b/.test(
        text.slice(t.end, t.end + 50),
      ) ||
        /^\s+[^.;]{0,60}?\bfor\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,5}(?:meeting|session|summit|sitting)\b/.test(
          text.slice(t.end, sent.end),
        ))
    )
      continue;
    const before = text.slice(Math.max(sent.start, t.start - 40), t.start);
    const after = text.slice(t.end, Math.min(sent.end, t.end + 200));
    // the body the meeting is a sitting of: an organization right after "of (the)" or right before
    const overlapping = orgHitsStartingIn(idx, t.start - longestHit, t.end).filter(
      (h) => h.start < t.end && h.end > t.start && (h.rec.orgKind === 'body' || h.rec.orgKind === 'alliance'),
    );
    const following = orgHitsStartingIn(idx, t.end, t.end + 61).filter(
      (h) =>
        h.start >= t.end &&
        h.start <= t.end + 60 &&
        (MEMBERS_OF.test(text.slice(t.end, h.start)) || ownedBody(text.slice(t.end, h.start), h)),
    );
    // a body beats the alliance whose name it starts with ("the CSTO Council of Defense Ministers")
    const orgAfter =
      overlapping.find((h) => h.rec.orgKind === 'body') ??
      overlapping[0] ??
      following.find((h) => h.rec.orgKind === 'body') ??
      following[0];
    const orgBefore = orgHitsStartingIn(idx, sent.start, t.start + 1).findLast(
      (h) =>
        h.end <= t.start &&
        h.end >= t.start - 30 &&
        h.start >= sent.start &&
        (/^(?:['’]s?)?\s*(?:\([A-Z]+\)\s*)?(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w-]*\s+)?(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Ff]inance|[Ii]nterior)\s+[Mm]inisters['’]?\s+)?$/.test(
          text.slice(h.end, t.start),
        ) ||
          // "The SCO Council of Heads of State will meet": a body as the subject of meeting
          (/^(?:met|meet|meets|convened|gathered)$/.test(t.text) &&
            /^\s+(?:will\s+|is\s+to\s+|are\s+to\s+|also\s+)?$/.test(text.slice(h.end, t.start)) &&
            h.rec.orgKind === 'body') ||
          // "The CIS Council of Defense Ministers will hold its next meeting"
          (h.rec.orgKind === 'body' &&
            /^\s+(?:will\s+|is\s+to\s+)?(?:hold|holds|held|convene|convenes|convened)\s+(?:its|a|the|an)\s+(?:\w+\s+){0,2}$/.test(
              text.slice(h.end, t.start),
            ))),
    );
    let forumHit = orgAfter ?? orgBefore;
    // "The Council ... decided to hold its next meeting in Moscow": the body named in full before
    const shortBody = forumHit ? null : SHORT_BODY_SUBJECT.exec(text.slice(sent.start, t.start));
    if (shortBody) {
      const head = (shortBody[1] as string).toLowerCase();
      forumHit = lastHitEndingBy(bodiesNamed(head), sent.start);
    }
    if (!forumHit && (t.hint === 'summit' || t.hint === 'session') && !ANAPHORIC_BEFORE.test(before)) {
      const inSentence = orgHitsStartingIn(idx, sent.start, sent.end + 1).filter(
        (h) =>
          h.start >= sent.start &&
          h.end <= sent.end &&
          (h.rec.orgKind === 'alliance' || h.rec.orgKind === 'body'),
      );
      const distinct = [...new Set(inSentence.map((h) => h.rec))];
      if (distinct.length === 1) forumHit = inSentence[0];
    }
    // "NATO defence ministers agreed ..., Rutte said after a meeting in Brussels": a meeting
    // told beside an alliance's ministers is their sitting
    if (
      !forumHit &&
      t.hint === 'meet' &&
      /^(?:meeting|meetings|talks)$/i.test(t.text) &&
      !ANAPHORIC_BEFORE.test(before)
    ) {
      // the ministers are the sentence's subject: before the trigger, with no person before them
      forumHit = orgHitsStartingIn(idx, sent.start, t.start + 1).find(
        (h) =>
          h.start >= sent.start &&
          h.end <= t.start &&
          h.rec.orgKind === 'alliance' &&
          MINISTERS_OF.test(text.slice(h.end, h.end + 40)) &&
          !reg.mentionsIn(sent.start, h.start).some((m) => reg.get(m.ref)?.kind === 'person'),
      );
    }
    // a format such as the G20 sits too, when it is named right at the trigger ("the G20 summit")
    const direct = forumHit === orgAfter || forumHit === orgBefore;
    if (
      forumHit &&
      forumHit.rec.orgKind !== 'alliance' &&
      forumHit.rec.orgKind !== 'body' &&
      !(direct && forumHit.rec.orgKind === 'other')
    )
      forumHit = undefined;
    const forum = forumHit?.rec ?? null;
    // persons named in the sentence (not the speakers of attributions), else a country pair
    const speakers = speakersIn(doc, reg, sent.start, sent.end);
    const absent = absentees(doc, reg, sent);
    const clause = clauseAround(doc, sent, t);
    let participants = actorsIn(reg, clause.start, clause.end, ['person']).filter((r) => !absent.has(r));
    if (participants.filter((r) => !speakers.has(r)).length >= 2)
      participants = participants.filter((r) => !speakers.has(r));
    const groupHint =
      t.hint === 'session' ||
      t.hint === 'summit' ||
      t.hint === 'multilateral' ||
      (t.hint === 'meet' && !!forum);
    // at a sitting of a body, only those the text puts there take part ("took part in", "attended")
    if (groupHint && !PARTICIPATION.test(sent.exact)) {
      // "X told reporters after a joint collegium meeting": who reports on a sitting right after it sat in it
      // "X and Y signed a plan at a meeting of the two ministries' boards": who acts at it, sat in it
      const atIt =
        (/\bat (?:a|the)\s+(?:[\w’'-]+\s+){0,3}$/.test(before) && !ANAPHORIC_BEFORE.test(before)) ||
        // "X welcomed Y to Minsk for a session of ...", "Y arrived in Minsk for the summit"
        /\b(?:welcomed|welcomes|received|receives|hosted|hosts|arrived|arrives|came|flew|travell?ed|headed)\b[^.;]{0,100}\bfor (?:a|the)\s+(?:[\w’'-]+\s+){0,3}$/.test(
          text.slice(sent.start, t.start),
        );
      participants =
        (/\bafter (?:a|the)\s+(?:[\w’'-]+\s+){0,3}$/.test(before) && participants.length === 1) || atIt
          ? participants
          : [];
    }
    // "a joint collegium meeting of the two countries’ defense ministries": the ministries sat
    if (groupHint && !participants.length) {
      for (const h of orgHitsStartingIn(idx, t.end, t.end + 41)) {
        if (h.start < t.end || h.start > t.end + 40 || h.rec.orgKind !== 'ministry') continue;
        if (!/^\s+of\s+(?:the\s+)?$/.test(text.slice(t.end, h.start))) continue;
        if (!participants.includes(h.rec.ref)) participants.push(h.rec.ref);
      }
    }
    // "talks with his counterpart X, Kremlin spokesman Y told journalists": Y says so, Y is no guest
    const withList = listAfterWith(doc, reg, t, sent).filter((r) => !speakers.has(r));
    if (withList.length) for (const r of withList) if (!participants.includes(r)) participants.push(r);
    const pair = countryPair(doc, reg, t);
    if (pair.length) participants = pair;
    // "the joint session of the Council of A, the Council of B and the Committee of C": the bodies sat
    for (const r of jointSittingBodies(text, idx.orgHits, t.start, t.end))
      if (!participants.includes(r)) participants.push(r);
    // "a meeting of the defence ministers of A, B and C was held": the countries sat
    if (groupHint && !pair.length)
      for (const r of countriesOfGroup(reg, text, t.start, clause.end))
        if (!participants.includes(r)) participants.push(r);
    // "He has held talks with ...", "a meeting with X" (said by someone): add the subject
    if (
      (t.hint === 'meet' || t.hint === 'call') &&
      participants.length === 1 &&
      /\bwith\b/.test(text.slice(t.end, t.end + 40))
    ) {
      // "the Chinese minister held talks with ...": the person the description stands for
      const subject =
        sentenceSubject(doc, reg, sent, t) ??
        describedPerson(reg, text, sent.start, t.start) ??
        pronounAfterDescription(doc, reg, sent) ??
        reg.personMentionsBefore(sent.start, 1)[0]?.ref;
      if (subject && !participants.includes(subject)) participants.unshift(subject);
    }
    const target0 = lastMeetingBefore(t.start);
    // a minister of a country already among the participants ("Latvian Defence Minister X
    // hosted the meeting" after "the ministers of Estonia, Latvia and Lithuania met") is no new party
    const representsKnown = (p: string, known: string[]): boolean => {
      const r = reg.get(p);
      return (
        r?.kind === 'person' && r.roles.some((role) => role.country != null && known.includes(role.country))
      );
    };
    const newPeople = target0
      ? participants.filter(
          (p) => !target0.participants.includes(p) && !representsKnown(p, target0.participants),
        ).length
      : participants.length;
    // a definite reference that adds a place, a date or another tense tells another meeting
    // place and date are read between the neighbouring triggers of the clause
    const nextTrigger = sentTriggers.find(
      (o) => o.start >= t.end && o.start < clause.end && o.hint !== 'visit',
    );
    // ... and before a trailing attribution ("..., Peskov told journalists on Thursday"): its
    // time is when it was said
    const speakerAfter = reg
      .mentionsIn(t.end, nextTrigger ? nextTrigger.start : clause.end)
      .find((m) => speakers.has(m.ref));
    const ownEnd = speakerAfter ? speakerAfter.start : nextTrigger ? nextTrigger.start : clause.end;
    // "the meeting in Brussels in June" in a May story, with no past tense: still to come
    const laterThisYear =
      laterMonthIn(text.slice(t.end, ownEnd), anchor) && !PAST_TENSE.test(text.slice(clause.start, ownEnd));
    // "A follow-up meeting between the two ministers is expected in Lisbon"
    const expectedAfter = /^[^.;]{0,60}?\b(?:is|are)\s+(?:expected|scheduled|planned|due|set)\b/.test(
      text.slice(t.end, ownEnd),
    );
    const statusHere: MeetingStatus =
      laterThisYear ||
      expectedAfter ||
      PLANNED.test(text.slice(Math.max(clause.start, t.start - 60), Math.min(clause.end, t.end + 20)))
        ? 'planned'
        : 'held';
    // a meeting told inside reported speech ("Speaking to reporters in Minsk, the minister said
    // that Belarus and Russia would hold talks"): where and when it was said is not its own
    let speechEnd = -1;
    for (const m of text.slice(clause.start, t.start).matchAll(REPORTED_SPEECH))
      speechEnd = clause.start + (m.index ?? 0) + m[0].length;
    const placeFrom = speechEnd >= 0 ? speechEnd : clause.start;
    const placeHere = placeIn(doc, reg, placeFrom, ownEnd, t);
    // the date is read from the clause after any earlier trigger of it ("held phone talks on Monday to prepare the summit")
    const prevTrigger = sentTriggers
      .filter((o) => o.end <= t.start && o.start >= clause.start && o.hint !== 'visit')
      .pop();
    // "returned from Oslo on Wednesday after talks with X on Tuesday": a meeting told as
    // subordinate to another event takes only the date told after it
    const subordinate =
      /\b(?:after|following)\s+(?:the\s+|their\s+|his\s+|her\s+|a\s+)?(?:[\w-]+\s+){0,2}$/i.test(before);
    // "the summit, which will be held in the capital on Friday": a relative clause of its own
    // dates it, before any date the sentence told earlier ("met on Thursday to prepare ...")
    const relative = RELATIVE_DATING.test(after);
    const dateFrom = prevTrigger || relative ? (prevTrigger?.end ?? t.end) : subordinate ? t.end : placeFrom;
    const dateHere = (relative ? dateBetween(t.end, ownEnd) : null) ?? dateBetween(dateFrom, ownEnd);
    const plannedBefore = PLANNED.test(text.slice(Math.max(clause.start, t.start - 60), t.end));
    // a venue named for a meeting told in its city ("The summit is being held in the Palace") adds nothing
    const venueOfKnown =
      !!target0?.place &&
      target0.trigger.hint === t.hint &&
      reg.get(placeHere)?.kind === 'place' &&
      (reg.get(placeHere) as { placeKind: string }).placeKind === 'venue';
    const adds =
      !!target0 &&
      ((!!placeHere && placeHere !== target0.place && !venueOfKnown) ||
        (!!dateHere && dateHere !== target0.date) ||
        (plannedBefore ? 'planned' : 'held') !== target0.status);
    const anaphoric =
      ANAPHORIC_BEFORE.test(before) &&
      !forum &&
      !/\b(?:between|with)\b/.test(after.slice(0, 30)) &&
      t.hint !== 'call' &&
      !pair.length &&
      !/^(?:met|meet|meets|received|receives|hosted|hosts)$/.test(t.text) &&
      newPeople < 2 &&
      !adds;
    // "the presidents agreed to meet": the pair of the latest meeting
    // ("a follow-up meeting between the two ministers"), but not when the trigger names another
    // body's sitting ("the ministers agreed to report to the NATO defence ministers' meeting")
    const theGroup =
      /\bthe\s+(?:two\s+)?(?:presidents|leaders|ministers|heads of state|sides|parties|counterparts)\b/i.exec(
        text.slice(clause.start, t.start),
      );
    const groupAfter =
      /^\s+(?:between|of|with)\s+the\s+two\s+(?:presidents|leaders|ministers|heads of state|sides|parties|counterparts|countries)\b/i.test(
        after,
      );
    const othersSitting = (from: number) =>
      /\S['’]s?\s+$/.test(text.slice(from, t.start)) ||
      orgHitsStartingIn(idx, from, t.start + 1).some((h) => h.start >= from && h.end <= t.start);
    if (
      (t.hint === 'meet' || t.hint === 'call') &&
      target0 &&
      target0.participants.length >= 2 &&
      ((theGroup && !othersSitting(clause.start + theGroup.index + theGroup[0].length)) || groupAfter)
    ) {
      participants = [...target0.participants];
    }
    // "during their negotiations": the pair told just before
    if (!anaphoric && /\btheir\s+(?:\w+\s+)?$/i.test(before) && participants.length < 2 && target0) {
      for (const p of target0.participants) if (!participants.includes(p)) participants.push(p);
    }
    // a visit is a meeting only when it is paid to a person ("visited Lukashenko"), not a trip to a place
    const visitee = reg
      .mentionsIn(t.end, Math.min(sent.end, t.end + 25))
      .find((m) => reg.get(m.ref)?.kind === 'person');
    const visitWeak =
      t.hint === 'visit' &&
      (!visitee ||
        participants.length < 2 ||
        sentTriggers.some(
          (o) => o !== t && o.start >= sent.start && o.end <= sent.end && o.hint !== 'visit',
        ));
    if (visitWeak) continue;
    // bare "meeting"/"talks" with a single person and no body: a passing mention
    const kind =
      kindNamedAfter(t, after) ??
      bodyMeets(text, t, orgBefore) ??
      classify(doc, t, forum, participants.length);
    if (anaphoric) {
      const target = lastMeetingBefore(t.start);
      if (target) {
        // "Putin said at the meeting": who speaks at a sitting took part in it
        // "Ozols hosted the meeting": who hosts, chairs or attends it took part too
        if (
          /\b(?:at|during|in|hosted|hosts|chaired|chairs|attended|attends|opened|joined)\s+(?:the|this)\s+(?:\w+\s+)?$/i.test(
            before,
          )
        ) {
          const away = absentees(doc, reg, sent);
          for (const r of actorsIn(reg, sent.start, t.start, ['person']))
            if (!target.participants.includes(r) && !away.has(r)) target.participants.push(r);
        }
        // "The meeting was chaired by X", "The session was attended by X and Y"
        if (
          /^\s*,?\s+(?:which\s+|that\s+)?(?:was|is|will be|were)\s+(?:also\s+)?(?:chaired|attended|hosted|opened|led|addressed)\s+by\b/.test(
            after,
          )
        ) {
          for (const r of actorsIn(reg, t.end, sent.end, ['person']))
            if (!target.participants.includes(r)) target.participants.push(r);
        }
        for (const r of followingParticipants(doc, reg, si))
          if (!target.participants.includes(r)) target.participants.push(r);
        // "This gathering occurred during the sitting of X": link the referred meeting to X later
        cands.push({
          trigger: t,
          kind: target.kind,
          status: target.status,
          participants: [],
          forum: null,
          place: null,
          date: null,
          sentence: si,
          evidence: reg.span(sent.start, sent.end),
          within: null,
          anaphoric: true,
          record: undefined,
        });
        (cands[cands.length - 1] as Candidate).within = target;
        continue;
      }
    }
    // "Belousov, who met his Chinese counterpart": the counterpart the text named before, or the country
    if ((t.hint === 'meet' || t.hint === 'call') && participants.length === 1) {
      const other = counterpartAfter(reg, text, t.end, participants[0] ?? null);
      if (other && !participants.includes(other)) participants.push(other);
    }
    let finalKind = kind;
    if ((kind === 'bilateral' || kind === 'call') && participants.length < 2 && !forum) {
      // "X held a meeting with the secretaries of ...": one person meeting a group
      // "X hosted the meeting of their deputies": likewise
      const group =
        /^\s+(?:with\s+|of\s+)?(?:the\s+|their\s+)?(?:\w+\s+)?(?:secretaries|heads|leaders|ministers|deputies|members|representatives|ambassadors|delegations|officials|chiefs|commanders)\b/.test(
          text.slice(t.end, t.end + 60),
        );
      if (participants.length === 1 && group) finalKind = 'multilateral';
      else if (
        !(
          participants.length === 1 &&
          /^(?:met|meet|meets|meeting|received|receives|talks|negotiations|consultations)$/.test(t.text) &&
          /\bwith\b|\breceived\b/.test(sent.exact)
        )
      )
        continue;
    }
    if (
      (kind === 'session' || kind === 'summit' || kind === 'multilateral') &&
      !forum &&
      !participants.length &&
      !placeIn(doc, reg, sent.start, sent.end)
    ) {
      if (
        !/\b(?:ministers|leaders|heads)\b/i.test(text.slice(t.start - 40, t.end + 60)) &&
        !unionNear(idx, t)
      )
        continue;
    }
    const status: MeetingStatus = statusHere;
    // a clause that names another time ("next week") is not dated by the rest of the sentence
    const elsewhen = OTHER_TIME.test(text.slice(clause.start, ownEnd));
    const date =
      dateHere ??
      (prevTrigger || subordinate || elsewhen
        ? null
        : dateBetween(Math.max(sent.start, placeFrom), sent.end));
    const place =
      placeHere ?? (nextTrigger ? null : placeIn(doc, reg, Math.max(sent.start, placeFrom), sent.end, t));
    const laterGroup = sentTriggers.some(
      (o) =>
        o.start > t.end &&
        o.start < sent.end &&
        (o.hint === 'session' || o.hint === 'summit' || o.hint === 'multilateral'),
    );
    if ((finalKind === 'summit' || finalKind === 'session' || finalKind === 'multilateral') && !laterGroup) {
      for (const r of followingParticipants(doc, reg, si))
        if (!participants.includes(r)) participants.push(r);
    }
    const enclosing =
      /\b(?:during|on the sidelines of|on the margins of|at|within the framework of)\s+(?:the\s+|a\s+)?(?:[\w’'()-]+\s+){0,8}$/i.test(
        text.slice(Math.max(sent.start, t.start - 120), t.start),
      );
    const dateAfter =
      dateInClause(text.slice(t.start, clause.end), anchor) ?? (DAY_BEFORE.test(before) ? 'day' : null);
    if (
      (finalKind === 'session' || finalKind === 'summit' || finalKind === 'multilateral') &&
      !participants.length &&
      !dateAfter &&
      !enclosing &&
      // "the summits, the negotiations in Beijing, ...": a place told for the next meeting is not this one's
      !placeIn(doc, reg, t.end, ownEnd, t) &&
      !/^\s*(?:\(|was|is|will)/.test(after)
    ) {
      // "simultaneously with the meetings of the X": neither place nor participants nor date
      if (
        !/\b(?:held|took place|met|convened|gathered|opened|began|ended|is taking place|hosted)\b/.test(
          text.slice(t.start, clause.end),
        ) &&
        !attendedSitting(text.slice(clause.start, t.start))
      )
        continue;
    }
    const c: Candidate = {
      trigger: t,
      kind: finalKind,
      status,
      participants,
      forum,
      place,
      date,
      sentence: si,
      evidence: reg.span(sent.start, sent.end),
      within: null,
      anaphoric: false,
      definite:
        /\b(?:the|this|that)\s+(?:\w+\s+){0,2}$/i.test(before) &&
        !participants.length &&
        // "ahead of The Hague summit", "in preparation for the Vilnius summit": a later sitting, not a retelling
        !/\b(?:ahead of|in preparation for|preparations? for|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(
          before,
        ) &&
        !/\b(?:next|previous|last|upcoming|latest|first|second|third|another|new)\s+(?:\S+\s+){0,3}$/i.test(
          before,
        ),
    };
    c.date = date;
    c.also = /\balso\s+$/.test(before);
    c.next = /\bnext\s+(?:[\w-]+\s+){0,2}$/i.test(before) && status === 'planned';
    // "X held separate meetings with A and B": one bilateral with each
    const subject = c.participants[0];
    if (
      SEPARATE.test(text.slice(Math.max(sent.start, t.start - 12), t.end)) &&
      subject &&
      c.participants.length >= 3 &&
      reg.get(subject)?.kind === 'person'
    ) {
      for (const other of c.participants.slice(1))
        cands.push({
          ...c,
          kind: c.kind === 'call' ? 'call' : 'bilateral',
          participants: [subject, other],
          separate: true,
        });
      continue;
    }
    cands.push(c);
  }
  const records = buildMeetings(doc, reg, cands, anchor);
  transcriptParticipants(doc, reg, records);
  addAttendance(doc, reg, records);
  for (const rec of records) rec.key = meetingKey(reg, rec);
  return records;
}

/**
 * Rule: a place led by a locative ("in Oslo", "at the Kremlin", "visited Lima"), also opening a
 * sentence ("In Brussels, the ministers met") or with an indefinite article before a place used
 * as a modifier ("in a Kremlin ceremony", "at an Oslo hotel").
 */
const PLACE_LEAD =
  /\b(?:[Ii]n|[Aa]t|to|visited|visiting|arrived in)\s+(?:the\s+|an?\s+)?(?:resort\s+city\s+of\s+|city\s+of\s+|capital\s+)?(?:[A-Z][\p{L}]+\s+)?$/u;

function placeIn(doc: Doc, reg: Registry, start: number, end: number, t?: Trigger): string | null {
  const places = reg.mentionsIn(start, end).filter((m) =>
    (() => {
      const r = reg.get(m.ref);
      return r?.kind === 'place' && (r.placeKind === 'city' || r.placeKind === 'venue');
    })(),
  );
  if (!places.length) return null;
  // prefer a place after "in"/"at"/"to" and nearest the trigger; "returned from Oslo after
  // talks" names where the talks were, but only when no place is given with "in"/"at"
  const scored = places.flatMap((m) => {
    const lead = doc.text.slice(Math.max(start, m.start - 60), m.start);
    const at =
      PLACE_LEAD.test(lead) ||
      // "in the northern Chinese port city of Tianjin"
      /\b(?:in|at|to)\s+the\s+(?:[\p{L}-]+\s+){0,4}(?:city|town|capital|port|resort|village)\s+of\s+$/u.test(
        lead,
      );
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

function buildMeetings(
  doc: Doc,
  reg: Registry,
  cands: Candidate[],
  anchor: DateAnchor | null,
): MeetingRecord[] {
  void anchor;
  const records: MeetingRecord[] = [];
  const text = doc.text;
  // a telling of all the parties of "separate meetings" at once ("X meets A, B in Warsaw") is
  // those meetings, not one more: it lends them its evidence instead
  const splits = cands.filter((c) => c.separate);
  const covered = new Set(
    cands.filter(
      (c) =>
        !c.separate &&
        !c.anaphoric &&
        c.participants.length >= 3 &&
        c.participants.every((p) => splits.some((sp) => sp.participants.includes(p))),
    ),
  );
  const real = cands.filter((c) => !c.anaphoric && !covered.has(c));
  // within: "on the sidelines of X", "during (the) X", "held during X", "within the framework of X"
  for (const c of cands) {
    const before = text.slice(Math.max(0, c.trigger.start - 60), c.trigger.start);
    if (
      !/\b(?:on the sidelines of|on the margins of|during|held during|occurred during|at|within the framework of|as part of|in the framework of)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,6}$/i.test(
        before,
      )
    )
      continue;
    if (!(c.kind === 'session' || c.kind === 'summit' || c.kind === 'multilateral')) continue;
    // the meeting told in the same sentence before the enclosing one, or the one an anaphor names
    const inner = cands.find(
      (o) =>
        o !== c &&
        o.sentence === c.sentence &&
        o.trigger.start < c.trigger.start &&
        (o.anaphoric ? o.within : o) &&
        (o.anaphoric || o.kind === 'bilateral' || o.kind === 'call'),
    );
    if (!inner) continue;
    const target = inner.anaphoric ? inner.within : inner;
    if (!target || target === c) continue;
    target.within = c;
    // the enclosing meeting took place where its sideline meeting did, and with its people
    c.place ??= target.place;
    target.place ??= c.place;
    if (!c.participants.length && c.kind === 'summit') c.participants = [...target.participants];
  }
  // "held a bilateral meeting ... on the margins of the council": the latest sitting before encloses it
  for (const c of real) {
    if (c.within || (c.kind !== 'bilateral' && c.kind !== 'call')) continue;
    const tail = text.slice(c.evidence.start, c.evidence.end);
    if (
      !/\b[Oo]n (?:the (?:sidelines|margins) of (?:the|this) (?:council|summit|session|meeting|forum|ministerial|gathering)|its (?:sidelines|margins))\b/.test(
        tail,
      )
    )
      continue;
    const enclosing = real
      .filter((o) => o !== c && o.trigger.start < c.trigger.start && GROUP_KINDS.has(o.kind))
      .pop();
    if (enclosing) {
      c.within = enclosing;
      c.place ??= enclosing.place;
    }
  }
  // "... were discussed at a joint session with Sweden, Finland and X": with no place, date or
  // forum of its own, a joint sitting with partners is part of the sitting the story told before
  for (const c of real) {
    if (c.within || !GROUP_KINDS.has(c.kind) || c.place || c.date || c.forum) continue;
    const around = text.slice(Math.max(0, c.trigger.start - 8), Math.min(text.length, c.trigger.end + 8));
    if (!/\bjoint\s+(?:session|sitting|meeting)s?\s+with\b/i.test(around)) continue;
    const enclosing = real
      .filter(
        (o) =>
          o !== c &&
          o.trigger.start < c.trigger.start &&
          o.status === 'held' &&
          o.forum &&
          (o.kind === 'session' || o.kind === 'summit'),
      )
      .pop();
    if (enclosing && c.status === 'held') {
      c.within = enclosing;
      c.place = enclosing.place;
    }
  }
  // merge repeats of one meeting: same kind and status, shared participants or same forum, no conflicting place/date
  const groups: Candidate[][] = [];
  const sittings = new Map<Candidate[], GroupSittings>();
  for (const c of real) {
    // a telling that fits several meetings joins the one of its own kind and status first
    const fits = groups.filter(
      (grp) => grp.some((o) => sameMeeting(o, c)) && !sittings.get(grp)?.informalVersusSummit(c),
    );
    const g = fits.find((grp) => grp.some((o) => o.kind === c.kind && o.status === c.status)) ?? fits[0];
    const grp = g ?? [];
    if (!g) {
      groups.push(grp);
      sittings.set(grp, new GroupSittings());
    }
    grp.push(c);
    sittings.get(grp)?.add(c);
  }
  const recordOf = new Map<Candidate, MeetingRecord>();
  for (const grp of groups) {
    const first = grp[0] as Candidate;
    const participants: string[] = [];
    for (const c of grp) for (const p of c.participants) if (!participants.includes(p)) participants.push(p);
    const place = grp.find((c) => c.place)?.place ?? null;
    const date = grp.find((c) => c.date)?.date ?? null;
    // the most specific forum told: "the session of the CSTO Council of Foreign Ministers"
    // after "the foreign ministers of the CSTO met" is a sitting of the council
    const forums = grp.flatMap((c) => (c.forum ? [c.forum] : []));
    const forumRefs = new Set(forums.map((f) => f.ref));
    const forum =
      forums.find((f) => f.parent != null && f.parent !== f.ref && forumRefs.has(f.parent)) ??
      forums[0] ??
      null;
    const status: MeetingStatus = grp.some((c) => c.status === 'held') ? 'held' : 'planned';
    const evidence: Span[] = [];
    const evidenceStarts = new Set<number>();
    for (const c of grp)
      if (!evidenceStarts.has(c.evidence.start)) {
        evidenceStarts.add(c.evidence.start);
        evidence.push(c.evidence);
      }
    // an "informal meeting" among the tellings makes the sitting multilateral
    let kindOf: MeetingKind = grp.some((c) => c.trigger.hint === 'multilateral')
      ? 'multilateral'
      : grp.find((c) => c.kind === 'summit')
        ? 'summit'
        : first.kind;
    // three or more persons meeting without a body is no bilateral
    const parties = (kind: 'person' | 'place') =>
      participants.filter((p) => reg.get(p)?.kind === kind).length;
    if (kindOf === 'bilateral' && (parties('person') >= 3 || parties('place') >= 3)) kindOf = 'multilateral';
    if ((kindOf === 'bilateral' || kindOf === 'call') && !participants.length) continue;
    const rec: MeetingRecord = {
      kind: 'meeting',
      ref: `m${records.length + 1}`,
      key: '',
      evidence,
      meetingKind: kindOf,
      status,
      participants,
      place,
      date,
      within: null,
      forum: forum?.ref ?? null,
      topics: [],
    };
    records.push(rec);
    for (const c of grp) recordOf.set(c, rec);
  }
  for (const c of real) {
    const rec = recordOf.get(c);
    const w = c.within ? recordOf.get(c.within) : undefined;
    if (rec && w && w !== rec) {
      rec.within = w.ref;
      sidelinersAttend(rec, w);
    }
  }
  for (const c of covered)
    for (const sp of splits) {
      const rec = recordOf.get(sp);
      if (!rec || !sp.participants.every((p) => c.participants.includes(p))) continue;
      if (!rec.evidence.some((e) => e.start === c.evidence.start)) rec.evidence.push(c.evidence);
      rec.place ??= c.place;
      rec.date ??= c.date;
    }
  for (const c of cands) {
    if (!c.anaphoric || !c.within) continue;
    const rec = recordOf.get(c.within);
    if (rec && !rec.evidence.some((e) => e.start === c.evidence.start) && rec.evidence.length < 4)
      rec.evidence.push(c.evidence);
  }
  for (const rec of records) {
    const w = rec.within ? records.find((r) => r.ref === rec.within) : undefined;
    if (w) {
      rec.place ??= w.place;
      w.place ??= rec.place;
    }
  }
  // a summit of a union whose members the text lists is attended by those members
  for (const rec of records) {
    if (rec.meetingKind !== 'summit' || !rec.forum) continue;
    const forum = reg.get(rec.forum);
    const union =
      forum?.kind === 'organization' ? (forum.members.length ? forum : reg.get(forum.parent)) : undefined;
    if (union?.kind !== 'organization') continue;
    for (const m of union.members) if (!rec.participants.includes(m)) rec.participants.push(m);
  }
  // the first held meeting of a dated page (a ministry's news item) takes the page date
  const page = pageDate(doc.text);
  const firstHeld = records.find((r) => r.status === 'held');
  if (page && firstHeld && !firstHeld.date) firstHeld.date = page;
  for (const rec of records) rec.key = meetingKey(reg, rec);
  return records;
}

const GROUP_KINDS = new Set<MeetingKind>(['session', 'summit', 'multilateral']);

/** An alliance, a body of one or a format (G20) named within a few words of the trigger. */
function unionNear(idx: EntityIndex, t: Trigger): boolean {
  return idx.orgHits.some(
    (h) =>
      h.end >= t.start - 40 &&
      h.start <= t.end + 60 &&
      (h.rec.orgKind === 'alliance' || h.rec.orgKind === 'body' || h.rec.orgKind === 'other'),
  );
}

/** Rule: who met on the sidelines of a session or summit was at it ("talks on the sidelines of the summit"). */
function sidelinersAttend(inner: MeetingRecord, outer: MeetingRecord): void {
  if (outer.meetingKind !== 'session' && outer.meetingKind !== 'summit') return;
  if (inner.meetingKind !== 'bilateral' && inner.meetingKind !== 'call') return;
  if (inner.meetingKind === 'call') return;
  for (const p of inner.participants) if (!outer.participants.includes(p)) outer.participants.push(p);
}

/**
 * The sittings no rule found anyone at take their body as participant (forumSits), once every
 * rule (attendance lists, transcripts, speakers after the sitting) has had its say. A sitting
 * that encloses side meetings ("the talks, held during the Council of ...") is left to the
 * people told at them.
 */
export function forumsAttend(reg: Registry, records: MeetingRecord[]): void {
  const sideStarts = new Set(
    records
      .filter((r) => r.meetingKind === 'bilateral' || r.meetingKind === 'call')
      .flatMap((r) => r.evidence.map((e) => e.start)),
  );
  const enclosing = new Set(records.map((r) => r.within));
  for (const rec of records) {
    if (enclosing.has(rec.ref) || rec.evidence.some((e) => sideStarts.has(e.start))) continue;
    // "X skipped the latest summit": told for who stayed away, not for who sat
    if (rec.evidence.some((e) => ABSENCE.test(e.exact))) continue;
    forumSits(rec);
    rec.key = meetingKey(reg, rec);
  }
}

/**
 * Rule: a sitting of a named body or alliance told without who sat ("the recent meeting of the
 * Arctic Council in Oslo", "the NATO summit in Vilnius"), or with one person only (who may
 * merely report on it), was attended by that body or alliance.
 */
export function forumSits(rec: MeetingRecord): void {
  if (!rec.forum || rec.participants.length > 1 || rec.participants.includes(rec.forum)) return;
  if (rec.meetingKind !== 'session' && rec.meetingKind !== 'summit') return;
  rec.participants.push(rec.forum);
}

/** Forums are compatible when they are the same body or one is the other's parent. */
function forumsCompatible(a: OrganizationRecord, b: OrganizationRecord): boolean {
  return a === b || a.parent === b.ref || b.parent === a.ref;
}

/** An informal meeting is not the formal summit told in another sentence. */
/** The triggers (sorted by start) that start in [start, end), by binary search. */
function triggersIn(triggers: Trigger[], start: number, end: number): Trigger[] {
  let lo = 0;
  let hi = triggers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((triggers[mid] as Trigger).start < start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < triggers.length && (triggers[to] as Trigger).start < end) to++;
  return triggers.slice(lo, to);
}

/**
 * The informal meetings and summits of a group, by sentence: whether some member and `c` are
 * an informal meeting and a summit told apart (informalVersusSummit) without a scan of them all.
 */
class GroupSittings {
  private readonly informal = new Map<number, number>();
  private readonly summits = new Map<number, number>();
  private informalCount = 0;
  private summitCount = 0;

  add(c: Candidate): void {
    if (c.trigger.hint === 'multilateral') {
      this.informal.set(c.sentence, (this.informal.get(c.sentence) ?? 0) + 1);
      this.informalCount++;
    }
    if (c.kind === 'summit') {
      this.summits.set(c.sentence, (this.summits.get(c.sentence) ?? 0) + 1);
      this.summitCount++;
    }
  }

  /** Some member in another sentence is informal while `c` is a summit, or the reverse. */
  informalVersusSummit(c: Candidate): boolean {
    const informalElsewhere = this.informalCount - (this.informal.get(c.sentence) ?? 0) > 0;
    const summitElsewhere = this.summitCount - (this.summits.get(c.sentence) ?? 0) > 0;
    return (
      (c.kind === 'summit' && informalElsewhere) || (c.trigger.hint === 'multilateral' && summitElsewhere)
    );
  }
}

function informalVersusSummit(a: Candidate, b: Candidate): boolean {
  if (a.sentence === b.sentence) return false;
  const informal = (c: Candidate): boolean => c.trigger.hint === 'multilateral';
  return (informal(a) && b.kind === 'summit') || (informal(b) && a.kind === 'summit');
}

function sameMeeting(a: Candidate, b: Candidate): boolean {
  const group = GROUP_KINDS.has(a.kind) && GROUP_KINDS.has(b.kind);
  if (a.kind !== b.kind && !(group && ((a.forum && b.forum) || a.sentence === b.sentence))) return false;
  if (informalVersusSummit(a, b)) return false;
  if ((a.also || b.also) && a.sentence !== b.sentence && a.forum !== b.forum) return false;
  // a definite back-reference may retell a planned sitting as held, but "the next meeting" is not the last one
  if (a.status !== b.status && !(a.status === 'planned' ? a.definite : b.definite)) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  if (a.date && b.date && a.date !== b.date) return false;
  const shared = a.participants.filter((p) => b.participants.includes(p)).length;
  // "to attend a meeting of X and an informal meeting of Y": one trip, told as two sittings
  if (
    group &&
    a.sentence === b.sentence &&
    a.participants.length &&
    shared === a.participants.length &&
    shared === b.participants.length
  )
    return true;
  if (a.forum && b.forum) return forumsCompatible(a.forum, b.forum);
  // "the next meeting of ... will be held", told twice
  if (a.next && b.next && a.kind === b.kind && !a.participants.length && !b.participants.length) return true;
  if (a.kind === 'call' && b.kind === 'call' && shared >= 1) return true;
  if (a.participants.length && b.participants.length)
    return shared >= Math.min(2, Math.min(a.participants.length, b.participants.length));
  if ((a.definite || b.definite) && group && a.kind === b.kind) return !(a.forum && b.forum);
  return false;
}

/**
 * Participants a sentence after a sitting lists: "The summit was attended by:" + list lines,
 * "Russia will be represented by Foreign Minister X, Defense Minister Y and Z".
 */
function followingParticipants(doc: Doc, reg: Registry, si: number): string[] {
  const sent = doc.sentences[si];
  if (!sent) return [];
  const out: string[] = [];
  const next = doc.sentences[si + 1];
  const here =
    /\b(?:attended by|represented by|participants (?:were|included)|taking part were)\s*:?\s*$/i.test(
      sent.exact,
    )
      ? sent
      : null;
  // "Among those attending were X, Y and Z.": the next sentence names who came
  if (
    next &&
    /^(?:Among (?:those|the leaders|the guests|the participants) (?:attending|present|taking part|in attendance)(?: were)?|(?:Also )?(?:[Aa]ttending|[Pp]resent|[Tt]aking part) were|(?:The )?[Pp]articipants included)\b/.test(
      next.exact,
    )
  ) {
    for (const r of actorsIn(reg, next.start, next.end, ['person'])) if (!out.includes(r)) out.push(r);
  }
  if (here) {
    // list lines after the colon
    for (let k = si + 1; k < doc.sentences.length && k < si + 20; k++) {
      const line = doc.sentences[k] as Span;
      if (!/^[•*·–-]/.test(line.exact)) break;
      for (const r of actorsIn(reg, line.start, line.end, ['person'])) if (!out.includes(r)) out.push(r);
    }
  }
  if (
    next &&
    /\b(?:(?:will be|is|are|was|were) represented by|delegation (?:was |is )?(?:headed|led) by)\b/.test(
      next.exact,
    )
  ) {
    for (const r of actorsIn(reg, next.start, next.end, ['person'])) if (!out.includes(r)) out.push(r);
  }
  // "It was attended by the heads of defence departments of A, B and C": the countries sat
  const attended = next ? ATTENDED_BY_HEADS_OF.exec(next.exact) : null;
  if (next && attended) {
    const from = next.start + attended.index + attended[0].length;
    for (const r of actorsIn(reg, from, next.end, ['country'])) if (!out.includes(r)) out.push(r);
  }
  return out;
}

/** `meeting:<kind>:<date or ''>:<place key or ''>:<sorted participant keys>` */
export function meetingKey(reg: Registry, m: MeetingRecord): string {
  const place = m.place ? (reg.get(m.place)?.key ?? '') : '';
  const parts: string[] = [];
  for (const r of m.participants) parts.push(reg.get(r)?.key ?? r);
  sortInPlace(parts);
  const forum = !parts.length && m.forum ? [reg.get(m.forum)?.key ?? ''] : [];
  return `meeting:${m.meetingKind}:${m.date ?? ''}:${place}:${[...parts, ...forum].join(',')}`;
}

/**
 * Rule: a press-conference transcript "by <title> <name> following the meetings of <body>" is
 * given by someone who sat in them, and the officials the speaker names with their titles in the
 * transcript ("the new US Secretary of Defence X", "together with Minister Y") sat there too.
 */
function transcriptParticipants(doc: Doc, reg: Registry, records: MeetingRecord[]): void {
  const head = doc.text.slice(0, 600);
  if (!/^\s*(?:Press conference|Press point|Doorstep|Remarks|Transcript)\b/im.test(head)) return;
  const by = /^by .+?\b(?:following|after)\s+the\s+(?:meetings?|sessions?|summit)\b.*$/m.exec(head);
  if (!by) return;
  const start = by.index;
  const end = start + by[0].length;
  const meeting = records.find((m) => m.evidence.some((e) => e.start < end && start < e.end));
  if (!meeting) return;
  const add = (ref: string): void => {
    if (!meeting.participants.includes(ref)) meeting.participants.push(ref);
  };
  for (const m of reg.mentionsIn(start, end)) if (reg.get(m.ref)?.kind === 'person') add(m.ref);
  for (const m of reg.mentionsIn(end, doc.text.length)) {
    const r = reg.get(m.ref);
    if (
      r?.kind === 'person' &&
      r.roles.length &&
      !/^(?:President|King|Queen|Pope)$/.test(r.roles[0]?.title ?? '')
    )
      add(r.ref);
  }
  meeting.key = meetingKey(reg, meeting);
}
