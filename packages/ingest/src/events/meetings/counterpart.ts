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

/** The kind of office a title names: "Defence Minister" -> "minister", "President" -> "president". */
function officeWord(title: string): string | null {
  if (/^(?:PM|FM)$/.test(title)) return 'minister';
  const m = /(minister|president|secretary|premier|chancellor|chief|head|king|emir|prince)/i.exec(title);
  return m ? (m[1] as string).toLowerCase() : null;
}
