import { pageDate } from '../../dates.js';
import { type Doc, sentenceAt } from '../../doc.js';
import type { Registry } from '../../entities/registry.js';
import { sortInPlace } from '../../text/sort.js';
import type { MeetingKind, MeetingRecord, MeetingStatus, OrganizationRecord, Span } from '../../types.js';
import { ABSENCE } from './actors.js';
import { holdersStandForCountries } from './holders.js';
import {
  forumsCompatible,
  GROUP_KINDS,
  GroupSittings,
  pairStandsForCountries,
  personStandsForCountry,
  sameMeeting,
  sameOrdinalSitting,
} from './merge.js';
import { countryOfPerson } from './parties.js';
import { named } from './rule-names.js';
import type { Candidate, MeetingRuleFiring, Story } from './types.js';
import { countryAfterMeetingVerb, datelineCity } from './when-where.js';

// Stage 9, build: the tellings of one meeting merged into a record, the meetings that enclose
// others linked (`within`), and the record rules that complete what the tellings left open.

/**
 * The rules behind each record, for explain: kept beside the record, not in it, so the
 * extraction stays as it is. Also keyed by the participants list, which survives the shallow
 * copy that maps spans back to the text as given.
 */
const RULES_OF = new WeakMap<object, MeetingRuleFiring[]>();

/** The named rules that produced a meeting record (empty for a record this stage did not build). */
export function meetingRules(rec: MeetingRecord): readonly MeetingRuleFiring[] {
  return RULES_OF.get(rec) ?? RULES_OF.get(rec.participants) ?? [];
}

/** Notes on a record that a rule of the whole story added to who took part. */
function noteRule(rec: MeetingRecord, rule: string): void {
  const list = RULES_OF.get(rec);
  const span = rec.evidence[0];
  if (list && span) list.push({ rule: `participants:${rule}`, span });
}

/** Runs a rule over the story's records and notes it on each record it added people to. */
export function runRecordRule(name: string, records: MeetingRecord[], run: () => void): void {
  const before = records.map((r) => r.participants.length);
  run();
  records.forEach((r, i) => {
    if (r.participants.length !== before[i]) noteRule(r, name);
  });
}

/** A within rule: links a telling to the meeting that encloses it. */
type WithinRule = (text: string, cands: Candidate[], real: Candidate[]) => void;

/**
 * Rule: "on the sidelines of X", "during (the) X", "held during X", "within the framework of X"
 * (X's name may hold its acronym: "the Group of Seven (G7) summit"): the meeting told in the same
 * sentence before the enclosing one, or the one an anaphor names,
 * was held within X, where X was and (for a summit) with its people.
 */
function sidelinesInSameSentence(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    const before = text.slice(Math.max(0, c.trigger.start - 100), c.trigger.start);
    if (
      !/\b(?:on the sidelines of|on the margins of|on the fringes of|(?:held\s+)?alongside|in conjunction with|during|held during|occurred during|at|within the framework of|as part of|in the framework of)\s+(?:the\s+|a\s+)?(?:[\w’'()–-]+\s+){0,9}$/i.test(
        before,
      )
    )
      continue;
    if (!(c.kind === 'session' || c.kind === 'summit' || c.kind === 'multilateral')) continue;
    // "Held alongside the 57th ASEAN Foreign Ministers' Meeting, the discussions focused on ...":
    // the enclosing sitting opens the sentence, and the meeting told after it was held within it
    const fronted =
      /^\s*(?:Held\s+|Meeting\s+)?(?:[Aa]longside|[Oo]n the (?:sidelines|margins|fringes) of|[Dd]uring|[Ii]n conjunction with)\b/.test(
        text.slice(c.evidence.start, c.trigger.start),
      );
    const inner = cands.find(
      (o) =>
        o !== c &&
        o.sentence === c.sentence &&
        (o.trigger.start < c.trigger.start || fronted) &&
        (o.anaphoric ? o.within : o) &&
        (o.anaphoric || o.kind === 'bilateral' || o.kind === 'call'),
    );
    // "... the discussions focused on": no meeting word of its own; the one told just before
    const told =
      inner ?? (fronted ? cands.findLast((o) => o.sentence < c.sentence && !o.anaphoric) : undefined);
    if (!told) continue;
    const target = told.anaphoric ? told.within : told;
    if (!target || target === c) continue;
    const held = splitFromSameTelling(cands, target);
    for (const one of held) {
      one.within = c;
      c.place ??= one.place;
      one.place ??= c.place;
    }
    if (!c.participants.length && c.kind === 'summit')
      c.participants = [...new Set(held.flatMap((o) => o.participants))];
  }
}

/**
 * "held bilateral meetings with A and B on the sidelines of the summit": the meetings one telling
 * was split into (one per party) are all held within the sitting, and all their parties were at it.
 */
function splitFromSameTelling(cands: Candidate[], target: Candidate): Candidate[] {
  if (!target.separate) return [target];
  return cands.filter((o) => o === target || (o.separate && o.trigger === target.trigger));
}

/**
 * Rule: "held a bilateral meeting ... on the margins of the council", "On the sidelines, X met Y":
 * the latest sitting told before encloses it (a bare "on the sidelines" names no other).
 */
function sidelinesOfLatestSitting(text: string, _cands: Candidate[], real: Candidate[]): void {
  for (const c of real) {
    if (c.within || (c.kind !== 'bilateral' && c.kind !== 'call')) continue;
    const tail = text.slice(c.evidence.start, c.evidence.end);
    if (
      !/\b[Oo]n (?:the (?:sidelines|margins) of (?:the|this) (?:council|summit|session|meeting|forum|ministerial|gathering)\b|its (?:sidelines|margins)\b|the (?:sidelines|margins)(?=\s*[.,;]|\s+(?:on|in|at|[A-Z])|$))/.test(
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
}

/**
 * Rule: "... were discussed at a joint session with Sweden, Finland and X": with no place, date or
 * forum of its own, a joint sitting with partners is part of the sitting the story told before.
 */
function jointSessionWithPartners(text: string, _cands: Candidate[], real: Candidate[]): void {
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
}

/** The parts a summit is held in: "one of the two roundtables", "the plenary session", "a working session". */
const PART_OF_SUMMIT =
  /^(?:[Rr]ound ?-?tables?|plenary|[Pp]lenary [Ss]ession|[Ww]orking [Ss]ession|[Pp]anels?)$/;

/**
 * Rule: "heads of state gathered at the summit ... One of the two roundtables was co-chaired by A
 * and B": a roundtable, a plenary or a working session with no forum of its own, told after a
 * held summit of the story, is part of that summit. A roundtable of its own body is no part.
 */
function partOfSummit(text: string, _cands: Candidate[], real: Candidate[]): void {
  for (const c of real) {
    if (c.within || c.kind !== 'session' || c.forum) continue;
    const word = text.slice(c.trigger.start, c.trigger.end);
    const plenarySession = /^plenary$/i.test(word) && /^\s+session/i.test(text.slice(c.trigger.end));
    if (!PART_OF_SUMMIT.test(word) && !plenarySession) continue;
    const summit = real
      .filter(
        (o) => o !== c && o.kind === 'summit' && o.trigger.start < c.trigger.start && o.status === c.status,
      )
      .pop();
    if (!summit) continue;
    c.within = summit;
    c.place ??= summit.place;
    c.date ??= summit.date;
  }
}

/** How many sentences after a round of talks its meetings may still be told. */
const ROUND_REACH = 8;

/**
 * Rule: "X held talks with his African counterparts who are here for the 29th AU Summit ... X
 * discussed with Burundi's minister Y ...": the meetings of the round, told one by one after it
 * (the round's subject with someone else), were held at the sitting the round's sentence names.
 */
function roundAtSitting(_text: string, _cands: Candidate[], real: Candidate[]): void {
  for (const round of real) {
    if (!round.round) continue;
    const subject = round.participants[0];
    const sitting = real.find((o) => o !== round && o.sentence === round.sentence && GROUP_KINDS.has(o.kind));
    if (!subject || !sitting) continue;
    for (const c of real)
      if (
        !c.within &&
        (c.kind === 'bilateral' || c.kind === 'call') &&
        c.sentence > round.sentence &&
        c.sentence <= round.sentence + ROUND_REACH &&
        c.participants.includes(subject)
      )
        c.within = sitting;
  }
}

/** The within rules, in order. */
export const WITHIN_RULES = named<WithinRule>([
  sidelinesInSameSentence,
  sidelinesOfLatestSitting,
  jointSessionWithPartners,
  partOfSummit,
  roundAtSitting,
]);

/**
 * A telling of all the parties of "separate meetings" at once ("X meets A, B in Warsaw") is those
 * meetings, not one more: it lends them its evidence instead.
 */
function coveredBySplits(cands: Candidate[], splits: Candidate[]): Set<Candidate> {
  return new Set(
    cands.filter(
      (c) =>
        !c.separate &&
        !c.anaphoric &&
        c.participants.length >= 3 &&
        c.participants.every((p) => splits.some((sp) => sp.participants.includes(p))),
    ),
  );
}

/**
 * Repeats of one meeting merged: same kind and status, shared participants or same forum, no
 * conflicting place or date. A telling that fits several meetings joins the one of its own kind
 * and status first.
 */
function mergeRepeats(reg: Registry, real: Candidate[]): Candidate[][] {
  const groups: Candidate[][] = [];
  const sittings = new Map<Candidate[], GroupSittings>();
  const side = countryOfParty(reg);
  for (const c of real) {
    const fits = groups.filter(
      (grp) =>
        grp.some((o) => sameMeeting(o, c, side)) &&
        !sittings.get(grp)?.informalVersusSummit(c) &&
        !otherDayInGroup(grp, c) &&
        (!otherCityInGroup(reg, grp, c) || sameNumberedSitting(grp, c)),
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
  return groups;
}

/**
 * Rule: "held a meeting on Sunday ... During the meeting ... The two leaders, who earlier met on
 * Saturday": a telling dated another day than some telling of a group is another meeting, even
 * when it fits an undated telling of that group.
 */
function otherDayInGroup(grp: Candidate[], c: Candidate): boolean {
  return !!c.date && grp.some((o) => !!o.date && o.date !== c.date);
}

/** The country a party stands for: a country itself, or the country of a person's role; null when unknown. */
function countryOfParty(reg: Registry): (ref: string) => string | null {
  return (ref) => {
    const r = reg.get(ref);
    if (r?.kind === 'place') return r.placeKind === 'country' ? r.ref : null;
    return countryOfPerson(reg, ref);
  };
}

/**
 * The sentence index of the story's headline: a first line with no closing full stop, set apart
 * from the body by a line break ("D-8 summit in Cairo calls for Gaza ceasefire"); -1 without one.
 */
export function headlineSentence(doc: Doc): number {
  const first = doc.sentences[0];
  if (!first || doc.sentences.length < 2) return -1;
  if (/[.!?]["”’']?$/.test(first.exact)) return -1;
  return /^[ \t]*\r?\n/.test(doc.text.slice(first.end, first.end + 4)) ? 0 : -1;
}

/** How many sentences after the headline the lead may take to tell the story's first meeting. */
const LEAD_SENTENCES = 3;

/**
 * Rule: "D-8 summit in Cairo calls for Gaza ceasefire" over "CAIRO — Leaders of the group gathered
 * on Thursday for its 11th summit": a meeting that only the headline tells is the first one the
 * lead tells, when both are of one kind (or both sittings of a group), in one place (or the
 * headline's country holds the lead's city), of one body, and share a party or one names none.
 * A headline whose meeting the lead does not tell keeps it apart.
 */
export function headlineJoinsLead(doc: Doc, reg: Registry, groups: Candidate[][]): Candidate[][] {
  const head = headlineSentence(doc);
  if (head < 0) return groups;
  const onlyHeadline = (g: Candidate[]): boolean => g.every((c) => c.sentence === head);
  const body = groups.filter((g) => !onlyHeadline(g));
  const joined = new Set<Candidate[]>();
  for (const h of groups.filter(onlyHeadline)) {
    const lead = body
      .filter((g) => g.some((c) => c.sentence > head && c.sentence <= head + LEAD_SENTENCES))
      .sort((a, b) => firstSentence(a) - firstSentence(b))[0];
    if (!lead || !headlineFitsLead(reg, h, lead)) continue;
    lead.push(...h);
    joined.add(h);
  }
  return groups.filter((g) => !joined.has(g));
}

/** A group's kind as told: talks of three or more parties are a sitting of a group. */
function kindOfTelling(g: Candidate[]): MeetingKind {
  const kind = (g[0] as Candidate).kind;
  const parties = new Set(g.flatMap((c) => c.participants)).size;
  return kind === 'bilateral' && parties >= 3 ? 'multilateral' : kind;
}

function firstSentence(g: Candidate[]): number {
  return Math.min(...g.map((c) => c.sentence));
}

/** Whether the headline's telling and the lead's agree in kind, place, body, day and parties. */
function headlineFitsLead(reg: Registry, h: Candidate[], lead: Candidate[]): boolean {
  const hk = kindOfTelling(h);
  const lk = kindOfTelling(lead);
  if (hk !== lk && !(GROUP_KINDS.has(hk) && GROUP_KINDS.has(lk))) return false;
  const hPlace = h.find((c) => c.place)?.place ?? null;
  const lPlace = lead.find((c) => c.place)?.place ?? null;
  if (hPlace && lPlace && !placesAgree(reg, hPlace, lPlace)) return false;
  const hForum = h.find((c) => c.forum)?.forum;
  const lForum = lead.find((c) => c.forum)?.forum;
  if (hForum && lForum && !forumsCompatible(hForum, lForum) && !namedAlike(hForum, lForum)) return false;
  // "68th summit" over "The 67th Ordinary Session ... was held in June": another sitting
  const hNumber = h.find((c) => c.ordinal !== undefined)?.ordinal;
  const lNumber = lead.find((c) => c.ordinal !== undefined)?.ordinal;
  if (hNumber !== undefined && lNumber !== undefined && hNumber !== lNumber) return false;
  const hDate = h.find((c) => c.date)?.date;
  const lDate = lead.find((c) => c.date)?.date;
  if (hDate && lDate && hDate !== lDate) return false;
  // a body sitting as itself names no party ("SICA summit")
  const forums = new Set([hForum?.ref, lForum?.ref]);
  const hParties = unionOf(h.map((c) => c.participants)).filter((p) => !forums.has(p));
  const lParties = new Set(lead.flatMap((c) => c.participants).filter((p) => !forums.has(p)));
  return !hParties.length || !lParties.size || hParties.some((p) => lParties.has(p));
}

/** "Joint Commission" in the headline, "India-Sri Lanka Joint Commission" in the lead. */
function namedAlike(a: OrganizationRecord, b: OrganizationRecord): boolean {
  const [short, long] = a.name.length <= b.name.length ? [a.name, b.name] : [b.name, a.name];
  return long.endsWith(` ${short}`) || long.endsWith(`-${short}`);
}

/** One place, or a country and a place in it ("Guatemala" in the headline, "Guatemala City" in the lead). */
function placesAgree(reg: Registry, a: string, b: string): boolean {
  if (a === b) return true;
  const pa = reg.get(a);
  const pb = reg.get(b);
  if (pa?.kind !== 'place' || pb?.kind !== 'place' || !pa.countryCode || pa.countryCode !== pb.countryCode)
    return false;
  return pa.placeKind === 'country' || pb.placeKind === 'country';
}

/** The group's most precise place: a city or venue before a country. */
function placeOfGroup(reg: Registry, grp: Candidate[]): string | null {
  const places = grp.flatMap((c) => (c.place ? [c.place] : []));
  const country = (ref: string): boolean => {
    const r = reg.get(ref);
    return r?.kind === 'place' && r.placeKind === 'country';
  };
  return places.find((p) => !country(p)) ?? places[0] ?? null;
}

/**
 * Rule: "the Quad Leaders Summit in Wilmington", "the summit", then "ministers held talks in
 * Tokyo": a telling joins a meeting only when no telling of it is set in another city (each
 * pair may agree through a telling with no place, the whole may not).
 */
export function otherCityInGroup(reg: Registry, grp: Candidate[], c: Candidate): boolean {
  const city = (ref: string | null): boolean => {
    const r = ref ? reg.get(ref) : undefined;
    return r?.kind === 'place' && r.placeKind === 'city';
  };
  if (!city(c.place)) return false;
  return grp.some((o) => o.place !== c.place && city(o.place));
}

/**
 * Rule: "the 29th Arab League summit to be held in Dammam", "arrived in Dhahran for the 29th
 * Arab League summit": a sitting told with its number is one sitting wherever each telling
 * places it (an arrival's city, the venue's city nearby).
 */
function sameNumberedSitting(grp: Candidate[], c: Candidate): boolean {
  return grp.some((o) => sameOrdinalSitting(o, c) === true);
}

/** Each item once, in order of first appearance. */
function unionOf<T>(lists: Iterable<T[]>): T[] {
  const out: T[] = [];
  for (const list of lists) for (const x of list) if (!out.includes(x)) out.push(x);
  return out;
}

/**
 * The most specific forum told: "the session of the CSTO Council of Foreign Ministers" after "the
 * foreign ministers of the CSTO met" is a sitting of the council.
 */
function forumOfGroup(grp: Candidate[]): string | null {
  const forums = grp.flatMap((c) => (c.forum ? [c.forum] : []));
  const forumRefs = new Set(forums.map((f) => f.ref));
  const forum =
    forums.find((f) => f.parent != null && f.parent !== f.ref && forumRefs.has(f.parent)) ??
    forums[0] ??
    null;
  return forum?.ref ?? null;
}

/** One evidence span per sentence told, in order. */
function evidenceOfGroup(grp: Candidate[]): Span[] {
  const evidence: Span[] = [];
  const evidenceStarts = new Set<number>();
  for (const c of grp)
    if (!evidenceStarts.has(c.evidence.start)) {
      evidenceStarts.add(c.evidence.start);
      evidence.push(c.evidence);
    }
  return evidence;
}

/**
 * The kind of a merged meeting: an "informal meeting" of more than two among the tellings makes
 * the sitting multilateral, a summit among them a summit; three or more persons (or countries) meeting
 * without a body is no bilateral, unless the text calls the talks bilateral.
 */
function kindOfGroup(reg: Registry, grp: Candidate[], participants: string[]): MeetingKind {
  let kindOf: MeetingKind = grp.some((c) => c.trigger.hint === 'multilateral' && c.kind === 'multilateral')
    ? 'multilateral'
    : grp.find((c) => c.kind === 'summit')
      ? 'summit'
      : grp.some((c) => c.kind === 'call') && grp.every((c) => c.kind === 'call' || c.kind === 'bilateral')
        ? 'call' // callToldAsTalks: talks of a pair that were a call
        : (grp[0] as Candidate).kind;
  const parties = (kind: 'person' | 'place') => participants.filter((p) => reg.get(p)?.kind === kind).length;
  // "Germany, Poland and the EU": a union among the countries is a party of its own
  const unions = participants.filter((p) => {
    const r = reg.get(p);
    return r?.kind === 'organization' && r.orgKind === 'alliance';
  }).length;
  if (
    kindOf === 'bilateral' &&
    (parties('person') >= 3 || parties('place') + unions >= 3) &&
    !grp.some(toldAsBilateral) &&
    !twoCountriesDelegations(reg, participants) &&
    !visitorMeetsHosts(reg, grp, participants)
  )
    kindOf = 'multilateral';
  return kindOf;
}

/**
 * Rule: "Rabuka will spend time in Auckland, meeting with Prime Minister Hipkins, Foreign Minister
 * Mahuta and Minister Shaw": one person of a known country meets, in a city of another country,
 * persons the text gives no country: the visitor and the hosts, two sides. Anyone of a third
 * country, or a place in the visitor's own country, makes it a meeting of three or more.
 */
function visitorMeetsHosts(reg: Registry, grp: Candidate[], participants: readonly string[]): boolean {
  const side = countryOfParty(reg);
  const known = participants.map(side).filter((x): x is string => x !== null);
  if (known.length !== 1 || participants.some((p) => reg.get(p)?.kind !== 'person')) return false;
  const placeRef = grp.find((c) => c.place)?.place;
  const place = reg.get(placeRef ?? null);
  const host = place?.kind === 'place' ? place.country : null;
  return !!host && host !== known[0];
}

/**
 * Rule: "Japan's Foreign Minister A and Defense Minister B met with Indonesian Foreign Minister C
 * and Defense Minister D": persons who each stand for one of two countries (and those countries)
 * are the two countries' delegations, a bilateral meeting. A person of no known country, or of a
 * third, makes it a meeting of three or more.
 */
function twoCountriesDelegations(reg: Registry, participants: readonly string[]): boolean {
  const side = countryOfParty(reg);
  const sides = participants.map(side);
  return sides.every((s) => s !== null) && new Set(sides).size === 2;
}

/**
 * Rule: "led their respective delegations in bilateral talks", "a bilateral meeting": talks the
 * text calls bilateral stay bilateral however many of each delegation it names.
 */
export function toldAsBilateral(c: Candidate): boolean {
  const before = c.evidence.exact.slice(0, Math.max(0, c.trigger.start - c.evidence.start));
  return /\b(?:bilateral|bi-lateral|one-on-one|tête-à-tête)\s+(?:[\w-]+\s+)?$/i.test(before);
}

/** The record of one merged meeting; null for a bilateral or call with nobody named. */
function recordOfGroup(reg: Registry, grp: Candidate[], ref: string): MeetingRecord | null {
  const participants = withoutCountriesOfPersons(reg, grp, unionOf(grp.map((c) => c.participants)));
  const meetingKind = kindOfGroup(reg, grp, participants);
  if ((meetingKind === 'bilateral' || meetingKind === 'call') && !participants.length) return null;
  // "held talks with his counterparts", none of them named: the meetings are those told after
  if (grp.every((c) => c.round) && participants.length < 2) return null;
  const status: MeetingStatus = grp.some((c) => c.status === 'held') ? 'held' : 'planned';
  const rec: MeetingRecord = {
    kind: 'meeting',
    ref,
    key: '',
    evidence: evidenceOfGroup(grp),
    meetingKind,
    status,
    participants,
    place: placeOfGroup(reg, grp),
    date: grp.find((c) => c.date)?.date ?? null,
    within: null,
    forum: forumOfGroup(grp),
    topics: [],
  };
  const rules = grp.flatMap((c) => c.rules);
  RULES_OF.set(rec, rules);
  RULES_OF.set(participants, rules);
  return rec;
}

/**
 * Rule: a meeting told once by its two countries and once by the two persons who stand for them
 * (pairStandsForCountries) is the persons' meeting: the countries are not parties beside them.
 */
function withoutCountriesOfPersons(reg: Registry, grp: Candidate[], participants: string[]): string[] {
  if (grp.length < 2) return participants;
  const side = countryOfParty(reg);
  const states = grp.find((c) => c.participants.length === 2 && c.participants.every((p) => side(p) === p));
  if (!states || !grp.some((c) => c !== states && pairStandsForCountries(states, c, side)))
    return withoutVisitedCountryOfHost(reg, grp, withoutCountryRetoldAsPerson(grp, participants, side));
  return participants.filter((p) => !states.participants.includes(p));
}

/**
 * Rule: a meeting told once with a country ("his counterparts from A, B and C") and retold with
 * that country's person (personStandsForCountry) is that person's: the country is no party beside.
 */
function withoutCountryRetoldAsPerson(
  grp: Candidate[],
  participants: string[],
  side: (ref: string) => string | null,
): string[] {
  const retold = new Set<string>();
  // only a telling with a country among its two parties can be retold so (no pair of loops over
  // a group of thousands of tellings of two persons)
  const withState = grp.filter(
    (c) => c.participants.length === 2 && c.participants.some((p) => side(p) === p),
  );
  for (const a of withState)
    for (const b of grp)
      if (a !== b && personStandsForCountry(a, b, side))
        for (const p of a.participants) if (side(p) === p) retold.add(p);
  return retold.size ? participants.filter((p) => !retold.has(p)) : participants;
}

/**
 * Rule: "Lavrov to visit Pyongyang" then "talks with his North Korean counterpart Choe": a visit
 * told by its host country and retold with the host in person is the host's meeting: the country
 * is no party beside its own person.
 */
function withoutVisitedCountryOfHost(reg: Registry, grp: Candidate[], participants: string[]): string[] {
  const side = countryOfParty(reg);
  const hosted = new Set(participants.filter((p) => reg.get(p)?.kind === 'person').map(side));
  const visitedOnly = (country: string) =>
    grp.every((c) => !c.participants.includes(country) || c.trigger.hint === 'visit');
  return participants.filter((p) => !(side(p) === p && hosted.has(p) && visitedOnly(p)));
}

/** Each meeting told within another points to it, and who met on its sidelines was at it. */
function linkWithin(real: Candidate[], recordOf: Map<Candidate, MeetingRecord>): void {
  for (const c of real) {
    const rec = recordOf.get(c);
    const w = c.within ? recordOf.get(c.within) : undefined;
    if (rec && w && w !== rec) {
      rec.within = w.ref;
      sidelinersAttend(rec, w);
    }
  }
}

/** A telling covered by "separate meetings" lends each of them its evidence, place and date. */
function lendCoveredEvidence(
  covered: Set<Candidate>,
  splits: Candidate[],
  recordOf: Map<Candidate, MeetingRecord>,
): void {
  for (const c of covered)
    for (const sp of splits) {
      const rec = recordOf.get(sp);
      if (!rec || !sp.participants.every((p) => c.participants.includes(p))) continue;
      if (!rec.evidence.some((e) => e.start === c.evidence.start)) rec.evidence.push(c.evidence);
      rec.place ??= c.place;
      rec.date ??= c.date;
    }
}

/** A back-reference ("the meeting") lends the meeting it names its sentence, up to four in all. */
function lendBackReferenceEvidence(cands: Candidate[], recordOf: Map<Candidate, MeetingRecord>): void {
  for (const c of cands) {
    if (!c.anaphoric || !c.within) continue;
    const rec = recordOf.get(c.within);
    if (rec && !rec.evidence.some((e) => e.start === c.evidence.start) && rec.evidence.length < 4)
      rec.evidence.push(c.evidence);
  }
}

/** A record rule: completes the records of a story. */
type RecordRule = (doc: Doc, reg: Registry, records: MeetingRecord[]) => void;

/**
 * Rule: a meeting held in person and told first in the lead (the dateline's sentence or the next)
 * with no place of its own took place in the dateline's city ("ASTANA, June 12. The presidents
 * held talks"). Phone calls and meetings told later in the story are not placed by it.
 */
function datelineCityOfLead(doc: Doc, reg: Registry, records: MeetingRecord[]): void {
  const city = datelineCity(doc, reg);
  if (!city) return;
  const head = headlineSentence(doc);
  for (const rec of records) {
    if (rec.status !== 'held' || rec.meetingKind === 'call') continue;
    // a country told in the headline ("SICA summit in Guatemala") gives way to its city
    if (rec.place && !placesAgree(reg, rec.place, city.ref)) continue;
    const told = rec.evidence.map((e) => sentenceAt(doc, e.start)).filter((si) => si !== head);
    const si = Math.min(...told);
    if (si === city.sentence || si === city.sentence + 1) rec.place = city.ref;
  }
}

/** Words that tell a visit to a country: "his official visit to Viet Nam", "during his stay in Ghana". */
const VISIT_TO_BEFORE = /\b(?:visit|trip|tour|stay|journey)\s+(?:to|in)\s+(?:the\s+)?$/i;

/**
 * Rule: "HANOI — Premier Li concluded his official visit to Viet Nam. ... Li met with President
 * X": in a story of a visit to the country of its dateline's city, the meetings held in person
 * that no telling placed took place in that city. A call has no place; a story that tells no
 * visit to that country is left to datelineCityOfLead.
 */
function datelineCityOfVisit(doc: Doc, reg: Registry, records: MeetingRecord[]): void {
  const found = datelineCity(doc, reg);
  const city = found ? reg.get(found.ref) : undefined;
  if (city?.kind !== 'place' || !city.countryCode) return;
  const visited = reg.mentionsIn(0, Math.min(doc.text.length, 1500)).some((m) => {
    const r = reg.get(m.ref);
    return (
      r?.kind === 'place' &&
      r.placeKind === 'country' &&
      r.countryCode === city.countryCode &&
      VISIT_TO_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start))
    );
  });
  if (!visited) return;
  for (const rec of records)
    if (!rec.place && rec.status === 'held' && rec.meetingKind !== 'call') rec.place = city.ref;
}

/**
 * Rule: "ASEAN leaders met in Laos", "will be held in 2024 in Kazakhstan": a meeting that no
 * telling placed in a city or venue, nor its enclosing sitting, is in the country named right
 * after a meeting verb in one of its tellings (countryAfterMeetingVerb). Read once the tellings
 * are merged, so that a country told in a headline never keeps apart the story's city.
 */
function countryOfMeetingVerb(doc: Doc, reg: Registry, records: MeetingRecord[]): void {
  for (const rec of records) {
    if (rec.place || rec.meetingKind === 'call') continue;
    for (const e of rec.evidence) {
      rec.place = countryAfterMeetingVerb(doc, reg, e.start, e.end);
      if (rec.place) break;
    }
  }
}

/** Rule: a meeting and the one it was held within share their place. */
function sharePlaceWithin(_doc: Doc, _reg: Registry, records: MeetingRecord[]): void {
  for (const rec of records) {
    const w = rec.within ? records.find((r) => r.ref === rec.within) : undefined;
    if (w) {
      rec.place ??= w.place;
      w.place ??= rec.place;
    }
  }
}

/**
 * Rule: a summit of a union whose members the text lists is attended by those members; so is a
 * session of it where no one is named ("BIMSTEC groups India, ... and Thailand" + "the ministers
 * from BIMSTEC member states ... during their 16th meeting"). Where no one else is told, the
 * union itself sits beside its members.
 */
function unionMembersAttend(_doc: Doc, reg: Registry, records: MeetingRecord[]): void {
  for (const rec of records) {
    if (!rec.forum) continue;
    const named = rec.participants.some((p) => reg.get(p)?.kind === 'person');
    if (rec.meetingKind !== 'summit' && (rec.meetingKind !== 'session' || named)) continue;
    const forum = reg.get(rec.forum);
    const union =
      forum?.kind === 'organization' ? (forum.members.length ? forum : reg.get(forum.parent)) : undefined;
    if (union?.kind !== 'organization' || !union.members.length) continue;
    if (!rec.participants.length) rec.participants.push(rec.forum);
    for (const m of union.members) if (!rec.participants.includes(m)) rec.participants.push(m);
  }
}

/** Rule: the first held meeting of a dated page (a ministry's news item) takes the page date. */
function pageDateOfFirstHeld(doc: Doc, _reg: Registry, records: MeetingRecord[]): void {
  const page = pageDate(doc.text);
  const firstHeld = records.find((r) => r.status === 'held');
  if (page && firstHeld && !firstHeld.date) firstHeld.date = page;
}

/** The record rules, in order. */
export const RECORD_RULES = named<RecordRule>([
  datelineCityOfLead,
  sharePlaceWithin,
  countryOfMeetingVerb,
  datelineCityOfVisit,
  unionMembersAttend,
  holdersStandForCountries,
  pageDateOfFirstHeld,
]);

/** A telling of a visit to a country only: the visitor and the country visited (hostCountryOfVisit). */
function countryVisit(reg: Registry, c: Candidate): string | null {
  if (c.trigger.hint !== 'visit' || c.participants.length !== 2) return null;
  const visitor = c.participants.find((p) => reg.get(p)?.kind === 'person');
  const country = c.participants.find((p) => reg.get(p)?.kind === 'place');
  return visitor && country ? visitor : null;
}

/**
 * Rule: "President Ana Ruiz will visit China next week. President Wei Tong will have talks with
 * her": a visit to a country whose meetings with persons are told is those meetings, no meeting
 * of its own. A visit with no meeting told stays the visitor's meeting with the country.
 */
function visitsToldByTheirMeetings(reg: Registry, groups: Candidate[][]): Candidate[][] {
  return groups.filter((g) => {
    const visitors = g.map((c) => countryVisit(reg, c));
    if (visitors.some((v) => v === null)) return true;
    return !groups.some(
      (o) =>
        o !== g &&
        o.some(
          (c) =>
            c.status === (g[0] as Candidate).status &&
            visitors.some((v) => v !== null && c.participants.includes(v)) &&
            c.participants.filter((p) => reg.get(p)?.kind === 'person').length >= 2,
        ),
    );
  });
}

/** Stage 9: the records of the story's tellings. */
export function buildMeetings(story: Story): MeetingRecord[] {
  const { doc, reg, cands } = story;
  const splits = cands.filter((c) => c.separate);
  const covered = coveredBySplits(cands, splits);
  const real = cands.filter((c) => !c.anaphoric && !covered.has(c));
  for (const { rule } of WITHIN_RULES) rule(story.text, cands, real);
  const records: MeetingRecord[] = [];
  const recordOf = new Map<Candidate, MeetingRecord>();
  for (const grp of visitsToldByTheirMeetings(reg, headlineJoinsLead(doc, reg, mergeRepeats(reg, real)))) {
    const rec = recordOfGroup(reg, grp, `m${records.length + 1}`);
    if (!rec) continue;
    records.push(rec);
    for (const c of grp) recordOf.set(c, rec);
  }
  linkWithin(real, recordOf);
  lendCoveredEvidence(covered, splits, recordOf);
  lendBackReferenceEvidence(cands, recordOf);
  for (const { name, rule } of RECORD_RULES) runRecordRule(name, records, () => rule(doc, reg, records));
  for (const rec of records) rec.key = meetingKey(reg, rec);
  return records;
}

/** Rule: who met on the sidelines of a session or summit was at it ("talks on the sidelines of the summit"). */
function sidelinersAttend(inner: MeetingRecord, outer: MeetingRecord): void {
  if (outer.meetingKind !== 'session' && outer.meetingKind !== 'summit') return;
  // a roundtable or plenary of a summit (partOfSummit): who sat at it sat at the summit
  const partOfSummit = outer.meetingKind === 'summit' && inner.meetingKind === 'session';
  if (inner.meetingKind !== 'bilateral' && !partOfSummit) return;
  const n = outer.participants.length;
  for (const p of inner.participants) if (!outer.participants.includes(p)) outer.participants.push(p);
  if (outer.participants.length !== n) noteRule(outer, 'sideliners-attend');
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
    const n = rec.participants.length;
    forumSits(rec);
    if (rec.participants.length !== n) noteRule(rec, 'forum-sits');
    rec.key = meetingKey(reg, rec);
  }
}

/**
 * Rule: a sitting of a named body or alliance told without who sat ("the recent meeting of the
 * Arctic Council in Oslo", "the NATO summit in Vilnius"), or with one person only (who may
 * merely report on it), was attended by that body or alliance.
 */
export function forumSits(rec: MeetingRecord): void {
  if (!rec.forum || rec.participants.includes(rec.forum)) return;
  if (rec.meetingKind !== 'session' && rec.meetingKind !== 'summit' && rec.meetingKind !== 'multilateral')
    return;
  rec.participants.push(rec.forum);
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
export function transcriptParticipants(doc: Doc, reg: Registry, records: MeetingRecord[]): void {
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
