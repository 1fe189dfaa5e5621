import type { Doc } from '../../doc.js';
import { countryPlace } from '../../entities/places.js';
import type { Registry } from '../../entities/registry.js';
import { countryOfRoles } from '../../entities/roles.js';
import { namedAt } from '../../entities/services.js';
import { countryByName, countryOfCapital } from '../../gazetteer/countries.js';
import { coordinatedList } from '../../text/lists.js';
import type { Span } from '../../types.js';
import { actorsIn } from './actors.js';
import type { Trigger } from './types.js';

// Readers of the parties a sentence names around a trigger, used by the participant rules.

/** "(It|The meeting) was attended by the heads of defence departments of" + a list of countries. */
const ATTENDED_BY_HEADS_OF =
  /^(?:It|The (?:meeting|session|sitting|summit))\s+(?:was|were)\s+attended\s+by\s+(?:the\s+)?(?:heads|delegations|representatives|ministers|leaders|chiefs)\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,3})?of\s+(?:the\s+)?/;

const COUNTRY_NAME = '[A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)?';
const GROUP_OF_COUNTRIES = new RegExp(
  `\\b(?:ministers|leaders|presidents|diplomats|envoys|heads of (?:state|government)|prime ministers|premiers|delegations|chiefs of (?:the )?(?:general )?staff)\\s+of\\s+(?:the\\s+)?((?:${COUNTRY_NAME},\\s+(?:the\\s+)?)*${COUNTRY_NAME},?\\s+and\\s+(?:the\\s+)?${COUNTRY_NAME})\\s+(?:have\\s+|had\\s+|will\\s+|also\\s+)?$`,
  'u',
);

/** The one country a person's roles name (the ref of its place record), or null. */
export function countryOfPerson(reg: Registry, ref: string): string | null {
  const r = reg.get(ref);
  return r?.kind === 'person' ? countryOfRoles(r) : null;
}

/**
 * Country pairs written next to the trigger: "Ukraine-Russia talks", "between Russia and the US";
 * a capital stands for its country there ("security discussions between Tokyo and Washington",
 * "as Washington and Tehran prepare to resume negotiations").
 */
export function countryPair(doc: Doc, reg: Registry, t: Trigger): string[] {
  const before = doc.text.slice(Math.max(0, t.start - 60), t.start);
  const m = /([A-Z][\p{L}.]+)[-–]([A-Z][\p{L}]+)\s+(?:[A-Z][\p{L}]*\s+){0,3}$/u.exec(before);
  const refs: string[] = [];
  const add = (w: string): void => {
    const c =
      countryByName(w) ??
      (w === 'US' || w === 'U.S.' ? countryByName('United States') : undefined) ??
      countryOfCapital(w);
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
        namedAt(reg, p1.ref, at, at + (m[1] as string).length);
        namedAt(
          reg,
          p2.ref,
          at + (m[1] as string).length + 1,
          at + (m[1] as string).length + 1 + (m[2] as string).length,
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
    /(?:^|[^\p{L}])([A-Z][\p{L}]+)\s+and\s+(?:the\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\s+(?:have\s+|had\s+|will\s+|would\s+|are\s+(?:to\s+)?|plan\s+to\s+|are\s+set\s+to\s+|prepare\s+to\s+|are\s+preparing\s+to\s+)?(?:held|hold|holding|conducted|opened|began|started|resumed|resume)\s+(?:\w+\s+){0,3}$/u.exec(
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
  // "the third session of the Chile – Peru Joint Commission": a joint body of two countries sits
  const joint = JOINT_BODY_AFTER.exec(after);
  if (joint) {
    refs.length = 0;
    // "Peru Joint": the second name may run into the body's own words
    for (const name of [joint[1] as string, joint[2] as string])
      add(countryByName(name) ? name : (name.split(' ')[0] as string));
    if (refs.length === 2) return refs;
  }
  return [];
}

/** Right after a sitting's noun: "of the Chile – Peru Joint Commission", "of the Viet Nam-Laos Intergovernmental Committee". */
const JOINT_BODY_AFTER =
  /^\s+of\s+the\s+([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\s?[-–—]\s?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\s+(?:[A-Z][\p{L}-]*\s+){0,4}(?:Commission|Committee|Council)\b/u;

/** "a joint session with Sweden, Finland and Josep Borrell": the listed parties. */
export function listAfterWith(doc: Doc, reg: Registry, t: Trigger, sent: Span): string[] {
  const m = /^\s+with\s+/.exec(doc.text.slice(t.end, t.end + 10));
  if (!m) return [];
  const start = t.end + m[0].length;
  let end = start;
  const tail = doc.text.slice(start, sent.end);
  // "with his peers from Chile, A; Ecuador, B; and Peru, C": the list runs over its semicolons
  const pairList = /^(?:his|her|their)\s+(?:counterparts|peers|colleagues)\s+from\s/.test(tail);
  const stop = (
    pairList
      ? /[.:]|,?\s(?:ahead\s+of|before|after|during|here|on|in|at|to|for|about)\s/
      : /(?:,\s+(?:the|a|an|who|which|where|to|then|and\s+then)\b|[.;:]|\s(?:to|on|in|at|for|about|after|before|during)\s)/
  ).exec(tail);
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
        !/^['’]s?/.test(doc.text.slice(m.end, m.end + 2)) &&
        !countryOfTitleBeforeName(doc, reg, m) &&
        !countryOfPersonBeside(reg, m),
    )
    .map((m) => m.ref);
  return [...persons, ...countries.filter((c, i) => countries.indexOf(c) === i)];
}

/**
 * Rule: "with the Prime Minister of Fiji, Sitiveni Rabuka, and ...", "the Crown Prince of the
 * Kingdom of Tonga, X": the country of a title set off before a name is that person's, no party.
 */
function countryOfTitleBeforeName(doc: Doc, reg: Registry, m: { start: number; end: number }): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 60), m.start);
  if (
    !/\b[A-Z][\w-]*\s+of\s+(?:the\s+)?(?:(?:Kingdom|Republic|State|Sultanate|Federation)\s+of\s+)?$/.test(
      before,
    )
  )
    return false;
  const comma = /^,\s+/.exec(doc.text.slice(m.end, m.end + 3));
  if (!comma) return false;
  const next = reg.mentionsIn(m.end, m.end + comma[0].length + 40)[0];
  return !!next && next.start === m.end + comma[0].length && reg.get(next.ref)?.kind === 'person';
}

/**
 * Rule: "with her counterparts Tomas Lind of Sweden and Pablo Soria of Ecuador", "with his peers
 * from Chile, Ana Ruiz; Ecuador, Pablo Soria": a country told right beside a person who holds a
 * role of that country ("<name> of <country>", "<country>, <name>"), or beside a person the text
 * gives no role ("Ana Ruiz of Chile"), is that person's, no party.
 */
function countryOfPersonBeside(reg: Registry, m: { ref: string; start: number; end: number }): boolean {
  const holds = (ref: string | undefined) => {
    const r = reg.get(ref ?? null);
    return r?.kind === 'person' && r.roles.some((role) => role.country === m.ref);
  };
  const before = reg.mentionsIn(Math.max(0, m.start - 60), m.start).at(-1);
  // "Ana Ruiz of Chile": of the person's own country, whatever role the text gives her
  const roleless = (ref: string) => {
    const r = reg.get(ref);
    return r?.kind === 'person' && r.roles.length === 0;
  };
  if (
    before &&
    /^\s+of\s+(?:the\s+)?$/.test(reg.text.slice(before.end, m.start)) &&
    (holds(before.ref) || roleless(before.ref))
  )
    return true;
  const after = reg.mentionsIn(m.end, m.end + 60)[0];
  return !!after && /^,\s+$/.test(reg.text.slice(m.end, after.start)) && holds(after.ref);
}

/** The person a sentence is about: its first person named outside a prepositional phrase, or a pronoun's referent. */
export function sentenceSubject(doc: Doc, reg: Registry, sent: Span, t: Trigger): string | null {
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

/**
 * Participants a sentence after a sitting lists: "The summit was attended by:" + list lines,
 * "Russia will be represented by Foreign Minister X, Defense Minister Y and Z".
 */
export function followingParticipants(doc: Doc, reg: Registry, si: number): string[] {
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

/** Where the place visited is named: after "visited", "a state visit to", "the visit of X to" (and "the"). */
function visitedAt(text: string, t: Trigger): number | null {
  // "the visit of Prime Minister Imran Khan to Iran": the visitor between "of" and "to"
  const m = /^\s+(?:of\s+[^.,;]{2,60}?\s+to\s+|to\s+)?(?:the\s+)?/.exec(text.slice(t.end, t.end + 80));
  return m ? t.end + m[0].length : null;
}

/**
 * The country of the place named exactly at `at` (a city stands for its country, unless
 * `countryOnly`); null when none starts there, or when a possessive follows ("a visit to
 * Turkey's neighbour Iraq" names no place visited).
 */
function countryOfPlaceAt(doc: Doc, reg: Registry, at: number, countryOnly: boolean): string | null {
  const place = reg.mentionsIn(at, at + 60).find((x) => x.start === at);
  const r = reg.get(place?.ref);
  if (r?.kind !== 'place' || /^['’]/.test(doc.text.slice(place?.end ?? 0, (place?.end ?? 0) + 1)))
    return null;
  if (r.placeKind === 'country') return r.ref;
  return r.placeKind === 'city' && !countryOnly ? r.country : null;
}

/**
 * The country a visit is paid to, named right after its word: "visited France", "a state visit
 * to Paris" (a city stands for its country, unless `countryOnly`), "his visit to the United Arab
 * Emirates", "the visit of Prime Minister X to Iran", or before it, where the visitor arrived
 * (arrivedInBefore). Null when the words name no country or city.
 */
export function visitedCountry(doc: Doc, reg: Registry, t: Trigger, countryOnly = false): string | null {
  const at = visitedAt(doc.text, t);
  const after = at === null ? null : countryOfPlaceAt(doc, reg, at, countryOnly);
  if (after) return after;
  const arrived = arrivedInBefore(doc.text, t);
  return arrived === null ? null : countryOfPlaceAt(doc, reg, arrived, countryOnly);
}

/** "arrived in", "landed in": where the place a visitor came to is named. */
const ARRIVED_IN = /\b(?:arrived|arrives|arriving|landed|lands|landing)\s+in\s+(?:the\s+)?/g;
/** Between that place and the visit: "... on Monday for a three-day official". */
const FOR_A_VISIT_BEFORE = /^[^.;:]*?\bfor\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}$/;

/**
 * Rule: "President X arrived in Lima on Monday for a three-day official visit": a visit whose
 * word names no place after it is paid to the place its visitor arrived in, told before it in the
 * same sentence. Answers where that place is named, or null. "arrived in Lima for the summit"
 * names no visit.
 */
function arrivedInBefore(text: string, t: Trigger): number | null {
  const from = Math.max(0, t.start - 160);
  const before = text.slice(from, t.start);
  let found: number | null = null;
  for (const m of before.matchAll(ARRIVED_IN)) found = (m.index ?? 0) + m[0].length;
  if (found === null || !FOR_A_VISIT_BEFORE.test(before.slice(found))) return null;
  return from + found;
}

/**
 * The countries of a visit to several, listed right after its word: "visited Chile and Peru",
 * "official visits to Chile, Peru and Bolivia", "a tour of Paris and Berlin" (cities for their
 * countries). Every item of the list must be a country or a city, else there are none (a list
 * of anything else is not a list of places visited).
 */
export function visitedCountries(doc: Doc, reg: Registry, t: Trigger): string[] {
  const at = visitedAt(doc.text, t);
  if (at === null) return [];
  const out: string[] = [];
  for (const item of coordinatedList(doc.text, at, 200)) {
    const lead = /^the\s+/i.exec(doc.text.slice(item.start, item.end))?.[0].length ?? 0;
    const country = countryOfPlaceAt(doc, reg, item.start + lead, false);
    if (!country) return [];
    if (!out.includes(country)) out.push(country);
  }
  return out;
}
