// Extraction throughput on one core (the parent pins this process with taskset): full
// extract() against the bare tokenize() + splitSentences() it builds on, over the same corpus
// of at least N MB built here in memory (shared articles repeated, or generated text).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, splitSentences, tokenize } from '@dossier/ingest';
import { generateArticle } from './generate.mjs';

const [sharedDir, mb = '5'] = process.argv.slice(2);
const targetBytes = Number(mb) * 1024 * 1024;
const dirs = ['eval/seeds', 'eval/dev/articles'].map((d) => join(sharedDir, d)).filter(existsSync);
let base = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ text: readFileSync(join(d, f), 'utf8'), meta: {} })),
);
const source = base.length > 0 ? `${base.length} shared articles repeated` : 'generated articles';
if (base.length === 0)
  base = Array.from({ length: 200 }, (_, i) => generateArticle(i, 3)).map((a) => ({
    text: a.text,
    meta: { publishedAt: a.publishedAt },
  }));
const corpus = [];
let bytes = 0;
for (let i = 0; bytes < targetBytes; i++) {
  const a = base[i % base.length];
  corpus.push(a);
  bytes += Buffer.byteLength(a.text);
}
const words = corpus.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0);

function time(fn) {
  fn(corpus.slice(0, Math.min(corpus.length, 50))); // warm-up
  const t0 = performance.now();
  fn(corpus);
  return (performance.now() - t0) / 1000;
}
let sink = 0;
const bare = time((docs) => {
  for (const a of docs) sink += tokenize(a.text).length + splitSentences(a.text).length;
});
const extractAll = (docs) => {
  for (const a of docs) sink += Object.keys(extract(a.text, a.meta)).length;
};
// The first pass pays for the JIT compiling the rules (on this one core); a second pass over the
// same corpus is what a long-running ingestion worker sees.
const full = time(extractAll);
const t1 = performance.now();
extractAll(corpus);
const warm = (performance.now() - t1) / 1000;
process.stdout.write(
  JSON.stringify({
    source,
    megabytes: bytes / 2 ** 20,
    words,
    bare: words / bare,
    extract: words / full,
    extractWarm: words / warm,
    sink: sink > 0,
  }),
);
