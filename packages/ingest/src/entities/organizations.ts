import { type Doc, sentenceAt, tokenAt } from '../doc.js';
import { cityByName } from '../gazetteer/cities.js';
import {
  type Country,
  countryByCode,
  countryByDemonym,
  countryByName,
  countryOfCapital,
  namesOfCountry,
} from '../gazetteer/countries.js';
import { type BodyEntry, ORGANIZATIONS, type OrgEntry } from '../gazetteer/organizations.js';
import { foldName, keyPart } from '../text/fold.js';
import { coordinatedList } from '../text/lists.js';
import type { Token } from '../text/tokenize.js';
import type { OrganizationRecord } from '../types.js';
import type { LexHit } from './lexicon.js';
import { countryPlace } from './places.js';
import type { Registry } from './registry.js';
import { TITLE_HEADS } from './titles.js';

export const orgKey = (name: string): string => `org:${keyPart(name)}`;

/** "the United States", "the United Kingdom", but "Russia": the article English puts before a country. */
export function withArticle(country: Country): string {
  return /^(?:United|Republic|Netherlands|Philippines|Czech|Dominican|Central African|Bahamas|Gambia|Maldives)/.test(
    country.display,
  )
    ? `the ${country.display}`
    : country.display;
}

/** A country from a capitalised word: a name ("Belarus", "Belarus's") or a demonym ("Belarusian"). */
export function countryFromWord(word: string): Country | undefined {
  const w = word.replace(/['’]s?$/, '');
  return countryByName(w) ?? countryByDemonym(w);
}

/** The organization record of a curated entry. */
export function curatedOrg(reg: Registry, entry: OrgEntry): OrganizationRecord {
  const rec = reg.organization(orgKey(entry.name), entry.name, entry.kind, { acronym: entry.acronym });
  if (entry.country && !rec.country) rec.country = countryPlace(reg, entry.country)?.ref ?? null;
  return rec;
}

// ---------- ministries ----------

/** "Defence" -> "Defense", "Foreign" -> "Foreign Affairs": the normalised field of a ministry. */
export function ministryDomain(words: string): string {
  const w = words.trim().replace(/\s+/g, ' ');
  // "Minister of the Interior": the article is no part of a field that has its normal name
  // ("Ministry of the National Guard" keeps it)
  const bare = w.replace(/^the /i, '');
  if (/^defen[cs]e$/i.test(bare)) return 'Defense';
  if (/^(?:foreign|foreign affairs|external affairs)$/i.test(bare)) return 'Foreign Affairs';
  if (/^(?:interior|internal affairs)$/i.test(bare)) return 'Internal Affairs';
  // "International Co-operation": one spelling of the field, as "Defence" is "Defense"
  return w.replace(/\bDefence\b/g, 'Defense').replace(/\b([Cc])o-operation\b/g, '$1ooperation');
}

// Countries whose defence ministry English-language news and the ministry itself call the
// "Ministry of National Defense" (China, Taiwan, South Korea, Vietnam): "the Chinese defence
// ministry" is that ministry. Elsewhere the name follows the usual "Ministry of Defense".
const NATIONAL_DEFENSE = new Set(['CN', 'TW', 'KR', 'VN']);

// Countries whose foreign ministry is officially the "Ministry of External Affairs" (India,
// Bhutan): "External Affairs Minister", "the MEA", "India's foreign ministry" all name it.
const EXTERNAL_AFFAIRS = new Set(['IN', 'BT']);

// Foreign ministries whose official English name is not "Ministry of Foreign Affairs": the record
// keeps the usual name (how most news refers to it) and takes the official one as an alias.
const OFFICIAL_FOREIGN_MINISTRY: Readonly<Record<string, string>> = {
  PH: 'Department of Foreign Affairs of the Philippines',
  NZ: 'Ministry of Foreign Affairs and Trade of New Zealand',
  AU: 'Department of Foreign Affairs and Trade of Australia',
  MX: 'Secretariat of Foreign Affairs of Mexico',
  IE: 'Department of Foreign Affairs of Ireland',
  GB: 'Foreign, Commonwealth and Development Office',
  CA: 'Global Affairs Canada',
};

/**
 * The record of a national ministry: "Ministry of Defense of Belarus", "Ministry of National
 * Defense of China" (the official name where the country uses it); US departments keep their word.
 */
export function ministryRecord(
  reg: Registry,
  domain: string,
  country: Country,
  department = false,
): OrganizationRecord {
  // "the Department of Foreign Affairs" outside the US is the country's foreign ministry (the
  // Philippines', Ireland's), kept under the usual name with the written one as an alias
  const foreignDepartment = department && domain === 'Foreign Affairs' && country.code !== 'US';
  const dept =
    (department && !foreignDepartment) ||
    (country.code === 'US' &&
      /^(?:Defense|State|Justice|Treasury|Energy|Homeland Security|Foreign Affairs)$/.test(domain));
  const field =
    dept && domain === 'Foreign Affairs'
      ? 'State'
      : domain === 'Defense' && NATIONAL_DEFENSE.has(country.code)
        ? 'National Defense'
        : domain === 'Foreign Affairs' && EXTERNAL_AFFAIRS.has(country.code)
          ? 'External Affairs'
          : domain;
  const name = `${dept ? 'Department' : 'Ministry'} of ${field} of ${withArticle(country)}`;
  const rec = reg.organization(orgKey(name), name, 'ministry');
  rec.country ??= countryPlace(reg, country.code)?.ref ?? null;
  // "the MEA said": the acronym Indian news gives its foreign ministry, once the ministry is named
  if (field === 'External Affairs' && !dept) rec.acronym ??= 'MEA';
  const official = field === 'Foreign Affairs' ? OFFICIAL_FOREIGN_MINISTRY[country.code] : undefined;
  if (official && !rec.aliases.includes(official)) rec.aliases.push(official);
  const written = foreignDepartment ? `Department of Foreign Affairs of ${withArticle(country)}` : undefined;
  if (written && written !== official && !rec.aliases.includes(written)) rec.aliases.push(written);
  // most countries call theirs the Ministry of the Interior; news and readers use either name
  if (field === 'Internal Affairs' && !dept)
    for (const a of [
      `Ministry of the Interior of ${withArticle(country)}`,
      `Ministry of Interior of ${withArticle(country)}`,
    ])
      if (!rec.aliases.includes(a)) rec.aliases.push(a);
  return rec;
}

// "Ministry of Foreign Affairs and Expatriates" (Jordan), "Ministry of Foreign and European Affairs"
// (Croatia): a compound portfolio keeps all its words; "Ministry of Foreign Affairs and the
// Ministry of ..." is two ministries
const MINISTRY_OF =
  /\b(?:(?:the\s+)?([A-Z][\p{L}]+(?:['’]s?)?)\s+)?(Ministry|Department) of ((?:Foreign|Internal|External) Affairs(?: and (?!Ministry\b|Department\b|Minister\b)[A-Z][\p{L}]+(?: (?!Ministry\b|Department\b|Minister\b)[A-Z][\p{L}]+(?:-[\p{L}]+)?(?=\s+(?:of\b|and\b)|[,.;:)]|$))?)?|[A-Z][\p{L}]+(?: (?:and )?[A-Z][\p{L}]+)?(?: Affairs)?)(?:\s+of\s+(?:the\s+)?(?:Republic of\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?))?/gu;
const DOMAIN_MINISTRY =
  /\b(?:(?:the\s+)?([A-Z][\p{L}.]+(?:['’]s?)?)\s+)?(Defen[cs]e|Foreign(?:\s+Affairs)?|External\s+Affairs|Interior|Emergencies|Finance|Justice|Economy|Health|State)\s+(Ministry|Department)(?:\s+in\s+([A-Z][\p{L}]+)|\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\p{L}]+))?/gu;

export interface OrgHit {
  start: number;
  end: number;
  rec: OrganizationRecord;
}

/**
 * Rule: ministries named with their country or its demonym, in either order: "Belarus's Ministry
 * of Defense", "the Belarusian Ministry of Defense", "Ministry of Foreign Affairs of the Republic
 * of Belarus", "Russian Defence Ministry", "the Foreign Ministry in Moscow" (a capital stands for
 * its country). A ministry with no country in reach is left to the role and anaphora rules.
 */
export function findMinistries(
  doc: Doc,
  reg: Registry,
  ownCountry: () => Country | undefined = () => undefined,
): OrgHit[] {
  const out: OrgHit[] = [];
  const text = doc.text;
  if (!/Ministry|Department|MoD|MOD|MFA|MoFA|MOFA|MEA|department|agency|[Gg]overnment|[Pp]residen/.test(text))
    return out;
  // each regex below only where the words it cannot match without are in the text (most texts
  // name no ministry: a scan of the whole text per regex was most of this rule's time)
  ministriesNamedWithTheirField(text, reg, ownCountry, out);
  const ministry = text.includes('Ministry') || text.includes('Department');
  DOMAIN_MINISTRY.lastIndex = 0;
  for (let m = ministry ? DOMAIN_MINISTRY.exec(text) : null; m; m = DOMAIN_MINISTRY.exec(text)) {
    let country = m[1] ? countryFromWord(m[1]) : undefined;
    if (!country && m[4]) country = countryOfCapital(m[4]);
    // "the Foreign Ministry of Belarus"
    if (!country && m[5]) country = countryByName(m[5]);
    if (!country && m[3] === 'Ministry' && (!m[1] || /^(?:The|A)$/.test(m[1])) && !m[4] && !m[5])
      country = onlyCountryOfField(m[2] as string) ?? ownCountry();
    if (!country) continue;
    const domain = ministryDomain(m[2] as string);
    const rec = ministryRecord(reg, domain, country, m[3] === 'Department');
    let start = m.index;
    if (text.slice(start).startsWith('the ')) start += 4;
    if (!m[1] || !countryFromWord(m[1])) start = m.index + m[0].indexOf(m[2] as string);
    out.push({ start, end: m.index + m[0].length, rec });
  }
  // "the Belarusian military department" (Russian-English usage for the defence ministry), "the Russian diplomatic department"
  const dept =
    /\b([A-Z][\p{L}]+(?:['’]s)?)\s+(military|defen[cs]e|diplomatic|foreign policy|foreign)\s+(?:department|agency)\b/gu;
  const department = text.includes('department') || text.includes('agency');
  for (let m = department ? dept.exec(text) : null; m; m = dept.exec(text)) {
    const country = countryFromWord(m[1] as string);
    if (!country) continue;
    const rec = ministryRecord(
      reg,
      /^(?:military|defen)/.test(m[2] as string) ? 'Defense' : 'Foreign Affairs',
      country,
    );
    out.push({ start: m.index, end: m.index + m[0].length, rec });
  }
  // "the Russian government", "Belarus's government": the national government
  const gov = /\b([A-Z][\p{L}]+(?:['’]s)?)\s+[Gg]overnment\b/gu;
  for (let m = text.includes('overnment') ? gov.exec(text) : null; m; m = gov.exec(text)) {
    const country = countryFromWord(m[1] as string);
    if (!country) continue;
    out.push({ start: m.index, end: m.index + m[0].length, rec: governmentRecord(reg, country) });
  }
  if (text.includes('residency') || text.includes('residential')) nationalPresidency(text, reg, out);
  // "the MoD of Belarus", "the MFA of Russia"
  const acrOf = /\b(MoD|MOD|MFA|MoFA|MOFA|MEA)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?([A-Z][\p{L}]+)/gu;
  const acronym = /MoD|MOD|MFA|MoFA|MOFA|MEA/.test(text);
  for (let m = acronym ? acrOf.exec(text) : null; m; m = acrOf.exec(text)) {
    const country = countryByName(m[2] as string);
    if (!country) continue;
    const rec = ministryRecord(reg, acronymDomain(m[1] as string), country);
    out.push({ start: m.index, end: m.index + m[0].length, rec });
  }
  // "the Belarusian MoD", "Russia's MFA", "Pakistan MoFA", "India's MEA"
  const acr = /\b([A-Z][\p{L}]+(?:['’]s)?)\s+(MoD|MOD|MFA|MoFA|MOFA|MEA)\b/gu;
  for (let m = acronym ? acr.exec(text) : null; m; m = acr.exec(text)) {
    const country = countryFromWord(m[1] as string);
    if (!country) continue;
    const rec = ministryRecord(reg, acronymDomain(m[2] as string), country);
    out.push({ start: m.index, end: m.index + m[0].length, rec });
  }
  for (const h of out) reg.mention(h.rec.ref, h.start, h.end, 'name');
  return out;
}

/**
 * Rule: "the Ministry of Foreign Affairs of Belarus", "Belarus' Ministry of Defence", "the
 * Department of Foreign Affairs": a ministry named with its field, of the country before or
 * after it, else of the one country named for that field, else of the story's own country.
 */
function ministriesNamedWithTheirField(
  text: string,
  reg: Registry,
  ownCountry: () => Country | undefined,
  out: OrgHit[],
): void {
  const ministryOf = text.includes('Ministry of ') || text.includes('Department of ');
  MINISTRY_OF.lastIndex = 0;
  for (let m = ministryOf ? MINISTRY_OF.exec(text) : null; m; m = MINISTRY_OF.exec(text)) {
    const pre = m[1] ? countryFromWord(m[1]) : undefined;
    const post = m[4] ? countryOfTwoWords(m[4]) : undefined;
    // "the Department of Foreign Affairs" is a foreign ministry too (the Philippines', Ireland's)
    const bare =
      (m[2] === 'Ministry' || /^Foreign Affairs$/.test(m[3] as string)) &&
      (!m[1] || /^(?:The|A)$/.test(m[1])) &&
      !m[4];
    // a field only one country names its ministry for ("External Affairs") is that country's,
    // whatever the dateline ("MANILA: ... the Ministry of External Affairs had said")
    const country = pre ?? post ?? (bare ? (onlyCountryOfField(m[3] as string) ?? ownCountry()) : undefined);
    if (!country) continue;
    const domain = ministryDomain(m[3] as string);
    if (/^(?:Ministers?|the)$/.test(domain)) continue;
    const rec = ministryRecord(reg, domain, country, m[2] === 'Department');
    let start = m.index;
    let end = m.index + m[0].length;
    if (!pre && m[1]) start = m.index + m[0].indexOf(m[2] as string);
    if (!post && m[4]) end = m.index + m[0].lastIndexOf(' of ');
    if (text.slice(start).startsWith('the ')) start += 4;
    out.push({ start, end, rec });
  }
}

/**
 * Rule: "said the Ministry of External Affairs" in a story of several countries: a field only one
 * country's ministry is named for (India's External Affairs) gives that country.
 */
function onlyCountryOfField(field: string): Country | undefined {
  return /^External\s+Affairs$/i.test(field.trim()) ? countryByName('India') : undefined;
}

/**
 * The country two capitalised words after "of" name: "Guinea Bissau" (its hyphen lost) before
 * "Guinea"; the first word alone when the two are no country ("of Belarus Viktor ...").
 */
function countryOfTwoWords(words: string): Country | undefined {
  return (
    countryByName(words) ?? countryByName(words.replace(' ', '-')) ?? countryByName(words.split(' ')[0] ?? '')
  );
}

/** The field of a ministry's acronym: MoD is defence; MFA, MoFA and MEA (External Affairs) foreign affairs. */
function acronymDomain(acronym: string): string {
  return /^MOD$/i.test(acronym) ? 'Defense' : 'Foreign Affairs';
}

/** "the Egyptian presidency", "South Africa's presidency", "the Ukrainian presidential office". */
const PRESIDENCY =
  /\b((?:[A-Z][\p{L}]+\s+)?[A-Z][\p{L}]+(?:['’]s)?)\s+(?:[Pp]residency|[Pp]residential\s+[Oo]ffice)\b/gu;

/** Words that make a presidency a period of time: "during the", "under this", "since the". */
const TERM_BEFORE =
  /\b(?:during|under|throughout|since|until|after|before)\s+(?:the\s+|this\s+|its\s+|their\s+)?$/i;

/**
 * Rule: "the Egyptian presidency said", "South Africa's presidency": a head of state's office
 * that speaks for them, named "Presidency of <Country>" (a government body, like the Kremlin).
 */
export function nationalPresidency(text: string, reg: Registry, out: OrgHit[]): void {
  PRESIDENCY.lastIndex = 0;
  for (let m = PRESIDENCY.exec(text); m; m = PRESIDENCY.exec(text)) {
    // "Kazakhstan's presidency of the CSTO" is a chairmanship, not an office
    if (/^\s+(?:of|in|over)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    // "during the Brazilian presidency", "under the French presidency": a term, not an office
    if (TERM_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const words = m[1] as string;
    const last = words.split(/\s+/).at(-1) as string;
    const two = countryFromWord(words);
    const country = two ?? countryFromWord(last);
    if (!country) continue;
    const rec = presidencyRecord(reg, country);
    const start = two ? m.index : m.index + m[0].indexOf(last);
    out.push({ start, end: m.index + m[0].length, rec });
  }
}

/**
 * A country's name opening a clause, then a verb of saying ("India has dismissed", "Qatar
 * strenuously denies", "India maintained that").
 */
const COUNTRY_SPEAKS =
  /(?:^|[.!?]["”]?\s+|[,;]\s+(?:and\s+|but\s+|while\s+)?|\b(?:but|and|while)\s+)(?:the\s+)?([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?)\s+(?:(?:has|had|have)\s+)?(?:(?:strongly|strenuously|firmly|repeatedly|also|again|categorically|flatly|consistently|swiftly|quickly)\s+)?(said|says|maintained|maintains|insisted|insists|denied|denies|dismissed|dismisses|rejected|rejects|claimed|claims|argued|argues|stated|states|warned|warns|reiterated|reiterates)\b/gmu;

/** Verbs that speak only with what is said after them: "maintained that", "insists “...”". */
const SAYS_ONLY_WITH_CONTENT = /^(?:maintain|insist|claim|argue|state|warn|reiterate)/;

/**
 * Rule: "India has dismissed the charges as “absurd”", "Qatar strenuously denies the accusations",
 * "India maintained that it was for dialogue": a country that speaks is its government
 * ("Government of India"). A verb that may take a thing rather than words ("Belarus has
 * maintained a formal stance") speaks only with "that" or a quotation after it; a demonym
 * ("Indian officials said") and a city are no country.
 */
export function countriesSpeakingAsGovernments(doc: Doc, reg: Registry): OrgHit[] {
  const out: OrgHit[] = [];
  const text = doc.text;
  COUNTRY_SPEAKS.lastIndex = 0;
  for (let m = COUNTRY_SPEAKS.exec(text); m; m = COUNTRY_SPEAKS.exec(text)) {
    const name = m[1] as string;
    const country = countryByName(name);
    if (!country) continue;
    const end = m.index + m[0].length;
    if (
      SAYS_ONLY_WITH_CONTENT.test(m[2] as string) &&
      !/^\s*(?:that\b|[,:]?\s*[“"])/.test(text.slice(end, end + 8))
    )
      continue;
    const start = m.index + m[0].indexOf(name);
    out.push({ start, end: start + name.length, rec: governmentRecord(reg, country) });
  }
  out.push(...statesToldByTheirForm(text, reg));
  for (const h of out) reg.mention(h.rec.ref, h.start, h.end, 'name');
  return out;
}

/**
 * "The kingdom", "the gas-rich emirate", "the sultanate" opening a clause whose verb speaks
 * ("denied", "accusing it of ...").
 */
const STATE_FORM_SPEAKS =
  /(?:^|[.!?]["”]?\s+|[,;]\s+(?:and\s+|but\s+|while\s+)?)([Tt]he\s+(?:[\w-]+\s+)?(kingdom|emirate|sultanate))\b(?=[^.;!?]{0,120}?\b(?:said|says|denied|denies|rejected|rejects|accused|accuses|accusing|insisted|insists|warned|warns|warning|condemned|condemns|condemning|dismissed|dismisses|announced|announces)\b)/gmu;

/** The states each form names: kingdoms by their official name, emirates and sultanates by their rulers. */
const STATES_OF_FORM: Readonly<Record<string, (c: Country) => boolean>> = {
  kingdom: (c) => namesOfCountry(c.code).some((n) => /\bKingdom\b/.test(n)),
  // Qatar and Kuwait are "State of ..." officially, and emirates in the news: an emir rules them
  emirate: (c) => c.code === 'QA' || c.code === 'KW',
  sultanate: (c) => namesOfCountry(c.code).some((n) => /\bSultanate\b/.test(n)) || c.code === 'BN',
};

/**
 * Rule: "The kingdom suspended any dialogue with Qatar, accusing it of ...", "The gas-rich
 * emirate denied the claims": a state told by its form, when it speaks, is the government of the
 * latest country named before it that has that form (Saudi Arabia a kingdom, Qatar an emirate).
 * With no such country before, it is nobody.
 */
function statesToldByTheirForm(text: string, reg: Registry): OrgHit[] {
  const out: OrgHit[] = [];
  if (!/kingdom|emirate|sultanate/i.test(text)) return out;
  STATE_FORM_SPEAKS.lastIndex = 0;
  for (let m = STATE_FORM_SPEAKS.exec(text); m; m = STATE_FORM_SPEAKS.exec(text)) {
    const phrase = m[1] as string;
    const start = m.index + m[0].indexOf(phrase);
    const ofForm = STATES_OF_FORM[(m[2] as string).toLowerCase()];
    const country = ofForm ? latestCountryBefore(reg, start, ofForm) : undefined;
    if (country) out.push({ start, end: start + phrase.length, rec: governmentRecord(reg, country) });
  }
  return out;
}

/** The latest country named before `pos` that passes `test`. */
function latestCountryBefore(reg: Registry, pos: number, test: (c: Country) => boolean): Country | undefined {
  const before = reg.mentionsIn(0, pos);
  for (let i = before.length - 1; i >= 0; i--) {
    const rec = reg.get(before[i]?.ref);
    if (rec?.kind !== 'place' || rec.placeKind !== 'country' || !rec.countryCode) continue;
    const country = countryByCode(rec.countryCode);
    if (country && test(country)) return country;
  }
  return undefined;
}

/** A country's national government: "Government of <Country>". */
export function governmentRecord(reg: Registry, country: Country): OrganizationRecord {
  const name = `Government of ${withArticle(country)}`;
  const rec = reg.organization(orgKey(name), name, 'government');
  rec.country ??= countryPlace(reg, country.code)?.ref ?? null;
  return rec;
}

/** A country's presidency, the office that speaks for its head of state: "Presidency of <Country>". */
export function presidencyRecord(reg: Registry, country: Country): OrganizationRecord {
  const name = `Presidency of ${withArticle(country)}`;
  const rec = reg.organization(orgKey(name), name, 'government');
  rec.country ??= countryPlace(reg, country.code)?.ref ?? null;
  return rec;
}

/** The fields of a ministry news writes in lower case: "foreign ministry", "interior ministry". */
const LOWERCASE_FIELDS = 'defen[cs]e|foreign|interior|finance|justice|health|trade';

/** "China's foreign ministry", "Tokyo's defence ministry", "the Japanese foreign ministry". */
const LOWERCASE_MINISTRY = new RegExp(
  `\\b([A-Z][\\p{L}]+(?:['’]s)?)\\s+(${LOWERCASE_FIELDS})\\s+ministry\\b`,
  'gu',
);

/** "the foreign ministry in Seoul", "the interior ministry in Rome". */
const MINISTRY_IN_CAPITAL = new RegExp(`\\b(${LOWERCASE_FIELDS}) ministry in ([A-Z][\\p{L}]+)`, 'gu');

/**
 * Rule: a ministry in lower case after its country, demonym or capital ("China's foreign
 * ministry", "Tokyo's foreign ministry said") or before its capital ("the foreign ministry in
 * Seoul"), as agencies outside Russia-English write it. A
 * possessive of a day or a person ("Sunday's foreign ministry briefing") names no country.
 */
export function findLowercaseMinistries(doc: Doc, reg: Registry): OrgHit[] {
  const out: OrgHit[] = [];
  const text = doc.text;
  if (!text.includes(' ministry')) return out;
  LOWERCASE_MINISTRY.lastIndex = 0;
  for (let m = LOWERCASE_MINISTRY.exec(text); m; m = LOWERCASE_MINISTRY.exec(text)) {
    const word = m[1] as string;
    const country = countryFromWord(word) ?? countryOfCapital(word.replace(/['’]s$/, ''));
    if (!country) continue;
    const rec = ministryRecord(reg, ministryDomain(m[2] as string), country);
    out.push({ start: m.index, end: m.index + m[0].length, rec });
  }
  MINISTRY_IN_CAPITAL.lastIndex = 0;
  for (let m = MINISTRY_IN_CAPITAL.exec(text); m; m = MINISTRY_IN_CAPITAL.exec(text)) {
    const country = countryOfCapital(m[2] as string);
    if (!country) continue;
    const rec = ministryRecord(reg, ministryDomain(m[1] as string), country);
    out.push({ start: m.index, end: m.index + m[0].length, rec });
  }
  for (const h of out) reg.mention(h.rec.ref, h.start, h.end, 'name');
  return out;
}

/**
 * "the Chinese Embassy in Washington", "China's embassy in Tokyo", "China's Washington embassy",
 * "the Embassy of India in Kabul", "the Turkish Consulate General in Cape Town": a country's
 * embassy, named after its country and, when the text gives the city, the host country
 * ("Embassy of China in the United States"); a consulate, after its country and its city.
 */
const MISSION = '(?:[Ee]mbassy|[Cc]onsulate(?:[- ][Gg]eneral)?)';
const EMBASSY = new RegExp(
  String.raw`\b(?:([A-Z][\p{L}]+(?:['’]s)?)\s+(?:([A-Z][\p{L}]+)\s+)?(${MISSION})(?:\s+in\s+([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?))?|(${MISSION})\s+of\s+(?:the\s+)?([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?)(?:\s+in\s+([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?))?)`,
  'gu',
);

/** A country from its name, demonym or possessive ("China's"). */
function countryOf(word: string): Country | undefined {
  return countryFromWord(word) ?? countryByName(word.replace(/['’]s$/, ''));
}

/** "Consulate General", "consulate-general", "Embassy": the mission's word as a name's head. */
function missionHead(word: string): string {
  return /^[Ee]mbassy$/.test(word) ? 'Embassy' : /[Gg]eneral$/.test(word) ? 'Consulate General' : 'Consulate';
}

/**
 * Rule: an embassy named after its country speaks for it ("China's Washington embassy said"). A
 * capital before "embassy" or after "in" gives the host country; a word that is no country
 * ("Sunday's embassy") names no embassy. A consulate is named with the city it sits in, as
 * written ("the Turkish Consulate General in Cape Town": Consulate General of Turkey in Cape Town).
 */
export function findEmbassies(doc: Doc, reg: Registry): OrgHit[] {
  const out: OrgHit[] = [];
  const text = doc.text;
  if (!/[Ee]mbassy|[Cc]onsulate/.test(text)) return out;
  EMBASSY.lastIndex = 0;
  for (let m = EMBASSY.exec(text); m; m = EMBASSY.exec(text)) {
    // "The Chinese Embassy": the second word is the country when the first is none
    const firstIsCountry = m[1] !== undefined && countryOf(m[1]) !== undefined;
    const ownWord = (m[6] ?? (firstIsCountry ? m[1] : m[2])) as string | undefined;
    const country = ownWord ? countryOf(ownWord) : undefined;
    if (!country) {
      // "The Embassy of India": read again after the first word, where "Embassy of" starts
      if (m[1]) EMBASSY.lastIndex = m.index + m[1].length;
      continue;
    }
    const head = missionHead((m[3] ?? m[5]) as string);
    const hostWord = (firstIsCountry ? m[2] : undefined) ?? m[4] ?? m[7];
    const name =
      head === 'Embassy'
        ? embassyName(country, hostWord)
        : `${head} of ${withArticle(country)}${hostWord && cityByName(hostWord) ? ` in ${hostWord}` : ''}`;
    const rec = reg.organization(orgKey(name), name, 'other');
    rec.country ??= countryPlace(reg, country.code)?.ref ?? null;
    out.push({ start: m.index, end: m.index + m[0].length, rec });
  }
  for (const h of out) reg.mention(h.rec.ref, h.start, h.end, 'name');
  return out;
}

/** "Embassy of China in the United States": the host country from a capital, when it is another. */
function embassyName(country: Country, hostWord: string | undefined): string {
  const first = hostWord?.split(' ')[0];
  // "Washington" for the capital the gazetteer lists as "Washington D.C."
  const host = first ? (countryOfCapital(first) ?? countryOfCapital(`${first} D.C.`)) : undefined;
  return `Embassy of ${withArticle(country)}${host && host.code !== country.code ? ` in ${withArticle(host)}` : ''}`;
}

// ---------- bodies of alliances ----------

const BODY_HEADS = new Set([
  'Council',
  'Committee',
  'Commission',
  'Collegium',
  'Assembly',
  'Secretariat',
  'Authority',
]);
const SIG_STOP = new Set(['of', 'the', 'and', 's', 'for']);

/** Word-order-free signature of a body's name: "Council of Ministers of Defense" = "Council of Defense Ministers". */
const signatures = new Map<string, string>();

export function bodySignature(name: string): string {
  const hit = signatures.get(name);
  if (hit !== undefined) return hit;
  const sig = bodySignatureUncached(name);
  if (signatures.size > 10_000) signatures.clear();
  signatures.set(name, sig);
  return sig;
}

function bodySignatureUncached(name: string): string {
  return foldName(name)
    .split(' ')
    .filter((w) => w && !SIG_STOP.has(w))
    .map((w) => (w.length > 3 ? w.replace(/(?:ies|es|s)$/, (x) => (x === 'ies' ? 'i' : '')) : w))
    .sort()
    .join(' ');
}

interface BodyMatch {
  org: OrgEntry;
  body: BodyEntry;
}

function matchBody(sig: string, candidates: OrgEntry[]): BodyMatch | undefined {
  for (const org of candidates) {
    for (const body of org.bodies ?? []) {
      const forms = [body.name, ...body.forms, ...(body.fullName ? [body.fullName] : [])];
      if (forms.some((f) => bodySignature(f) === sig)) return { org, body };
    }
  }
  return undefined;
}

export function bodyName(org: OrgEntry, body: BodyEntry): string {
  return body.fullName ?? `${body.name} of the ${org.acronym ?? org.name}`;
}

/**
 * Rule: bodies of alliances ("Council of Ministers of Defense (CMM) of the Commonwealth of
 * Independent States", "CSTO Council of Foreign Ministers", "Council of CIS Heads of
 * Government", "SCO Foreign Ministers' Council") get a normalised name "<body> of the <ACR>" and
 * their alliance as parent: the alliance written in the phrase, else one named in the sentence,
 * else the nearest one before. National security councils ("Russian Security Council") become
 * "Security Council of Russia".
 */
export function findBodies(
  doc: Doc,
  reg: Registry,
  hits: LexHit[],
  sentenceOf: (pos: number) => number,
): OrgHit[] {
  const ctx = bodyContext(doc, reg, hits, sentenceOf);
  const out: OrgHit[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!BODY_HEADS.has((toks[i] as Token).text)) continue;
    const phrase = bodyPhraseAt(ctx, i);
    const found = firstBodyShape(ctx, phrase);
    if (!found) continue;
    const { rec, start, end } = found;
    if (found.takesAcronym && phrase.acronym) {
      rec.acronym = phrase.acronym;
      if (!rec.aliases.includes(phrase.acronym)) rec.aliases.push(phrase.acronym);
    }
    reg.mention(rec.ref, start, end, 'name');
    const full = nameWithItsAlliance(ctx, phrase, start);
    if (full && full !== rec.name && !rec.aliases.includes(full)) rec.aliases.push(full);
    out.push({ start, end, rec });
    i = phrase.last;
  }
  return out;
}

/**
 * Rule: "the Executive Council of the African Union": a body written with its alliance after "of"
 * is also known by that whole form (the record's name uses the alliance's acronym).
 */
function nameWithItsAlliance(
  { doc, toks, hitAt }: BodyContext,
  phrase: BodyPhrase,
  start: number,
): string | null {
  if (!phrase.explicitParent || toks[phrase.last + 1]?.text !== 'of') return null;
  let k = phrase.last + 2;
  if (toks[k]?.text === 'the') k++;
  const h = hitAt.get(k);
  if (!h || h.first !== k || h.entry.type !== 'org' || h.entry.org !== phrase.explicitParent) return null;
  return doc.text.slice(start, (toks[h.last] as Token).end);
}

/**
 * An organization whose bodies the rules look for when it is written inside a body's name: one
 * the gazetteer lists bodies of, or any alliance, which may name its own ("the ECOWAS Council of
 * Ministers", "the SADC Council of Ministers"). After the name ("Ministerial Council of the Gulf
 * Cooperation Council") only a listed alliance is split off: the whole is that alliance's body.
 */
function hasBodies(org: OrgEntry): boolean {
  return (org.bodies?.length ?? 0) > 0 || org.kind === 'alliance';
}

/** What the body rules read across the document: its alliances and which lexicon hit holds each token. */
interface BodyContext {
  doc: Doc;
  reg: Registry;
  toks: readonly Token[];
  /** the mentions of alliances that have bodies, in text order */
  alliances: Array<{ start: number; org: OrgEntry }>;
  /** each alliance once, in order of first mention */
  docAlliances: OrgEntry[];
  hitAt: Map<number, LexHit>;
  sentenceOf: (pos: number) => number;
}

function bodyContext(
  doc: Doc,
  reg: Registry,
  hits: LexHit[],
  sentenceOf: (pos: number) => number,
): BodyContext {
  const alliances: Array<{ start: number; org: OrgEntry }> = [];
  for (const h of hits)
    if (h.entry.type === 'org' && hasBodies(h.entry.org))
      alliances.push({ start: h.start, org: h.entry.org });
  // (the candidates of each body are deduplicated anyway)
  const docAlliances = [...new Set(alliances.map((a) => a.org))];
  const hitAt = new Map<number, LexHit>();
  for (const h of hits) for (let k = h.first; k <= h.last; k++) hitAt.set(k, h);
  return { doc, reg, toks: doc.tokens, alliances, docAlliances, hitAt, sentenceOf };
}

/** A phrase around a body head ("Council"), with what it says of its alliance. */
interface BodyPhrase {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** the alliance written after it: "... of the <Alliance>", "(CMM) of the <Alliance>" */
  explicitParent: OrgEntry | undefined;
  /** an alliance written inside it: "CSTO Council of ...", "Council of CIS Heads of ..." */
  inner: OrgEntry | undefined;
  /** the acronym in brackets after it: "(CMM)" */
  acronym: string | undefined;
  /** the phrase without the inner alliance's names */
  stripped: string;
  /** its word-order-free signature */
  sig: string;
}

const isCap = (t: Token | undefined): boolean => !!t && /^[\p{Lu}]/u.test(t.text);

function bodyPhraseAt(ctx: BodyContext, i: number): BodyPhrase {
  const { doc, toks } = ctx;
  const first = bodyFirstToken(doc, i);
  const right = bodyLastToken(ctx, i);
  const { acronym, explicitParent } = acronymAfterBody(ctx, right.last, right.explicitParent);
  const start = (toks[first] as Token).start;
  const end = (toks[right.last] as Token).end;
  const text = doc.text.slice(start, end);
  const inner = innerAlliance(ctx, first, right.last);
  const stripped = inner
    ? text.replace(
        new RegExp(`\\b(?:${[inner.acronym, ...inner.forms].filter(Boolean).join('|')})(?:['’]s)?\\b`, 'g'),
        ' ',
      )
    : text;
  const sig = bodySignature(stripped.replace(/['’]/g, ' '));
  return { first, last: right.last, start, end, text, explicitParent, inner, acronym, stripped, sig };
}

/** Expands left from the head over capitalised modifiers (and a plural possessive "Ministers' Council"). */
function bodyFirstToken(doc: Doc, i: number): number {
  const toks = doc.tokens;
  let first = i;
  while (first > 0) {
    const p = toks[first - 1] as Token;
    const gapOk =
      p.end === (toks[first] as Token).start || doc.text.slice(p.end, (toks[first] as Token).start) === ' ';
    if (!gapOk) break;
    if (
      isCap(p) &&
      !/^(?:The|A|An|This|That|On|In|At|During|Of)$/.test(p.text) &&
      !countryByDemonym(p.text.replace(/['’]s$/, '')) &&
      !countryByName(p.text.replace(/['’]s$/, ''))
    ) {
      first--;
      continue;
    }
    if (conjoinedBodyWord(doc, first)) {
      first -= 2;
      continue;
    }
    if ((p.text === "'" || p.text === '’') && first > 1 && /s$/.test((toks[first - 2] as Token).text)) {
      first--;
      continue;
    }
    break;
  }
  return first;
}

/**
 * Rule: "the Chile–Peru Joint Commission", "the Viet Nam - Indonesia Bilateral Cooperation
 * Committee": a country, a dash and another country open a joint body's name; the dash does not
 * end it.
 */
function pairedCountryBefore(doc: Doc, first: number): boolean {
  const toks = doc.tokens;
  const dash = toks[first - 1];
  const word = toks[first - 2];
  const next = toks[first];
  if (!dash || !word || !next || !/^[-–—]$/.test(dash.text)) return false;
  if (
    !/^ ?$/.test(doc.text.slice(word.end, dash.start)) ||
    !/^ ?$/.test(doc.text.slice(dash.end, next.start))
  )
    return false;
  return !!countryByName(word.text) && !!countryByName(next.text);
}

/**
 * Rule: "Peace and Security Council", "Mediation and Security Council": a capitalised word joined
 * by "and" to the body's name is part of it (not a country: "Russia and Belarus Council" is two).
 */
export function conjoinedBodyWord(doc: Doc, first: number): boolean {
  const toks = doc.tokens;
  const and = toks[first - 1];
  const word = toks[first - 2];
  const head = toks[first] as Token;
  if (!and || !word || and.text !== 'and' || !isCap(word) || !isCap(head)) return false;
  if (doc.text.slice(word.end, and.start) !== ' ' || doc.text.slice(and.end, head.start) !== ' ')
    return false;
  const bare = word.text.replace(/['’]s$/, '');
  return (
    !/^(?:The|A|An|This|That|On|In|At|During|Of)$/.test(word.text) &&
    !countryByDemonym(bare) &&
    !countryByName(bare)
  );
}

/** Expands right from the head over "of [the] Capitalised..." but stops before "of the <Alliance>". */
function bodyLastToken({ toks, hitAt }: BodyContext, i: number): { last: number; explicitParent?: OrgEntry } {
  let last = i;
  for (;;) {
    // the formula "Heads of State and Government" goes on past its "and"
    if (
      last > i &&
      toks[last]?.text === 'State' &&
      toks[last + 1]?.text === 'and' &&
      toks[last + 2]?.text === 'Government'
    )
      last += 2;
    if (toks[last + 1]?.text !== 'of') return { last };
    let k = last + 2;
    if (toks[k]?.text === 'the') k++;
    const h = hitAt.get(k);
    if (h && h.first === k && h.entry.type === 'org' && hasBodies(h.entry.org)) {
      // "Council of CIS Heads of Government": the alliance inside, and the name goes on
      // (only an acronym: after "of the Union State" a capitalised word is the holder's name)
      const nextTok = toks[h.last + 1];
      const acronymInside = h.first === h.last && /^[A-Z]{2,6}$/.test((toks[h.first] as Token).text);
      if (acronymInside && isCap(nextTok) && nextTok && nextTok.start === (toks[h.last] as Token).end + 1) {
        let j = h.last + 1;
        while (isCap(toks[j + 1]) || (toks[j + 1]?.text === 'of' && isCap(toks[j + 2]))) j++;
        last = j;
        continue;
      }
      return { last, explicitParent: h.entry.org };
    }
    if (!isCap(toks[k]) || (h && h.entry.type === 'country')) return { last };
    let j = k;
    while (
      isCap(toks[j + 1]) &&
      !(hitAt.get(j + 1)?.entry.type === 'org' && hitAt.get(j + 1)?.first === j + 1)
    )
      j++;
    last = j;
  }
}

/** "(CMM)" after the name, then "of the <Alliance>". */
function acronymAfterBody(
  { toks, hitAt }: BodyContext,
  last: number,
  explicitParent: OrgEntry | undefined,
): { acronym?: string; explicitParent: OrgEntry | undefined } {
  let after = last + 1;
  if (
    toks[after]?.text !== '(' ||
    !/^[A-Z]{2,6}$/.test(toks[after + 1]?.text ?? '') ||
    toks[after + 2]?.text !== ')'
  )
    return { explicitParent };
  const acronym = (toks[after + 1] as Token).text;
  after += 3;
  if (!explicitParent && toks[after]?.text === 'of') {
    let k = after + 1;
    if (toks[k]?.text === 'the') k++;
    const h = hitAt.get(k);
    if (h && h.entry.type === 'org' && hasBodies(h.entry.org))
      return { acronym, explicitParent: h.entry.org };
  }
  return { acronym, explicitParent };
}

/**
 * The last alliance written inside tokens first..last ("CSTO Council of ...", "Council of CIS
 * Heads of ..."); an alliance the gazetteer lists no bodies of only when it opens the name
 * ("ECOWAS Council of Ministers"), not in a tail the phrase ran over ("... of the Gulf
 * Cooperation Council").
 */
function innerAlliance({ hitAt }: BodyContext, first: number, last: number): OrgEntry | undefined {
  let inner: OrgEntry | undefined;
  for (let k = first; k <= last; k++) {
    const h = hitAt.get(k);
    if (h?.entry.type !== 'org') continue;
    if (h.entry.org.bodies || (k === first && hasBodies(h.entry.org))) inner = h.entry.org;
  }
  return inner;
}

/**
 * The alliances a body may belong to, most likely first, each once: the one written after it, the
 * one inside it, those of its sentence, those named before it (nearest first), then any.
 */
function candidateAlliances(ctx: BodyContext, phrase: BodyPhrase): OrgEntry[] {
  const { alliances, docAlliances, sentenceOf } = ctx;
  const s = sentenceOf(phrase.start);
  const sentenceAlliances: OrgEntry[] = [];
  // alliances are in text order: those of the sentence are one run of them, found by search
  for (let k = firstAt(alliances, (a) => sentenceOf(a.start) >= s); k < alliances.length; k++) {
    const a = alliances[k] as (typeof alliances)[number];
    if (sentenceOf(a.start) !== s) break;
    sentenceAlliances.push(a.org);
  }
  // nearest first, each once: past the last alliance not yet seen, the rest repeat
  const before: OrgEntry[] = [];
  const seenBefore = new Set<OrgEntry>();
  for (let k = firstAt(alliances, (a) => a.start >= phrase.start) - 1; k >= 0; k--) {
    if (seenBefore.size === docAlliances.length) break;
    const a = alliances[k] as (typeof alliances)[number];
    if (!seenBefore.has(a.org)) before.push(a.org);
    seenBefore.add(a.org);
  }
  const ordered = [
    phrase.explicitParent,
    phrase.inner,
    ...sentenceAlliances,
    ...before,
    ...docAlliances,
  ].filter((o): o is OrgEntry => !!o);
  const seen = new Set<string>();
  return ordered.filter((o) => {
    if (seen.has(o.id)) return false;
    seen.add(o.id);
    return true;
  });
}

/** A body found, and the span its mention takes; `takesAcronym` when "(CMM)" after it names it. */
interface BodyFound {
  rec: OrganizationRecord;
  start: number;
  end: number;
  takesAcronym: boolean;
}

/**
 * The shapes of a body's phrase, tried in order: each gives the body, null when the phrase is of
 * its shape but names no body (the next shapes are not tried), or undefined when it is not.
 */
const BODY_SHAPES: ReadonlyArray<(ctx: BodyContext, phrase: BodyPhrase) => BodyFound | null | undefined> = [
  curatedBodyOfAlliance,
  ownNamedBodyOfAlliance,
  nationalSecurityCouncil,
];

function firstBodyShape(ctx: BodyContext, phrase: BodyPhrase): BodyFound | null {
  for (const shape of BODY_SHAPES) {
    const found = shape(ctx, phrase);
    if (found !== undefined) return found;
  }
  return null;
}

/** "Council of Ministers of Defense (CMM) of the CIS", "SCO Foreign Ministers' Council": a body the gazetteer lists. */
function curatedBodyOfAlliance(ctx: BodyContext, phrase: BodyPhrase): BodyFound | undefined {
  const { sig } = phrase;
  const curated =
    matchBody(sig, candidateAlliances(ctx, phrase)) ??
    matchBody(
      sig,
      ORGANIZATIONS.filter((o) => o.bodies?.some((b) => b.fullName && bodySignature(b.fullName) === sig)),
    );
  if (!curated) return undefined;
  const parent = curatedOrg(ctx.reg, curated.org);
  const name = bodyName(curated.org, curated.body);
  const rec = ctx.reg.organization(orgKey(name), name, 'body', { parent: parent.ref });
  return { rec, start: phrase.start, end: phrase.end, takesAcronym: true };
}

/**
 * "the Council of Defence Chiefs of the CSTO", "the Council of Ministers of ECOWAS": a body the
 * gazetteer does not list, of an alliance written with it.
 */
function ownNamedBodyOfAlliance(ctx: BodyContext, phrase: BodyPhrase): BodyFound | null | undefined {
  const org = phrase.explicitParent ?? phrase.inner;
  if (!org) return undefined;
  const parent = curatedOrg(ctx.reg, org);
  const own = phrase.stripped.replace(/\s+/g, ' ').trim();
  if (own.split(' ').length < 2) return null;
  // an alliance the gazetteer lists no bodies of, written after the body ("the Council of
  // Ministers of ECOWAS"): the name as the text writes it
  const written =
    !org.bodies && phrase.explicitParent === org ? nameWithItsAlliance(ctx, phrase, phrase.start) : null;
  const name = written ?? `${own} of the ${org.acronym ?? org.name}`;
  const rec = ctx.reg.organization(orgKey(name), name, 'body', { parent: parent.ref });
  // the name as written takes its alliance in: the mention runs to the alliance's end
  const end = written ? phrase.start + written.length : phrase.end;
  return { rec, start: phrase.start, end, takesAcronym: !written };
}

/** "Russian Security Council", "Security Council of Russia": a national security council, named "Security Council of <Country>". */
function nationalSecurityCouncil({ reg, toks }: BodyContext, phrase: BodyPhrase): BodyFound | undefined {
  const { first, last } = phrase;
  const prev = toks[first - 1];
  const demonymCountry = prev ? countryFromWord(prev.text) : undefined;
  const ofCountry = toks[last + 1]?.text === 'of' ? countryByName(toks[last + 2]?.text ?? '') : undefined;
  const country = demonymCountry ?? ofCountry;
  if (!country || !/^Security Council$/.test(phrase.text)) return undefined;
  const name = `Security Council of ${withArticle(country)}`;
  const rec = reg.organization(orgKey(name), name, 'body');
  rec.country ??= countryPlace(reg, country.code)?.ref ?? null;
  return {
    rec,
    start: demonymCountry && prev ? prev.start : phrase.start,
    end: ofCountry ? (toks[last + 2] as Token).end : phrase.end,
    takesAcronym: false,
  };
}

// ---------- acronyms defined in the text ----------

/** Index of the first element of `list` for which `atOrAfter` holds (it must hold for a suffix). */
function firstAt<T>(list: readonly T[], atOrAfter: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(list[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Some hit of `byStart` (sorted by start, none longer than `longest`) holds [start, end). */
function insideHit(byStart: readonly OrgHit[], longest: number, start: number, end: number): boolean {
  for (let k = firstAt(byStart, (h) => h.start >= start - longest); k < byStart.length; k++) {
    const h = byStart[k] as OrgHit;
    if (h.start > start) return false;
    if (end <= h.end) return true;
  }
  return false;
}

/**
 * Rule: "<Name> (ACR)" defines ACR for the rest of the text: later uses of ACR (and "ACR's")
 * are mentions of the named organization.
 */
export function acronymMentions(doc: Doc, reg: Registry, orgHits: OrgHit[]): OrgHit[] {
  const out: OrgHit[] = [];
  const defined = new Map<string, OrganizationRecord>();
  for (const h of orgHits) {
    const m = /^\s*\(([A-Z][A-Za-z+]{1,7})\)/.exec(doc.text.slice(h.end, h.end + 12));
    if (m?.[1]) defined.set(m[1], h.rec);
    if (h.rec.acronym && /^[A-Z]{2,}$/.test(h.rec.acronym)) defined.set(h.rec.acronym, h.rec);
  }
  if (!defined.size) return out;
  // is the acronym inside a name already found? only hits starting close enough before it can hold it
  const byStart = [...orgHits].sort((a, b) => a.start - b.start);
  const longest = byStart.reduce((n, h) => Math.max(n, h.end - h.start), 0);
  const re = new RegExp(
    `\\b(${[...defined.keys()].map((k) => k.replace(/[+]/g, '\\+')).join('|')})(?![\\w+])`,
    'g',
  );
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const rec = defined.get(m[1] as string);
    if (!rec) continue;
    const start = m.index;
    const end = start + (m[1] as string).length;
    if (insideHit(byStart, longest, start, end)) continue;
    reg.mention(rec.ref, start, end, 'acronym');
    out.push({ start, end, rec });
  }
  return out;
}

// ---------- press services ----------

/**
 * Rule: a press service is a body of the institution it speaks for: "the press service of
 * Belarus's Ministry of Defense", "the Kremlin press service", "the ministry's press service",
 * "the press service of Belarusian President Alexander Lukashenko" (-> "Press service of the
 * President of Belarus").
 */
export function pressServiceName(owner: { org?: OrganizationRecord; presidentOf?: Country }): string | null {
  if (owner.org) return `Press service of the ${owner.org.name.replace(/^the /, '')}`;
  if (owner.presidentOf) return `Press service of the President of ${withArticle(owner.presidentOf)}`;
  return null;
}

export function pressServiceRecord(
  reg: Registry,
  owner: { org?: OrganizationRecord; presidentOf?: Country },
): OrganizationRecord | null {
  const name = pressServiceName(owner);
  if (!name) return null;
  return reg.organization(orgKey(name), name, 'body', { parent: owner.org?.ref ?? null });
}

export { countryByCode };

const ARMED_FORCES =
  /\b(?:the\s+)?([A-Z][\p{L}]+(?:['’]s)?)\s+Armed Forces\b|\bArmed Forces of (?:the\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)/gu;

/** Rule: a country's armed forces, named with the country or its demonym ("the Russian Armed Forces"). */
export function findArmedForces(doc: Doc, reg: Registry): OrgHit[] {
  const out: OrgHit[] = [];
  if (!doc.text.includes('Armed Forces')) return out;
  ARMED_FORCES.lastIndex = 0;
  for (let m = ARMED_FORCES.exec(doc.text); m; m = ARMED_FORCES.exec(doc.text)) {
    const country = m[1] ? countryFromWord(m[1]) : m[2] ? countryByName(m[2]) : undefined;
    if (!country) continue;
    const name = `Armed Forces of ${withArticle(country)}`;
    const rec = reg.organization(orgKey(name), name, 'military');
    rec.country ??= countryPlace(reg, country.code)?.ref ?? null;
    const start = m.index + (m[0].startsWith('the ') ? 4 : 0);
    const end = m.index + m[0].length;
    reg.mention(rec.ref, start, end, 'name');
    out.push({ start, end, rec });
  }
  return out;
}

const TWO_COUNTRIES =
  /\b(?:the\s+)?(?:two|both)\s+countries['’]\s+(defen[cs]e|foreign(?: affairs)?|interior)\s+ministries\b/gi;

/**
 * Rule: "the two countries’ defense ministries" are the ministries of the two countries named
 * last before it.
 */
export function twoCountriesMinistries(
  doc: Doc,
  reg: Registry,
  countryMentions: Array<{ start: number; code: string }>,
): OrgHit[] {
  const out: OrgHit[] = [];
  if (!/countries['’]/.test(doc.text)) return out;
  TWO_COUNTRIES.lastIndex = 0;
  for (let m = TWO_COUNTRIES.exec(doc.text); m; m = TWO_COUNTRIES.exec(doc.text)) {
    const at = m.index;
    const codes: string[] = [];
    for (const c of [...countryMentions].reverse()) {
      if (c.start >= at) continue;
      if (!codes.includes(c.code)) codes.push(c.code);
      if (codes.length === 2) break;
    }
    if (codes.length < 2) continue;
    const start = m.index + (m[0].toLowerCase().startsWith('the ') ? 4 : 0);
    for (const code of codes.reverse()) {
      const country = countryByCode(code);
      if (!country) continue;
      const rec = ministryRecord(reg, ministryDomain(m[1] as string), country);
      reg.mention(rec.ref, start, m.index + m[0].length, 'description');
      out.push({ start, end: m.index + m[0].length, rec });
    }
  }
  return out;
}

/** "the Ministries of Foreign Affairs of", "the defence ministries of": one field's ministries of several countries. */
const MINISTRIES_OF_COUNTRIES =
  /\b(?:(Defen[cs]e|Foreign(?:\s+Affairs)?|Interior|Finance|Justice|Health|Trade)\s+[Mm]inistries|Ministries\s+of\s+((?:Foreign|Internal|External)\s+Affairs|Defen[cs]e|the\s+Interior|[A-Z][\p{L}]+))\s+of\s+/giu;

/**
 * Rule: "the Ministries of Foreign Affairs of Kenya and Uganda", "the defence ministries of
 * Chile, Peru and Bolivia": one ministry of that field for each country of the list that follows.
 * A list with anything but countries in it names no ministries.
 */
export function ministriesOfCountries(doc: Doc, reg: Registry): OrgHit[] {
  const out: OrgHit[] = [];
  const { text } = doc;
  if (!/inistries/.test(text)) return out;
  MINISTRIES_OF_COUNTRIES.lastIndex = 0;
  for (let m = MINISTRIES_OF_COUNTRIES.exec(text); m; m = MINISTRIES_OF_COUNTRIES.exec(text)) {
    const items = coordinatedList(text, m.index + m[0].length, 200);
    const countries = items.map((x) => countryByName(text.slice(x.start, x.end).replace(/^the\s+/i, '')));
    if (!countries.length || countries.some((c) => !c)) continue;
    const domain = ministryDomain((m[1] ?? m[2]) as string);
    const end = (items[items.length - 1] as { end: number }).end;
    for (const country of countries as Country[]) {
      const rec = ministryRecord(reg, domain, country);
      reg.mention(rec.ref, m.index, end, 'description');
      out.push({ start: m.index, end, rec });
    }
  }
  return out;
}

// Heads of schools and academies, whose name goes on after "of": "Moscow State Institute of
// International Relations", "University of the South Pacific".
const ACADEMIC_HEADS = new Set(['Institute', 'University', 'Academy', 'College']);

/**
 * The last token of "of (the) <Capitalised words>" after an academic head at i (a place word in
 * it, "South Pacific", belongs to the name), or -1 when no such words follow.
 */
function academicNameTail(
  doc: Doc,
  i: number,
  kindAt: (i: number) => string | undefined,
  preposition: RegExp = /^of$/,
): number {
  const toks = doc.tokens;
  if (!preposition.test(toks[i + 1]?.text ?? '')) return -1;
  let k = i + 2;
  if (toks[k]?.text === 'the') k++;
  let last = -1;
  for (; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (doc.text.slice((toks[k - 1] as Token).end, t.start).includes('\n')) break;
    const kind = kindAt(k);
    const placeWord = !kind || /^(?:city|region|country|demonym)$/.test(kind);
    if (t.kind === 'word' && /^[\p{Lu}]/u.test(t.text) && placeWord) last = k;
    else if (t.text === 'and' && /^[\p{Lu}]/u.test(toks[k + 1]?.text ?? '')) continue;
    else break;
  }
  return last;
}

/**
 * Heads whose name goes on with the purpose after "for": "Union for the Mediterranean",
 * "Organization for ...", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic
 * Cooperation", "Joint Commission for Cooperation".
 */
const PURPOSE_HEADS = new Set([
  'Union',
  'Organization',
  'Organisation',
  'Commission',
  'Conference',
  'Initiative',
]);

/**
 * "the Union for the Mediterranean": a union named by its purpose. Only with the "for" tail: "the
 * Customs Union", "Christian Democratic Union" (a party) are no such name.
 */
const UNION_BY_PURPOSE: ReadonlyMap<string, OrganizationRecord['orgKind']> = new Map([['Union', 'alliance']]);

/** Nouns of seas and their shores after a demonym in a name: "Indian Ocean", "Arab Gulf". */
const GEOGRAPHIC_NOUNS = /^(?:Ocean|Sea|Gulf|Rim)$/;

/** Agencies whose name goes on after "of": "Bureau of Standards", "Central Bank of Nigeria". */
const AGENCY_HEADS: ReadonlySet<string> = new Set([
  'Authority',
  'Agency',
  'Bureau',
  'Board',
  'Centre',
  'Center',
  'Corporation',
  'Bank',
]);

/** Head nouns of named institutions, and the kind each makes. */
const INSTITUTION_HEADS: ReadonlyMap<string, OrganizationRecord['orgKind']> = new Map([
  ['Group', 'body'],
  ['Council', 'body'],
  ['Committee', 'body'],
  ['Commission', 'body'],
  ['Secretariat', 'body'],
  ['Assembly', 'body'],
  ['Duma', 'body'],
  ['Parliament', 'body'],
  ['Senate', 'body'],
  ['Forum', 'other'],
  ['Institute', 'other'],
  ['University', 'other'],
  ['Academy', 'other'],
  ['College', 'other'],
  ['Party', 'party'],
  // "the Polisario Front", "the Sandinista National Liberation Front", "the Five Star Movement"
  ['Front', 'party'],
  ['Movement', 'party'],
  // "the Kenya Defence Forces", "the Rapid Support Forces": armed forces by their own name
  ['Forces', 'military'],
  // unions of states the gazetteer does not know: "Andean Community", "Pacific Alliance"
  ['Community', 'alliance'],
  ['Alliance', 'alliance'],
  // "Andean Pact", "Warsaw Pact"; "Caribbean Tourism Organization", "Pacific Islands Association"
  ['Pact', 'alliance'],
  ['Organization', 'other'],
  ['Organisation', 'other'],
  ['Association', 'other'],
  // formats of states: "Three Seas Initiative", "Weimar Triangle"
  ['Initiative', 'other'],
  ['Triangle', 'other'],
  // a state's agencies by their own name: "Kenya Revenue Authority", "Ghana Investment Promotion
  // Centre", "Bureau of Standards", "Bank of Ghana", "Vietnam News Agency"
  ...[...AGENCY_HEADS].map((head) => [head, 'other'] as const),
]);

/** Words before "Centre" that make it a building, not an agency: "Kenyatta International Convention Centre". */
const VENUE_CENTRE_WORD =
  /^(?:Convention|Conference|Congress|Exhibition|Expo|Cultural|Sports|Shopping|Trade|Press|Media|Events?)$/;

/** The orgKind an institution's head makes, read with the word before it ("News Agency" is media). */
function kindOfInstitution(
  doc: Doc,
  i: number,
  kind: OrganizationRecord['orgKind'],
): OrganizationRecord['orgKind'] | null {
  const head = (doc.tokens[i] as Token).text;
  const before = doc.tokens[i - 1]?.text ?? '';
  if ((head === 'Centre' || head === 'Center') && VENUE_CENTRE_WORD.test(before)) return null;
  if (head === 'Agency' && /^(?:News|Press)$/.test(before)) return 'media';
  return kind;
}

/**
 * Rule: an institution named by capitalised words before an institutional head ("Nuclear
 * Planning Group", "State Duma", "Federation Council", "CIS Heads of State Council", "Research
 * Institute of the Armed Forces of Belarus"), when no other rule named it. An alliance acronym
 * in front belongs to the name; an "of" after the head takes only a country or an organization
 * already found, so a person named after a title ("... Assembly of Belarus Vladimir X") stays out.
 * `kindAt(i)` is what another rule made of token i, if anything.
 */
export function namedInstitutions(
  doc: Doc,
  reg: Registry,
  kindAt: (i: number) => string | undefined,
  orgAt: (i: number) => OrganizationRecord | undefined = () => undefined,
): OrgHit[] {
  const out: OrgHit[] = [];
  /** bodies of an alliance found here, by parent and own words: "GCC Supreme Council" = "Supreme Council of the GCC" */
  const ownBodies = new Map<string, OrganizationRecord>();
  const toks = doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    const headWord = (toks[i] as Token).text;
    const headKind = INSTITUTION_HEADS.get(headWord) ?? UNION_BY_PURPOSE.get(headWord);
    if (!headKind || kindAt(i)) continue;
    const kind = kindOfInstitution(doc, i, headKind);
    if (!kind) continue;
    let { first, modifiers } = modifiersBeforeHead(doc, i, kindAt);
    const academicTail = nameTailAfterHead(doc, i, kindAt, modifiers);
    // a union by purpose is a name only with its "for" tail (which no modifiers allow)
    if (UNION_BY_PURPOSE.has(headWord) && academicTail < 0) continue;
    const allianceFirst = modifiers ? -1 : allianceRightBefore(doc, i, orgAt);
    if (allianceFirst >= 0) first = allianceFirst;
    else if (!modifiers && academicTail < 0) continue;
    // an alliance acronym or a country's name in front is part of the name ("CIS Heads of State
    // Council", "Ukraine Defence Contact Group"); a demonym is not ("the Russian State Duma")
    const before = toks[first - 1];
    if (
      before &&
      onOneLine(doc, first - 1, first) &&
      kindAt(first - 1) === 'org' &&
      (/^[A-Z]{2,6}$/.test(before.text) || acronymInTitleCase(orgAt(first - 1), before.text))
    )
      first--;
    else first -= countryWordsBefore(doc, first, kindAt);
    if (pairedCountryBefore(doc, first)) first -= 2;
    // "of the Armed Forces of Belarus": an "of" after the head takes an entity already found
    let last = i;
    let j = i + 1;
    let ofOrgAt = -1;
    if (toks[j]?.text === 'of' && onOneLine(doc, i, j)) {
      let k = j + 1;
      if (toks[k]?.text === 'the') k++;
      if (kindAt(k) === 'org') ofOrgAt = k;
      if (kindAt(k) === 'country' || kindAt(k) === 'org') {
        const ref = kindAt(k);
        while (k + 1 < toks.length && (kindAt(k + 1) === ref || toks[k + 1]?.text === 'of') && kindAt(k + 1))
          k++;
        last = k;
      }
    }
    if (academicTail > last) last = academicTail;
    j = last;
    const start = (toks[first] as Token).start;
    // "the Union for the Mediterranean's sixth forum": the possessive is no part of the name
    const end = (toks[j] as Token).end - (/[\p{L}]['’]s$/u.test((toks[j] as Token).text) ? 2 : 0);
    const name = doc.text.slice(start, end);
    if (name.length > 120) continue;
    // "University of the South Pacific": the places in a school's name are no places here
    if (academicTail >= 0)
      for (const m of [...reg.mentions])
        if (m.start >= start && m.end <= end && reg.get(m.ref)?.kind === 'place')
          reg.removePlaceMentions(m.start, m.end);
    const alliance =
      allianceOfInstitution({ first, head: i, ofOrgAt }, orgAt) ??
      allianceOfGenericOrgan(doc, first, i, orgAt);
    const ownKey = alliance ? `${alliance.ref}|${ownWords(doc, first, i, orgAt)}` : '';
    // a short form of an organization named in full ("Eurasian Economic Council" for the
    // "Supreme Eurasian Economic Council") is that organization
    const rec =
      ownBodies.get(ownKey) ??
      reg.organizations.find((o) => o.name.endsWith(` ${name}`)) ??
      shortFormOfBody(reg, name) ??
      reg.organization(orgKey(name), name, kind, { parent: alliance?.ref ?? null });
    if (alliance) ownBodies.set(ownKey, rec);
    if (!alliance) nationalNameOfInstitution(rec, toks[first - 1]);
    reg.mention(rec.ref, start, end, 'name');
    out.push({ start, end, rec });
    i = j;
  }
  return out;
}

/**
 * How many tokens before `first` spell a country's name that opens an institution's name: one
 * ("Kenya Revenue Authority") or two ("South Africa Bureau of Standards", "Việt Nam News Agency").
 */
function countryWordsBefore(doc: Doc, first: number, kindAt: (i: number) => string | undefined): number {
  const toks = doc.tokens;
  for (const n of [2, 1]) {
    const from = first - n;
    if (from < 0 || !onOneLine(doc, from, first)) continue;
    let all = true;
    for (let k = from; k < first; k++) if (kindAt(k) !== 'country') all = false;
    if (!all) continue;
    const words = doc.text.slice((toks[from] as Token).start, (toks[first - 1] as Token).end);
    if (countryByName(words)) return n;
  }
  return 0;
}

/** Whether tokens `a` and `b` (a before b) stand on one line. */
function onOneLine(doc: Doc, a: number, b: number): boolean {
  return !doc.text.slice((doc.tokens[a] as Token).end, (doc.tokens[b] as Token).start).includes('\n');
}

/**
 * The capitalised modifiers before an institution's head at `i`, with "of" between them ("Heads
 * of State Council"): where the name starts and how many words it has before the head. A
 * possessive owns the institution ("President X’s Peace Forum") and ends the walk; a demonym
 * before a sea's name is part of the name ("Indian Ocean Commission").
 */
function modifiersBeforeHead(
  doc: Doc,
  i: number,
  kindAt: (i: number) => string | undefined,
): { first: number; modifiers: number } {
  const toks = doc.tokens;
  const cap = (k: number): boolean => {
    const t = toks[k];
    return !!t && t.kind === 'word' && /^[\p{Lu}]/u.test(t.text) && !kindAt(k);
  };
  const demonymOfGeographicName = (k: number): boolean =>
    !!kindAt(k) && /^[\p{Lu}]/u.test(toks[k]?.text ?? '') && GEOGRAPHIC_NOUNS.test(toks[k + 1]?.text ?? '');
  let first = i;
  let modifiers = 0;
  while (first > 0 && onOneLine(doc, first - 1, first)) {
    const word = (toks[first - 1] as Token).text;
    if (
      (cap(first - 1) || demonymOfGeographicName(first - 1)) &&
      !/^(?:The|A|An)$/.test(word) &&
      !/[\p{L}]['’]s$/u.test(word)
    ) {
      first--;
      modifiers++;
    } else if (word === 'of' && cap(first - 2) && modifiers > 0) first--;
    else break;
  }
  if ((toks[first] as Token).text === 'of') first++;
  return { first, modifiers };
}

/**
 * The last token of the words a head takes after it: "of the South Pacific" for a school,
 * "for the Mediterranean" for a union or organization named by its purpose (a union only with no
 * modifiers before the head); -1 for none.
 */
function nameTailAfterHead(
  doc: Doc,
  i: number,
  kindAt: (i: number) => string | undefined,
  modifiers: number,
): number {
  const head = (doc.tokens[i] as Token).text;
  if (ACADEMIC_HEADS.has(head) || AGENCY_HEADS.has(head)) return academicNameTail(doc, i, kindAt);
  // a union named by modifiers is no union by purpose ("the Customs Union for ...")
  return PURPOSE_HEADS.has(head) && (!modifiers || head !== 'Union')
    ? academicNameTail(doc, i, kindAt, /^for$/)
    : -1;
}

/** Rule: "the Asean Regional Forum": an alliance's acronym written in title case, as some papers do, is its acronym. */
function acronymInTitleCase(org: OrganizationRecord | undefined, word: string): boolean {
  return !!org?.acronym && org.acronym.length > 2 && org.acronym.toLowerCase() === word.toLowerCase();
}

/**
 * Rule: "the Sudanese Sovereignty Council", "the Russian State Duma": a national institution
 * named after a demonym is also known as "<name> of <Country>" ("Sovereignty Council of Sudan");
 * its name stays as written. A country's name in front is part of the name already ("Ukraine
 * Defence Contact Group"), and a demonym of no country ("Latin American") gives nothing.
 */
function nationalNameOfInstitution(rec: OrganizationRecord, before: Token | undefined): void {
  if (!before || countryByName(before.text)) return;
  const country = countryByDemonym(before.text);
  if (!country || rec.name.includes(' of ')) return;
  const alias = `${rec.name} of ${withArticle(country)}`;
  if (!rec.aliases.includes(alias)) rec.aliases.push(alias);
}

/** Where an institution's name was read: its first token, its head, the organization after "of" (or -1). */
interface InstitutionSpan {
  first: number;
  head: number;
  ofOrgAt: number;
}

/**
 * Rule: an institution written with an alliance belongs to it: "CIS Heads of State Council" (its
 * acronym in front), "Ministerial Council of the Gulf Cooperation Council" (the alliance after
 * "of"). A ministry or a country there ("Council of the Ministry of ...") gives none. (Not yet
 * "NATO’s Nuclear Planning Group": a sub-body with its alliance as parent makes the meetings
 * stage merge its sitting into the alliance's own sitting.)
 */
export function allianceOfInstitution(
  { first, head, ofOrgAt }: InstitutionSpan,
  orgAt: (i: number) => OrganizationRecord | undefined,
): OrganizationRecord | undefined {
  const alliance = (i: number): OrganizationRecord | undefined => {
    const o = i >= 0 ? orgAt(i) : undefined;
    return o?.orgKind === 'alliance' ? o : undefined;
  };
  if (ofOrgAt >= 0) return alliance(ofOrgAt);
  for (let k = first; k < head; k++) if (alliance(k)) return alliance(k);
  return undefined;
}

/** Words that name an organ by its rank or its members only, not by what it is of. */
const GENERIC_ORGAN_WORDS = new Set([
  'Ministerial',
  'Supreme',
  'Executive',
  'Permanent',
  'General',
  'Joint',
  'Consultative',
  'Standing',
]);

/**
 * Rule: "The foreign ministers of the Gulf Cooperation Council (GCC) will hold a meeting of the
 * Ministerial Council": an organ named only by its rank ("Ministerial Council", "Executive
 * Council", "Permanent Council") belongs to the one alliance its sentence names. With two
 * alliances in the sentence, or none, it belongs to none; "the Supreme Court" has no organ's head.
 */
function allianceOfGenericOrgan(
  doc: Doc,
  first: number,
  head: number,
  orgAt: (i: number) => OrganizationRecord | undefined,
): OrganizationRecord | undefined {
  const toks = doc.tokens;
  if (!ORGAN_HEADS.has((toks[head] as Token).text)) return undefined;
  for (let k = first; k < head; k++) if (!GENERIC_ORGAN_WORDS.has((toks[k] as Token).text)) return undefined;
  const si = sentenceAt(doc, (toks[first] as Token).start);
  const s = doc.sentences[si];
  if (!s) return undefined;
  const found = new Set<OrganizationRecord>();
  for (let k = doc.sentenceTokens[si] ?? 0; k < toks.length && (toks[k] as Token).end <= s.end; k++) {
    const o = k < first || k > head ? orgAt(k) : undefined;
    if (o?.orgKind === 'alliance') found.add(o);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Heads an alliance's name goes before to name one of its organs. */
const ORGAN_HEADS = new Set(['Commission', 'Secretariat', 'Council', 'Assembly', 'Parliament', 'Committee']);

/**
 * Rule: "the African Union Commission", "the ASEAN Secretariat": an alliance's name right before
 * an organ's head names an organ of that alliance (the first token of the alliance's name, else
 * -1). "the AU summit" has no organ's head; "Russia Council" names no alliance.
 */
function allianceRightBefore(
  doc: Doc,
  head: number,
  orgAt: (i: number) => OrganizationRecord | undefined,
): number {
  const toks = doc.tokens;
  if (!ORGAN_HEADS.has((toks[head] as Token).text)) return -1;
  const org = orgAt(head - 1);
  if (org?.orgKind !== 'alliance') return -1;
  if (doc.text.slice((toks[head - 1] as Token).end, (toks[head] as Token).start) !== ' ') return -1;
  let first = head - 1;
  while (first > 0 && orgAt(first - 1) === org) first--;
  return first;
}

/** The body's own words (lowercase), without its alliance's name: "supreme council". */
function ownWords(
  doc: Doc,
  first: number,
  head: number,
  orgAt: (i: number) => OrganizationRecord | undefined,
): string {
  const words: string[] = [];
  for (let k = first; k <= head; k++) if (!orgAt(k)) words.push((doc.tokens[k] as Token).text.toLowerCase());
  return words.join(' ');
}

/**
 * Rule: "the Ministerial Council" after "the Ministerial Council of the Gulf Cooperation Council":
 * a body's name without its "of ..." is a short form of the one body of that name found before.
 */
function shortFormOfBody(reg: Registry, name: string): OrganizationRecord | undefined {
  const longer = reg.organizations.filter((o) => o.orgKind === 'body' && o.name.startsWith(`${name} of `));
  return longer.length === 1 ? longer[0] : undefined;
}

/**
 * The organization named by the words at [start, end) when no other rule read any of them (its
 * name and kind worked out only then), mentioned there; null when a word is taken.
 */
function orgOfFreeWords(
  doc: Doc,
  reg: Registry,
  kindAt: (i: number) => string | undefined,
  start: number,
  end: number,
  named: () => [string, OrganizationRecord['orgKind']],
): OrgHit | null {
  const last = tokenAt(doc, end) - 1;
  for (let i = tokenAt(doc, start); i <= last; i++) if (kindAt(i)) return null;
  const [name, kind] = named();
  const rec = reg.organization(orgKey(name), name, kind);
  reg.mention(rec.ref, start, end, 'name');
  return { start, end, rec };
}

/** Words one of which a company told by its trade has (a cheap test before the pattern). */
const COMPANY_WORDS = [
  'compan',
  'firm',
  'giant',
  'maker',
  'producer',
  'operator',
  'lender',
  'insurer',
  'miner',
  'conglomerate',
  'corporation',
  'group',
];

/** A company told by its trade before its name: "state oil company Ecopetrol", "tech giant Huawei", "carmaker Toyota". */
const COMPANY_BY_ITS_KIND =
  /\b(?:(?:state(?:-owned|-run)?|national|private|the)\s+)?(?:(?:oil|gas|energy|mining|shipping|power|arms|defen[cs]e|aerospace|tech|technology|telecoms?|steel|chemicals?|construction|pharmaceutical|investment|logistics)\s+(?:company|firm|giant|group|producer|major|conglomerate|operator|corporation|maker)|carmaker|automaker|shipbuilder|planemaker|chipmaker|steelmaker|drugmaker|lender|insurer|miner)\s+([A-Z][\p{L}&-]+(?:\s+[A-Z][\p{L}&-]+){0,3})/gu;

/**
 * Rule: "a role for state oil company Ecopetrol", "the Chinese tech giant Huawei said": a name
 * right after the trade that describes it is a company (an organization of kind other), when no
 * other rule read its words. "oil company President X" would start with a title: no company.
 */
export function companiesByTheirKind(
  doc: Doc,
  reg: Registry,
  kindAt: (i: number) => string | undefined,
): OrgHit[] {
  if (!COMPANY_WORDS.some((w) => doc.text.includes(w))) return [];
  const out: OrgHit[] = [];
  COMPANY_BY_ITS_KIND.lastIndex = 0;
  for (let m = COMPANY_BY_ITS_KIND.exec(doc.text); m; m = COMPANY_BY_ITS_KIND.exec(doc.text)) {
    const name = m[1] as string;
    const start = m.index + m[0].length - name.length;
    if (TITLE_HEADS.has(name.split(/\s+/)[0]?.toLowerCase() ?? '')) continue;
    const hit = orgOfFreeWords(doc, reg, kindAt, start, start + name.length, () => [name, 'other']);
    if (hit) out.push(hit);
  }
  return out;
}

/** A leader's office: "a PM Office statement", "the Prime Minister's Office said", "the President’s Office". */
const LEADERS_OFFICE =
  /\b((?:Prime Minister|PM|President|Premier|Chancellor|Vice President|Vice-President)(?:['’]s)?\s+Office|PMO)\b/g;

/**
 * Rule: "a PM Office statement said", "the Prime Minister's Office said": a head of government's
 * or state's office is a body that speaks for them, named "Prime Minister's Office of Pakistan"
 * when the story's dateline gives its country (`countryOfStory`), else by its title alone.
 */
export function leadersOffices(
  doc: Doc,
  reg: Registry,
  kindAt: (i: number) => string | undefined,
  countryOfStory: () => Country | undefined,
): OrgHit[] {
  if (!/Office\b|PMO\b/.test(doc.text)) return [];
  const out: OrgHit[] = [];
  LEADERS_OFFICE.lastIndex = 0;
  for (let m = LEADERS_OFFICE.exec(doc.text); m; m = LEADERS_OFFICE.exec(doc.text)) {
    const form = m[1] as string;
    const hit = orgOfFreeWords(doc, reg, kindAt, m.index, m.index + form.length, () => {
      const holder = /^(?:PM|PMO)/.test(form) ? 'Prime Minister' : form.replace(/(?:['’]s)?\s+Office$/, '');
      const country = countryOfStory();
      return [`${holder}'s Office${country ? ` of ${country.name}` : ''}`, 'body'];
    });
    if (hit) out.push(hit);
  }
  return out;
}
