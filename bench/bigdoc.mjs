// What storing one document costs, in SQL statements and time: ingests N generated articles,
// then one ~1 MB and one ~5 MB article (generated articles end to end, load.mjs' bigArticle)
// into a fresh PGlite store and a fresh PostgreSQL database, extraction timed apart from the
// write. Statements are counted through drizzle's logger and grouped by their first words.
// `node bench/bigdoc.mjs [--articles=N] [--sizes=1,5] [--stores=pglite,postgres] [--top=N]`
// prints one JSON line per measurement; `--top` also prints the most frequent statements.
import { extract } from '@dossier/ingest';
import { ingestDocument, openStore } from '@dossier/model';
import { generateArticle } from './generate.mjs';
import { bigArticle } from './load.mjs';

const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const articles = Number(arg('articles', '200'));
const sizes = arg('sizes', '1,5').split(',').filter(Boolean).map(Number);
const stores = arg('stores', 'pglite,postgres').split(',');
const top = Number(arg('top', '0'));
const pgBase = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';

/**
 * A drizzle logger that counts statements, by their first 90 characters, and charges each
 * with the time until the next one starts (its round trip and the JavaScript after it).
 */
function statementCounter() {
  const byText = new Map();
  let total = 0;
  let last = null;
  const settle = () => {
    if (last) byText.get(last.key).ms += performance.now() - last.at;
    last = null;
  };
  return {
    logger: {
      logQuery(query) {
        settle();
        total++;
        const key = query.replace(/\s+/g, ' ').slice(0, 90);
        const entry = byText.get(key) ?? { count: 0, ms: 0 };
        entry.count++;
        byText.set(key, entry);
        last = { key, at: performance.now() };
      },
    },
    /** Ends the current statement's charge (between documents, the time is no statement's). */
    settle,
    take() {
      settle();
      const out = { total, byText: [...byText].sort((a, b) => b[1].ms - a[1].ms) };
      total = 0;
      byText.clear();
      return out;
    },
  };
}

function report(store, measure, fields, counted) {
  console.log(JSON.stringify({ store, measure, ...fields, statements: counted.total }));
  for (const [text, { count, ms }] of counted.byText.slice(0, top))
    console.log(`   ${(ms / 1000).toFixed(2).padStart(7)} s ${String(count).padStart(6)}x ${text}`);
}

/** `articles` generated articles one by one: extraction and write time, statements per document. */
async function measureArticles(name, store, counter) {
  let extractMs = 0;
  let writeMs = 0;
  for (let i = 0; i < articles; i++) {
    const article = generateArticle(i, 11);
    const e0 = performance.now();
    const extraction = extract(article.text, article);
    extractMs += performance.now() - e0;
    const w0 = performance.now();
    await ingestDocument(store, article, { extractor: () => extraction });
    writeMs += performance.now() - w0;
    counter.settle();
  }
  const counted = counter.take();
  report(
    name,
    `${articles} articles`,
    {
      extractMsPerDoc: +(extractMs / articles).toFixed(2),
      writeMsPerDoc: +(writeMs / articles).toFixed(2),
      statementsPerDoc: +(counted.total / articles).toFixed(2),
    },
    counted,
  );
}

async function measureStore(name, url) {
  const counter = statementCounter();
  const store = await openStore(url, { logger: counter.logger });
  try {
    counter.take();
    if (articles > 0) await measureArticles(name, store, counter);
    for (const mb of sizes) {
      const article = bigArticle(mb * 2 ** 20, 31 + mb);
      const e0 = performance.now();
      const extraction = extract(article.text, article);
      const extractMs = performance.now() - e0;
      const w0 = performance.now();
      const result = await ingestDocument(store, article, {
        maxTextBytes: (mb + 1) * 2 ** 20,
        extractor: () => extraction,
      });
      const writeMs = performance.now() - w0;
      report(
        name,
        `${mb} MB article`,
        {
          bytes: Buffer.byteLength(article.text),
          meetings: extraction.meetings.length,
          persons: extraction.persons.length,
          statementRecords: extraction.statements.length,
          created: result.summary.created,
          extractS: +(extractMs / 1000).toFixed(2),
          writeS: +(writeMs / 1000).toFixed(2),
        },
        counter.take(),
      );
    }
  } finally {
    await store.close();
  }
}

if (stores.includes('pglite')) await measureStore('PGlite', 'memory://');
if (stores.includes('postgres')) {
  const name = `dossier_bench_bigdoc_${process.pid}`;
  const admin = await openStore(`${pgBase}/postgres`, { migrate: false });
  await admin.db.execute(`create database ${name}`);
  try {
    await measureStore('PostgreSQL', `${pgBase}/${name}`);
  } finally {
    await admin.db.execute(`drop database if exists ${name} with (force)`);
    await admin.close();
  }
}
