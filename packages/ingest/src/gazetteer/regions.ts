import { gazetteerData } from './load.js';

export interface Region {
  /** CLDR's English name: Punjab, Khyber Pakhtunkhwa, Apulia, Tatarstan. */
  name: string;
  /** ISO2 code of its country, or null when several countries have a region of that name. */
  countryCode: string | null;
  /** a region known by this name alone (no list of subdivisions holds it): no cue needed */
  known?: boolean;
}

// Hand-kept: geographic and contested regions that news names on their own and that no list
// of subdivisions holds (ISO 3166-2 has provinces, not the Caucasus or Donbas). Country codes
// only where the whole region lies in one country.
const KNOWN_REGIONS: Array<[string, string | null, string[]]> = [
  ['Caucasus', null, ['North Caucasus']],
  ['Balkans', null, ['Western Balkans']],
  ['Baltics', null, []],
  ['Sahel', null, []],
  ['Levant', null, []],
  ['Maghreb', null, []],
  ['Horn of Africa', null, []],
  ['Scandinavia', null, []],
  ['Siberia', 'RU', []],
  ['Donbas', 'UA', ['Donbass']],
  ['Nagorno-Karabakh', 'AZ', ['Nagorno Karabakh', 'Karabakh']],
  ['Transnistria', 'MD', ['Transdniestria', 'Pridnestrovie']],
  ['South Ossetia', 'GE', []],
  ['Kashmir', null, []],
  ['Kurdistan', null, ['Iraqi Kurdistan']],
  ['Gaza Strip', 'PS', ['Gaza']],
  ['West Bank', 'PS', []],
  ['Golan Heights', null, []],
  ['Sinai', 'EG', ['Sinai Peninsula']],
  ['Persian Gulf', null, []],
  ['Arabian Peninsula', null, []],
  // continents and the parts of the world news names as places ("the threat reached right across
  // Europe", "support from Latin America")
  ['Europe', null, []],
  ['Asia', null, []],
  ['Africa', null, []],
  ['Latin America', null, []],
  ['South America', null, []],
  ['North America', null, []],
  ['Central America', null, []],
  ['Americas', null, []],
  ['Caribbean', null, []],
  ['Oceania', null, []],
  ['Eurasia', null, []],
];

let byName: Map<string, Region> | null = null;

function regionIndex(): Map<string, Region> {
  if (byName) return byName;
  byName = new Map();
  for (const row of gazetteerData().regions ?? [])
    byName.set(row.n, { name: row.n, countryCode: row.c || null });
  for (const [name, countryCode, forms] of KNOWN_REGIONS) {
    const region = { name, countryCode, known: true };
    for (const form of [name, ...forms]) byName.set(form, region);
  }
  return byName;
}

/** A first- or second-level subdivision of a country (a province, state, oblast) by its English name. */
export function regionByName(form: string): Region | undefined {
  return regionIndex().get(form);
}

/** All text forms that name a subdivision. */
export function regionSurfaceForms(): string[] {
  return [...regionIndex().keys()];
}
