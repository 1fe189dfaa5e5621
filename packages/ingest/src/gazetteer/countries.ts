import type { Coordinates } from '../types.js';
import { gazetteerData } from './load.js';

export interface Country {
  code: string;
  /** English short name (world-countries `name.common`). */
  name: string;
  /** The name the project uses for keys and display: short English, ASCII where usual. */
  display: string;
  /** A representative point inside the country (world-countries `latlng`). */
  coordinates: Coordinates;
}

// Display names where the ISO short name differs from the name English news and the scorer's
// country list use first. Keys use the ISO code, so this only changes the shown name.
const DISPLAY: Record<string, string> = { TR: 'Turkey' };

// Adjectives English news uses besides the official demonym.
// (world-countries gives one demonym per country, sometimes an old one: "Tadzhik", "Kirghiz").
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['US', 'U.S.'],
  GB: ['UK', 'U.K.', 'English', 'Scottish', 'Welsh'],
  BY: ['Belarussian', 'Byelorussian'],
  KZ: ['Kazakh'],
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  TJ: ['Tajik', 'Tajikistani'],
  UZ: ['Uzbek'],
  TM: ['Turkmenistani'],
  AZ: ['Azeri'],
  SA: ['Saudi'],
  PH: ['Philippine'],
  NL: ['Netherlands'],
  KR: ['Korean'],
  // spellings English-language wires use beside world-countries' one
  EC: ['Ecuadorian'],
  SV: ['Salvadorian'],
  AR: ['Argentinian'],
  LA: ['Lao'],
  DJ: ['Djiboutian'],
  SR: ['Surinamese'],
  BA: ['Bosnian'],
  MK: ['North Macedonian'],
  NP: ['Nepali'],
  MV: ['Maldivian'],
  TL: ['Timorese'],
  VU: ['Vanuatuan'],
  SI: ['Slovenian'],
  IS: ['Icelandic'],
  LU: ['Luxembourgish'],
  CV: ['Cabo Verdean', 'Cape Verdean'],
  KM: ['Comorian'],
  GQ: ['Equatoguinean'],
};

// A demonym world-countries gives two countries belongs, in the news, to the more populous one:
// "Dominican President Luis Abinader" is the Dominican Republic's, not Dominica's.
const SHARED_DEMONYM_OWNER: Record<string, string> = { Dominican: 'DO', Congolese: 'CD' };

// Names English-language outlets of the country itself write beside world-countries' ones
// (Vietnamese outlets keep the marks: "Việt Nam").
const EXTRA_NAMES: Record<string, string[]> = {
  VN: ['Việt Nam', 'Viet Nam'],
  // without the circumflex, and with a typographic apostrophe, as wires and papers print it
  CI: ["Cote d'Ivoire", 'Cote d’Ivoire', 'Côte d’Ivoire'],
  // "&" for "and", as Caribbean and Commonwealth outlets write it
  AG: ['Antigua & Barbuda'],
  TT: ['Trinidad & Tobago'],
  ST: ['Sao Tome & Principe'],
  BA: ['Bosnia & Herzegovina'],
};

interface CountryIndex {
  byName: Map<string, Country>;
  byDemonym: Map<string, Country>;
  byCode: Map<string, Country>;
  capitals: Map<string, Country>;
  /** ISO2 code -> the first capital world-countries lists */
  capitalOf: Map<string, string>;
  /** ISO2 code -> every name world-countries gives the country, its official one included */
  namesOf: Map<string, readonly string[]>;
}

let index: CountryIndex | null = null;

function countryIndex(): CountryIndex {
  if (index) return index;
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  const capitals = new Map<string, Country>();
  const capitalOf = new Map<string, string>();
  const namesOf = new Map<string, readonly string[]>();
  for (const row of gazetteerData().countries) {
    const c: Country = {
      code: row.code,
      name: row.name,
      display: DISPLAY[row.code] ?? row.name,
      coordinates: { lat: row.lat, lon: row.lon },
    };
    byCode.set(row.code, c);
    namesOf.set(row.code, row.names);
    for (const n of [...row.names, c.display, ...(EXTRA_NAMES[row.code] ?? [])])
      if (!byName.has(n)) byName.set(n, c);
    for (const d of [...row.demonyms, ...(EXTRA_DEMONYMS[row.code] ?? [])]) {
      const owner = SHARED_DEMONYM_OWNER[d];
      if (owner ? owner === row.code : !byDemonym.has(d)) byDemonym.set(d, c);
    }
    // "Washington D.C." is "Washington" in news
    for (const cap of row.capital)
      for (const form of [cap, cap.replace(/,?\s+D\.\s?C\.$/, '')]) capitals.set(form, c);
    if (row.capital[0]) capitalOf.set(row.code, row.capital[0]);
  }
  index = { byName, byDemonym, byCode, capitals, capitalOf, namesOf };
  return index;
}

/** A country by any of its names ("Russian Federation", "Belarus", "USA"). Case-sensitive. */
export function countryByName(name: string): Country | undefined {
  return countryIndex().byName.get(name.replace(/^the /i, ''));
}

/** A country by its demonym adjective ("Russian", "Belarusian", "US"). */
export function countryByDemonym(word: string): Country | undefined {
  return countryIndex().byDemonym.get(word);
}

/**
 * The country the longest run of `words` from the first names ("Sri Lanka" of "Sri Lanka Ana
 * Ruiz", "Nigeria" of "Nigeria Jalel Trabelsi"), and how many words it takes; undefined for none.
 */
export function countryOfFirstWords(
  words: readonly string[],
): { country: Country; count: number } | undefined {
  for (let n = words.length; n > 0; n--) {
    const country = countryByName(words.slice(0, n).join(' '));
    if (country) return { country, count: n };
  }
  return undefined;
}

export function countryByCode(code: string): Country | undefined {
  return countryIndex().byCode.get(code);
}

/** Every name world-countries gives a country, its official one included ("Kingdom of Bahrain"). */
export function namesOfCountry(code: string): readonly string[] {
  return countryIndex().namesOf.get(code) ?? [];
}

/** The capital city's name of a country by ISO2 code ("KZ" -> "Astana"), as world-countries gives it. */
export function capitalOfCountry(code: string): string | undefined {
  return countryIndex().capitalOf.get(code);
}

/** The country whose capital is `city` ("Moscow" -> Russia): a capital standing for its government. */
export function countryOfCapital(city: string): Country | undefined {
  return countryIndex().capitals.get(city);
}

/** Every surface form (names and demonyms), for the lexicon. */
export function countrySurfaceForms(): Array<{ form: string; country: Country; demonym: boolean }> {
  const out: Array<{ form: string; country: Country; demonym: boolean }> = [];
  const idx = countryIndex();
  for (const [form, country] of idx.byName) out.push({ form, country, demonym: false });
  for (const [form, country] of idx.byDemonym) out.push({ form, country, demonym: true });
  return out;
}
