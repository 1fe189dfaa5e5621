import { type Doc, lineStartAt, sentenceAt, tokenAt } from '../doc.js';
import { cityByName } from '../gazetteer/cities.js';
import {
  type Country,
  capitalOfCountry,
  countryByCode,
  countryByDemonym,
  countryByName,
  countryOfCapital,
  countryOfFirstWords,
} from '../gazetteer/countries.js';
import { MEDIA, ORGANIZATIONS, type OrgEntry, organizationById } from '../gazetteer/organizations.js';
import { SPEECH_VERBS } from '../text/cue-verbs.js';
import { foldName, keyPart } from '../text/fold.js';
import { sortInPlace } from '../text/sort.js';
import type { Token } from '../text/tokenize.js';
import type { OrganizationRecord, PersonRecord, Span } from '../types.js';
import { administrationsOfLeaders } from './administrations.js';
import { namesGeographicFeature, organizationsDefiningAcronyms, spells } from './defined-acronyms.js';
import { describedPerson, rolesFromNationalDescriptions } from './describe.js';
import {
  claim,
  type EntityIndex,
  hitsStartingIn,
  lastHitEndingBy,
  longestOrgHit,
  orgHitsStartingIn,
} from './entity-index.js';
import { findLegislatures } from './legislatures.js';
import { type LexHit, scanLexicon } from './lexicon.js';
import {
  acronymMentions,
  companiesByTheirKind,
  countriesSpeakingAsGovernments,
  countryFromWord,
  curatedOrg,
  findArmedForces,
  findBodies,
  findEmbassies,
  findLowercaseMinistries,
  findMinistries,
  leadersOffices,
  ministriesOfCountries,
  ministryRecord,
  namedInstitutions,
  type OrgHit,
  orgKey,
  pressServiceRecord,
  twoCountriesMinistries,
} from './organizations.js';
import { partiesAfterNames } from './parties.js';
import {
  coordinatedWithPerson,
  nameRuns,
  personCue,
  personKey,
  personRecord,
  speakerLabelRun,
  surnameOf,
} from './persons.js';
import {
  capitalsNamedByCountry,
  cityNameIsSurnameHere,
  cityPlace,
  constituencies,
  countryOfPlaceRecord,
  countryPlace,
  datelineCities,
  findRegions,
  isCityMention,
  isRegionMention,
  mixedCaseDateline,
  namedVenues,
  placesNamedAsSuch,
  regionCoreName,
  regionKey,
  regionNameElsewhere,
  seatUsedAsPlace,
  titleCase,
  townsBeforeTheirCountry,
} from './places.js';
import {
  counterpartsInList,
  type PluralTitleMatch,
  pluralTitleEachOfCountry,
  pluralTitleFromCountries,
  pluralTitleMatch,
  pluralTitleOfCountriesThenNames,
  pluralTitleOfCountryThenName,
} from './plural-titles.js';
import type { Registry } from './registry.js';
import { ministryOfTitle, parseRole, type RoleContext, splitAppositive } from './roles.js';
import { NAME_CUES_NOT_ROLES, TITLE_HEADS } from './titles.js';

/**
 * Runs every entity rule over the document, filling the registry, in stages: places and
 * organizations the gazetteer knows, places by pattern, organizations by pattern, then persons
 * (which read what the earlier stages claimed), then the rules that link what was found.
 */
export function extractEntities(doc: Doc, reg: Registry): EntityIndex {
  const hits = scanLexicon(doc.text, doc.tokens);
  const idx: EntityIndex = {
    hits,
    tokenKind: new Array(doc.tokens.length).fill(null),
    tokenRef: new Array(doc.tokens.length).fill(null),
    orgHits: [],
    persons: [],
  };
  claimGazetteerHits(doc, reg, idx);
  claimPlacesByPattern(doc, reg, idx);
  claimOrganizationsByPattern(doc, reg, idx);
  idx.orgHits.sort((a, b) => a.start - b.start);
  findPersons(doc, reg, idx);
  // persons in order of first mention
  idx.persons = [...reg.persons].sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  // a person's surname alone is an alias; drop aliases that are another record's name
  for (const p of reg.persons) p.aliases = p.aliases.filter((a) => a !== p.name);
  familyNameFirst(reg);
  royalStyledNames(reg, doc.text);
  royalGivenNames(reg);
  rolesFromNationalDescriptions(
    reg,
    doc.text,
    (w) => SPEECH_VERBS.has(w),
    (code) => countryPlace(reg, code)?.ref ?? null,
  );
  const parties = partiesAfterNames(doc, reg, (start, end) => claimedBetween(doc, idx, start, end));
  for (const h of parties) claim(doc, idx, h.start, h.end, 'org', h.rec.ref);
  idx.orgHits.push(...parties);
  const governments = administrationsOfLeaders(doc, reg);
  for (const h of governments) claim(doc, idx, h.start, h.end, 'org', h.rec.ref);
  idx.orgHits.push(...governments);
  idx.orgHits.sort((a, b) => a.start - b.start);
  pressServices(doc, reg, idx);
  unionMembers(doc, reg, idx);
  foundingYears(doc, reg, idx);
  return idx;
}

/** Royal titles a monarch or a prince is commonly named by with one given name. */
const ROYAL_TITLE = /^(?:King|Queen|Prince|Princess|Crown Prince|Emir|Amir|Sultan|Sheikh)$/;

/**
 * Rule: "His Majesty King Abdullah", "HRH Prince Ali": a person named by one given name after a
 * royal title is also known by the title and the name together, as written ("King Abdullah" is
 * how the story, and readers, name him; "Abdullah" alone is too common to stand for him).
 */
function royalStyledNames(reg: Registry, text: string): void {
  for (const p of reg.persons) {
    if (/\s/.test(p.name)) continue;
    for (const r of p.roles) {
      if (!ROYAL_TITLE.test(r.title)) continue;
      const styled = `${r.title} ${p.name}`;
      if (!p.aliases.includes(styled) && text.includes(styled)) p.aliases.push(styled);
    }
  }
}

/** A royal style and one given name: "Prince Saud", "Sheikh Mohammed", "Crown Prince Salman". */
const ROYAL_GIVEN_NAME =
  /^(?:King|Queen|Prince|Princess|Crown Prince|Emir|Amir|Sultan|Sheikh|Sheikha)\s+([\p{Lu}][\p{L}’'-]+)$/u;

/**
 * Rule: "Foreign Minister Prince Saud Al-Faisal ... Prince Saud held Israel responsible": a
 * royal style with a given name alone is the one person of the story whose full name starts with
 * that given name; with none or two such persons it stays as it is.
 */
function royalGivenNames(reg: Registry): void {
  for (const p of [...reg.persons]) {
    const given = ROYAL_GIVEN_NAME.exec(p.name)?.[1];
    if (!given) continue;
    const full = reg.persons.filter((q) => q !== p && q.name.startsWith(`${given} `));
    if (full.length === 1) reg.mergePerson(p, full[0] as PersonRecord);
  }
}

// ----- places and organizations the gazetteer knows

/** What a gazetteer hit's rule reads: the stage's state and the organizations named outright. */
interface HitContext {
  doc: Doc;
  reg: Registry;
  idx: EntityIndex;
  /** organizations named by a form that needs no context: a form that does counts only then */
  presentOrgs: ReadonlySet<string>;
}

/** Whether a token between `start` and `end` is claimed already (as `kind`, when given). */
function claimedBetween(doc: Doc, idx: EntityIndex, start: number, end: number, kind?: string): boolean {
  for (let i = tokenAt(doc, start); i < doc.tokens.length && (doc.tokens[i] as Token).start < end; i++) {
    const k = idx.tokenKind[i];
    if (k && (kind === undefined || k === kind)) return true;
  }
  return false;
}

type GazetteerEntry = LexHit['entry'];
type HitOf<T extends GazetteerEntry['type']> = LexHit & { entry: Extract<GazetteerEntry, { type: T }> };

/** Claims each gazetteer hit for its record, by the kind of entry it matched. */
function claimGazetteerHits(doc: Doc, reg: Registry, idx: EntityIndex): void {
  const presentOrgs = new Set(
    idx.hits
      .filter((h) => h.entry.type === 'org' && !h.entry.context)
      .map((h) => (h.entry.type === 'org' ? h.entry.org.id : '')),
  );
  const c: HitContext = { doc, reg, idx, presentOrgs };
  // subdivisions the text uses as places somewhere (its other uses of the name then count too)
  const placedRegions = new Set(
    idx.hits.filter((h) => h.entry.type === 'region' && isRegionMention(doc, h)).map((h) => h.form),
  );
  for (const h of idx.hits) {
    const type = h.entry.type;
    if (type === 'country') claimCountryName(c, h as HitOf<'country'>);
    else if (type === 'demonym') claimDemonym(c, h as HitOf<'demonym'>);
    else if (type === 'city') claimCity(c, h as HitOf<'city'>);
    else if (type === 'venue') claimVenue(c, h as HitOf<'venue'>);
    else if (type === 'org') claimOrganization(c, h as HitOf<'org'>);
    else if (type === 'media') claimMediaName(c, h as HitOf<'media'>);
    else if (type === 'region' && placedRegions.has(h.form)) claimRegion(c, h as HitOf<'region'>);
  }
}

function claimRegion({ doc, reg, idx }: HitContext, h: HitOf<'region'>): void {
  if (!isRegionMention(doc, h) && !regionNameElsewhere(doc, h)) return;
  const { region } = h.entry;
  const p = reg.place(regionKey(region.name), region.name, 'region', region.countryCode);
  if (region.countryCode) p.country ??= countryPlace(reg, region.countryCode)?.ref ?? null;
  reg.mention(p.ref, h.start, h.end, 'name');
  claim(doc, idx, h.start, h.end, 'region', p.ref);
}

function claimCountryName({ doc, reg, idx }: HitContext, h: HitOf<'country'>): void {
  const p = countryPlace(reg, h.entry.country.code);
  if (!p) return;
  reg.mention(p.ref, h.start, h.end, 'name');
  claim(doc, idx, h.start, h.end, 'country', p.ref);
}

function claimDemonym({ doc, reg, idx }: HitContext, h: HitOf<'demonym'>): void {
  const p = countryPlace(reg, h.entry.country.code);
  if (!p) return;
  reg.mention(p.ref, h.start, h.end, 'demonym');
  claim(doc, idx, h.start, h.end, 'demonym', p.ref);
}

function claimCity({ doc, reg, idx }: HitContext, h: HitOf<'city'>): void {
  const { city } = h.entry;
  if (!isCityMention(doc, h, city.population, city.capital)) return;
  if (cityNameIsSurnameHere(doc, h)) return;
  const p = cityPlace(reg, city);
  reg.mention(p.ref, h.start, h.end, 'name');
  claim(doc, idx, h.start, h.end, 'city', p.ref);
}

function claimVenue({ doc, reg, idx }: HitContext, h: HitOf<'venue'>): void {
  const e = h.entry;
  const p = reg.place(`place:venue:${keyPart(e.name)}`, e.name, 'venue', e.country);
  p.country ??= countryPlace(reg, e.country)?.ref ?? null;
  reg.mention(p.ref, h.start, h.end, 'name');
  claim(doc, idx, h.start, h.end, 'venue', p.ref);
}

/**
 * The organization a gazetteer form names: a context form ("the Commonwealth") names its
 * organization once that was named in the text, else the one it names otherwise, if any.
 */
function organizationNamed(c: HitContext, entry: HitOf<'org'>['entry']): OrgEntry | undefined {
  if (!entry.context || c.presentOrgs.has(entry.org.id)) return entry.org;
  return entry.org.contextOtherwise ? organizationById(entry.org.contextOtherwise) : undefined;
}

/** An organization by name: its seat used as a place, its "Plus" format, or itself. */
function claimOrganization(c: HitContext, h: HitOf<'org'>): void {
  const { doc, reg, idx } = c;
  const org = organizationNamed(c, h.entry);
  if (!org) return;
  if (org.seat && org.country && seatUsedAsPlace(doc, h.start, h.end)) {
    const p = reg.place(`place:venue:${keyPart(org.name)}`, org.name, 'venue', org.country);
    p.country ??= countryPlace(reg, org.country)?.ref ?? null;
    reg.mention(p.ref, h.start, h.end, 'name');
    claim(doc, idx, h.start, h.end, 'venue', p.ref);
    return;
  }
  const rec = curatedOrg(reg, org);
  if (org.kind === 'alliance' && claimPlusFormat(c, h, rec)) return;
  reg.mention(rec.ref, h.start, h.end, 'name');
  claim(doc, idx, h.start, h.end, 'org', rec.ref);
  idx.orgHits.push({ start: h.start, end: h.end, rec });
}

/** "BRICS Plus", "BRICS+", "Commonwealth of Independent States Plus (CIS+)": the outreach format of an alliance. */
function claimPlusFormat(
  { doc, reg, idx }: HitContext,
  h: HitOf<'org'>,
  alliance: OrganizationRecord,
): boolean {
  const { org } = h.entry;
  const plus = /^(?:\+|\s+Plus\b)(?:[’'"”]?\s*\(([A-Z]{2,6}\+)\))?/.exec(doc.text.slice(h.end, h.end + 20));
  if (!plus) return false;
  const name = `${org.name} Plus`;
  const fmt = reg.organization(orgKey(name), name, 'other', {
    parent: alliance.ref,
    acronym: plus[1] ?? (org.acronym ? `${org.acronym}+` : null),
  });
  const end = h.end + (plus[0].startsWith('+') ? 1 : ' Plus'.length + plus[0].indexOf('Plus') - 1);
  reg.mention(fmt.ref, h.start, end, 'name');
  if (plus[1]) {
    const at = h.end + plus[0].indexOf(plus[1]);
    reg.mention(fmt.ref, at, at + plus[1].length, 'acronym');
  }
  claim(doc, idx, h.start, end, 'org', fmt.ref);
  idx.orgHits.push({ start: h.start, end, rec: fmt });
  return true;
}

function claimMediaName({ doc, reg, idx }: HitContext, h: HitOf<'media'>): void {
  const rec = reg.organization(orgKey(h.entry.name), h.entry.name, 'media');
  reg.mention(rec.ref, h.start, h.end, 'name');
  claim(doc, idx, h.start, h.end, 'org', rec.ref);
}

// ----- places by pattern: datelines, constituencies, regions

/**
 * Rule: "the Timor Sea", "the South China Sea", "the Korea Strait": a sea or strait named after a
 * country or a city does not mention that country or city.
 */
function dropPlacesInsideWaters(
  reg: Registry,
  idx: EntityIndex,
  r: { start: number; end: number; name: string },
): void {
  if (!/\s(?:Sea|Strait)$/.test(r.name)) return;
  for (const h of idx.hits)
    if ((h.entry.type === 'country' || h.entry.type === 'city') && h.start >= r.start && h.end < r.end)
      reg.removePlaceMentions(h.start, h.end);
}

function claimPlacesByPattern(doc: Doc, reg: Registry, idx: EntityIndex): void {
  for (const d of datelineCities(doc)) {
    const city = cityByName(titleCase(d.form));
    if (!city) continue;
    const p = cityPlace(reg, city);
    reg.mention(p.ref, d.start, d.end, 'name');
    claim(doc, idx, d.start, d.end, 'city', p.ref);
  }
  for (const c of constituencies(doc, (w) => !!countryFromWord(w))) {
    const city = cityByName(c.name);
    const p = city
      ? reg.place(`place:city:${city.countryCode}:${keyPart(city.name)}`, city.name, 'city', city.countryCode)
      : reg.place(regionKey(c.name), c.name, 'region', null);
    if (city) p.country ??= countryPlace(reg, city.countryCode)?.ref ?? null;
    // the gazetteer may have claimed a part ("Conisbrough"): the constituency wins
    for (const h of idx.hits)
      if (h.entry.type === 'city' && h.start >= c.start && h.end <= c.end && h.form !== c.name)
        reg.removePlaceMentions(h.start, h.end);
    reg.mention(p.ref, c.start, c.end, 'name');
    claim(doc, idx, c.start, c.end, 'region', p.ref);
  }
  for (const c of capitalsNamedByCountry(doc, (w) => countryFromWord(w)?.code)) {
    const name = capitalOfCountry(c.code);
    const city = name ? cityByName(name) : undefined;
    if (!city) continue;
    const p = cityPlace(reg, city);
    reg.mention(p.ref, c.start, c.end, 'name');
    claim(doc, idx, c.start, c.end, 'city', p.ref);
  }
  for (const r of findRegions(doc, (s) => !!countryByName(s))) {
    const p = reg.place(regionKey(r.name), r.name, 'region', null);
    reg.mention(p.ref, r.start, r.end, 'name');
    claim(doc, idx, r.start, r.end, 'region', p.ref);
    dropPlacesInsideWaters(reg, idx, r);
    // the region's own name is an alias ("Donbas" of "the Donbas region"), and its uses alone are
    // mentions of this record, not of a subdivision of the same name
    const core = regionCoreName(r.name);
    if (core === r.name) continue;
    if (!p.aliases.includes(core)) p.aliases.push(core);
    for (const h of idx.hits) {
      if (h.entry.type !== 'region' || h.form !== core) continue;
      reg.removePlaceMentions(h.start, h.end);
      reg.mention(p.ref, h.start, h.end, 'name');
      claim(doc, idx, h.start, h.end, 'region', p.ref);
    }
  }
  const kindAt = (pos: number): string | undefined => {
    const i = tokenAt(doc, pos);
    return (doc.tokens[i] as Token | undefined)?.start === pos ? (idx.tokenKind[i] ?? undefined) : undefined;
  };
  for (const v of namedVenues(doc, kindAt)) {
    const p = reg.place(`place:venue:${keyPart(v.name)}`, v.name, 'venue', null);
    reg.mention(p.ref, v.start, v.end, 'name');
    claim(doc, idx, v.start, v.end, 'venue', p.ref);
  }
  const taken = (start: number, end: number): boolean => claimedBetween(doc, idx, start, end);
  for (const n of placesNamedAsSuch(doc.text, taken)) {
    const p = reg.place(`place:${n.kind}:${keyPart(n.name)}`, n.name, n.kind, null);
    reg.mention(p.ref, n.start, n.end, 'name');
    claim(doc, idx, n.start, n.end, n.kind, p.ref);
  }
  const codeOf = (name: string): string | null => countryByName(name)?.code ?? null;
  for (const n of townsBeforeTheirCountry(doc.text, taken, codeOf)) {
    const p = cityPlace(reg, { name: n.name, countryCode: n.countryCode });
    reg.mention(p.ref, n.start, n.end, 'name');
    claim(doc, idx, n.start, n.end, 'city', p.ref);
  }
}

// ----- organizations by pattern

function claimOrganizationsByPattern(doc: Doc, reg: Registry, idx: EntityIndex): void {
  const claimAll = (found: readonly OrgHit[]): void => {
    for (const m of found) claim(doc, idx, m.start, m.end, 'org', m.rec.ref);
  };
  const countries = countryMentions(reg);
  // read once, and only when a ministry without a country asks for it
  let own: { country: Country | undefined } | undefined;
  const ownCountry = (): Country | undefined => {
    if (!own) own = { country: articleOwnCountry(doc, countries) };
    return own.country;
  };
  const ministries = [
    ...findMinistries(doc, reg, ownCountry),
    ...findLowercaseMinistries(doc, reg),
    ...findEmbassies(doc, reg),
    ...findArmedForces(doc, reg),
    ...twoCountriesMinistries(doc, reg, countries),
    ...ministriesOfCountries(doc, reg),
    ...countriesSpeakingAsGovernments(doc, reg),
  ];
  claimAll(ministries);
  const takenBetween = (start: number, end: number): boolean => claimedBetween(doc, idx, start, end, 'org');
  const chambers = findLegislatures(doc, reg, takenBetween);
  claimAll(chambers);
  ministries.push(...chambers);
  const bodies = findBodies(doc, reg, idx.hits, (pos) => sentenceAt(doc, pos));
  claimAll(bodies);
  idx.orgHits.push(...ministries, ...bodies);
  const defined = organizationsDefiningAcronyms(doc, reg, takenBetween);
  claimAll(defined);
  idx.orgHits.push(...defined);
  const acr = acronymMentions(doc, reg, idx.orgHits);
  claimAll(acr);
  idx.orgHits.push(...acr);
  for (const m of findMedia(doc, reg)) {
    claim(doc, idx, m.start, m.end, 'org', m.rec.ref);
    idx.orgHits.push(m);
  }
  departments(doc, reg, idx);
  const orgAtToken = (i: number): OrganizationRecord | undefined => {
    const r = idx.tokenKind[i] === 'org' ? reg.get(idx.tokenRef[i] ?? null) : undefined;
    return r?.kind === 'organization' ? r : undefined;
  };
  for (const m of namedInstitutions(doc, reg, (i) => idx.tokenKind[i] ?? undefined, orgAtToken)) {
    claim(doc, idx, m.start, m.end, 'org', m.rec.ref);
    idx.orgHits.push(m);
  }
  for (const m of companiesByTheirKind(doc, reg, (i) => idx.tokenKind[i] ?? undefined)) {
    claim(doc, idx, m.start, m.end, 'org', m.rec.ref);
    idx.orgHits.push(m);
  }
  for (const m of leadersOffices(
    doc,
    reg,
    (i) => idx.tokenKind[i] ?? undefined,
    () => datelineCountry(doc),
  )) {
    claim(doc, idx, m.start, m.end, 'org', m.rec.ref);
    idx.orgHits.push(m);
  }
}

/**
 * Rule: the article's own country, for a ministry it names without one ("NEW DELHI, May 3 -- ...
 * the Ministry of External Affairs tweeted", "the Foreign Ministry said"): the country of its
 * dateline city (or of a capital opening a line: "New Delhi:"), or, with no dateline, the one
 * country the text names. Two dateline countries,
 * or no dateline and two countries named, give none: no guess.
 */
function articleOwnCountry(doc: Doc, countries: ReadonlyArray<{ code: string }>): Country | undefined {
  const codes = datelineCountryCodes(doc);
  if (!codes.size) {
    const hosts = hostCountriesOfEnvoys(doc.text);
    for (const c of hosts.size ? hosts : new Set(countries.map((x) => x.code))) codes.add(c);
  }
  const [only] = codes;
  return codes.size === 1 && only ? countryByCode(only) : undefined;
}

/** The one country of the story's dateline (its city, or a capital opening a line), if it has one. */
function datelineCountry(doc: Doc): Country | undefined {
  const codes = datelineCountryCodes(doc);
  const [only] = codes;
  return codes.size === 1 && only ? countryByCode(only) : undefined;
}

/** datelineCountryCodes per document: read by roles, offices and ministries alike. */
const datelineCodesOf = new WeakMap<Doc, ReadonlySet<string>>();

/** The countries of the story's dateline cities, and of a capital opening one of its first lines (a copy). */
function datelineCountryCodes(doc: Doc): Set<string> {
  let codes = datelineCodesOf.get(doc);
  if (!codes) {
    codes = readDatelineCountryCodes(doc);
    datelineCodesOf.set(doc, codes);
  }
  return new Set(codes);
}

function readDatelineCountryCodes(doc: Doc): Set<string> {
  const codes = new Set<string>();
  // a city written in mixed case before a colon ("Bari: ...") is where the reporter was, often
  // abroad with a visitor; only a capital so written says whose story it is (below)
  const mixed = mixedCaseDateline(doc);
  for (const d of datelineCities(doc).filter((x) => x.start < 400 && x.start !== mixed?.start)) {
    const city = cityByName(titleCase(d.form));
    if (city) codes.add(city.countryCode);
  }
  // "New Delhi:", "Beijing, May 3 -": a capital written in mixed case opening a line
  const capital = /^([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=:|,\s+[A-Z][a-z]{2,}\.?\s+\d)/m.exec(
    doc.text.slice(0, 400),
  );
  const ofCapital = capital?.[1] ? countryOfCapital(capital[1]) : undefined;
  if (ofCapital) codes.add(ofCapital.code);
  return codes;
}

/** An envoy and the country it is accredited to: "the Ambassador of China to Nigeria", "Tunisian Ambassador to Nigeria". */
const ENVOY_TO =
  /\b(?:[Aa]mbassadors?|[Ee]nvoys?|[Hh]igh [Cc]ommissioners?|[Cc]harg[ée]s? d['’][Aa]ffaires)\b[^.;\n]{0,60}?\bto\s+(?:the\s+)?([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2})/gu;

/**
 * Rule: "Minister of Foreign Affairs X received in audience the Ambassador of China to Nigeria
 * ... The Ministry of Foreign Affairs said": with no dateline, the country the envoys a story
 * tells of are accredited to is the story's own (the host who receives them). Envoys to two
 * countries give two, and no guess.
 */
function hostCountriesOfEnvoys(text: string): Set<string> {
  const hosts = new Set<string>();
  for (const m of text.matchAll(ENVOY_TO)) {
    // "to Nigeria Jalel Trabelsi": the words that name a country
    const host = countryOfFirstWords((m[1] as string).split(/\s+/));
    if (host) hosts.add(host.country.code);
  }
  return hosts;
}

/** The mentions of countries so far, in text order, with their codes. */
function countryMentions(reg: Registry): Array<{ start: number; code: string }> {
  const found = reg.mentions
    .filter(
      (m) =>
        reg.get(m.ref)?.kind === 'place' && (reg.get(m.ref) as { placeKind: string }).placeKind === 'country',
    )
    .map((m) => ({ start: m.start, code: (reg.get(m.ref) as { countryCode: string }).countryCode }));
  return sortInPlace(found, (a, b) => a.start - b.start);
}

// ----- persons

type PersonCue = NonNullable<ReturnType<typeof personCue>>;

/** A name run confirmed as a person. */
interface Confirmed {
  run: Run;
  person: PersonRecord;
}

/** A person titled "counterpart": their title is read from the person they are the counterpart of. */
interface Counterpart {
  person: PersonRecord;
  first: number;
  last: number;
  /** the country a list gives ("counterparts X of Sweden"), else read from the title's words */
  country?: Country;
}

/**
 * Finds persons: name runs the text cues as persons are confirmed (full names first) with their
 * roles, names coordinated with them or sharing a plural title are confirmed too, then every
 * other occurrence of a confirmed name is mentioned.
 */
function findPersons(doc: Doc, reg: Registry, idx: EntityIndex): void {
  const claimed = new Uint8Array(doc.tokens.length);
  for (let i = 0; i < doc.tokens.length; i++) if (idx.tokenKind[i]) claimed[i] = 1;
  const runs = nameRuns(doc, claimed);
  const roleCtx = roleContext(doc, reg, idx);
  const confirmed: Confirmed[] = [];
  const counterparts: Counterpart[] = [];
  for (const { run, cue } of cuedRuns(doc, idx, runs)) {
    const person = personOfCuedRun(reg, run);
    confirmed.push({ run, person });
    addCuedRoles(doc, reg, roleCtx, { run, person }, cue, counterparts);
  }
  pluralTitlePairs(doc, reg, roleCtx, runs, confirmed);
  confirmCoordinated(doc, reg, runs, confirmed);
  joinNameTails(reg, idx, confirmed, counterparts);
  mentionConfirmedNames(reg, idx, runs, confirmed);
  counterparts.push(...listedCounterparts(doc, runs, confirmed));
  joinBareSurnames(reg, idx, counterparts);
  for (const c of counterparts) counterpartRole(doc, reg, c);
}

/** The confirmed persons of "counterparts X of Sweden and Y of Ecuador", with their countries. */
function listedCounterparts(
  doc: Doc,
  runs: ReturnType<typeof nameRuns>,
  confirmed: readonly Confirmed[],
): Counterpart[] {
  const out: Counterpart[] = [];
  for (const l of counterpartsInList(doc, runs)) {
    const person = confirmed.find((c) => c.run === l.run)?.person;
    if (person) out.push({ person, first: l.nounFirst, last: l.nounLast, country: l.country });
  }
  return out;
}

/** The kind of record that claims token i, as the person cues read it ('place', 'country', 'org'). */
function claimedKindOf(idx: EntityIndex): (i: number) => string | null {
  return (i) => {
    const k = idx.tokenKind[i];
    if (k === 'demonym') return 'country';
    if (k === 'city' || k === 'region' || k === 'venue') return 'place';
    return k ?? null;
  };
}

function roleContext(doc: Doc, reg: Registry, idx: EntityIndex): RoleContext {
  const orgAt = (i: number): OrganizationRecord | undefined => {
    const r = idx.tokenKind[i] === 'org' ? reg.get(idx.tokenRef[i] ?? null) : undefined;
    return r && r.kind === 'organization' ? r : undefined;
  };
  const lastAlliance = (pos: number): OrganizationRecord | undefined => lastAllianceBefore(idx, pos);
  const countryAt = (i: number): string | undefined => {
    const k = idx.tokenKind[i];
    if (k !== 'country' && k !== 'demonym') return undefined;
    const r = reg.get(idx.tokenRef[i] ?? null);
    return r?.kind === 'place' ? (r.countryCode ?? undefined) : undefined;
  };
  return { doc, reg, orgAt, lastAlliance, countryAt, datelineCountry: () => datelineCountry(doc) };
}

/**
 * The runs the text cues as persons (not those of a headline only), full names first, so that a
 * surname alone joins the full name's record.
 */
function cuedRuns(doc: Doc, idx: EntityIndex, runs: readonly Run[]): Array<{ run: Run; cue: PersonCue }> {
  const claimedKind = claimedKindOf(idx);
  const cued: Array<{ run: Run; cue: PersonCue }> = [];
  for (const run of runs) {
    if (headlineLine(doc, run.start) && !seenOutsideHeadlines(doc, run.form) && !speakerLabelRun(doc, run))
      continue;
    const cue = personCue(doc, run, claimedKind);
    if (cue) cued.push({ run, cue });
  }
  for (const c of cued) if (titleHoldsAnotherName(c.cue, cued)) dropTitle(c.cue);
  const isFull = (r: Run): number => (r.last - r.first > 0 ? 1 : 0);
  return cued.sort((a, b) => isFull(b.run) - isFull(a.run) || a.run.start - b.run.start);
}

/**
 * Rule: "Foreign Minister Ana Berg met Secretary of State Tom Lind, Berg said": a title read back
 * from a name over a comma that takes in another cued name ("Secretary of State Tom Lind") is that
 * person's title, not this one's; "the Minister of Foreign Affairs, African Cooperation and
 * Moroccans Abroad, Nasser Bourita" holds no name and stays whole.
 */
function titleHoldsAnotherName(cue: PersonCue, cued: ReadonlyArray<{ run: Run; cue: PersonCue }>): boolean {
  if (cue.titleFirst < 0) return false;
  return cued.some(({ run }) => run.first >= cue.titleFirst && run.last <= cue.titleLast);
}

/** The cue keeps its reason (a verb, an appositive), without the title. */
function dropTitle(cue: PersonCue): void {
  cue.titleFirst = -1;
  cue.titleLast = -1;
}

/**
 * "El Ghazouani" and "Al Ghazouani", "al-Sisi" and "el-Sisi": the Arabic article as spelled either
 * way (a name already folded to lower case).
 */
function arabicArticleFolded(folded: string): string {
  return folded.replace(/(^|\s)(?:el|al|ul)[\s-]/g, '$1al ');
}

/** The person a cued run names: a known person whose surname (or a name word) it is, else a new one. */
function personOfCuedRun(reg: Registry, run: Run): PersonRecord {
  const f = foldName(run.form);
  if (run.first === run.last) {
    const known =
      reg.persons.find((p) => foldName(surnameOf(p.name)) === f) ??
      reg.persons.find((p) => p.name.split(/\s+/).some((w) => foldName(w) === f));
    if (known) return known;
  } else {
    // "Le Drian" after "Jean-Yves Le Drian", "Diomaye Faye" after "Bassirou Diomaye Faye": the
    // last words of a full name told before are that person
    const known = reg.persons.find((p) =>
      arabicArticleFolded(foldName(p.name)).endsWith(` ${arabicArticleFolded(f)}`),
    );
    if (known) {
      // every later "Le Drian" is this person too
      if (!known.aliases.includes(run.form)) known.aliases.push(run.form);
      return known;
    }
  }
  return personRecord(reg, run.form);
}

/** The roles a cue gives: the title before the name, the appositive after it. */
function addCuedRoles(
  doc: Doc,
  reg: Registry,
  roleCtx: RoleContext,
  { run, person }: Confirmed,
  cue: PersonCue,
  counterparts: Counterpart[],
): void {
  if (cue.titleFirst >= 0) {
    const listCountry = listLineCountry(doc, run.start) ?? representedCountry(doc, cue.titleFirst);
    const fallback =
      listCountry ?? countryAfterName(doc, run.last) ?? styledOfficialOfAgencyCountry(doc, cue.titleFirst);
    const parts = compoundTitleParts(doc, cue.titleFirst, cue.titleLast);
    if (parts.length > 1) addCompoundTitleRoles(reg, roleCtx, person, parts, fallback);
    else {
      const role = parseRole(roleCtx, cue.titleFirst, cue.titleLast, fallback);
      if (role) reg.addRole(person, role);
      else if (/^counterpart$/i.test(doc.tokens[cue.titleLast]?.text ?? ''))
        counterparts.push({ person, first: cue.titleFirst, last: cue.titleLast });
    }
  }
  if (cue.appositiveFirst >= 0) {
    const isHead = (w: string): boolean => TITLE_HEADS.has(w);
    for (const [f, l] of splitAppositive(doc, cue.appositiveFirst, cue.appositiveLast, isHead)) {
      const role = parseRole(roleCtx, f, l, undefined);
      if (role) reg.addRole(person, role);
    }
  }
}

/**
 * "Deputy Prime Minister and Minister of Foreign Affairs and Tourism of Malta": a title before a
 * name split at each "and" that a capitalised title head follows. "Minister of Foreign Affairs and
 * Tourism" stays whole.
 */
function compoundTitleParts(doc: Doc, first: number, last: number): Array<[number, number]> {
  const isHead = (w: string): boolean => TITLE_HEADS.has(w) && !NAME_CUES_NOT_ROLES.has(w);
  return splitAppositive(doc, first, last, isHead).filter(([f]) =>
    /^[\p{Lu}]/u.test(doc.tokens[f]?.text ?? ''),
  );
}

/**
 * Rule: the offices of a compound title share the country one of them states ("Deputy Prime
 * Minister and Minister of Foreign Affairs of Malta X": both Malta's). The last office, which
 * holds the "of Malta", is read first; the others take its country.
 */
function addCompoundTitleRoles(
  reg: Registry,
  roleCtx: RoleContext,
  person: PersonRecord,
  parts: ReadonlyArray<[number, number]>,
  fallback: Country | undefined,
): void {
  const [lf, ll] = parts[parts.length - 1] as [number, number];
  const lastRole = parseRole(roleCtx, lf, ll, fallback);
  const shared = (lastRole?.country ? countryOfPlaceRecord(reg, lastRole.country) : undefined) ?? fallback;
  for (const [f, l] of parts.slice(0, -1)) {
    const role = parseRole(roleCtx, f, l, shared);
    if (role) reg.addRole(person, role);
  }
  if (lastRole) reg.addRole(person, lastRole);
}

/** State news agencies a dateline credits, by the country whose government they speak for. */
const STATE_AGENCY_COUNTRY: Readonly<Record<string, string>> = {
  QNA: 'QA',
  KUNA: 'KW',
  WAM: 'AE',
  SPA: 'SA',
  BNA: 'BH',
  ONA: 'OM',
  VNA: 'VN',
};

/**
 * Rule: "Doha, March 1 (QNA) - HE Prime Minister ... Sheikh X": a state agency styles its own
 * government's officials with "HE"/"His Excellency" and no country; such a title, in a story
 * the dateline credits to a state agency, is of the agency's country. A foreign official is
 * written with their country ("HE Minister of Foreign Affairs of the Republic of Cyprus"), which
 * the title's own words give first; a title with no style ("President Biden") takes nothing.
 */
function styledOfficialOfAgencyCountry(doc: Doc, titleFirst: number): Country | undefined {
  const t = doc.tokens[titleFirst];
  if (!t) return undefined;
  const before = doc.text.slice(Math.max(0, t.start - 20), t.start);
  if (!/(?:\bH\.?E\.?|\bH\.H\.|\b(?:His|Her) (?:Excellency|Highness))\s+$/.test(before)) return undefined;
  const m = /^[^\n(]{0,60}\(([A-Z]{2,5})\)\s*[-–—]/m.exec(doc.text.slice(0, 400));
  const code = m ? STATE_AGENCY_COUNTRY[m[1] as string] : undefined;
  return code ? countryByCode(code) : undefined;
}

/** Mentions every other occurrence of a confirmed name, surname or name word. */
function mentionConfirmedNames(
  reg: Registry,
  idx: EntityIndex,
  runs: readonly Run[],
  confirmed: Confirmed[],
): void {
  const { byForm, byWord } = confirmedNames(confirmed);
  for (const run of runs) {
    const person = personOfRun(reg, run, byForm, byWord);
    if (!person) continue;
    reg.mention(
      person.ref,
      run.start,
      run.end,
      run.first === run.last && person.name !== run.form ? 'surname' : 'name',
    );
    for (let i = run.first; i <= run.last; i++) {
      idx.tokenKind[i] = 'person';
      idx.tokenRef[i] = person.ref;
    }
  }
}

/**
 * The confirmed persons by each form of their name, and by each word of it (null when two
 * persons share the word).
 */
function confirmedNames(confirmed: Confirmed[]): {
  byForm: Map<string, PersonRecord>;
  byWord: Map<string, PersonRecord | null>;
} {
  const byForm = new Map<string, PersonRecord>();
  for (const { person } of confirmed) {
    for (const f of [person.name, ...person.aliases]) byForm.set(f, person);
  }
  const byWord = new Map<string, PersonRecord | null>();
  for (const { person } of confirmed) {
    const words = person.name
      .replace(/\./g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 1 && !/^(?:III|II|Jr)$/.test(w));
    for (const w of words) {
      const prevOwner = byWord.get(w);
      byWord.set(w, prevOwner === undefined || prevOwner === person ? person : null);
    }
    const s = surnameOf(person.name);
    byWord.set(s, byWord.get(s) === null ? null : person);
  }
  return { byForm, byWord };
}

/** The confirmed person a run names: by form, by key, or by its one word. */
function personOfRun(
  reg: Registry,
  run: Run,
  byForm: Map<string, PersonRecord>,
  byWord: Map<string, PersonRecord | null>,
): PersonRecord | undefined {
  const byKey = (): PersonRecord | undefined => {
    const r = reg.byKeyOf(personKey(run.form));
    return r && r.kind === 'person' ? r : undefined;
  };
  let person = byForm.get(run.form) ?? byKey();
  if (!person && run.first === run.last) person = byWord.get(run.form) ?? undefined;
  // "Sergei Shoigu" when "Sergey Shoygu" is known: same surname key with the same initial
  if (!person && run.last > run.first) person = byKey();
  return person;
}

/** A bare surname confirmed before its full name was known joins the one full name it shortens. */
function joinBareSurnames(reg: Registry, idx: EntityIndex, counterparts: Counterpart[]): void {
  for (const p of [...reg.persons]) {
    if (p.name.includes(' ') || p.name.includes('.')) continue;
    const f = foldName(p.name);
    const fulls = reg.persons.filter(
      (q) => q !== p && q.name.includes(' ') && foldName(surnameOf(q.name)) === f,
    );
    if (fulls.length !== 1) continue;
    absorbPerson(reg, idx, p, fulls[0] as PersonRecord, counterparts);
  }
}

/** Merges `from` into `into` and points the token index and the given holders of `from` at `into`. */
function absorbPerson(
  reg: Registry,
  idx: EntityIndex,
  from: PersonRecord,
  into: PersonRecord,
  ...holders: ReadonlyArray<Array<{ person: PersonRecord }>>
): void {
  reg.mergePerson(from, into);
  for (let i = 0; i < idx.tokenRef.length; i++) if (idx.tokenRef[i] === from.ref) idx.tokenRef[i] = into.ref;
  for (const list of holders) for (const c of list) if (c.person === from) c.person = into;
}

/**
 * Rule: "Inacio Lula da Silva" and "Luiz Inacio Lula da Silva", "Lula da Silva": a name of three
 * words or more that ends the longer name of one other person is that person told without the
 * first of their given names. Two-word tails ("bin Salman") are left to the surname rules.
 */
function joinNameTails(
  reg: Registry,
  idx: EntityIndex,
  confirmed: Confirmed[],
  counterparts: Counterpart[],
): void {
  for (const p of [...reg.persons]) {
    const f = foldName(p.name);
    if (f.split(' ').length < 3) continue;
    const longer = reg.persons.filter((q) => q !== p && foldName(q.name).endsWith(` ${f}`));
    if (longer.length !== 1) continue;
    absorbPerson(reg, idx, p, longer[0] as PersonRecord, confirmed, counterparts);
  }
}

/**
 * A headline-style line (most words capitalised): "Belarusian Defense Minister Thanks Russia".
 * Cues there are unreliable, so names are confirmed from the body; mentions still count.
 */
const headlineCache = new WeakMap<Doc, Map<number, boolean>>();

function headlineLine(doc: Doc, pos: number): boolean {
  const lineStart = lineStartAt(doc, pos);
  let cache = headlineCache.get(doc);
  if (!cache) {
    cache = new Map();
    headlineCache.set(doc, cache);
  }
  const known = cache.get(lineStart);
  if (known !== undefined) return known;
  const answer = headlineUncached(doc, lineStart, pos);
  cache.set(lineStart, answer);
  return answer;
}

function headlineUncached(doc: Doc, lineStart: number, pos: number): boolean {
  let lineEnd = doc.text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = doc.text.length;
  const line = doc.text.slice(lineStart, lineEnd);
  // a list line ("• Armenia – Prime Minister X") is not a headline
  if (/^\s*[•*·-]/.test(line) || /\s[–—-]\s/.test(line)) return false;
  // Title Case: no closing full stop, and (nearly) every word of three letters or more capitalised
  // a speaker label ("Name, Title:") ends in a colon
  if (/[.!?:]["”’']?\s*$/.test(line) || !/^\s*[\p{Lu}]/u.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w) && w.length >= 3);
  if (words.length < 4) return false;
  const caps = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  return caps / words.length >= 0.9;
}

/**
 * Rule: a two-word name whose first word the text uses alone ("Wang Yi" ... "Wang noted") puts
 * the family name first; its key is built on that word, so that "Wang" alone finds it.
 */
function familyNameFirst(reg: Registry): void {
  for (const p of reg.persons) {
    const words = p.name.split(/\s+/);
    if (words.length !== 2) continue;
    const [first, last] = words as [string, string];
    if (p.aliases.includes(first) && !p.aliases.includes(last))
      p.key = `person:${keyPart(first)}:${foldName(last).slice(0, 1)}`;
  }
}

/** True when the last word of `form` also occurs on a line that is not a headline. */
function seenOutsideHeadlines(doc: Doc, form: string): boolean {
  const word = form.split(/\s+/).pop() ?? form;
  let seen = seenOutsideCache.get(doc);
  if (!seen) {
    seen = new Map();
    seenOutsideCache.set(doc, seen);
  }
  let answer = seen.get(word);
  if (answer === undefined) {
    answer = occursOutsideHeadlines(doc, word);
    seen.set(word, answer);
  }
  return answer;
}

/** Asked once per word: a headline repeating one name must not rescan the text for each copy. */
const seenOutsideCache = new WeakMap<Doc, Map<string, boolean>>();

function occursOutsideHeadlines(doc: Doc, word: string): boolean {
  for (let i = doc.text.indexOf(word); i >= 0; i = doc.text.indexOf(word, i + 1))
    if (!headlineLine(doc, i)) return true;
  return false;
}

const LIST_LINE_HEAD = 300;

/** "• Azerbaijan – President Ilham Aliyev": the country of a "Country – Title Name" list line. */
function listLineCountry(doc: Doc, pos: number): Country | undefined {
  const lineStart = lineStartAt(doc, pos);
  // no country name is near this long: reading further into a long line finds nothing new
  const head = doc.text.slice(lineStart, Math.min(pos, lineStart + LIST_LINE_HEAD));
  const m = /^[\s•*·-]*([A-Z][\p{L} ]+?)\s+[–—-]\s+/u.exec(head);
  return m?.[1] ? countryByName(m[1]) : undefined;
}

/** "Russia is represented by Defense Minister X, and Belarus by Defense Minister Y": the country before "by". */
function representedCountry(doc: Doc, titleFirst: number): Country | undefined {
  const t = doc.tokens[titleFirst];
  if (!t) return undefined;
  // the whole sentence so far: "Russia was represented by X, Kazakhstan by Y" elides the verb
  const sent = doc.sentences[sentenceAt(doc, t.start)];
  const before = doc.text.slice(Math.max(sent?.start ?? 0, t.start - 200), t.start);
  const m =
    /([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\s+(?:is\s+|was\s+|will be\s+|were\s+|are\s+)?(?:represented\s+)?by\s+$/u.exec(
      before,
    );
  if (m?.[1] && /represented|,\s*(?:and\s+)?[A-Z][\p{L}]+\s+by\s+$/u.test(before)) return countryByName(m[1]);
  // "The Belarusian delegation was headed by Minister of Defence X"
  const led = /\b([A-Z][\p{L}]+)\s+delegation\s+(?:was\s+|is\s+|will be\s+)?(?:headed|led)\s+by\s+$/u.exec(
    before,
  );
  return led?.[1] ? (countryByDemonym(led[1]) ?? countryByName(led[1])) : undefined;
}

/** "Minister of Foreign Affairs Sergey Lavrov of Russia": a country right after the name. */
function countryAfterName(doc: Doc, last: number): Country | undefined {
  if (doc.tokens[last + 1]?.text !== 'of') return undefined;
  const t = doc.tokens[last + 2];
  return t ? countryByName(t.text) : undefined;
}

/**
 * Rule: "After talks with his Ghanaian counterpart, Kofi Mensah, Nigerian Foreign Minister Yusuf
 * Tuggar said ...": a counterpart named in a clause put before its subject is the counterpart of
 * that subject, the first person with a role after it in the sentence. Only when no one with a
 * role is named before.
 */
function subjectAfterFrontedCounterpart(
  reg: Registry,
  counterpart: PersonRecord,
  from: number,
  sentenceEnd: number,
): PersonRecord | undefined {
  return reg
    .mentionsIn(from, sentenceEnd)
    .map((m) => reg.get(m.ref))
    .find((r): r is PersonRecord => r?.kind === 'person' && r !== counterpart && r.roles.length > 0);
}

/**
 * Whether a counterpart may take `title`: they have no role yet, or only that title with no
 * country ("his Australian counterpart, Alexander Downer ... Mr Downer, Foreign Minister for 10
 * years": the later appositive says the same post, and the counterpart says whose).
 */
function sameTitleOrNone(person: PersonRecord, title: string): boolean {
  return person.roles.every((r) => r.title.toLowerCase() === title.toLowerCase());
}

/**
 * Whose counterpart `c` is: the other person of the sentence named before it with a role; the
 * one a description before it stands for ("the Chinese minister held talks with his Belarusian
 * counterpart"); a person with a role named before the sentence; else the subject after a
 * fronted clause. "my counterpart" is only the counterpart of the one quoted, named after it.
 */
function holderOfSamePost(
  doc: Doc,
  reg: Registry,
  c: Counterpart,
  sent: Span,
  at: number,
): PersonRecord | undefined {
  const toks = doc.tokens;
  const subjectAfter = (): PersonRecord | undefined =>
    subjectAfterFrontedCounterpart(reg, c.person, (toks[c.last] as Token).end, sent.end);
  if (/^(?:my|our)$/i.test(toks[c.first - 1]?.text ?? '')) return subjectAfter();
  const titled = (r: ReturnType<Registry['get']>): r is PersonRecord =>
    r?.kind === 'person' && r !== c.person && r.roles.length > 0;
  const described = reg.get(describedPerson(reg, doc.text, sent.start, at));
  return (
    reg
      .mentionsIn(sent.start, at)
      .map((m) => reg.get(m.ref))
      .find(titled) ??
    (titled(described) ? described : undefined) ??
    reg
      .personMentionsBefore(sent.start, 20)
      .map((m) => reg.get(m.ref))
      .find(titled) ??
    subjectAfter()
  );
}

/**
 * Rule: "X met his Turkish counterpart Y": Y holds X's position in the country the demonym
 * names (Foreign Minister of Turkey; President of Belarus), with the matching ministry. "my
 * counterpart" is the counterpart of whom the sentence quotes ("“I met my counterpart from Laos,
 * Y,” Prime Minister X said"), never of someone named in an earlier sentence.
 */
function counterpartRole(doc: Doc, reg: Registry, c: Counterpart): void {
  if (c.person.roles.some((r) => r.country)) return;
  const toks = doc.tokens;
  // the country the gazetteer found in the title ("North Korean" is one demonym), else a word's
  let country: Country | undefined = c.country;
  for (const m of reg.mentionsIn((toks[c.first] as Token).start, (toks[c.last] as Token).end)) {
    const r = reg.get(m.ref);
    if (r?.kind === 'place' && r.placeKind === 'country' && r.countryCode)
      country ??= countryByCode(r.countryCode);
  }
  for (let i = c.first; i <= c.last; i++) country ??= countryFromWord((toks[i] as Token).text);
  if (!country) return;
  const at = (toks[c.first] as Token).start;
  const sent = doc.sentences[sentenceAt(doc, at)];
  if (!sent) return;
  const other = holderOfSamePost(doc, reg, c, sent, at);
  const role = other?.roles[0];
  if (!role || !sameTitleOrNone(c.person, role.title)) return;
  const org = reg.get(role.organization);
  let orgRef: string | null = null;
  if (org && org.kind === 'organization' && org.orgKind === 'ministry') {
    const field = /^(?:Ministry|Department) of (.+?) of /.exec(org.name)?.[1];
    if (field) orgRef = ministryRecord(reg, field === 'State' ? 'Foreign Affairs' : field, country).ref;
  }
  // "Foreign Minister X (of no stated country) met his Indonesian counterpart": the title alone implies the ministry
  orgRef ??= ministryOfTitle(reg, role.title, country)?.ref ?? null;
  const span = reg.span((toks[c.first] as Token).start, (toks[c.last] as Token).end);
  const orgRec = reg.get(orgRef);
  if (orgRec && !orgRec.evidence.length) reg.mention(orgRec.ref, span.start, span.end, 'title');
  reg.addRole(c.person, {
    title: role.title,
    organization: orgRef,
    country: countryPlace(reg, country.code)?.ref ?? null,
    evidence: [span],
  });
}

/**
 * Rule: a plural title shared by two countries and two names, in order: "Ministers of Defense of
 * Russia and Belarus, Andrei Belousov and Viktor Khrenin" -> each person gets the singular title
 * and their country.
 */
type Run = ReturnType<typeof nameRuns>[number];

/** Index of the first run starting at or after `pos` (runs are in text order). */
function firstRunFrom(runs: readonly Run[], pos: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((runs[mid] as Run).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first run whose gap from `from` reads " and " alone (spaces around it of any length). */
function runAfterAnd(text: string, runs: readonly Run[], from: number): Run | undefined {
  const and = /\s*and(\s*)/y;
  and.lastIndex = from;
  const m = and.exec(text);
  if (!m) return undefined;
  const last = from + m[0].length;
  const r = runs[firstRunFrom(runs, last - (m[1] as string).length)];
  return r && r.start <= last ? r : undefined;
}

function pluralTitlePairs(
  doc: Doc,
  reg: Registry,
  ctx: RoleContext,
  runs: ReturnType<typeof nameRuns>,
  confirmed: Array<{ run: (typeof runs)[number]; person: PersonRecord }>,
): void {
  const re =
    /\b((?:[A-Za-z]+ )?(?:[Mm]inisters|[Pp]residents|[Ss]ecretaries|[Ll]eaders|[Hh]eads)(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?) of ([A-Z][\p{L}]+) and ([A-Z][\p{L}]+),?\s+/gu;
  const matches: PluralTitleMatch[] = [
    ...pluralTitleEachOfCountry(doc, runs),
    ...pluralTitleFromCountries(doc, runs),
    ...pluralTitleOfCountryThenName(doc, runs),
    ...pluralTitleOfCountriesThenNames(doc, runs),
  ];
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const after = m.index + m[0].length;
    // runs are in text order: search the one at `after`, and the one after " and "
    const r1 = runs[firstRunFrom(runs, after)];
    if (r1?.start !== after) continue;
    const r2 = runAfterAnd(doc.text, runs, r1.end);
    if (!r2) continue;
    const c1 = countryByName(m[2] as string);
    const c2 = countryByName(m[3] as string);
    if (!c1 || !c2) continue;
    matches.push(
      pluralTitleMatch(doc, m.index, m[1] as string, [
        { run: r1, country: c1 },
        { run: r2, country: c2 },
      ]),
    );
  }
  for (const match of matches) addPluralTitleRoles(reg, ctx, match, confirmed);
}

/** Confirms names coordinated with a confirmed person ("a meeting between Orlov and Sokol"). */
function confirmCoordinated(
  doc: Doc,
  reg: Registry,
  runs: ReturnType<typeof nameRuns>,
  confirmed: Array<{ run: (typeof runs)[number]; person: PersonRecord }>,
): void {
  const words = new Set<string>();
  for (const { person } of confirmed) {
    words.add(person.name);
    words.add(surnameOf(person.name));
  }
  const eligible = runs.filter((r) => !headlineLine(doc, r.start) || seenOutsideHeadlines(doc, r.form));
  for (const run of coordinatedWithPerson(doc, eligible, (r) => words.has(r.form))) {
    if (confirmed.some((c) => c.run === run)) continue;
    // "Xi" when "Xi Jinping" is known: a name word of a person found elsewhere is that person
    const f = foldName(run.form);
    const person =
      (run.first === run.last
        ? reg.persons.find((p) => p.name.split(/\s+/).some((w) => foldName(w) === f))
        : undefined) ?? personRecord(reg, run.form);
    confirmed.push({ run, person });
  }
}

/** Confirms each holder of a shared plural title and gives them the title for their country. */
function addPluralTitleRoles(
  reg: Registry,
  ctx: RoleContext,
  { title, titleFirst, titleLast, holders }: PluralTitleMatch,
  confirmed: Array<{ run: ReturnType<typeof nameRuns>[number]; person: PersonRecord }>,
): void {
  for (const { run, country: c } of holders) {
    const person = personRecord(reg, run.form);
    if (!confirmed.some((x) => x.person === person)) confirmed.push({ run, person });
    const role = parseRole(ctx, titleFirst, titleLast, c);
    if (!role) continue;
    role.title = title;
    role.country = countryPlace(reg, c.code)?.ref ?? null;
    const dm = /Defen[cs]e|Foreign/.exec(title);
    if (dm)
      role.organization = ministryRecord(reg, /Defen/.test(dm[0]) ? 'Defense' : 'Foreign Affairs', c).ref;
    reg.addRole(person, role);
  }
}

/** "as reported by <Name>": an outlet, unless a position follows the name (see personReportedBy). */
const REPORTED_BY =
  /\b(?:as reported by|reports by|reported by)\s+((?:[A-Z][\p{L}-]*)(?:\s+[A-Z][\p{L}-]*){0,3})/gu;

/** A position set off after a name: ", press secretary of ...", ", the Kremlin spokesman". */
const POSITION_APPOSITIVE =
  /^,\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:press secretary|spokes(?:man|woman|person)|secretary|minister|president|adviser|advisor|aide|head|chief|ambassador|envoy|official|director|chairman|chairwoman|representative)\b/iu;

/**
 * Rule: "This was reported by Ivan Petrov, press secretary of the president, in an interview":
 * a name followed by a position is a person who reports his own words, not an outlet.
 * "as reported by Baltic News, citing ..." stays an outlet.
 */
export function personReportedBy(text: string, nameEnd: number): boolean {
  return POSITION_APPOSITIVE.test(text.slice(nameEnd, nameEnd + 80));
}

/**
 * Rule: news outlets named as sources: the agency in a dateline, "<Name> news agency",
 * "<Name> TV channel", "the Telegram channel of <Name>", "as reported by <Name>", a quoted name
 * after an outlet noun, "<Name> reports, citing", a "Source: <Name>" line, a line of outlets,
 * a masthead cited.
 */
const MEDIA_CUES =
  /news agency|TV channel|television channel|television company|TV company|broadcaster|news portal|newspaper|radio station|Telegram channel|reported by|reports by|citing|Source:/;
/** The head words of a masthead: the masthead pattern runs only where one is written. */
const MASTHEAD_CUES =
  /Gazette|Times|Post|Herald|Tribune|Journal|Daily|News|Telegraph|Chronicle|Observer|Monitor|Express|Insider/;

/** One way an outlet is named: its pattern (group 1 holds the name or names). */
interface MediaPattern {
  re: RegExp;
  /** the pattern runs only in a text this matches; null: always */
  cue: RegExp | null;
  /** the name stands as written, a country word in front included ("Saudi Gazette") */
  whole?: boolean;
  /** a match of the shape that names no outlet */
  noOutlet?: (text: string, m: RegExpExecArray, groupEnd: number) => boolean;
}

/** The words before a dateline's bracket: "Tensions in the South China Sea (SCS)", "The Lublin Four (L4)". */
const beforeBracket = (m: RegExpExecArray): string => m[0].slice(0, m[0].lastIndexOf('('));

const MEDIA_PATTERNS: readonly MediaPattern[] = [
  // dateline agency: "MOSCOW, May 16 /TASS/", "MINSK, Dec. 6 (Xinhua) --", "MOSCOW (UrduPoint News / Sputnik - 04th September, 2020)"
  // "MEXICO CITY/TORONTO (Reuters)": two cities, then the agency. An acronym of a place ("the
  // South China Sea (SCS)") or one the words before spell ("The Lublin Four (L4)") is no agency.
  {
    re: /^[A-Z][A-Za-z .'-]{2,30}(?:\/[A-Z][A-Z .'-]{2,30})?(?:,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2}\.?)?\s*[/(]([^()/\n]{2,60})[)/]/gm,
    cue: null,
    noOutlet: (_text, m) =>
      namesGeographicFeature(beforeBracket(m)) || acronymOfWordsBefore(m[1] as string, beforeBracket(m)),
  },
  // a line opening with the outlets that carry the story: "(UrduPoint / Pakistan Point News / WAM - 14th Aug, 2020)"
  {
    re: /^\(((?:[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3}\s*\/\s*){1,3}[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3}(?:\s+-\s+[^()\n]{2,30})?)\)/gmu,
    cue: null,
    whole: true,
  },
  // "<Name> news agency", "<Name> TV channel"
  {
    re: /\b((?:[A-Z][\p{L}-]*|\d+)(?:\s+(?:[A-Z][\p{L}-]*|\d+)){0,3})\s+(?:news agency|TV channel|television channel|newspaper|radio station)\b/gu,
    cue: MEDIA_CUES,
  },
  // "Telegram channel of <Name>", "news agency <Name>"
  {
    re: /\b(?:Telegram channel|news agency|TV channel|newspaper)(?: of)?\s+((?:[A-Z][\p{L}-]*)(?:\s+[A-Z][\p{L}-]*){0,3})/gu,
    cue: MEDIA_CUES,
  },
  // "as reported by <Name>", "according to <Name>" handled by the curated list; "reported by" gives new outlets
  { re: REPORTED_BY, cue: MEDIA_CUES, noOutlet: (text, _m, groupEnd) => personReportedBy(text, groupEnd) },
  // a quoted name after an outlet noun: "the television company of the ministry “VoenTV”"
  {
    re: /\b(?:television company|TV company|TV channel|television channel|newspaper|news agency|radio station|broadcaster|news portal)\b[^.“"\n]{0,60}[“"]([\p{Lu}][\p{L}\d -]{1,30})[”"]/gu,
    cue: MEDIA_CUES,
  },
  // "<Name> reports, citing ...": an outlet relaying another source
  {
    re: /\b((?:[A-Z][\p{L}-]*)(?:\s+[A-Z][\p{L}-]*)?)\s+(?:reports|reported),?\s+citing\b/gu,
    cue: MEDIA_CUES,
  },
  // a source line: "Source: Agence Tunis Afrique Presse"
  { re: /^Source:\s*([\p{Lu}][\p{L} .'’-]{2,60}?)\s*$/gmu, cue: MEDIA_CUES },
  // a masthead after a word that cites it: "According to the Saudi Gazette", "told the Jordan Times",
  // "carried by the Jordan News Agency"; or opening the text before a slash: "Shafaq News/ Iraqi ..."
  {
    re: /(?:\b(?:[Aa]ccording to|told|carried by|quoted by|published by|in an interview with|speaking to|wrote in)\s+(?:the\s+)?|^)((?:[\p{Lu}][\p{L}&'’-]+\s+){0,3}(?:Gazette|Times|Post|Herald|Tribune|Journal|Daily|News Agency|News|Telegraph|Chronicle|Observer|Monitor|Express|Insider))(?=[\s,./:;]|$)/gu,
    cue: MASTHEAD_CUES,
    whole: true,
  },
];

export interface MediaHit extends OrgHit {}

/** The gazetteer's name of an outlet written in one of its forms ("Tass" -> "TASS", "KUNA" -> "Kuwait News Agency"). */
function mediaNameOfForm(form: string): string | undefined {
  return MEDIA.find((m) => m.forms.includes(form))?.name;
}

/** Whether `acr` spells a run of the last words of `before` ("The Lublin Four" and "L4"). */
function acronymOfWordsBefore(acr: string, before: string): boolean {
  const words = before.trim().split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) if (spells(acr, words.slice(i))) return true;
  return knownFormsBefore(acr, before);
}

/**
 * Rule: "The Visegrad Group (V4) will ...": a known organization's name right before the bracket,
 * and one of its known short forms inside it, define that short form; no outlet's dateline.
 */
function knownFormsBefore(acr: string, before: string): boolean {
  const head = before.trim().toLowerCase();
  return ORGANIZATIONS.some(
    (o) =>
      (o.acronym === acr || o.forms.includes(acr)) &&
      [o.name, ...o.forms].some((f) => f.length > acr.length && head.endsWith(f.toLowerCase())),
  );
}

export function findMedia(doc: Doc, reg: Registry): MediaHit[] {
  const out: MediaHit[] = [];
  const cues = new Map<RegExp, boolean>();
  const cued = (cue: RegExp): boolean => {
    let hit = cues.get(cue);
    if (hit === undefined) {
      hit = cue.test(doc.text);
      cues.set(cue, hit);
    }
    return hit;
  };
  for (const { re, cue, whole, noOutlet } of MEDIA_PATTERNS) {
    if (cue && !cued(cue)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const group = m[1] as string;
      const groupStart = m.index + m[0].indexOf(group);
      if (noOutlet?.(doc.text, m, groupStart + group.length)) continue;
      // split "UrduPoint News / Sputnik - 04th September, 2020" into names
      for (const part of group.split(/\s*[/]\s*|\s+-\s+|\s+--\s*/)) {
        let name = part.trim();
        if (!name || /\d{4}|\d{1,2}(?:st|nd|rd|th)\b/.test(name)) continue;
        // strip leading demonyms/articles: "Russian Tass"
        let words = name.split(/\s+/);
        // "Russian Tass" -> "Tass", but "Belarus 1" stays whole
        while (
          !whole &&
          words.length > 1 &&
          (countryFromWord(words[0] as string) || /^(?:the|The|state|State)$/.test(words[0] as string)) &&
          !/^\d+$/.test(words.slice(1).join(' '))
        )
          words = words.slice(1);
        name = words.join(' ');
        if (!/^[\p{Lu}\d]/u.test(name) || /^(?:In|On|At|The|An?|Its|His|Her)$/.test(name)) continue;
        // "the Hungarian news agency MTI": a demonym alone names no outlet
        if (countryFromWord(name)) continue;
        const start = doc.text.indexOf(name, groupStart);
        if (start < 0) continue;
        const canonical = mediaNameOfForm(name) ?? name;
        const rec = reg.organization(orgKey(canonical), canonical, 'media');
        reg.mention(rec.ref, start, start + name.length, 'name');
        out.push({ start, end: start + name.length, rec });
      }
    }
  }
  return out;
}

/**
 * Rule: "head of the Department of X at/of <Ministry>" — a department is a body of the ministry
 * named in the same sentence (or implied by a ministerial title there).
 */
function departments(doc: Doc, reg: Registry, idx: EntityIndex): void {
  const re =
    /\b(?:Department|Directorate|Main Directorate|Office) (?:of|for) (?:the )?((?:[A-Z][\p{L}-]*)(?:\s+(?:and\s+)?[A-Z][\p{L}-]*){0,5})/gu;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const inner = m[1] as string;
    if (/^(?:Defen[cs]e|State|Justice|Treasury|Energy|Homeland Security)\b/.test(inner)) continue; // a US department = ministry
    // "the Department of Foreign Affairs" that findMinistries read as a country's ministry is that ministry
    const at = m.index;
    if (idx.orgHits.some((h) => h.rec.orgKind === 'ministry' && h.start === at)) continue;
    const name = m[0].replace(/\bthe /, 'the ').trim();
    const s = sentenceAt(doc, m.index);
    const sent = doc.sentences[s];
    if (!sent) continue;
    // the parent ministry: a ministry named in the sentence, or implied by "Minister of Defense" + country there
    let parent = idx.orgHits.find(
      (h) => h.rec.orgKind === 'ministry' && h.start >= sent.start && h.end <= sent.end,
    )?.rec;
    if (!parent) {
      const mm =
        /\b([A-Z][\p{L}]+(?:['’]s)?)\s+(?:Minister of (Defen[cs]e|Foreign Affairs)|(Defen[cs]e|Foreign) Minister)\b/u.exec(
          sent.exact,
        );
      const c = mm?.[1] ? countryFromWord(mm[1]) : undefined;
      if (c) {
        const domain = /Defen/.test((mm?.[2] ?? mm?.[3]) as string) ? 'Defense' : 'Foreign Affairs';
        const pname = `Ministry of ${domain} of ${c.display}`;
        parent = reg.organization(orgKey(pname), pname, 'ministry');
        parent.country ??= countryPlace(reg, c.code)?.ref ?? null;
      }
    }
    if (!parent) continue;
    const rec = reg.organization(orgKey(name), name, 'body', { parent: parent.ref });
    reg.mention(rec.ref, m.index, m.index + m[0].length, 'name');
    claim(doc, idx, m.index, m.index + m[0].length, 'org', rec.ref);
    idx.orgHits.push({ start: m.index, end: m.index + m[0].length, rec });
  }
}

/**
 * Rule: press services. "the press service of <org or head of state>", "<org>('s) press service",
 * "the ministry's press service" (the latest ministry), "the Belarusian leader’s press service".
 */
/**
 * The organization hits as pressServices sees them: those found before it (sorted by start) and
 * those it adds, in the order of `idx.orgHits`, searchable by where they end and by organization.
 */
class HitsByEnd {
  private readonly known: readonly OrgHit[];
  private readonly order = new Map<OrgHit, number>();
  private readonly byEnd = new Map<number, OrgHit[]>();
  private readonly addedOf = new Map<OrganizationRecord, OrgHit[]>();
  private readonly knownOf = new Map<OrganizationRecord, OrgHit[]>();

  constructor(known: readonly OrgHit[]) {
    this.known = known;
    for (const h of known) {
      this.index(h);
      const own = this.knownOf.get(h.rec) ?? [];
      own.push(h);
      this.knownOf.set(h.rec, own);
    }
  }

  private index(h: OrgHit): void {
    this.order.set(h, this.order.size);
    const here = this.byEnd.get(h.end) ?? [];
    here.push(h);
    this.byEnd.set(h.end, here);
  }

  add(h: OrgHit): void {
    this.index(h);
    const own = this.addedOf.get(h.rec) ?? [];
    own.push(h);
    this.addedOf.set(h.rec, own);
  }

  /** Found before this rule, starting in [from, to). */
  startingIn(from: number, to: number): OrgHit[] {
    return hitsStartingIn(this.known, from, to);
  }

  /** The last hit (in list order) ending in [from, to]. */
  lastEndingIn(from: number, to: number): OrgHit | undefined {
    let best: OrgHit | undefined;
    for (let e = from; e <= to; e++)
      for (const h of this.byEnd.get(e) ?? [])
        if (!best || (this.order.get(h) ?? 0) > (this.order.get(best) ?? 0)) best = h;
    return best;
  }

  /** The last hit (in list order) of `rec` that ends at or before `pos`. */
  lastOfEndingBy(rec: OrganizationRecord, pos: number): OrgHit | undefined {
    const added = this.addedOf.get(rec) ?? [];
    for (let k = added.length - 1; k >= 0; k--) if ((added[k] as OrgHit).end <= pos) return added[k];
    return lastHitEndingBy(this.knownOf.get(rec) ?? [], pos);
  }
}

function pressServices(doc: Doc, reg: Registry, idx: EntityIndex): void {
  // the hits before this rule are sorted; a press service found here starts before any later one
  const hits = new HitsByEnd([...idx.orgHits]);
  const re = /press[- ]service/gi;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    let owner: { org?: OrganizationRecord; presidentOf?: Country } | null = null;
    let spanStart = start;
    let spanEnd = end;
    const after = /^\s+of\s+(?:the\s+)?/.exec(doc.text.slice(end, end + 12));
    if (after) {
      const pos = end + after[0].length;
      const org = hits.startingIn(pos, pos + 3)[0]?.rec;
      if (org) {
        owner = { org };
        spanEnd = hits.startingIn(pos, pos + 3).find((h) => h.rec === org)?.end ?? end;
      } else {
        const mm =
          /^([A-Z][\p{L}]+)\s+(President|leader|Prime Minister)\b/u.exec(doc.text.slice(pos, pos + 60)) ??
          /^(President|Prime Minister) of ([A-Z][\p{L}]+)/u.exec(doc.text.slice(pos, pos + 60));
        if (mm) {
          const c = countryFromWord(
            mm[1] === 'President' || mm[1] === 'Prime Minister' ? (mm[2] as string) : (mm[1] as string),
          );
          if (c) {
            owner = { presidentOf: c };
            const ms = reg.mentionsIn(pos, pos + 120).filter((x) => reg.get(x.ref)?.kind === 'person')[0];
            spanEnd = ms && ms.start - pos < 40 ? ms.end : pos + mm[0].length;
          }
        }
      }
    } else {
      const before = doc.text.slice(Math.max(0, start - 60), start);
      const org = hits.lastEndingIn(start - 4, start)?.rec;
      if (org) {
        owner = { org };
        spanStart = hits.lastOfEndingBy(org, start)?.start ?? start;
      } else if (/\bministry['’]s\s+$/i.test(before)) {
        const ministry = latestMinistry(reg, idx, start);
        if (ministry) {
          owner = { org: ministry };
          spanStart = start - (before.length - before.search(/ministry['’]s\s+$/i));
        }
      } else {
        const mm = /([A-Z][\p{L}]+)\s+(?:leader|President|president)['’]s\s+$/u.exec(before);
        const c = mm?.[1] ? countryFromWord(mm[1]) : undefined;
        const told = c ? undefined : presidentToldBefore(reg, before, start);
        if (c && mm) {
          owner = { presidentOf: c };
          spanStart = start - (before.length - (mm.index ?? 0));
        } else if (told) {
          owner = { presidentOf: told.country };
          spanStart = told.at;
        } else {
          // "the Akorda press service": an owner the gazetteers do not know keeps its own name
          const own = /(?:^|\s)([A-Z][\p{L}-]+)(?:['’]s)?\s+$/u.exec(before);
          if (own?.[1] && !/^(?:The|A|An|Its|His|Her|Their|Our)$/.test(own[1]) && !countryFromWord(own[1])) {
            const name = `Press service of ${own[1]}`;
            const rec = reg.organization(orgKey(name), name, 'body');
            const at = start - (before.length - before.lastIndexOf(own[1]));
            reg.mention(rec.ref, at, end, 'name');
            idx.orgHits.push({ start: at, end, rec });
            hits.add(idx.orgHits[idx.orgHits.length - 1] as OrgHit);
          }
        }
      }
    }
    if (!owner) continue;
    const rec = pressServiceRecord(reg, owner);
    if (!rec) continue;
    reg.mention(rec.ref, spanStart, spanEnd, 'name');
    idx.orgHits.push({ start: spanStart, end: spanEnd, rec });
    hits.add(idx.orgHits[idx.orgHits.length - 1] as OrgHit);
  }
  idx.orgHits.sort((a, b) => a.start - b.start);
}

/**
 * Rule: "Mirziyoyev received Mishustin on 10 September, the president’s press service said": "the
 * president's" is the president the text named before (the nearest with a country in a President
 * role). None such, or no "the president's" right before, gives nothing.
 */
function presidentToldBefore(
  reg: Registry,
  before: string,
  start: number,
): { country: Country; at: number } | undefined {
  const m = /\b[Tt]he\s+president['’]s\s+$/.exec(before);
  if (!m) return undefined;
  for (const mm of reg.personMentionsBefore(start)) {
    const person = reg.get(mm.ref);
    if (person?.kind !== 'person') continue;
    const role = person.roles.find((r) => /^president$/i.test(r.title) && r.country);
    const country = role?.country ? countryOfPlaceRecord(reg, role.country) : undefined;
    if (country) return { country, at: start - (before.length - (m.index ?? 0)) };
  }
  return undefined;
}

/** The alliance most recently named before `pos` ("the organization", "the regional bloc"). */
export function lastAllianceBefore(idx: EntityIndex, pos: number): OrganizationRecord | undefined {
  const hs = idx.orgHits.filter((h) => h.start < pos && h.rec.orgKind === 'alliance');
  return hs[hs.length - 1]?.rec;
}

/** The ministry most recently named before `pos`, or implied by the latest minister's role. */
export function latestMinistry(reg: Registry, idx: EntityIndex, pos: number): OrganizationRecord | undefined {
  // a ministry named in the text wins over one implied by a title
  const hit = idx.orgHits.filter((h) => h.rec.orgKind === 'ministry' && h.start < pos).pop();
  if (hit) return hit.rec;
  let best: { at: number; rec: OrganizationRecord } | undefined;
  for (const p of reg.persons) {
    for (const r of p.roles) {
      const org = reg.get(r.organization);
      const at = r.evidence[0]?.start ?? -1;
      // a counterpart's ministry is implied by another's title: "the ministry" is not theirs
      if (/\b(?:counterparts?|peers?)\b/i.test(r.evidence[0]?.exact ?? '')) continue;
      if (
        org &&
        org.kind === 'organization' &&
        org.orgKind === 'ministry' &&
        at < pos &&
        (!best || at > best.at)
      )
        best = { at, rec: org };
    }
  }
  return best?.rec;
}

/** A list of two or more capitalised names of up to three words: "India, Sri Lanka, and Thailand". */
const NAME_LIST = String.raw`((?:[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){0,2})(?:(?:,\s*|,?\s+and\s+)[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){0,2})+)`;

/**
 * After a union's name, in its sentence, a verb that lists its members: "BIMSTEC groups India,
 * Bangladesh, ... and Thailand", "IGAD is an organization founded in 1996, ... and comprising
 * Ethiopia, Kenya, ...", "The EEU comprises Armenia, ...", "whose members are A, B and C".
 */
const MEMBERS_LISTED = new RegExp(
  String.raw`^[^.;]{0,160}?\b(?:comprises|comprising|comprised of|consists of|consisting of|includes|including|unites|uniting|brings together|bringing together|groups|grouping|is made up of|made up of|(?:whose|its) members are)\s+(?:the\s+)?${NAME_LIST}`,
  'u',
);

/**
 * Rule: members of a union written into its name or definition: "Union State of Belarus and
 * Russia", "alliance between Belarus and Russia" (after the union is named), "The EEU comprises
 * Armenia, Belarus, ... and Russia", "BIMSTEC groups India, Bangladesh, ... Sri Lanka, and
 * Thailand". Two countries or more; a list of other names ("includes Ana Ruiz and Tomas Vidal")
 * gives none.
 */
function unionMembers(doc: Doc, reg: Registry, idx: EntityIndex): void {
  // a body the gazetteer does not know ("other") is a union when the text lists member states
  const alliances = idx.orgHits.filter((h) => h.rec.orgKind === 'alliance' || h.rec.orgKind === 'other');
  const countryList = (s: string): Country[] =>
    s
      .split(/,\s*(?:and\s+)?|\s+and\s+/)
      .map((w) => countryByName(w.trim()))
      .filter((c): c is Country => !!c);
  for (const h of alliances) {
    // "Union State of Belarus and Russia" written as one name
    const own = /\s(?:of|between)\s+((?:[A-Z][\p{L}]+)(?:(?:,\s*|\s+and\s+)[A-Z][\p{L}]+)+)$/u.exec(
      doc.text.slice(h.start, h.end),
    );
    const tail = own ? ` of ${own[1]}` : doc.text.slice(h.end, h.end + 400);
    const m =
      /^\s+(?:of|between)\s+((?:[A-Z][\p{L}]+)(?:(?:,\s*|\s+and\s+)[A-Z][\p{L}]+)+)/u.exec(tail) ??
      /^[’'"]?\s+(?:refers to|is)\s+the\s+[\w\s,]{0,40}?(?:alliance|union|bloc)\s+(?:between|of)\s+((?:[A-Z][\p{L}]+)(?:(?:,\s*|\s+and\s+)[A-Z][\p{L}]+)+)/u.exec(
        tail,
      ) ??
      /^\s*(?:\([A-Z]+\)\s*)?(?:—|–|-|,)\s*an?\s+[\w\s]{0,40}?(?:alliance|union|bloc)\s+(?:between|of)\s+((?:[A-Z][\p{L}]+)(?:(?:,\s*|\s+and\s+)[A-Z][\p{L}]+)+)/u.exec(
        tail,
      ) ??
      MEMBERS_LISTED.exec(tail);
    if (!m?.[1]) continue;
    const cs = countryList(m[1]);
    if (cs.length < 2) continue;
    h.rec.orgKind = 'alliance';
    for (const c of cs) {
      const p = countryPlace(reg, c.code);
      if (p && !h.rec.members.includes(p.ref)) h.rec.members.push(p.ref);
    }
  }
}

/** Rule: "<Org>, established in 1996," / "founded in 1992" / "created in 2002" gives the founding year. */
/** The earliest offset from which text up to `pos` could read " of the ": spaces and those letters. */
function ofTheGapStart(text: string, pos: number): number {
  let p = pos;
  while (p > 0 && /[\softhe]/.test(text[p - 1] as string)) p--;
  return p;
}

function foundingYears(doc: Doc, reg: Registry, idx: EntityIndex): void {
  const longest = longestOrgHit(idx);
  for (const h of idx.orgHits) {
    const m =
      /^[’']?\s*(?:\([A-Z]+\)\s*)?,?\s*(?:which was\s+|that was\s+)?(?:established|founded|created|formed|set up)\s+in\s+(\d{4})\b/.exec(
        doc.text.slice(h.end, h.end + 60),
      );
    if (!m?.[1]) continue;
    // "The Council of X of the <Alliance>, set up in 1992": the body, not the alliance, was set up
    // only " of (the) " between them: the body ends where that gap begins
    const body = orgHitsStartingIn(idx, ofTheGapStart(doc.text, h.start) - longest, h.start + 1).find(
      (b) =>
        b.rec.orgKind === 'body' &&
        b.rec.parent === h.rec.ref &&
        /^\s+of\s+(?:the\s+)?$/.test(doc.text.slice(b.end, h.start)),
    );
    (body?.rec ?? h.rec).founded ??= Number(m[1]);
  }
  void reg;
}
