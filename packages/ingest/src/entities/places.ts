import type { Doc } from '../doc.js';
import { cityByName } from '../gazetteer/cities.js';
import { type Country, countryByCode, countryByDemonym, countryByName } from '../gazetteer/countries.js';
import { MONTHS, WEEKDAYS } from '../text/calendar-words.js';
import { isCommonWord } from '../text/common-words.js';
import { keyPart } from '../text/fold.js';
import type { Token } from '../text/tokenize.js';
import type { PlaceRecord } from '../types.js';
import type { LexHit } from './lexicon.js';
import type { Registry } from './registry.js';
import { TITLE_HEADS } from './titles.js';

export function countryKey(code: string): string {
  return `place:country:${code}`;
}

/** The country place record for an ISO2 code (created on first use). */
export function countryPlace(reg: Registry, code: string): PlaceRecord | undefined {
  const c = countryByCode(code);
  if (!c) return undefined;
  return reg.place(countryKey(code), c.display, 'country', code);
}

/** The country a country place record stands for (by its code); undefined for any other record. */
export function countryOfPlaceRecord(reg: Registry, ref: string): Country | undefined {
  const place = reg.get(ref);
  return place?.kind === 'place' && place.placeKind === 'country' && place.countryCode
    ? countryByCode(place.countryCode)
    : undefined;
}

/** The place record of a gazetteer city, tied to its country's record. */
export function cityPlace(reg: Registry, city: { name: string; countryCode: string }): PlaceRecord {
  const p = reg.place(
    `place:city:${city.countryCode}:${keyPart(city.name)}`,
    city.name,
    'city',
    city.countryCode,
  );
  p.country ??= countryPlace(reg, city.countryCode)?.ref ?? null;
  return p;
}

// Prepositions and phrases after which a capitalised word is a place.
const LOCATIVE = new Set([
  'in',
  'to',
  'from',
  'at',
  'near',
  'outside',
  'inside',
  'toward',
  'towards',
  'via',
  'into',
  'visiting',
  'visit',
  'of',
]);

// A city smaller than this needs a locative cue ("in X") to count: small places share names
// with words and people far too often.
const ANYWHERE_POPULATION = 300_000;

/** Weekdays and months, lower case. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/**
 * Rule: a gazetteer city is a place when it is large (or a capital) or stands after a locative
 * preposition or in a dateline; never when it is glued to a following capitalised name (a
 * person "Washington Irving") or is the first word of a longer proper name.
 */
export function isCityMention(doc: Doc, hit: LexHit, population: number, capital: boolean): boolean {
  const next = doc.tokens[hit.last + 1];
  if (
    next &&
    next.start === hit.end + 1 &&
    /^[\p{Lu}][\p{Ll}]/u.test(next.text) &&
    !/^(?:On|In|At)$/.test(next.text) &&
    // a weekday or a month is a date, not a name's next word: "opened in Islamabad Tuesday"
    !CALENDAR_WORDS.has(next.text.toLowerCase())
  ) {
    // "Minsk Tractor Works", "Moscow Mayor": part of another name, unless it's a title, or the
    // city ends a title and the holder's name follows ("Consul General in Lahore John X")
    // (and a meeting named after its city: "the G20 Hangzhou Summit", "the Vilnius Summit")
    if (
      !/^(?:Mayor|Governor|Region|Oblast|Summit|Meeting|Conference|Ministerial)$/.test(next.text) &&
      !endsTitle(doc, hit)
    )
      return false;
  }
  const prev = doc.tokens[hit.first - 1] as Token | undefined;
  // a city naming an agreement or a format: "the Minsk agreements", "not a Minsk three"
  if (
    next &&
    next.start === hit.end + 1 &&
    /^(?:agreements?|accords?|format|formats|protocols?|process|group|three|two|one|deal|declaration|peace|plus)$/.test(
      next.text,
    )
  )
    return false;
  if (prev && LOCATIVE.has(prev.text.toLowerCase())) return true;
  const prev2 = doc.tokens[hit.first - 2] as Token | undefined;
  if (cityAfterLocativeAndDemonym(prev, prev2)) return true;
  // part of a person's name: "Lloyd J. Austin", "Paul Washington"
  if (prev && prev.text === '.' && prev2 && /^[\p{Lu}]$/u.test(prev2.text)) return false;
  if (
    prev &&
    prev.end + 1 === hit.start &&
    /^[\p{Lu}][\p{Ll}]+$/u.test(prev.text) &&
    !/^(?:The|In|At|On|To|From|Of|And|For|With|By)$/.test(prev.text) &&
    !isSentenceStart(doc, prev.start)
  )
    return false;
  // a constituency or city before an office: "the Rotherham MP", "Moscow Mayor"
  if (next && next.start === hit.end + 1 && /^(?:MP|Mayor|Governor|MEP|Council)$/.test(next.text))
    return true;
  if (population >= ANYWHERE_POPULATION || (capital && population >= 100_000)) return true;
  // dateline: "MOSCOW, May 16" / "Moscow, Sep 15" at the start of a line
  if (onlySpaceSinceLineStart(doc, hit.start) && /^\s*[,(]/.test(doc.text.slice(hit.end, hit.end + 3)))
    return true;
  return false;
}

/**
 * Rule: "approved in Russian St. Petersburg", "talks in Chinese Xiamen": the country's adjective
 * between a locative and the city, not a first name glued to it ("Paul Washington").
 */
function cityAfterLocativeAndDemonym(prev: Token | undefined, prev2: Token | undefined): boolean {
  return (
    !!prev &&
    !!prev2 &&
    LOCATIVE.has(prev2.text.toLowerCase()) &&
    prev2.text !== 'of' &&
    (countryByDemonym(prev.text) !== undefined || countryPossessive(prev.text))
  );
}

/**
 * Rule: "convened in China's Sanya", "talks in Austria's Linz": a country's possessive between a
 * locative and the city is the country it lies in, like its adjective ("in Chinese Xiamen").
 */
function countryPossessive(word: string): boolean {
  const m = /^(.+)['’]s$/u.exec(word);
  return !!m && countryByName(m[1] as string) !== undefined;
}

/** "<title> in|of <city>": the city ends a title ("Consul General in Lahore", "Mayor of Kyiv"). */
function endsTitle(doc: Doc, hit: LexHit): boolean {
  const prev = doc.tokens[hit.first - 1];
  const title = doc.tokens[hit.first - 2];
  return !!prev && !!title && /^(?:in|of)$/.test(prev.text) && TITLE_HEADS.has(title.text.toLowerCase());
}

// Words that begin a place's own name before a city's name ("New York", "Port Louis").
const PLACE_NAME_LEAD =
  /^(?:The|New|Old|Saint|St|San|Santa|Los|Las|North|South|East|West|Greater|Port|Fort|Lake|Mount|Upper|Lower|In|At|To|From|Of|And|For|With|By|On)$/;

/**
 * Rule: a city's name that the document also writes after a given name ("Lloyd Austin ...
 * Austin stressed") is that person's surname, unless a locative preposition puts it on the map
 * ("in Austin"). "New York" and "Port Louis" are not given names.
 */
export function cityNameIsSurnameHere(doc: Doc, hit: LexHit): boolean {
  const prev = doc.tokens[hit.first - 1] as Token | undefined;
  if (prev && LOCATIVE.has(prev.text.toLowerCase()) && !toOfSource(doc, hit.first - 1)) return false;
  if (cityAfterLocativeAndDemonym(prev, doc.tokens[hit.first - 2])) return false;
  const form = doc.text.slice(hit.start, hit.end);
  if (!/^[\p{Lu}][\p{Ll}]+$/u.test(form)) return false;
  // the answer depends on the document and the form only: one scan of the text per distinct form
  let known = surnameForms.get(doc);
  if (!known) {
    known = new Map();
    surnameForms.set(doc, known);
  }
  let answer = known.get(form);
  if (answer === undefined) {
    answer = doc.text.includes(` ${form}`) && writtenAfterGivenName(doc, form);
    known.set(form, answer);
  }
  return answer;
}

/** Per document, whether cityNameIsSurnameHere's scan found a city's form after a given name. */
const surnameForms = new WeakMap<Doc, Map<string, boolean>>();

/** Whether the text writes `form` after a given name (or a title head) anywhere. */
function writtenAfterGivenName(doc: Doc, form: string): boolean {
  // on one line: a headline's last word is no given name of the next line's dateline city
  const re = afterGivenNameRe(form);
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const given = m[1] as string;
    // "Foreign Minister Motegi": a title head before the name marks it a surname too
    if (TITLE_HEADS.has(given.toLowerCase())) return true;
    // "in Russian Kazan": a country's adjective is no given name
    if (countryByDemonym(given)) continue;
    // a headline's capitalised word ("For Supporting Minsk") is no given name
    if (!PLACE_NAME_LEAD.test(given) && !isCommonWord(given.toLowerCase())) return true;
  }
  return false;
}

/**
 * writtenAfterGivenName's regex for a form, compiled once per form rather than once per document
 * (compiling it was most of that rule's cost). Bounded: cleared when full.
 */
function afterGivenNameRe(form: string): RegExp {
  let re = afterGivenName.get(form);
  if (!re) {
    if (afterGivenName.size >= 2000) afterGivenName.clear();
    re = new RegExp(`\\b([\\p{Lu}][\\p{Ll}]+)(?: [\\p{Lu}]\\.)? ${form}\\b`, 'gu');
    afterGivenName.set(form, re);
  }
  return re;
}
const afterGivenName = new Map<string, RegExp>();

/** Words before "to" that make what follows a source or an addressee, not a destination. Lowercase. */
const SOURCE_BEFORE_TO = new Set(['according', 'spoke', 'speaking', 'talked', 'talking', 'wrote', 'replied']);

/**
 * Rule: "according to Motegi", "spoke to Austin": "to" after a word of attribution or address
 * points at a person, not at a place, so it puts no name on the map ("went to Austin" does).
 */
function toOfSource(doc: Doc, i: number): boolean {
  return doc.tokens[i]?.text === 'to' && SOURCE_BEFORE_TO.has(doc.tokens[i - 1]?.text.toLowerCase() ?? '');
}

/** Nothing but whitespace between the start of the line and `pos` (reads back only that far). */
function onlySpaceSinceLineStart(doc: Doc, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && doc.text[p] !== '\n' && /\s/.test(doc.text[p] as string)) p--;
  return p < 0 || doc.text[p] === '\n';
}

function isSentenceStart(doc: Doc, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && /[\s"“‘(]/.test(doc.text[p] as string)) p--;
  return p < 0 || /[.!?\n]/.test(doc.text[p] as string);
}

/**
 * What follows an uppercase dateline city: "MOSCOW, May 16", "MINSK (Reuters)", "ISLAMABAD: ...",
 * "CAIRO - 26 November 2019:";
 * "BEIJING - Chinese ..." (a spaced dash); "ASTANA. KAZINFORM - ..." (the agency after a full
 * stop); "ASTANA, Kazakhstan, June 9 (APP)" (the country between city and date); "SUVA, FIJI –
 * MONDAY 12 AUGUST 2024:" (the country, then a dash); "ANKARA" alone on its line above the story
 * (a wire's first line).
 */
const AFTER_DATELINE_WORD =
  /(?=,\s+[A-Z][a-z]{2,}\.?\s+\d| \(|:\s| [—–-]{1,2} [A-Z“"]| [—–-] \d{1,2} [A-Z][a-z]+ \d{4}|\. [A-Z]{3,}\b|,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+[A-Z][a-z]{2,}\.?\s+\d|,\s+[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?\s+(?:[–—-]\s|\()|[ \t]*\n)/;

/**
 * Rule: uppercase dateline city ("MOSCOW, November 30.", "MINSK, Dec. 6 (Xinhua)", "BAKU: The ...",
 * "HÀ NỘI —", "BOGOTA, Colombia (AA) -").
 */
export function datelineCities(doc: Doc): Array<{ start: number; end: number; form: string }> {
  const out: Array<{ start: number; end: number; form: string }> = [];
  // any uppercase letter: "HÀ NỘI —", "BOGOTÁ, May 3 (Reuters) -", "ASUNCIÓN:"
  // "MEXICO CITY/TORONTO (Reuters)": a story filed from two cities names both
  const re = new RegExp(
    `^(\\p{Lu}[\\p{Lu} .'-]{2,30}?(?:/\\p{Lu}[\\p{Lu} .'-]{2,30}?)?)${AFTER_DATELINE_WORD.source}`,
    'gmu',
  );
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    let at = m.index;
    for (const part of (m[1] as string).split('/')) {
      const form = part.trim();
      if (form.length >= 3) out.push({ start: at, end: at + form.length, form });
      at += part.length + 1;
    }
  }
  const mixed = mixedCaseDateline(doc);
  if (mixed) out.push(mixed);
  return out;
}

/** A line of the story's opening that starts "Name Name: <sentence>." */
const CITY_COLON_LINE = /^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):[ \t]+(\S[^\n]*)$/gm;
/** How far into the story a dateline may open a line (a headline and a standfirst before it). */
const DATELINE_REACH = 400;
const MIN_DATELINE_SENTENCE_WORDS = 6;

/**
 * Rule: "Bari: Prime Minister X on Friday met ...", "Tashkent: The two sides ...": a city the
 * gazetteer knows, written in mixed case, opening one of the story's first lines before a colon
 * and a whole sentence (six words or more, ending in a full stop), is the story's dateline, as
 * South Asian outlets write it. A headline "Berg: Only joint efforts can help" has no full stop;
 * a form the story also writes after a name ("Lloyd Austin") is a person's.
 */
export function mixedCaseDateline(doc: Doc): { start: number; end: number; form: string } | null {
  let found = mixedDatelineOf.get(doc);
  if (found === undefined) {
    found = readMixedCaseDateline(doc);
    mixedDatelineOf.set(doc, found);
  }
  return found;
}

/** mixedCaseDateline per document: asked for every name that opens a line. */
const mixedDatelineOf = new WeakMap<Doc, { start: number; end: number; form: string } | null>();

function readMixedCaseDateline(doc: Doc): { start: number; end: number; form: string } | null {
  const head = doc.text.slice(0, DATELINE_REACH);
  CITY_COLON_LINE.lastIndex = 0;
  for (let m = CITY_COLON_LINE.exec(head); m; m = CITY_COLON_LINE.exec(head)) {
    const form = m[1] as string;
    const rest = (m[2] as string).trim();
    if (!/[.!?]["”’]?$/.test(rest) || rest.split(/\s+/).length < MIN_DATELINE_SENTENCE_WORDS) continue;
    if (!cityByName(form) || countryByName(form) || writtenAfterAName(doc.text, form)) continue;
    return { start: m.index, end: m.index + form.length, form };
  }
  return null;
}

/**
 * Whether `form` follows a capitalised word anywhere in the text ("Lloyd Austin"). The form is
 * letters, spaces and hyphens (CITY_COLON_LINE): nothing in it to escape.
 */
function writtenAfterAName(text: string, form: string): boolean {
  return new RegExp(`\\b[A-Z][\\p{L}'’.-]*\\s+${form}\\b`, 'u').test(text);
}

/** Title-cases an uppercase dateline word: "ST. PETERSBURG" -> "St. Petersburg". */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s.'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const CONTINENTS =
  'Europe|Asia|Africa|America|Caucasus|Balkans|Arctic|Baltics|Mediterranean|Pacific|Atlantic|Black Sea|Caspian';
const REGION_RE = new RegExp(
  [
    // compass + continent: Eastern Europe, Central Asia, Middle East, Far East, South Caucasus
    `\\b(?:(?:Eastern|Western|Northern|Southern|Central|North|South|East|West|Southeast|Northeast)\\s+(?:${CONTINENTS})|Middle East|Far East|Near East|Asia-Pacific|Indo-Pacific)\\b`,
    // "<Name> region", "<Name> Peninsula", "<Name> Oblast", "<Name> Krai"
    '\\b(?:[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+(?:[Rr]egion|Peninsula|Oblast|Krai|Territory|Strait|Sea)\\b',
    // "Republic of Tatarstan" (a region when the gazetteer knows no such country)
    '\\bRepublic of [A-Z][a-z]+\\b',
  ].join('|'),
  'g',
);

/**
 * Rule: "the Republic of South Africa", "the Socialist Republic of Viet Nam": a "Republic of" whose
 * name, alone or with the capitalised word after it, is a country is that country, not a federal
 * republic (region) named "Republic of South" or "Republic of Viet".
 */
function republicOfACountry(
  text: string,
  end: number,
  name: string,
  isCountryName: (s: string) => boolean,
): boolean {
  if (isCountryName(name.slice(12))) return true;
  const next = /^\s([A-Z][a-z]+)\b/.exec(text.slice(end, end + 30));
  return !!next && isCountryName(`${name.slice(12)} ${next[1]}`);
}

/**
 * Rule: regions named by compass + continent, "<Name> region/Peninsula/Oblast", or a federal
 * "Republic of <Name>" that is not a country. Adjectives of peoples ("European region",
 * "Eurasian region") are descriptions, not named regions.
 */
export function findRegions(
  doc: Doc,
  isCountryName: (s: string) => boolean,
): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  REGION_RE.lastIndex = 0;
  for (let m = REGION_RE.exec(doc.text); m; m = REGION_RE.exec(doc.text)) {
    let name = m[0];
    let start = m.index;
    if (
      /^Republic of /.test(name) &&
      republicOfACountry(doc.text, m.index + name.length, name, isCountryName)
    )
      continue;
    // "South Africa", "East Timor": a country, not a part of a continent
    if (isCountryName(name)) continue;
    const firstWord = name.split(/\s+/)[0] ?? '';
    if (/(?:an|ean|ian|ese|ish)$/.test(firstWord) && /\s[Rr]egion$/.test(name)) continue;
    if (/^(?:The|This|That|A|In|On|At|Our|Their|Its|Whole|Entire)\s/.test(name)) {
      const cut = name.indexOf(' ') + 1;
      name = name.slice(cut);
      start += cut;
      if (
        !/\s(?:[Rr]egion|Peninsula|Oblast|Krai)/.test(name) &&
        !/^(?:Eastern|Western|Northern|Southern|Central|North|South|East|West|Middle|Far)/.test(name)
      )
        continue;
    }
    out.push({ start, end: start + name.length, name });
  }
  return out;
}

/**
 * Rule: "the Kazakh capital", "the Uruguayan capital", "Kenya's capital": a country's capital
 * named by the country, which news writes to avoid repeating the city's name. "capital" as money
 * ("Russian capital flows", "Chinese capital in Africa") is kept out by the article before the
 * demonym and by what follows it.
 */
export function capitalsNamedByCountry(
  doc: Doc,
  countryCodeOf: (word: string) => string | undefined,
): Array<{ start: number; end: number; code: string }> {
  const out: Array<{ start: number; end: number; code: string }> = [];
  if (!doc.text.includes('capital')) return out;
  const re =
    /\b(?:[Tt]he\s+([\p{Lu}][\p{L}.-]+(?:\s+[\p{Lu}][\p{L}-]+)?)|([\p{Lu}][\p{L}.-]+(?:\s+[\p{Lu}][\p{L}-]+)?)['’]s)\s+capital\b(?!\s+(?:flows?|markets?|investments?|outflows?|inflows?|controls?|goods|expenditures?|gains?|of\b))/gu;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const word = (m[1] ?? m[2]) as string;
    const code = countryCodeOf(word);
    if (!code) continue;
    const start = m.index + m[0].indexOf(word);
    out.push({ start, end: m.index + m[0].length, code });
  }
  return out;
}

/** "Donbas" for "Donbas region", "Tatarstan" for "Republic of Tatarstan": the region's own name. */
export function regionCoreName(name: string): string {
  return name.replace(/^Republic of /, '').replace(/\s+(?:[Rr]egion|Oblast|Krai)$/, '');
}

export function regionKey(name: string): string {
  return `place:region:${keyPart(name.replace(/\s+[Rr]egion$/, ' region'))}`;
}

/**
 * Rule: the place a member of parliament stands for: "the Rotherham MP", "The South Yorkshire
 * MP", "Rawmarsh and Conisbrough MP John Healey". A country or demonym there ("UK MP") is none.
 */
export function constituencies(
  doc: Doc,
  isCountryWord: (s: string) => boolean,
): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  if (!doc.text.includes(' MP')) return out;
  const re = /\b((?:[A-Z][a-z]+)(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})\s+MPs?\b/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    let name = m[1] as string;
    let start = m.index;
    const lead =
      /^(?:(?:The|A|An|Former|Conservative|Labour|Tory|Liberal|Independent|Rt|Right|Hon|Honourable)\s+)+/.exec(
        name,
      );
    if (lead) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
    }
    if (!name || isCountryWord(name) || isCountryWord(name.split(' ')[0] ?? '')) continue;
    if (personBeforeMp(doc.text, start, name)) continue;
    out.push({ start, end: start + name.length, name });
  }
  return out;
}

/** A style or courtesy title before a member's name: "the Rt Hon. Elizabeth Truss MP", "Dr Jane Bell MP". */
const STYLE_BEFORE = /\b(?:Hon\.?|Honourable|Honorable|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Lord|Lady)\s+$/;

/**
 * Rule: "the Rt Hon. Elizabeth Truss MP", "Jane Bell MP ... Bell said": a name after a style, or
 * one whose last word the text uses alone elsewhere, is the member, not the seat.
 */
export function personBeforeMp(text: string, start: number, name: string): boolean {
  if (STYLE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  const words = name.split(' ');
  const last = words[words.length - 1] as string;
  if (words.length < 2 || last === 'and') return false;
  // the constituency regex yields plain capitalised words: nothing to escape
  const alone = new RegExp(`\\b${last}\\b(?!\\s+MPs?\\b)`, 'g');
  for (let m = alone.exec(text); m; m = alone.exec(text))
    if (m.index < start || m.index > start + name.length) return true;
  return false;
}

/** Nouns after a seat of government that make it the place of an event: "a Kremlin ceremony". */
const EVENT_NOUN =
  /^\s+(?:ceremony|ceremonies|meeting|meetings|talks|reception|banquet|dinner|lunch|luncheon|summit|press conference|hall|palace)\b/;

/**
 * Rule: a seat of government names its building, not the government, when it follows a
 * locative preposition ("talks held in the Kremlin", "at the White House"; not "from", which quotes
 * the government) or a verb of travel and "to" ("travelled to the Pentagon"), qualifies an event
 * noun ("a Kremlin ceremony"), or stands in a place line before its city ("The Kremlin, Moscow").
 */
export function seatUsedAsPlace(doc: Doc, start: number, end: number): boolean {
  const before = doc.text.slice(Math.max(0, start - 12), start);
  if (/\b(?:in|at|inside|outside|into)\s+(?:the\s+)?$/i.test(before)) return true;
  // a journey's end: "travelled to the Pentagon", "arrived at"; not "wrote to the Kremlin"
  const wider = doc.text.slice(Math.max(0, start - 30), start);
  if (/\b(?:travell?ed|went|came|flew|headed|returned|drove|walked)\s+to\s+(?:the\s+)?$/i.test(wider))
    return true;
  if (EVENT_NOUN.test(doc.text.slice(end, end + 20))) return true;
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = doc.text.indexOf('\n', end);
  if ((lineEnd < 0 ? doc.text.length : lineEnd) - lineStart > 80) return false;
  const head = doc.text.slice(lineStart, start);
  const rest = doc.text.slice(end, lineEnd < 0 ? doc.text.length : lineEnd);
  return /^,\s*[\p{Lu}][\p{L}-]+\s*$/u.test(rest) && /^(?:[^\n]*,\s*)?(?:the\s+)?$/iu.test(head);
}

// Head nouns of buildings and grounds: "Le Lagon Hotel", "Tiananmen Square", "Lany Chateau", "Independence
// Palace", "King Abdulaziz Air Base". Not "House": it names a government or a residence whose city is the place of what
// happens there ("the White House said", "at State House in Nairobi").
const VENUE_HEAD =
  'Palace|Hotel|Square|Museum|Airport|Air Base|Airbase|Naval Base|Building|Hall|Resort|Stadium|Arena|Castle|Chateau|Château|Manor|Cathedral|Beach|Campus|Hospital|Barracks';
const VENUE_WORD = "[\\p{Lu}][\\p{L}'’.-]*";
const VENUE_RE = new RegExp(
  // "Sheraton Fiji Golf and Beach Resort": an "and" between two capitalised words of the name
  `\\b((?:${VENUE_WORD}\\s+(?:and\\s+(?=[\\p{Lu}]))?){1,4})(${VENUE_HEAD})\\b|\\b(Palace|Hall) of (?:the\\s+)?(${VENUE_WORD}(?:\\s+${VENUE_WORD})?)`,
  'gu',
);
const VENUE_TEST = new RegExp(`\\b(?:${VENUE_HEAD})\\b`);
const NOT_A_VENUE_LEAD =
  /^(?:The|A|An|This|That|At|In|On|To|From|Of|And|For|With|By|Its|Their|His|Her|Our|Government)$/;

/**
 * Rule: a building or ground named by capitalised words and a head noun ("Le Lagon Hotel",
 * "Palace Museum", "Parliament Building") or by a head noun and "of" ("Palace of Nations").
 * Leading articles, prepositions, possessives and places ("Budapest's Parliament Building")
 * are not part of the name. `kindAt(pos)` is
 * what another rule made of the word at pos: a name another rule found is no venue.
 */
export function namedVenues(
  doc: Doc,
  kindAt: (pos: number) => string | undefined,
): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  if (!VENUE_TEST.test(doc.text)) return out;
  VENUE_RE.lastIndex = 0;
  for (let m = VENUE_RE.exec(doc.text); m; m = VENUE_RE.exec(doc.text)) {
    let start = m.index;
    const end = m.index + m[0].length;
    if (m[1]) {
      // drop leading function words, possessives and places: the name starts after them
      const re = /\S+/gu;
      const words: Array<{ text: string; at: number }> = [];
      for (let w = re.exec(m[1] as string); w; w = re.exec(m[1] as string))
        words.push({ text: w[0], at: m.index + w.index });
      let drop = 0;
      while (
        drop < words.length &&
        (NOT_A_VENUE_LEAD.test((words[drop] as { text: string }).text) ||
          /['’]s$/.test((words[drop] as { text: string }).text) ||
          /^(?:city|country|demonym|region)$/.test(kindAt((words[drop] as { at: number }).at) ?? ''))
      )
        drop++;
      if (drop === words.length) continue;
      start = (words[drop] as { at: number }).at;
    }
    const name = doc.text.slice(start, end);
    if (name.includes('\n')) continue;
    let taken = false;
    for (
      let p = start;
      p < end;
      p = doc.text.indexOf(' ', p + 1) < 0 ? end : doc.text.indexOf(' ', p + 1) + 1
    )
      // "Sheraton Fiji Golf and Beach Resort": a country inside the name, after its first word, is part of it
      if (kindAt(p) && !(p > start && /^(?:country|demonym)$/.test(kindAt(p) ?? ''))) taken = true;
    if (taken) continue;
    out.push({ start, end, name });
  }
  return out;
}

// Words after a subdivision's name that make it one: "Punjab province", "the Sindh government",
// "Punjab Chief Minister", "Apulia region".
const REGION_NEXT =
  /^\s+(?:province|Province|state|State|government|Government|governor|Governor|Chief Minister|Premier|Assembly|assembly|administration|authorities|police|oblast|Oblast|prefecture|Prefecture|county|County)\b/;
const REGION_HEAD_NEXT = /^\s+(?:[Rr]egion|Peninsula|Oblast|Krai|Territory)\b/;
// Titles right before a subdivision's name: "Chief Minister Punjab Maryam X", "Governor Khyber
// Pakhtunkhwa Haji Y". Not a bare "Minister": "Foreign Minister Peter X" names a national
// minister, and a subdivision with a given name's spelling (GB's "Peter") is his given name.
const REGION_TITLE_BEFORE = /(?:\bGovernor|\bPremier|\bChief Minister|\bGovernor-General)\s+$/;

/**
 * Rule: a subdivision's name (a province, state, oblast) is a place when a preposition of place
 * comes before it ("in Punjab", "of Apulia"), a title of its officers before it ("Governor
 * Khyber Pakhtunkhwa ..."), or a word of government after it ("the Sindh government"). An
 * English word ("Western", "Central") never is.
 */
export function isRegionMention(doc: Doc, hit: LexHit): boolean {
  const form = doc.text.slice(hit.start, hit.end);
  // "the Gulf region", "Apulia region": the pattern for named regions reads the whole name
  if (REGION_HEAD_NEXT.test(doc.text.slice(hit.end, hit.end + 12))) return false;
  if (hit.entry.type === 'region' && hit.entry.region.known) return !inLongerProperName(doc, hit);
  if (isCommonWord(form.toLowerCase())) return false;
  const prev = doc.tokens[hit.first - 1] as Token | undefined;
  if (prev && LOCATIVE.has(prev.text) && prev.end < hit.start) return true;
  if (REGION_TITLE_BEFORE.test(doc.text.slice(Math.max(0, hit.start - 30), hit.start))) return true;
  return REGION_NEXT.test(doc.text.slice(hit.end, hit.end + 20));
}

/** Capitalised words that may stand before a place's name without being part of it. */
const NOT_A_NAME_WORD =
  /^(?:The|In|At|On|To|From|Of|And|For|With|By|Across|Throughout|Whole|All|Entire|Both)$/;

/**
 * Rule: "Radio Free Europe", "the Africa Cup of Nations", "Eastern Europe" (read whole by
 * findRegions): a known region's name glued to capitalised words before or after it is part of
 * a longer name, not the region.
 */
function inLongerProperName(doc: Doc, hit: LexHit): boolean {
  const prev = doc.tokens[hit.first - 1];
  const next = doc.tokens[hit.last + 1];
  const capital = (t: Token) => /^[\p{Lu}]/u.test(t.text);
  if (
    prev &&
    prev.end + 1 === hit.start &&
    capital(prev) &&
    !NOT_A_NAME_WORD.test(prev.text) &&
    !isSentenceStart(doc, prev.start)
  )
    return true;
  return !!next && next.start === hit.end + 1 && capital(next) && !/^(?:On|In|At)$/.test(next.text);
}

/**
 * Rule: once the text has used a subdivision's name as a place, its other uses are too, except
 * where it starts a longer capitalised name ("Sindh Madressatul Islam University").
 */
export function regionNameElsewhere(doc: Doc, hit: LexHit): boolean {
  if (REGION_HEAD_NEXT.test(doc.text.slice(hit.end, hit.end + 12))) return false;
  const next = doc.tokens[hit.last + 1];
  return !(next && next.start === hit.end + 1 && /^[\p{Lu}]/u.test(next.text));
}

/**
 * "the southern city of San Lucar de Barrameda", "the port town of Kismayo", "the island of
 * Capri": a place word, then "of" and a capitalised name (particles such as "de", "del", "al"
 * may join its words; it ends on a capitalised word).
 */
const PLACE_NAMED_AS_SUCH =
  /\b(city|town|port|village|resort|island|province|region|district)\s+of\s+([A-Z][\p{L}’'-]+(?:\s+(?:(?:de|del|de la|la|las|los|el|do|da|dos|di|al|sur)\s+)?[A-Z][\p{L}’'-]+){0,4})/gu;

/**
 * Rule: "in the southern city of San Lucar de Barrameda", "on the island of Capri": the name
 * after a place word and "of" is that kind of place, when no other rule named it (`taken`); a
 * town is a city, an island, province, region or district a region.
 */
export function placesNamedAsSuch(
  text: string,
  taken: (start: number, end: number) => boolean,
): Array<{ start: number; end: number; name: string; kind: 'city' | 'region' }> {
  const out: Array<{ start: number; end: number; name: string; kind: 'city' | 'region' }> = [];
  PLACE_NAMED_AS_SUCH.lastIndex = 0;
  for (let m = PLACE_NAMED_AS_SUCH.exec(text); m; m = PLACE_NAMED_AS_SUCH.exec(text)) {
    const name = m[2] as string;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (taken(start, end)) continue;
    const word = (m[1] as string).toLowerCase();
    out.push({
      start,
      end,
      name,
      kind: /^(?:island|province|region|district)$/.test(word) ? 'region' : 'city',
    });
  }
  return out;
}

/** "in Khankendi, Azerbaijan", "at Sanlúcar de Barrameda, Spain": a place name, a comma, a country. */
const TOWN_BEFORE_COUNTRY =
  /\b(?:in|at|near)\s+([A-Z][\p{L}’'-]+(?:\s+(?:(?:de|del|de la|la|el|al|sur|on)\s+)?[A-Z][\p{L}’'-]+){0,3}),\s+((?:the\s+)?[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+){0,2})/gu;

/**
 * Rule: "opened on Friday in Khankendi, Azerbaijan", "met in Tromvik, Norway": a capitalised name
 * after a locative and before ", <country>" is a town of that country, when no other rule named
 * it (`taken`). A name followed by anything but a country ("in Brussels, Mr X said") is left alone.
 */
export function townsBeforeTheirCountry(
  text: string,
  taken: (start: number, end: number) => boolean,
  countryCodeOf: (name: string) => string | null,
): Array<{ start: number; end: number; name: string; countryCode: string }> {
  const out: Array<{ start: number; end: number; name: string; countryCode: string }> = [];
  if (!text.includes(', ')) return out;
  TOWN_BEFORE_COUNTRY.lastIndex = 0;
  for (let m = TOWN_BEFORE_COUNTRY.exec(text); m; m = TOWN_BEFORE_COUNTRY.exec(text)) {
    const name = m[1] as string;
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    const code = countryCodeOf((m[2] as string).replace(/^the\s+/, ''));
    if (!code || taken(start, end) || countryCodeOf(name)) continue;
    out.push({ start, end, name, countryCode: code });
  }
  return out;
}
