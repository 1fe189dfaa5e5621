// Persons named by a description instead of a name: "the Chinese minister", "the Belarusian
// leader", "the Secretary-General", "the Assistant Minister of Defense of Belarus", "the
// official", "he". A description resolves to the nearest person before it whose role fits its
// title and country; one that fits nobody resolves to nothing.
import { type Country, countryByDemonym, countryByName } from '../gazetteer/countries.js';
import type { PersonRecord, Role } from '../types.js';
import type { Registry } from './registry.js';
import { ministryOfTitle, settleRoleCountry } from './roles.js';

/** What a description asks of a role: a title test, and optionally a country and a branch. */
export interface Description {
  /** tests the role's title */
  title: RegExp;
  /** "defence", "foreign": the role's title or organization must name it (when it names any branch) */
  branch: RegExp | null;
  country: Country | null;
  /** "incoming", "outgoing", "former": the word the text set before the person's role, or null */
  qualifier: string | null;
}

/**
 * Head nouns of descriptions and the role titles they fit. "leader" and "head of state" fit the
 * heads of state and government; "diplomat" the foreign ministers; "official" any role.
 */
const HEADS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:head of state|president)$/, /president|head of state|^king$|^emir$/i],
  [
    /^(?:leader|ruler|head of government)$/,
    /president|head of state|leader|ruler|prime minister|premier|chancellor/i,
  ],
  [/^(?:prime minister|premier|pm)$/, /prime minister|premier/i],
  [/^(?:top )?diplomat$/, /foreign minister|minister of foreign affairs|secretary of state/i],
  // "the FM added", "the Moroccan FM": the foreign minister, as South Asian and Arab news writes it
  [/^fm$/, /foreign (?:affairs )?minister|minister of foreign affairs|minister for foreign affairs/i],
  [/^(?:secretary[- ]general)$/, /secretary[- ]general/i],
  // "the CS said": a Cabinet Secretary, as Kenya's ministers are styled and abbreviated
  [/^(?:cabinet secretary|cs)$/, /cabinet secretary/i],
  [/^(?:spokes(?:man|woman|person))$/, /spokes|press secretary/i],
  [/^official$/, /./],
  [/^chancellor$/, /chancellor/i],
  [/^aide$/, /aide|advis[eo]r|assistant/i],
  [/^general$/, /general/i],
  [/^(?:ambassador|envoy)$/, /ambassador|envoy|representative/i],
  [/^commander$/, /commander|chief/i],
  [/^(?:chairman|chairwoman|chairperson|chair)$/, /chair/i],
  // "the emir", "the king", "the crown prince": monarchs by their own title
  [/^(?:emir|amir)$/, /^(?:emir|amir)\b/i],
  [/^(?:king|sultan)$/, /^(?:king|sultan)\b/i],
  [/^crown prince$/, /crown prince/i],
  // "the minister", "the defence minister": a minister, not a prime minister or deputy prime minister
  [/^(?:[a-z-]+\s+){0,2}minister$/, /^(?!(?:first |deputy |vice )*prime\b).*minister/i],
];

const BRANCHES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\bdefen[cs]e\b/i, /defen[cs]e/i],
  [/\bforeign\b/i, /foreign/i],
];

/** The words of a description that name its branch, its head and its country. */
export function parseDescription(phrase: string): Description | null {
  let p = phrase
    .trim()
    .replace(/^(?:the|The)\s+/, '')
    .replace(/^top\s+/, '');
  let country: Country | null = null;
  // "the incoming chairperson": which of two holders of the title, read from the words before it
  const qualified = QUALIFIER.exec(p);
  const qualifier = qualified ? (qualified[1] as string).toLowerCase() : null;
  if (qualified) p = p.slice(qualified[0].length);
  // "of Belarus", "of the Russian Federation" at the end
  const ofCountry = /\s+of\s+(?:the\s+)?([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+){0,2})$/u.exec(p);
  if (ofCountry) {
    const c = countryByName(ofCountry[1] as string);
    if (c) {
      country = c;
      p = p.slice(0, ofCountry.index);
    }
  }
  // "Belarusian Defence Minister", "Belarus' leader"
  const lead = /^([A-Z][\p{L}]+)(?:['’]s?)?\s+/u.exec(p);
  if (lead) {
    const c = countryByDemonym(lead[1] as string) ?? countryByName(lead[1] as string);
    if (c) {
      if (country && country.code !== c.code) return null;
      country = c;
      p = p.slice(lead[0].length);
    }
  }
  // "top diplomat"; "the Federal Chancellor", "the Federal President": the federation's own office
  const lower = p.toLowerCase().replace(/^(?:top|federal)\s+/, '');
  const branch = BRANCHES.find(([re]) => re.test(lower));
  // "minister of defence": the head is the word before "of"
  const head = /^head of (?:state|government)$/.test(lower)
    ? lower
    : lower.replace(/\s+of\s+.*$/, '').replace(/^(?:defen[cs]e|foreign)\s+/, '');
  const fit = HEADS.find(([re]) => re.test(head));
  if (!fit) return null;
  // a qualified head keeps its qualifier ("assistant minister" is not the minister)
  const title =
    /\s/.test(head) && /minister$/.test(head) && !/^(?:prime|foreign|defen[cs]e) minister$/.test(head)
      ? new RegExp(head.replace(/[^a-z ]/g, ''), 'i')
      : fit[1];
  return { title, branch: branch ? branch[1] : null, country, qualifier };
}

/** Words that tell two holders of one title apart: the one coming in, the one going out. */
const QUALIFIER = /^(incoming|outgoing|former|newly[- ]elected)\s+/i;

/** The qualifier right before a role's words ("incoming African Union chairperson"), compiled once per qualifier. */
function qualifierBefore(qualifier: string): RegExp {
  const key = qualifier.toLowerCase();
  let re = QUALIFIER_BEFORE.get(key);
  if (!re) {
    re = new RegExp(`\\b${key.replace(/[- ]/g, '[- ]')}\\s+(?:[\\p{L}()]+\\s+){0,3}$`, 'iu');
    QUALIFIER_BEFORE.set(key, re);
  }
  return re;
}

const QUALIFIER_BEFORE = new Map<string, RegExp>();

/**
 * Rule: "the incoming chairperson" is the person whose role the text qualified that way
 * ("incoming African Union chairperson, X"), not the "outgoing Chairperson Y" named nearer.
 * A person with no role so qualified does not fit; a description with no qualifier asks nothing.
 */
function qualifierFits(reg: Registry, person: PersonRecord, qualifier: string | null): boolean {
  if (!qualifier) return true;
  const re = qualifierBefore(qualifier);
  return person.roles.some((r) =>
    r.evidence.some((e) => {
      const before = reg.text.slice(Math.max(0, e.start - 50), e.start);
      return re.test(before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1));
    }),
  );
}

/** How well a role fits: 2 when its country (or organization) is the one asked, 1 when it says none, 0 when it does not fit. */
function roleFit(reg: Registry, role: Role, d: Description): 0 | 1 | 2 {
  if (!d.title.test(role.title)) return 0;
  const org = reg.get(role.organization);
  const orgName = org?.kind === 'organization' ? org.name : '';
  if (d.branch && /defen[cs]e|foreign|interior|finance|economy/i.test(`${role.title} ${orgName}`))
    if (!d.branch.test(`${role.title} ${orgName}`)) return 0;
  if (!d.country) return 2;
  const c = reg.get(role.country);
  if (c?.kind === 'place') return c.countryCode === d.country.code ? 2 : 0;
  if (orgName) return orgName.endsWith(d.country.name) ? 2 : 0;
  return 1;
}

/** A person fits by their best role; one whose roles name only other countries does not fit. */
function personFit(reg: Registry, person: PersonRecord, d: Description): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  for (const r of person.roles) best = Math.max(best, roleFit(reg, r, d)) as 0 | 1 | 2;
  if (best !== 1 || !d.country) return best;
  const asked = d.country;
  return person.roles.some((r) => statesOtherCountry(reg, r, asked)) ? 0 : 1;
}

/** "A senior US official said", "an unnamed official told": someone the text does not name. */
const INDEFINITE_OFFICIAL = /\b(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,3}official\b/gu;

/**
 * Rule: "A senior US official said ... Asked about the incident, the US official replied": "the
 * official" after an unnamed "a senior official" (in the last ~1,000 characters) is that unnamed
 * person, not the nearest named one with a role (a Secretary of State named in passing).
 */
function unnamedOfficialBefore(text: string, phrase: string, pos: number): boolean {
  if (!/^(?:[Tt]he\s+)?(?:[\p{L}-]+\s+){0,2}official$/u.test(phrase.trim())) return false;
  const before = text.slice(Math.max(0, pos - 1000), pos);
  INDEFINITE_OFFICIAL.lastIndex = 0;
  return INDEFINITE_OFFICIAL.test(before);
}

/**
 * The person a description stands for: the nearest person mentioned before `pos` whose role
 * fits its title and country ("the Chinese minister" -> China's minister named last). A role
 * with no stated country fits when no nearer person fits fully. "he"/"she": the latest
 * sentence subject. Null when nobody fits.
 */
export function resolveDescription(
  reg: Registry,
  phrase: string,
  pos: number,
  subjects: Array<{ ref: string; at: number }> = [],
  outside: (a: number, b: number) => boolean = () => true,
): string | null {
  if (unnamedOfficialBefore(reg.text, phrase, pos)) return null;
  // "he", "she", "the official": whoever the text was last about
  if (/^(?:he|she|He|She|(?:[Tt]he )?official)$/.test(phrase.trim())) {
    const s = [...subjects].reverse().find((x) => x.at < pos && reg.get(x.ref)?.kind === 'person');
    return s?.ref ?? null;
  }
  const d = parseDescription(phrase);
  if (!d) return null;
  const home = homeOfficial(reg, phrase, d, pos, outside);
  if (home) return home;
  let partial: string | null = null;
  const open = new Set<string>();
  const untitled = new Set<string>();
  let ruledOut = false;
  let otherCountry = false;
  for (const mm of reg.personMentionsBefore(pos)) {
    if (!outside(mm.start, mm.end)) continue;
    const person = reg.get(mm.ref) as PersonRecord;
    if (!qualifierFits(reg, person, d.qualifier)) continue;
    const fit = personFit(reg, person, d);
    if (fit === 2) return person.ref;
    // a role that states no country fits only a description of a ministry's branch ("the
    // Belarusian Defence Minister"): "the Belarusian leader" is too general to take a guess
    if (fit === 1 && partial === null && d.branch) partial = person.ref;
    if (fit === 1) open.add(person.ref);
    else if (d.country && person.roles.some((r) => d.title.test(r.title))) ruledOut = true;
    if (!person.roles.length) untitled.add(person.ref);
    else if (d.country && person.roles.every((r) => statesOtherCountry(reg, r, d.country as Country)))
      otherCountry = true;
  }
  return (
    partial ??
    (d.country ? nationalNamedBefore(reg, d.country, pos, outside) : null) ??
    onlyOneLeft(open, ruledOut) ??
    (d.branch ? onlyOneUntitled(untitled, open, otherCountry) : null)
  );
}

/**
 * Rule: "Prime Minister Ana Berg spoke with Prime Minister Tom Lind of Italy ... The Prime Minister
 * reiterated ...": a capitalised bare title ("the Prime Minister", "the President") is the holder
 * the story names without a country (its own, as a government's readout names it), not a foreign
 * one named nearer with theirs. With no such holder, or two, the nearest holder is it.
 */
function homeOfficial(
  reg: Registry,
  phrase: string,
  d: Description,
  pos: number,
  outside: (a: number, b: number) => boolean,
): string | null {
  if (
    d.country ||
    d.branch ||
    d.qualifier ||
    !/^(?:[Tt]he\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)?$/u.test(phrase.trim())
  )
    return null;
  const bare = new Set<string>();
  let foreign = false;
  for (const mm of reg.personMentionsBefore(pos)) {
    if (!outside(mm.start, mm.end)) continue;
    const person = reg.get(mm.ref) as PersonRecord;
    const fitting = person.roles.filter((r) => d.title.test(r.title));
    if (!fitting.length) continue;
    if (fitting.some((r) => r.country)) foreign = true;
    else bare.add(person.ref);
  }
  return foreign && bare.size === 1 ? ([...bare][0] as string) : null;
}

/** Whether a role states a country other than `c`. */
function statesOtherCountry(reg: Registry, role: Role, c: Country): boolean {
  const place = reg.get(role.country);
  return place?.kind === 'place' && place.countryCode !== c.code;
}

/**
 * Rule: "Ana Berg hosted Tom Lind in Warsaw ... Germany’s defence minister told reporters", where
 * Berg is Poland's: a national description of a ministry's branch that fits no stated role
 * stands for the one person named before with no role at all, when everyone else named before is
 * of another country. Two untitled persons, someone of no stated country with a role, or a
 * description of no branch ("the press secretary of the President of Russia") leave it unresolved.
 */
function onlyOneUntitled(
  untitled: ReadonlySet<string>,
  open: ReadonlySet<string>,
  otherCountry: boolean,
): string | null {
  return otherCountry && untitled.size === 1 && open.size === 0 ? ([...untitled][0] as string) : null;
}

/**
 * Rule: "Foreign Minister Ana Berg ... congratulated Polish Foreign Minister Tom Lind ... the
 * Romanian minister pointed out": when the holders of the title the story names are all of
 * other countries but one, who states none, the description is that one (when no person was
 * named with that nationality: "Belarus's Alyaksandr Lukashenka" comes first). With no other holder
 * ruled out ("the Belarusian leader" and one leader of no stated country) it is still no guess.
 */
function onlyOneLeft(open: ReadonlySet<string>, ruledOut: boolean): string | null {
  return ruledOut && open.size === 1 ? ([...open][0] as string) : null;
}

/** How far before a name its nationality is looked for ("Japanese Foreign Minister Taro Kono"). */
const NATIONALITY_WINDOW = 60;
/**
 * What may stand between a nationality and the name it belongs to: a title ("Foreign Minister",
 * "top diplomat", "his US counterpart"), names and "and". "the Belarusian leader said, implying
 * Pashinyan’s refusal": a verb between, so "Belarusian" is not Pashinyan's.
 */
const TITLE_BETWEEN =
  /^(?:,?\s+(?:[A-Z][\p{L}.’'-]*|and|of|the|his|her|top|[a-z-]*(?:minister|president|leader|diplomat|counterpart|secretary|chief|head|envoy|spokes(?:man|woman|person)|foreign|defen[cs]e|prime|deputy|vice|affairs|chairman|premier|chancellor|ambassador|official)s?))*\s*$/u;
/** "A and B": two names joined, the second after the first. */
const JOINED_NAMES = /^\s+and\s+$/;

/**
 * Rule: "“...,” the Japanese diplomat said" when no one's stated role fits: the nearest person
 * the text named with that nationality before ("Japanese Foreign Minister Taro Kono", "Belarus’s
 * Alyaksandr Lukashenka"). In "Japanese and Russian ministers A and B" the nationalities pair
 * with the names in order. A nationality with another name between it and the person ("the
 * Japanese minister met Li Wei") is not the person's.
 */
function nationalNamedBefore(
  reg: Registry,
  country: Country,
  pos: number,
  outside: (a: number, b: number) => boolean,
): string | null {
  const seen = new Set<string>();
  const persons = reg.personMentionsBefore(pos);
  for (const first of persons) {
    if (seen.has(first.ref)) continue;
    seen.add(first.ref);
    for (const mm of persons)
      if (
        mm.ref === first.ref &&
        outside(mm.start, mm.end) &&
        nationalityOf(reg, persons, mm) === country.code
      )
        return mm.ref;
  }
  return null;
}

/** The country the words right before a person's name give them, by ISO code. */
function nationalityOf(
  reg: Registry,
  persons: Array<{ ref: string; start: number; end: number }>,
  at: { start: number; end: number },
): string | null {
  const text = reg.text;
  let from = Math.max(0, at.start - NATIONALITY_WINDOW);
  // the window stops at a sentence end and at the name of someone else
  const stop = Math.max(text.lastIndexOf('. ', at.start), text.lastIndexOf('\n', at.start));
  if (stop >= from) from = stop + 1;
  const other = persons.find((x) => x.end <= at.start && x.end > from);
  const joinedAfter = other !== undefined && JOINED_NAMES.test(text.slice(other.end, at.start));
  if (other && !joinedAfter) from = other.end;
  // a demonym ("Japanese"), or a country's possessive ("Belarus’s"); a bare country name ("in
  // Japan") says where, not whose
  const window = text.slice(from, at.start);
  const words = [...window.matchAll(/\b([A-Z][\p{L}]+)(['’]s?)?(?=[\s,])/gu)]
    .filter((w) => TITLE_BETWEEN.test(window.slice((w.index ?? 0) + w[0].length)))
    .map((w) => countryByDemonym(w[1] as string) ?? (w[2] ? countryByName(w[1] as string) : undefined))
    .filter((c): c is Country => c !== undefined);
  const last = words[words.length - 1];
  if (!last) return null;
  // "Japanese and Russian ministers A and B": A is the first nationality, B the second
  if (words.length === 2 && /^[A-Z][\p{L}]+ and [A-Z][\p{L}]+ /u.test(text.slice(from).trimStart())) {
    if (joinedAfter) return last.code;
    if (/^\s+and\s+[A-Z]/.test(text.slice(at.end, at.end + 8))) return (words[0] as Country).code;
  }
  return last.code;
}

const DESCRIPTION =
  /\b[Tt]he\s+((?:[A-Z][\p{L}]+\s+)?(?:top\s+)?(?:(?:foreign|defen[cs]e)\s+)?(?:prime minister|minister|president|premier|diplomat|leader|head of state|secretary general|secretary-general|chancellor|PM|FM|emir|amir|king|sultan|crown prince))\b/u;

/**
 * A description in `text[from, to)` ("Earlier, the Chinese minister held talks ..."), resolved
 * to the person it stands for as of `from`; null when there is none or it is unsure.
 */
export function describedPerson(reg: Registry, text: string, from: number, to: number): string | null {
  const m = DESCRIPTION.exec(text.slice(from, to));
  return m ? resolveDescription(reg, m[1] as string, from) : null;
}

/** The portfolios written in lower case before "minister" in a description: "the defence minister". */
export const MINISTER_PORTFOLIOS = 'foreign|defen[cs]e|interior|finance|trade|economy';

/**
 * "the Belarusian leader said", "Germany’s defence minister told": a demonym (or a country's
 * possessive) and a head's title before a verb of saying.
 */
const NATIONAL_DESCRIPTION = new RegExp(
  `\\b(?:[Tt]he\\s+([A-Z][\\p{L}]+)|([A-Z][\\p{L}]+)['’]s?)\\s+(leader|president|prime minister|premier|chancellor|top diplomat|(?:(?:${MINISTER_PORTFOLIOS})\\s+)?minister)\\s+(?:(?:also|further|then|later)\\s+)?([a-z]+)\\b`,
  'gu',
);

/**
 * Rule: "“...,” the Belarusian leader said" that stands for a person the text named with that
 * nationality and no title ("Belarus’s Alyaksandr Lukashenka") gives that person the title and
 * country the description states. Rule: "The Egyptian foreign minister stressed" that stands for
 * the one foreign minister of no stated country ("Foreign Minister X spoke with US Secretary of
 * State Y") gives that role the country. A role of another country is kept as it is, and a
 * description nobody fits gives none.
 */
export function rolesFromNationalDescriptions(
  reg: Registry,
  text: string,
  isSpeechVerb: (w: string) => boolean,
  countryRef: (code: string) => string | null,
): void {
  if (!text.includes(' leader') && !/[Pp]resident|[Mm]inister|[Pp]remier|[Cc]hancellor|diplomat/.test(text))
    return;
  NATIONAL_DESCRIPTION.lastIndex = 0;
  for (let m = NATIONAL_DESCRIPTION.exec(text); m; m = NATIONAL_DESCRIPTION.exec(text)) {
    const word = (m[1] ?? m[2]) as string;
    const country = m[1] ? countryByDemonym(word) : countryByName(word);
    if (!country || !isSpeechVerb(m[4] as string)) continue;
    const title = (m[3] as string).replace(/\s+/g, ' ');
    const ref = resolveDescription(reg, `${m[1] ?? `${word}’s`} ${title}`, m.index);
    const person = reg.get(ref);
    if (person?.kind !== 'person') continue;
    const at = m.index + m[0].indexOf(word);
    if (!person.roles.length) {
      reg.addRole(person, {
        title,
        organization: ministryOfTitle(reg, title, country)?.ref ?? null,
        country: countryRef(country.code),
        evidence: [reg.span(at, m.index + m[0].indexOf(title) + title.length)],
      });
    } else countryOfDescribedRole(reg, person, title, country);
  }
}

/** The one role of no stated country that a description's title fits takes the description's country. */
function countryOfDescribedRole(reg: Registry, person: PersonRecord, title: string, country: Country): void {
  const d = parseDescription(title);
  if (!d) return;
  const fits = person.roles.filter((r) => roleFit(reg, r, d) > 0);
  const elsewhere = person.roles.some((r) => statesOtherCountry(reg, r, country));
  if (elsewhere || fits.length !== 1 || (fits[0] as Role).country) return;
  settleRoleCountry(reg, fits[0] as Role, country);
}

/** A role's title as a description repeats it: lower case, single spaces, no leading article. */
function normalTitle(t: string): string {
  return t
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether `role` is the office a part of a styled description names: the same title ("Minister
 * of Foreign Affairs" for "the Minister of Foreign Affairs"), or for a bare head ("the Minister",
 * "the Amir") a role that head fits.
 */
function holdsOffice(reg: Registry, role: Role, part: string): boolean {
  const want = normalTitle(part);
  if (normalTitle(role.title) === want) return true;
  if (/\s/.test(want)) return false;
  const d = parseDescription(part);
  return !!d && roleFit(reg, role, d) > 0;
}

/**
 * Rule: "HE the Prime Minister and Minister of Foreign Affairs affirmed ...": a styled
 * description of one or more offices joined by "and" stands for the nearest person before `pos`
 * who holds every one of them, not for a nearer person who holds only one ("HE Minister of
 * Foreign Affairs of Latvia X"). Offices are read as written: "the Minister of Energy" is no
 * foreign minister. Null when nobody holds them all.
 */
export function holderOfStyledOffices(
  reg: Registry,
  phrase: string,
  pos: number,
  outside: (a: number, b: number) => boolean = () => true,
): string | null {
  const parts = phrase
    .replace(/^(?:the|The)\s+/, '')
    .split(/\s+and\s+(?:the\s+)?(?=[A-Z])/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (!parts.length) return null;
  for (const mm of reg.personMentionsBefore(pos)) {
    if (!outside(mm.start, mm.end)) continue;
    const person = reg.get(mm.ref) as PersonRecord;
    if (parts.every((part) => person.roles.some((r) => holdsOffice(reg, r, part)))) return person.ref;
  }
  return null;
}

/**
 * A definite description of one office holder: "the President", "The Emir", "the Chilean
 * leader", "the Prime Minister of Peru", "the foreign minister" (a possessive after it is read
 * as the holder's). Group 1 holds the words parseDescription reads.
 */
const DESCRIBED_HOLDER = new RegExp(
  String.raw`(?<![\p{L}’'-])[Tt]he\s+((?:(?:former|outgoing|incoming)\s+)?(?:[A-Z][\p{L}]+\s+)?(?:(?:${MINISTER_PORTFOLIOS}|Foreign|Defen[cs]e)\s+)?(?:[Pp]rime [Mm]inister|[Mm]inister|[Pp]resident|[Pp]remier|[Ll]eader|[Cc]hancellor|[Ee]mir|[Aa]mir|[Kk]ing|[Ss]ultan|[Cc]rown [Pp]rince|[Ss]ecretary[- ][Gg]eneral|top diplomat|head of state)(?:\s+of\s+(?:the\s+)?[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?)?)(?![\p{L}-])`,
  'gu',
);

/** After a description: a name follows, so the words are its holder's title ("the President, Ana Ruiz," / "the Emir Tamim"). */
const NAME_AFTER = /^(?:,\s*|\s+)(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Sheikh\s+)?[\p{Lu}][\p{L}’'-]+/u;

/**
 * Rule: "The President met Prime Minister X", "the Emir will host the summit": a definite
 * description that stands where a name would ("the President", "the Chilean leader") is a
 * mention of the person of the story who holds that office (resolveDescription: nearest fitting
 * holder before it), for every later stage alike: meetings, statements, pronouns. A description
 * that is the title of a name after it, one inside a quotation, and one that nobody or more than
 * one person named before it fits, mentions no one. `inQuotation(a, b)` tells whether [a, b) lies in quoted words.
 */
export function mentionsByDescription(reg: Registry, inQuotation: (a: number, b: number) => boolean): void {
  const { text } = reg;
  if (!/[Tt]he\s/.test(text)) return;
  // a person named inside quoted words is no holder the narration refers back to
  const outside = (a: number, b: number): boolean => !inQuotation(a, b);
  DESCRIBED_HOLDER.lastIndex = 0;
  for (let m = DESCRIBED_HOLDER.exec(text); m; m = DESCRIBED_HOLDER.exec(text)) {
    const phrase = m[1] as string;
    const start = m.index + m[0].length - phrase.length;
    const end = m.index + m[0].length;
    if (NAME_AFTER.test(text.slice(end, end + 40)) || inQuotation(start, end)) continue;
    // a country inside ("the Turkish prime minister") is part of the description, not its holder
    const taken = reg
      .mentionsIn(Math.max(0, start - 60), end + 60)
      .some((x) => x.start < end && x.end > start && reg.get(x.ref)?.kind !== 'place');
    if (taken) continue;
    // the one holder first (most descriptions fit none or several); the full resolution must agree
    const d = parseDescription(phrase);
    const only = d ? onlyPersonBefore(reg, start, outside, (p) => personFit(reg, p, d) > 0) : null;
    if (only && resolveDescription(reg, phrase, start, [], outside) === only)
      reg.mention(only, start, end, 'description');
  }
  headsOfOrganizations(reg, outside);
}

/** "the NATO chief", "the UN chief", "the OSCE head": an organization's head, by its name before the noun. */
const HEAD_OF_NAMED =
  /(?<![\p{L}’'-])[Tt]he\s+([\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3})\s+(chief|head|boss|leader|chairman|chairwoman|chairperson|chair)\b(?!\s+of\b)/gu;

/**
 * Rule: "“We are ready,” the NATO chief said", "The UN chief met ...": the head of an organization
 * named by the organization's name is the one person named before whose role is in that
 * organization (or in a body of it). None or two: no mention.
 */
function headsOfOrganizations(reg: Registry, outside: (a: number, b: number) => boolean): void {
  const { text } = reg;
  if (!/\b(?:chief|head|boss|leader|chair\w*)\b/.test(text)) return;
  HEAD_OF_NAMED.lastIndex = 0;
  for (let m = HEAD_OF_NAMED.exec(text); m; m = HEAD_OF_NAMED.exec(text)) {
    const start = m.index + m[0].indexOf(m[1] as string);
    const end = m.index + m[0].length;
    if (NAME_AFTER.test(text.slice(end, end + 40)) || !outside(start, end)) continue;
    const org = reg.mentionsIn(start, start + (m[1] as string).length).find((x) => x.start === start);
    const rec = reg.get(org?.ref);
    if (!org || rec?.kind !== 'organization') continue;
    const holder = onlyMemberBefore(reg, rec.ref, start, outside);
    if (holder) reg.mention(holder, start, end, 'description');
  }
}

/** The one person named before `pos` with a role in organization `org` or in a body of it; null for none or several. */
function onlyMemberBefore(
  reg: Registry,
  org: string,
  pos: number,
  outside: (a: number, b: number) => boolean,
): string | null {
  const inOrg = (ref: string | null): boolean => {
    const o = reg.get(ref);
    return !!o && o.kind === 'organization' && (o.ref === org || o.parent === org);
  };
  return onlyPersonBefore(reg, pos, outside, (p) => p.roles.some((r) => inOrg(r.organization)));
}

/**
 * The one person named before `pos` (outside quoted words) that `fits`; null for none or several:
 * "the minister" after two ministers is a guess, and a guess is no mention.
 */
function onlyPersonBefore(
  reg: Registry,
  pos: number,
  outside: (a: number, b: number) => boolean,
  fits: (person: PersonRecord) => boolean,
): string | null {
  let only: string | null = null;
  for (const mm of reg.personMentionsBefore(pos)) {
    if (!outside(mm.start, mm.end) || mm.ref === only) continue;
    if (!fits(reg.get(mm.ref) as PersonRecord)) continue;
    if (only) return null;
    only = mm.ref;
  }
  return only;
}
