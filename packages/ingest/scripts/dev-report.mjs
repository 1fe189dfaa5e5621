#!/usr/bin/env node
// Dev harness: runs extract (from dist/) on the seed and dev articles and compares each
// article's records with its gold, roughly as ../../shared/eval/score.mjs does (per article; no
// cross-document merging). Usage: node scripts/dev-report.mjs [seeds|dev] [--quiet] [--only NN] [--shared DIR]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract } from '../dist/index.js';
import { evalDirFromArgs } from './eval-dir.mjs';
import { evaluate } from './eval-lib.mjs';

const evalDir = evalDirFromArgs();
if (!evalDir) process.exit(2);
const which = process.argv.find((a) => a === 'seeds' || a === 'dev') ?? 'both';
const quiet = process.argv.includes('--quiet');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const log = quiet ? () => {} : (s) => console.log(s);

if (which !== 'dev')
  console.log(
    evaluate(evalDir, resolve(evalDir, 'gold/seeds.json'), () => ({}), extract, { only, log }).summary,
  );
if (which !== 'seeds') {
  const manifest = JSON.parse(readFileSync(resolve(evalDir, 'dev/articles/manifest.json'), 'utf8'));
  const metaFor = (d) => {
    const m = manifest.find((x) => d.file.endsWith(x.file)) ?? {};
    return { title: m.title, url: m.url, publisher: m.publisher, publishedAt: m.published };
  };
  console.log(evaluate(evalDir, resolve(evalDir, 'gold/dev.json'), metaFor, extract, { only, log }).summary);
}
