import { countryPlace } from '../../entities/places.js';
import type { Registry } from '../../entities/registry.js';
import { type Country, countryByDemonym, countryByName } from '../../gazetteer/countries.js';

/**
 * Offices a party is named by when the text gives the country but no name: "his Chinese
 * counterpart", "the Belgian Prime Minister", "Qatar's foreign minister".
 */
const OFFICE =
  '(?:counterparts?|(?:(?:[Pp]rime|[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Ii]nterior|[Ff]inance|[Ee]conomy|[Ee]nergy)\\s+)?[Mm]inisters?|[Pp]resident|PM|FM|[Cc]hancellor|[Pp]remier|(?:[Ff]oreign\\s+|[Dd]efen[cs]e\\s+)?[Ss]ecretary|[Kk]ing|[Ee]mir|[Cc]rown\\s+[Pp]rince|[Ll]eader|top\\s+diplomat)';

/** The country of a party named by office: "his Chinese" / "the Belgian" (a demonym) or "Qatar's" (a name). */
const BY_DEMONYM = '(?:(?:his|her|their|the)\\s+([A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?))';
const BY_NAME = "(?:([A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?)['’]s)";

/** Not when a name, an "of" or a possessive follows: "the Belgian PM Alexander De Croo", "the Prime Minister of X", "the President's office". */
const NO_NAME_AFTER = "(?!\\s+(?:of\\b|[A-Z])|['’]s\\b)";

/** Right after a trigger: "met his Chinese counterpart", "a meeting with the Belgian PM", "spoke with Qatar's foreign minister". */
const OFFICIAL_AFTER = new RegExp(
  `^\\s+(?:(?:with|to)\\s+)?(?:${BY_DEMONYM}|${BY_NAME})\\s+(${OFFICE})\\b${NO_NAME_AFTER}`,
  'u',
);

/** Opening the clause before a trigger: "Qatar's foreign minister also spoke with X", "The Belgian Prime Minister met X". */
const OFFICIAL_SUBJECT = new RegExp(
  `^\\s*(?:[^,.;]{0,30},\\s+)?(?:${BY_DEMONYM.replace('his|her|their|the', '[Tt]he')}|${BY_NAME})\\s+(${OFFICE})\\b${NO_NAME_AFTER}[^,.;]{0,40}$`,
  'u',
);

/**
 * The country of a matched phrase: the demonym's or the name's, whole ("North Korean", "Saudi
 * Arabia's") or by its first word ("the Belgian Prime Minister", where "Prime" went with it).
 */
function countryOf(demonym: string | undefined, name: string | undefined): Country | undefined {
  const words = demonym ?? name;
  if (!words) return undefined;
  const byWords = demonym ? countryByDemonym : countryByName;
  return byWords(words) ?? byWords(words.split(/\s+/)[0] ?? '');
}

/**
 * The party an office and country stand for: the person of that country with that kind of office
 * named before `pos` (the latest first; a counterpart has the subject's office), else the country
 * itself (a party identified only by its country).
 */
function officialOfCountry(
  reg: Registry,
  country: Country,
  office: string,
  pos: number,
  subject: string | null,
): string | null {
  const place = countryPlace(reg, country.code);
  const sub = reg.get(subject);
  const kind = /^counterpart/.test(office)
    ? sub?.kind === 'person'
      ? officeWord(sub.roles[0]?.title ?? '')
      : null
    : officeWord(office);
  for (const mm of reg.personMentionsBefore(pos)) {
    const p = reg.get(mm.ref);
    if (p?.kind !== 'person' || p.ref === subject) continue;
    const fits = p.roles.some(
      (r) => place != null && r.country === place.ref && (!kind || officeWord(r.title) === kind),
    );
    if (fits) return p.ref;
  }
  return place?.ref ?? null;
}

/**
 * Rule: "X met his Chinese counterpart", "X held a meeting with the Belgian Prime Minister",
 * "X spoke with Qatar's foreign minister": the other party is the person of that country with
 * that kind of office named before, else the country itself. Null when no such phrase follows
 * the trigger ("met reporters", "met the Belgian PM Alexander De Croo", who is named).
 */
export function counterpartAfter(
  reg: Registry,
  text: string,
  triggerEnd: number,
  subject: string | null,
): string | null {
  const m = OFFICIAL_AFTER.exec(text.slice(triggerEnd, triggerEnd + 80));
  if (!m) return null;
  const country = countryOf(m[1], m[2]);
  return country ? officialOfCountry(reg, country, m[3] as string, triggerEnd, subject) : null;
}

/**
 * Rule: "Qatar's foreign minister also spoke with X", "The Belgian Prime Minister met X": a
 * clause whose subject is an office of a country with no name is that official's (named before)
 * or the country's. `clauseToTrigger` is the clause from its start to the trigger.
 */
export function officialSubjectBefore(
  reg: Registry,
  clauseToTrigger: string,
  triggerStart: number,
  other: string | null,
): string | null {
  const m = OFFICIAL_SUBJECT.exec(clauseToTrigger);
  if (!m) return null;
  const country = countryOf(m[1], m[2]);
  if (!country || /^counterpart/.test(m[3] as string)) return null;
  return officialOfCountry(reg, country, m[3] as string, triggerStart, other);
}

/** Right after a trigger, a call passed between two offices: "received by the Egyptian President from the Saudi Crown Prince". */
const PASSED_BETWEEN_OFFICES = new RegExp(
  `^\\s+(?:received|made|placed|initiated)\\s+by\\s+(?:${BY_DEMONYM}|${BY_NAME})\\s+(${OFFICE})\\s+(?:from|to|with)\\s+(?:${BY_DEMONYM}|${BY_NAME})\\s+(${OFFICE})\\b${NO_NAME_AFTER}`,
  'u',
);

/**
 * Rule: "The Kazakh President held a phone call with the Uzbek President", "a phone call received
 * by the Egyptian President from the Saudi Crown Prince": both parties named only by office and
 * country, each the person of that country and office named before (else the country). Empty
 * when the clause does not name both sides so ("The Kazakh President held a briefing").
 */
export function officialsOfBothSides(
  reg: Registry,
  text: string,
  clauseStart: number,
  triggerStart: number,
  triggerEnd: number,
): string[] {
  const passed = PASSED_BETWEEN_OFFICES.exec(text.slice(triggerEnd, triggerEnd + 160));
  if (passed) {
    const first = countryOf(passed[1], passed[2]);
    const second = countryOf(passed[4], passed[5]);
    if (!first || !second || first.code === second.code) return [];
    const a = officialOfCountry(reg, first, passed[3] as string, triggerEnd, null);
    const b = officialOfCountry(reg, second, passed[6] as string, triggerEnd, a);
    return a && b && a !== b ? [a, b] : [];
  }
  const a = officialSubjectBefore(reg, text.slice(clauseStart, triggerStart), triggerStart, null);
  const b = a ? counterpartAfter(reg, text, triggerEnd, a) : null;
  return a && b && a !== b ? [a, b] : [];
}

/** The kind of office a title names: "Defence Minister" -> "minister", "President" -> "president". */
function officeWord(title: string): string | null {
  if (/^(?:PM|FM)$/.test(title)) return 'minister';
  const m = /(minister|president|secretary|premier|chancellor|chief|head|king|emir|prince)/i.exec(title);
  return m ? (m[1] as string).toLowerCase() : null;
}
