#!/usr/bin/env node
// Throughput of the tokenizer/sentence splitter and of full extraction, in words per second on
// one core. Uses the dev articles when the evaluation kit is there, else generated news-like text.
// Usage: node scripts/bench.mjs [--seconds 3] [--shared DIR]   (or DOSSIER_SHARED_DIR)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract, findQuotations, splitSentences, tokenize } from '../dist/index.js';
import { evalDirFromArgs } from './eval-dir.mjs';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 3;
const evalDir = evalDirFromArgs();
let docs = [];
const dir = evalDir && resolve(evalDir, 'dev/articles');
if (dir && existsSync(dir))
  docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(resolve(dir, f), 'utf8'));
else {
  const s =
    'MOSCOW, May 16 /Agency/. Russian Defense Minister Ivan Petrov met his Belarusian counterpart Oleg Sidorov in Minsk on Friday, the ministry said. "We agreed on the plan," Petrov told reporters after the session of the CSTO Council of Defense Ministers.\n';
  docs = Array.from({ length: 20 }, (_, i) => s.repeat(5 + i));
}
const words = docs.reduce((n, d) => n + (d.match(/\S+/g)?.length ?? 0), 0);

const t0 = performance.now();
extract(docs[0] ?? '');
const warm = performance.now() - t0;

function measure(label, fn) {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const d of docs) fn(d);
    n++;
  }
  const s = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(28)} ${Math.round((n * words) / s).toLocaleString('en')} words/s`);
}
console.log(
  `corpus: ${docs.length} documents, ${words} words; first call (loads the gazetteer): ${warm.toFixed(0)} ms`,
);
measure('tokenize', (d) => tokenize(d));
measure('splitSentences', (d) => splitSentences(d));
measure('findQuotations', (d) => findQuotations(d));
measure('extract', (d) => extract(d));
