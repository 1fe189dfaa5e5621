// Which ingest queries grow with the store: fills a fresh PostgreSQL database with N generated
// articles, then ingests one more while recording every statement, and prints EXPLAIN ANALYZE
// of the slowest selects. `node bench/explain.mjs [N]` (default 3000). Drops the database.
import { ingestDocument, openStore } from '@dossier/model';
import { generateArticle } from './generate.mjs';

const n = Number(process.argv[2] ?? 3000);
const base = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const name = `dossier_bench_explain_${process.pid}`;
const admin = await openStore(`${base}/postgres`, { migrate: false });
await admin.db.execute(`create database ${name}`);
try {
  let recording = false;
  const seen = [];
  const store = await openStore(`${base}/${name}`, {
    logger: { logQuery: (query, params) => recording && seen.push({ query, params }) },
  });
  for (let i = 0; i < n; i++) await ingestDocument(store, generateArticle(i, 11));
  recording = true;
  await ingestDocument(store, generateArticle(n, 11));
  recording = false;
  const pool = store.db.$client;
  const timed = [];
  for (const s of seen) {
    if (!/^\s*select/i.test(s.query) || /pg_advisory/.test(s.query)) continue;
    const { rows } = await pool.query(`explain (analyze, format json) ${s.query}`, s.params);
    const plan = rows[0]['QUERY PLAN'][0];
    timed.push({ ms: plan['Execution Time'], rows: plan.Plan['Actual Rows'], s });
  }
  timed.sort((a, b) => b.ms - a.ms);
  for (const t of timed.slice(0, 4)) {
    console.log(`\n${t.ms.toFixed(2)} ms, ${t.rows} rows: ${t.s.query.slice(0, 400)}`);
    const { rows } = await pool.query(`explain analyze ${t.s.query}`, t.s.params);
    console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
  }
  await store.close();
} finally {
  await admin.db.execute(`drop database if exists ${name} with (force)`);
  await admin.close();
}
