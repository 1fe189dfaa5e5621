import type { Doc } from '../../doc.js';
import type { Registry } from '../../entities/registry.js';
import { coordinatedList } from '../../text/lists.js';
import { sortInPlace } from '../../text/sort.js';
import type { MeetingKind, MeetingRecord, Span } from '../../types.js';
import { absentees, NEGATED_BEFORE, negatedPersons, speakersIn } from './actors.js';

// Who was at a sitting, told in the sentences after the one that names it: "Among the
// participants were:" + a list, "X and the leaders of A, B and C attended the summit", "The host
// of the summit, X, greeted Y", "Z represented the committee at the event".

const SITTING_KINDS = new Set<MeetingKind>(['session', 'summit', 'multilateral']);

/** How far after a sitting's last telling its attendance is still read. */
const WINDOW = 6;

/** A heading that opens a list of those present: "Among the participants of the meeting were:". */
const LIST_HEADING =
  /\b(?:participants|attendees|those (?:present|attending|taking part)|attended by|taking part were|present were|in attendance were)\b[^:]{0,80}:\s*$/i;

/** A list line: a bullet, a dash or a star before the item. */
const LIST_LINE = /^\s*[-•*·–—]\s*/;

/** The sitting referred back to, or its people: "the summit", "this meeting", "the participants", "It was hosted by". */
const SITTING_REF =
  /\b(?:(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}?(?:summit|meeting|session|sitting|event|events|gathering|talks|ministerial)\b|participants\b|members\s+of\s+the\s+[A-Z])|^\s*It\s+(?:was|is|will\s+be|has\s+been)\s+(?:(?:also|jointly)\s+)?(?:co-?)?(?:hosted|chaired|attended|opened|presided)\s+(?:over\s+)?by\b/i;

/** Words that say "at the sitting" without naming it: "Other heads of state present include X". */
const PRESENCE_REF = /\b(?:present|in attendance|spotted)\b/i;

/** A verb that puts someone at the sitting ("arrived in Dhahran ahead of the summit" too). */
const ATTEND_VERB =
  /\b(?:bring together|brings together|brought together|attended|attends|attending|took part|take part|takes part|taking part|participated|participates|participating|included|include|includes|represented|represents|greeted|greets|addressed|addressing|addresses|arrived at|arrives at|(?:arrived|arrive|arrives)\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+(?:yesterday|today|on\s+\w+day))?,?\s+(?:ahead\s+of|for)|joined|joins|chaired|chairs|hosted|hosts|host of|presided|presides|headed|opened|closed|concluded|(?:[Oo]pening|[Cc]losing|[Cc]hairing|[Hh]osting)\s+the|present at|(?:the|its) (?:presence|participation) of|under the (?:chairmanship|chairship|chairpersonship|leadership|presidency) of)\b/;

/**
 * "Asean leaders at the Summit were A, B and C", "Delegates at the meeting included X": a group at
 * the sitting, then the list of its members.
 */
const GROUP_AT_SITTING =
  /\b(?:leaders|heads\s+of\s+(?:state|government)|ministers|delegates|participants|guests|those)\s+(?:present\s+)?at\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:summit|meeting|session|gathering|talks)\s+(?:were|was|are|is|included|include|includes)\b/i;

/**
 * A sentence that opens on who was present: "Those present were", "Among the attendees are",
 * "Other notable attendees include", "Among the many delegations present was", "Also present are".
 */
const PRESENCE_LIST =
  /^\s*(?:(?:Among|Also)\s+)?(?:the\s+)?(?:(?:many|other|notable|few|leading)\s+){0,2}(?:attendees|those\s+(?:present|attending|in\s+attendance)|(?:leaders|heads\s+of\s+(?:state|government)|delegations|delegates|guests|dignitaries|officials)\s+(?:present|in\s+attendance|attending)|present)\s+(?:at\s+the\s+(?:[\w’'-]+\s+){0,3})?(?:were|are|was|is|included|include|includes)\b/i;

/** "Others are President X", "Others present include Y": the list goes on from the sentence before. */
const OTHERS_LIST = /^\s*Others\s+(?:present\s+|spotted\s+)?(?:are|were|include|included|includes)\b/;

/** Rule: "Those present were A, B and C", "Among the attendees are A and B": a presence list after a sitting. */
export function presenceList(sentence: string): boolean {
  return PRESENCE_LIST.test(sentence);
}

/** Rule: "Others are A and B" right after a presence list: the list goes on. */
export function presenceListGoesOn(sentence: string, previousWasList: boolean): boolean {
  return previousWasList && OTHERS_LIST.test(sentence);
}

/** "is being represented by", "were represented by": who stands for a party at the sitting. */
const REPRESENTED_BY = /\b(?:is|are|was|were|will\s+be|being)\s+(?:being\s+)?represented\s+by\b/;

/**
 * Rule: "Vietnam is being represented by Prime Minister X", "A and B are member-states being
 * represented by their foreign ministers" after a sitting: the person named, or the countries
 * when no person is, take part in the sitting.
 */
export function representedAtSitting(sentence: string): boolean {
  return REPRESENTED_BY.test(sentence);
}

/**
 * "in his opening speech", "was making her opening remarks", "Delivering opening remarks,",
 * "will deliver a keynote address", "delivered a speech", "A, B and C will address the session",
 * "Welcoming the delegates,", "also addressed the delegates", "handed over the chairmanship",
 * "Speaking at the opening,": what only someone at the sitting does there.
 */
const OPENING_SPEECH = new RegExp(
  [
    /\b(?:in|make|making|made|makes|deliver|delivered|delivering|delivers|give|gave|giving|gives)\s+(?:(?:a|an|his|her|the|their)\s+)?(?:opening|welcoming|welcome|closing|keynote|inaugural)\s+(?:speech|remarks|address|statement)\b/
      .source,
    /\b(?:deliver|delivered|delivering|delivers|give|gave|giving|gives)\s+(?:a|an|his|her|their)\s+speech\b/
      .source,
    /\b(?:[Ww]elcoming|welcome|welcomed|welcomes|address|addressed|addresses|addressing|[Aa]ddressing)\s+the\s+(?:delegates|delegations|participants|leaders|summit|session|gathering|assembly|plenary|conference|opening)\b/
      .source,
    /\bhand(?:ed|s|ing)?\s+over\s+the\s+(?:rotating\s+)?(?:chairmanship|chair|presidency)\b/.source,
    /\b[Ss]peaking\s+(?:at|during)\s+the\s+(?:(?:official|formal|ceremonial)\s+)?(?:opening|summit|session|meeting|plenary|closing)\b/
      .source,
  ].join('|'),
  'i',
);

/**
 * Rule: "X welcomed the leaders in his opening speech", "Delivering opening remarks, X said",
 * "Y also addressed the delegates", "Z handed over the chairmanship to ..." after a sitting: who
 * opens, addresses or hands over the sitting is at it (the first person the sentence names).
 */
export function openingSpeechAtSitting(sentence: string): boolean {
  return OPENING_SPEECH.test(sentence);
}

/**
 * Who opens or addresses the sitting: the persons named before the words of the speech ("A, B and C
 * will address the session"), else the first person the sentence names ("Delivering opening
 * remarks, X said"). "X welcomed Y in his opening speech": Y, named before the words too, is
 * left out when the sentence names X first and a verb of welcoming or greeting between them.
 */
function speakersOfOpening(reg: Registry, text: string, sent: Span, opening: RegExpExecArray): string[] {
  const at = sent.start + opening.index;
  const before = personsIn(reg, text, sent.start, at);
  if (!before.length) return personsIn(reg, text, sent.start, sent.end).slice(0, 1);
  return /\b(?:welcomed|welcomes|greeted|greets|received|receives|thanked|thanks)\b/.test(
    text.slice(sent.start, at),
  )
    ? before.slice(0, 1)
    : before;
}

/** "told reporters as he arrived", "Arriving at the summit, X said", "on her arrival". */
const ARRIVAL =
  /\b(?:as|when|after)\s+(?:he|she|they)\s+arrived\b|\b[Aa]rriving\s+(?:at|for|in)\s+the\b|\bon\s+(?:his|her|their)\s+arrival\b|\b(?:as|when)\s+(?:he|she|they)\s+(?:left|was\s+leaving|were\s+leaving)\b/;

/**
 * Rule: "“We must act now,” X told reporters as he arrived", "Arriving at the summit, Y said ..."
 * after a sitting: who speaks on arriving (or leaving) is at the sitting (the first person the
 * sentence names).
 */
export function arrivalAtSitting(sentence: string): boolean {
  return ARRIVAL.test(sentence);
}

/**
 * "A, B and C attended.", "X also took part", "Y was present as an observer": the clause ends on
 * the verb that puts its subjects at the sitting told before, which it leaves unnamed.
 */
const ATTENDED_AT_END =
  /\b(?:attended|took\s+part|participated|(?:was|were)\s+(?:also\s+)?present)(?:\s+as\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?)?(?:\s+(?:too|as\s+well))?\s*[.;,]?\s*$/;

/** Rule: "A, B and C attended.": who the clause ending on the verb names attended the sitting told before. */
export function attendedWithoutObject(clause: string): boolean {
  return ATTENDED_AT_END.test(clause) && !NEGATED_BEFORE.test(clause.replace(ATTENDED_AT_END, ''));
}

/**
 * Rule: "Asean leaders at the Summit were A, B and C": the list after a group at the sitting attends
 * it; "A, B and C are among the heads of delegations": the list before it does.
 */
export function groupAtSitting(clause: string): boolean {
  return GROUP_AT_SITTING.test(clause) || AMONG_THOSE_AT.test(clause);
}

/**
 * "A, B and C are among the heads of delegations", "X was among the leaders attending": the
 * people listed are among those at the sitting told before.
 */
const AMONG_THOSE_AT =
  /\b(?:are|were|is|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:heads\s+of\s+(?:delegations?|state|government)|leaders|participants|attendees|delegates|guests|dignitaries|those\s+(?:present|attending|taking\s+part))\b/i;

/** Clauses that say the opposite of what the main clause says. */
const CONCESSIVE = /,?\s+(?:even though|although|though|but|while|whereas|except)\s+|;\s+/g;

/** Plural heads of a coordinated list of countries: "the leaders of A, B and C", "ministers from A, B and C", "their counterparts from A, B and C". */
const GROUP_OF =
  /\b(?:leaders|presidents|counterparts|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers|(?:defen[cs]e\s+|foreign\s+)?ministers|delegations|representatives|heads(?:\s+of\s+[\w\s-]{1,40}?)?)\s+(?:of|from)\s+(?:the\s+)?/gi;

/** A union's name with its acronym and a noun of countries, then "(" opening the list of them. */
const MEMBERS_IN_PARENTHESES =
  /^(?:[\p{Lu}][\p{L}\d-]*\s+){1,6}(?:\([^()]{1,12}\)\s+)?(?:countries|states|member\s+states|nations|members)\s+\(/u;

/** "the two countries", "the two sides" right at `from`: every country of the meeting, not a list. */
export function namesBothSides(text: string, from: number): boolean {
  return /^two\s+(?:countries|nations|states|sides)\b/.test(text.slice(from, from + 20));
}

/**
 * Where the list of countries after a group's head ("the presidents of ") starts: right there, or,
 * after a union's name, inside its parentheses ("the Visegrad Four (V4) countries (Czech
 * Republic, Hungary, ...)").
 */
export function listStartAfterGroupHead(text: string, from: number, end: number): number {
  const listed = MEMBERS_IN_PARENTHESES.exec(text.slice(from, end));
  return listed ? from + listed[0].length : from;
}

/** Countries named in a coordinated list after a group's head: "the defence ministers of A, B and C". */
export function countriesOfGroup(reg: Registry, text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const slice = text.slice(start, end);
  GROUP_OF.lastIndex = 0;
  for (let m = GROUP_OF.exec(slice); m; m = GROUP_OF.exec(slice)) {
    const from = listStartAfterGroupHead(text, start + m.index + m[0].length, end);
    const items = coordinatedList(text, from, end - from);
    if (!items.length) continue;
    const last = items[items.length - 1] as Span | { start: number; end: number };
    for (const r of countriesIn(reg, from, last.end)) if (!out.includes(r)) out.push(r);
  }
  return out;
}

/** The countries of the coordinated list that starts at `from` ("Brazil, Russia, India and China"). */
export function countriesListedAt(reg: Registry, text: string, from: number, end: number): string[] {
  const items = coordinatedList(text, from, end - from);
  const last = items[items.length - 1];
  return last ? countriesIn(reg, from, last.end) : [];
}

function countriesIn(reg: Registry, start: number, end: number): string[] {
  const out: string[] = [];
  for (const m of reg.mentionsIn(start, end)) {
    const r = reg.get(m.ref);
    if (r?.kind !== 'place' || r.placeKind !== 'country' || m.via === 'demonym') continue;
    if (!out.includes(r.ref)) out.push(r.ref);
  }
  return out;
}

function personsIn(reg: Registry, text: string, start: number, end: number): string[] {
  const away = negatedPersons(reg, text, start, end);
  const out: string[] = [];
  for (const m of reg.mentionsIn(start, end))
    if (reg.get(m.ref)?.kind === 'person' && !away.has(m.ref) && !out.includes(m.ref)) out.push(m.ref);
  return out;
}

/** Rule: "Among the participants of the meeting were:" and the list lines under it. */
export function listUnderHeading(doc: Doc, reg: Registry, si: number): string[] {
  const heading = doc.sentences[si];
  if (!heading || !LIST_HEADING.test(heading.exact)) return [];
  const out: string[] = [];
  for (let k = si + 1; k < doc.sentences.length && k <= si + 40; k++) {
    const line = doc.sentences[k] as Span;
    if (!LIST_LINE.test(line.exact)) break;
    for (const r of personsIn(reg, doc.text, line.start, line.end)) if (!out.includes(r)) out.push(r);
  }
  return out;
}

/**
 * Rule: a clause that puts people at the sitting it refers back to: "X and the leaders of A and
 * B attended the summit", "The host of the summit, X, greeted Y", "the participants included X",
 * "Asean leaders at the Summit were A, B and C". In the sentence that tells the sitting, the
 * sitting needs no "the": "convened a session under the chairmanship of X".
 * Clauses after "even though", "but", ... and persons after a negation are left out.
 */
export function attendingClause(doc: Doc, reg: Registry, sent: Span, tellsSitting = false): string[] {
  const out: string[] = [];
  let from = sent.start;
  const cuts: number[] = [];
  CONCESSIVE.lastIndex = 0;
  for (let m = CONCESSIVE.exec(sent.exact); m; m = CONCESSIVE.exec(sent.exact))
    cuts.push(sent.start + m.index);
  cuts.push(sent.end);
  for (const to of cuts) {
    const clause = doc.text.slice(from, to);
    if (
      (ATTEND_VERB.test(clause) &&
        (tellsSitting || SITTING_REF.test(clause) || PRESENCE_REF.test(clause)) &&
        !NEGATED_BEFORE.test(clause.split(ATTEND_VERB)[0] ?? '')) ||
      groupAtSitting(clause) ||
      attendedWithoutObject(clause)
    ) {
      for (const r of withoutTellers(doc, reg, personsIn(reg, doc.text, from, to), from, to))
        if (!out.includes(r)) out.push(r);
      for (const r of countriesOfGroup(reg, doc.text, from, to)) if (!out.includes(r)) out.push(r);
    }
    from = to;
  }
  return out;
}

/** A verb of saying with its "that" clause: "told Arab News on Tuesday that". */
const REPORTED_THAT =
  /\b(?:said|says|told|tells|stated|states|announced|added|noted|explained|confirmed|reported|informed)\b[^.;]{0,80}?\bthat\b/;

/**
 * Rule: "X, spokesman of the secretariat, told Arab News that the meeting will be chaired by Y":
 * who tells of the sitting is not at it when someone else is named there. "X said he attended
 * the summit" names no one else and keeps X.
 */
function withoutTellers(doc: Doc, reg: Registry, persons: string[], from: number, to: number): string[] {
  // only a clause that reports ("told ... that"): "X concluded the meeting" is no telling of it
  if (!REPORTED_THAT.test(doc.text.slice(from, to))) return persons;
  const tellers = speakersIn(doc, reg, from, to);
  const others = persons.filter((r) => !tellers.has(r));
  return others.length ? others : persons;
}

/** The sentence a record is first told in. */
function firstStart(rec: MeetingRecord): number {
  return Math.min(...rec.evidence.map((e) => e.start));
}

/**
 * Adds to each sitting (session, summit, informal meeting) the people the sentences after it put
 * there, up to the next meeting the text tells or a few sentences past its last telling. One pass
 * over the sentences.
 */
export function addAttendance(doc: Doc, reg: Registry, records: MeetingRecord[]): void {
  // built by push, not `map`: V8's optimised `map` makes another array shape than its builtin,
  // which sends the optimised code reading `starts` back to the interpreter
  const starts: Array<{ rec: MeetingRecord; at: number }> = [];
  for (const r of records) starts.push({ rec: r, at: firstStart(r) });
  sortInPlace(starts, (a, b) => a.at - b.at);
  const told = new Map<number, MeetingRecord>();
  for (const r of records) for (const e of r.evidence) if (!told.has(e.start)) told.set(e.start, r);
  let current: MeetingRecord | null = null;
  let lastTold = -1;
  let previousWasList = false;
  let next = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    const sent = doc.sentences[si] as Span;
    while (next < starts.length && (starts[next] as { at: number }).at <= sent.start) {
      current = (starts[next] as { rec: MeetingRecord }).rec;
      lastTold = si;
      next++;
    }
    const here = told.get(sent.start);
    if (here && here === current) lastTold = si;
    else if (here && SITTING_KINDS.has(here.meetingKind)) {
      current = here;
      lastTold = si;
    }
    const wasList = previousWasList;
    previousWasList = false;
    if (!current) continue;
    // a presence list names its sitting by "present": it is the latest told, however far back;
    // talks have one too ("Present at the talks were A, B and C": the delegations)
    if (presenceList(sent.exact) || presenceListGoesOn(sent.exact, wasList)) {
      previousWasList = true;
      for (const r of [...listUnderHeading(doc, reg, si), ...personsOrCountries(reg, doc.text, sent)])
        if (!current.participants.includes(r)) current.participants.push(r);
      continue;
    }
    if (!SITTING_KINDS.has(current.meetingKind) || si - lastTold > WINDOW) continue;
    // the sentence that tells the sitting refers to it without "the": "convened a session under the chairmanship of X"
    const found = [...listUnderHeading(doc, reg, si), ...attendingClause(doc, reg, sent, here === current)];
    const opening = OPENING_SPEECH.exec(sent.exact);
    if (representedAtSitting(sent.exact)) found.push(...representatives(reg, doc.text, sent));
    else if (opening) found.push(...speakersOfOpening(reg, doc.text, sent, opening));
    else if (arrivalAtSitting(sent.exact))
      found.push(...personsIn(reg, doc.text, sent.start, sent.end).slice(0, 1));
    // who the sentence says stayed away ("President X, represented by Y, opened ...") attended not
    const away = found.length ? absentees(reg, doc.text, sent) : undefined;
    for (const r of found)
      if (!current.participants.includes(r) && !away?.has(r)) current.participants.push(r);
  }
}

/**
 * Who stands for a party: the persons named after "represented by" up to the clause's end, else
 * the countries named before it ("The Gambia and Liberia are being represented by their ministers").
 */
function representatives(reg: Registry, text: string, sent: Span): string[] {
  const m = REPRESENTED_BY.exec(sent.exact);
  if (!m) return [];
  const at = sent.start + m.index;
  const rest = text.slice(at, sent.end);
  const stop = /[;]|,\s+(?:but|while|although|whereas)\b/.exec(rest);
  const end = stop ? at + stop.index : sent.end;
  const persons = personsIn(reg, text, at, end);
  if (persons.length) return persons;
  const before = text.slice(sent.start, at);
  const cut = Math.max(before.lastIndexOf(';'), before.search(/,\s+(?:but|while)\s+[^,]*$/));
  return countriesIn(reg, cut > 0 ? sent.start + cut : sent.start, at);
}

/** The persons a sentence names, or, when it names none, its countries ("a large team from Palau"). */
function personsOrCountries(reg: Registry, text: string, sent: Span): string[] {
  const persons = personsIn(reg, text, sent.start, sent.end);
  return persons.length ? persons : countriesIn(reg, sent.start, sent.end);
}
