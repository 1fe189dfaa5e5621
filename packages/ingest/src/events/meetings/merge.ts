import type { MeetingKind, OrganizationRecord } from '../../types.js';
import type { Candidate } from './types.js';

// How the tellings of one meeting are told apart from another meeting's.

/** The kinds of a sitting of a group. */
export const GROUP_KINDS = new Set<MeetingKind>(['session', 'summit', 'multilateral']);

/** Forums are compatible when they are the same body or one is the other's parent. */
export function forumsCompatible(a: OrganizationRecord, b: OrganizationRecord): boolean {
  return a === b || a.parent === b.ref || b.parent === a.ref;
}

/**
 * The informal meetings and summits of a group, by sentence: whether some member and `c` are
 * an informal meeting and a summit told apart (informalVersusSummit) without a scan of them all.
 */
export class GroupSittings {
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

/** An informal meeting is not the formal summit told in another sentence. */
function informalVersusSummit(a: Candidate, b: Candidate): boolean {
  if (a.sentence === b.sentence) return false;
  const informal = (c: Candidate): boolean => c.trigger.hint === 'multilateral';
  return (informal(a) && b.kind === 'summit') || (informal(b) && a.kind === 'summit');
}

/** Whether two tellings both name parties, and not the same ones. */
function otherParties(a: Candidate, b: Candidate): boolean {
  if (!a.participants.length || !b.participants.length) return false;
  return (
    a.participants.length !== b.participants.length ||
    !a.participants.every((p) => b.participants.includes(p))
  );
}

/**
 * Rule: "X held talks with Y. ... Had a call with Y": talks of a pair told with no place, and a
 * call of the same pair, are one call told twice (talks in a city are another meeting).
 */
export function callToldAsTalks(a: Candidate, b: Candidate): boolean {
  const [call, talks] = a.kind === 'call' ? [a, b] : [b, a];
  if (call.kind !== 'call' || talks.kind !== 'bilateral' || talks.place || call.place) return false;
  return (
    call.participants.length === 2 &&
    talks.participants.length === 2 &&
    call.participants.every((p) => talks.participants.includes(p))
  );
}

/**
 * Rule: "X spoke with Z by phone. Qatar's foreign minister also spoke with Z": two calls that
 * share one party are two calls when each has another party and those stand for different
 * countries (a country, or a person whose role names one). Unknown countries tell nothing.
 */
export function otherSidesDiffer(a: Candidate, b: Candidate, side: (ref: string) => string | null): boolean {
  const onlyA = a.participants.filter((p) => !b.participants.includes(p));
  const onlyB = b.participants.filter((p) => !a.participants.includes(p));
  if (!onlyA.length || !onlyB.length) return false;
  const sidesA = onlyA.map(side);
  const sidesB = onlyB.map(side);
  if (sidesA.includes(null) || sidesB.includes(null)) return false;
  return !sidesA.some((x) => sidesB.includes(x));
}

/**
 * Rule: "to attend the 29th Ordinary Session of the Assembly" ... "The 29th Ordinary Session of
 * the Heads of State opened Monday": two sittings told with the same number, of the same body
 * (or one told without its body), are one sitting, though one is told as coming and the other
 * in a venue of its city, or one as a "summit" and the other as a "Session"; with different
 * numbers ("the 43rd and the 44th summit") they are two. Null when either has no number.
 */
export function sameOrdinalSitting(a: Candidate, b: Candidate): boolean | null {
  if (a.ordinal === undefined || b.ordinal === undefined) return null;
  if (a.ordinal !== b.ordinal) return false;
  if (!GROUP_KINDS.has(a.kind) || !GROUP_KINDS.has(b.kind)) return null;
  return !a.forum || !b.forum || forumsCompatible(a.forum, b.forum);
}

/** Both tellings are bilaterals of two parties each. */
function twoPartyBilaterals(a: Candidate, b: Candidate): boolean {
  return (
    a.kind === 'bilateral' &&
    b.kind === 'bilateral' &&
    a.participants.length === 2 &&
    b.participants.length === 2
  );
}

/**
 * Rule: "The top diplomats of South Korea and Japan met in Phnom Penh ... talks between South
 * Korean Foreign Minister X and his counterpart Y": a meeting of two countries and one of two
 * persons who stand for those countries (one at least known, none for another country) are one
 * meeting told twice. Two persons of other countries are another meeting, and calls are left
 * apart ("calls took place between representatives of Russia and the US" on the eve of the
 * leaders' call is another call).
 */
export function pairStandsForCountries(
  a: Candidate,
  b: Candidate,
  side: (ref: string) => string | null,
): boolean {
  if (!twoPartyBilaterals(a, b)) return false;
  const countriesOnly = (c: Candidate): boolean => c.participants.every((p) => side(p) === p);
  const [states, persons] = countriesOnly(a) ? [a, b] : [b, a];
  if (!countriesOnly(states) || countriesOnly(persons)) return false;
  const sides = persons.participants.map(side);
  return (
    (sides.some((x) => x !== null) || retellsAsTheTalks(persons, states)) &&
    sides.every((x) => x === null || states.participants.includes(x)) &&
    new Set(sides.filter((x) => x !== null)).size === sides.filter((x) => x !== null).length
  );
}

/**
 * Rule: "The foreign ministers of Fiji and Samoa met in Apia ... the talks between Ana Ruiz and
 * Tomas Vidal focused on ...": a definite "the talks between" two persons of no known country,
 * told after a meeting of two countries, points back at it.
 */
function retellsAsTheTalks(persons: Candidate, states: Candidate): boolean {
  if (persons.sentence <= states.sentence) return false;
  const before = persons.evidence.exact.slice(0, Math.max(0, persons.trigger.start - persons.evidence.start));
  return /\b[Tt]he\s+$/.test(before);
}

/**
 * Rule: "X met with his counterparts from A, B and C ... X's talks with A's Foreign Minister Y
 * focused on ...": a bilateral of a person and a country, and one of the same person and a person
 * who stands for that country, are one meeting told twice (the country told first, its minister
 * named after). Another country's person is another meeting.
 */
export function personStandsForCountry(
  a: Candidate,
  b: Candidate,
  side: (ref: string) => string | null,
): boolean {
  if (!twoPartyBilaterals(a, b)) return false;
  const shared = a.participants.filter((p) => b.participants.includes(p));
  if (shared.length !== 1 || side(shared[0] as string) === shared[0]) return false;
  const otherOf = (c: Candidate): string => c.participants.find((p) => p !== shared[0]) as string;
  const [x, y] = [otherOf(a), otherOf(b)];
  const isState = (p: string): boolean => side(p) === p;
  if (isState(x) === isState(y)) return false;
  const [state, person] = isState(x) ? [x, y] : [y, x];
  return side(person) === state;
}

/**
 * Rule: "The foreign and defense ministers of Japan and Indonesia have met in Tokyo" then "Japan's
 * Foreign Minister A and Defense Minister B met with Indonesian Foreign Minister C and Defense
 * Minister D": a meeting of two countries and one of their ministers, each of whom stands for one
 * of those two countries (both told), are one meeting told twice. A third country's minister
 * among them makes it another meeting.
 */
export function delegationsStandForCountries(
  a: Candidate,
  b: Candidate,
  side: (ref: string) => string | null,
): boolean {
  const countriesOnly = (c: Candidate): boolean => c.participants.every((p) => side(p) === p);
  const [states, persons] = countriesOnly(a) ? [a, b] : [b, a];
  if (states.kind !== 'bilateral' || states.participants.length !== 2 || !countriesOnly(states)) return false;
  if (persons.participants.length < 3 || (persons.kind !== 'bilateral' && persons.kind !== 'multilateral'))
    return false;
  const sides = persons.participants.map(side);
  return (
    sides.every((x) => x !== null && states.participants.includes(x)) &&
    states.participants.every((x) => sides.includes(x))
  );
}

/**
 * Rule: "A received phone calls from B; C; and D", "separate meetings with B and C": the meetings a
 * sentence split one per party are one only when their parties are the same (two triggers of the
 * sentence, "received" and "phone calls", split it alike); null for other tellings.
 */
function splitsOfOneSentence(a: Candidate, b: Candidate): boolean | null {
  if (!a.separate || !b.separate || a.sentence !== b.sentence) return null;
  return (
    a.participants.length === b.participants.length && a.participants.every((p) => b.participants.includes(p))
  );
}

/**
 * Rule: "X held talks with his counterparts ... X also met A, B and C": one of the meetings a
 * sentence split one per party is the same as a telling before it only when that telling names
 * both of its parties; the subject's lone "held talks" does not gather them all back into one.
 * Null when neither or both are split, or the other is told after (it may refer back to one).
 */
function splitRetoldByFewer(
  a: Candidate,
  b: Candidate,
  side: (ref: string) => string | null,
): boolean | null {
  if (!!a.separate === !!b.separate) return null;
  const [split, other] = a.separate ? [a, b] : [b, a];
  // told after the split, it may refer back to one of its meetings ("Burhan held a separate meeting with the executive secretary")
  if (other.sentence > split.sentence) return null;
  // a party may be retold as its country's person ("separate meetings with Somalia ...": "with President X")
  const told = (p: string): boolean => other.participants.some((q) => q === p || side(q) === p);
  return split.participants.every(told) ? null : false;
}

/**
 * Rule: "Mr Peters will have a breakfast meeting with B, and then he will meet with Prime
 * Minister C": the meetings a sentence tells one after the other, each with a party the other
 * lacks, are two. "met B and then held talks with B again" shares its parties and is left to the
 * other rules.
 */
function nextInSequence(a: Candidate, b: Candidate): boolean {
  if (a.sentence !== b.sentence || !(a.sequel || b.sequel)) return false;
  const own = (x: Candidate, y: Candidate): boolean =>
    x.participants.some((p) => !y.participants.includes(p));
  return own(a, b) && own(b, a);
}

/**
 * Rule: "X held talks with his African counterparts ... X discussed with Burundi's minister Y":
 * a round of meetings told at once, with none of the others named, is not any one meeting with
 * a named other told after it; each of those is a meeting of its own.
 */
function oneOfARound(a: Candidate, b: Candidate): boolean {
  const [round, one] = a.round ? [a, b] : [b, a];
  return !!round.round && !one.round && one.sentence > round.sentence && one.participants.length >= 2;
}

export function sameMeeting(
  a: Candidate,
  b: Candidate,
  side: (ref: string) => string | null = () => null,
): boolean {
  const split = splitsOfOneSentence(a, b) ?? splitRetoldByFewer(a, b, side);
  if (split !== null) return split;
  if (oneOfARound(a, b)) return false;
  const numbered = sameOrdinalSitting(a, b);
  if (numbered !== null) return numbered;
  if (oneSittingOfOneSentence(a, b)) return true;
  if (unnamedUnionSittingRetold(a, b, side) || unnamedUnionSittingRetold(b, a, side)) return true;
  const group = GROUP_KINDS.has(a.kind) && GROUP_KINDS.has(b.kind);
  if (
    a.kind !== b.kind &&
    !(group && ((a.forum && b.forum) || a.sentence === b.sentence)) &&
    !callToldAsTalks(a, b)
  )
    return false;
  if (informalVersusSummit(a, b)) return false;
  // "The ministerial meeting precedes the Leaders’ Meeting": the sitting ahead is another kind's
  if ((a.ahead || b.ahead) && a.kind !== b.kind) return false;
  // another body's sitting told with "also" is another sitting; so is "He also spoke with X" after
  // talks of three (no body, other parties), while "the two leaders also met" is the same pair
  if ((a.also || b.also) && a.sentence !== b.sentence && (a.forum !== b.forum || otherParties(a, b)))
    return false;
  if (nextInSequence(a, b)) return false;
  // "Xi said he met Duterte twice last year" after their call: an earlier meeting
  if (!!a.earlier !== !!b.earlier && !(a.date && a.date === b.date)) return false;
  // a definite back-reference may retell a planned sitting as held, but "the next meeting" is not the last one
  if (
    a.status !== b.status &&
    !(a.status === 'planned' ? a.definite : b.definite) &&
    !heldRetoldAsInfinitive(a, b)
  )
    return false;
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
  if (unnamedSummitThenNamed(a, b) || unnamedSummitThenNamed(b, a)) return true;
  // "the next meeting of ... will be held", told twice
  if (a.next && b.next && a.kind === b.kind && !a.participants.length && !b.participants.length) return true;
  if (a.kind === 'call' && b.kind === 'call' && shared >= 1) return !otherSidesDiffer(a, b, side);
  if (
    pairStandsForCountries(a, b, side) ||
    delegationsStandForCountries(a, b, side) ||
    personStandsForCountry(a, b, side)
  )
    return true;
  if (a.participants.length && b.participants.length)
    return shared >= Math.min(2, Math.min(a.participants.length, b.participants.length));
  if ((a.definite || b.definite) && group && a.kind === b.kind) return !(a.forum && b.forum);
  return sameDayUnnamedSitting(a, b);
}

/**
 * Rule: "Leaders of the Three Seas Initiative gathered in Vilnius for the group's ninth summit":
 * two tellings of a group's sitting in one sentence, of one kind and status, that nothing sets
 * apart (another body, place or day, "also") are one sitting told by its verb and its noun.
 * "a meeting of X and an informal meeting of Y" differ in kind or body.
 */
export function oneSittingOfOneSentence(a: Candidate, b: Candidate): boolean {
  return (
    a.sentence === b.sentence &&
    a.kind === b.kind &&
    GROUP_KINDS.has(a.kind) &&
    a.status === b.status &&
    !a.also &&
    !b.also &&
    !a.separate &&
    !b.separate &&
    (!a.forum || !b.forum || forumsCompatible(a.forum, b.forum)) &&
    (!a.place || !b.place || a.place === b.place) &&
    (!a.date || !b.date || a.date === b.date)
  );
}

/**
 * Rule: "X met his Kenyan counterpart Y in Munich. ... X said it was a pleasure to meet Y in
 * Munich": an infinitive that names the same pair in the same place as a held meeting, with no
 * day of its own and nothing that makes it another ("again", "next"), retells that meeting.
 */
export function heldRetoldAsInfinitive(a: Candidate, b: Candidate): boolean {
  const [held, planned] = a.status === 'held' ? [a, b] : [b, a];
  return (
    held.status === 'held' &&
    planned.status === 'planned' &&
    !planned.date &&
    !planned.next &&
    !planned.also &&
    !/\b(?:again|another|next|future|once more|soon)\b/i.test(planned.evidence.exact) &&
    planned.sentence > held.sentence &&
    !!held.place &&
    held.place === planned.place &&
    planned.participants.length === 2 &&
    held.participants.length === 2 &&
    planned.participants.every((p) => held.participants.includes(p))
  );
}

/**
 * Rule: "Mercosur Foreign Ministers on Monday agreed to ... Argentine Foreign Minister X has
 * discussed the agenda with his colleagues Y and Z": a union's sitting told with no one named,
 * then a meeting of three or more persons with no body of its own, neither placed nor dated apart,
 * is that sitting told by its people.
 */
export function unnamedUnionSittingRetold(
  sitting: Candidate,
  told: Candidate,
  side: (ref: string) => string | null,
): boolean {
  // three people, not two and a country ("X also talked with his Japanese counterpart Y")
  const persons = told.participants.filter((p) => side(p) !== p);
  return (
    persons.length >= 3 &&
    // "X also talked with Y": another meeting than those told before
    !told.also &&
    sitting.kind === 'session' &&
    sitting.forum?.orgKind === 'alliance' &&
    !sitting.participants.some((p) => p !== sitting.forum?.ref) &&
    (told.kind === 'multilateral' || told.kind === 'bilateral') &&
    !told.forum &&
    told.participants.length >= 3 &&
    told.sentence > sitting.sentence &&
    told.status === sitting.status &&
    (!sitting.place || !told.place || sitting.place === told.place) &&
    (!sitting.date || !told.date || sitting.date === told.date)
  );
}

/**
 * Rule: "Mercosur Summit scheduled for July 21" ... "agreed to hold the upcoming Summit of the
 * Group in Asunción on July 21": a sitting told with neither body nor anyone, on the day of
 * another sitting of its kind, is that sitting.
 */
export function sameDayUnnamedSitting(a: Candidate, b: Candidate): boolean {
  const unnamed = (c: Candidate): boolean => !c.forum && !c.participants.length;
  return (
    GROUP_KINDS.has(a.kind) &&
    a.kind === b.kind &&
    !!a.date &&
    a.date === b.date &&
    (unnamed(a) || unnamed(b))
  );
}

/**
 * Rule: "South Asian leaders have gathered in Nepal's capital ... The South Asian Association for
 * Regional Cooperation summit is the first since 2011": a held summit told first with no body and
 * no one named, and a held summit of a named body told after it, are one summit. Two summits of
 * other places or days were kept apart before this rule is asked.
 */
export function unnamedSummitThenNamed(unnamed: Candidate, named: Candidate): boolean {
  return (
    unnamed.kind === 'summit' &&
    named.kind === 'summit' &&
    unnamed.status === 'held' &&
    named.status === 'held' &&
    !unnamed.forum &&
    !unnamed.participants.length &&
    !!named.forum &&
    unnamed.sentence < named.sentence
  );
}
