// Where an ingest's time goes, statement by statement, and how that changes as the store grows:
// fills a fresh PostgreSQL database with generated articles and, at each mark, times every SQL
// statement of 200 more ingests (node-postgres' query wrapped with a timer), printing the costliest
// per document. `node bench/statements.mjs [MARKS]` (default 1000,5000). Drops the database.
import { createRequire } from 'node:module';
import { ingestDocument, openStore } from '@dossier/model';
import { generateArticle } from './generate.mjs';

const SAMPLE = 200;
// the pg the store uses (a dependency of @dossier/model, not of the bench)
const pg = createRequire(import.meta.resolve('@dossier/model'))('pg');
const marks = (process.argv[2] ?? '1000,5000').split(',').map(Number);
const base = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const name = `dossier_bench_statements_${process.pid}`;

const stats = new Map();
let timing = false;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function timedQuery(config, ...rest) {
  const result = query.call(this, config, ...rest);
  if (!timing || typeof result?.then !== 'function') return result;
  const text = String(typeof config === 'string' ? config : config?.text).replace(/\s+/g, ' ');
  const started = performance.now();
  result.then(
    () => {
      const key = text.slice(0, 140);
      const s = stats.get(key) ?? { count: 0, ms: 0 };
      s.count++;
      s.ms += performance.now() - started;
      stats.set(key, s);
    },
    () => {},
  );
  return result;
};

const admin = await openStore(`${base}/postgres`, { migrate: false });
await admin.db.execute(`create database ${name}`);
try {
  const store = await openStore(`${base}/${name}`);
  let i = 0;
  for (const mark of marks) {
    for (; i < mark; i++) await ingestDocument(store, generateArticle(i, 11));
    stats.clear();
    timing = true;
    const started = performance.now();
    for (let k = 0; k < SAMPLE; k++, i++) await ingestDocument(store, generateArticle(i, 11));
    timing = false;
    console.log(`\n${mark} stored: ${((performance.now() - started) / SAMPLE).toFixed(1)} ms per document`);
    const top = [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12);
    for (const [text, s] of top)
      console.log(
        `${(s.ms / SAMPLE).toFixed(2).padStart(6)} ms/doc ${String(s.count).padStart(5)}x  ${text}`,
      );
  }
  await store.close();
} finally {
  await admin.db.execute(`drop database if exists ${name} with (force)`);
  await admin.close();
}
