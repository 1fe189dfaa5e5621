// pnpm bench: one table of figures, each measured in this run beside its baseline.
//   1. extraction words/s on one core: extract() vs the bare tokenize()+splitSentences()
//      and extraction ms per KB of hostile inputs at 10 KB, 100 KB and 1 MB (flat when linear)
//   2. API: the contract's Meetings query vs yoga hello-world (autocannon, 50 connections,
//      loopback, server in a child process), PGlite and PostgreSQL, cached and uncached
//   3. ingestion documents/s: first 1,000 and last 1,000 of 10,000 generated articles
//   4. server start-up time and RSS on an embedded store of 10,000 articles vs an empty one,
//      and on a new store (memory:// and a new directory, from the build's snapshot) vs initdb
//      and vs reopening an empty store
//   5. @dossier/ingest as a library: import and first-call time in a fresh process
//   6. mixed load on `dossier serve`: 50 readers alone, then with 4 writers ingesting through
//      the API (cache on and off), and while one 5 MB article is ingested (load.mjs)
//   7. PostgreSQL ingestion workers draining a backlog: 1, 2, … processes until one more stops
//      helping, and the time a 100k backlog would take at the best rate (workers.mjs)
// `--quick` does a short smoke run. Nothing generated here is written inside the repository.
import { execFileSync, fork, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestDocument, openStore } from '@dossier/model';
import autocannon from 'autocannon';
import { generateArticle } from './generate.mjs';
import { bigIngestPhase, mixedPhase, READERS, WRITERS } from './load.mjs';
import { listeningPort } from './serve-port.mjs';
import { drainRate } from './workers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const quick = process.argv.includes('--quick');
const sharedDir = resolve(process.env.DOSSIER_SHARED_DIR ?? resolve(root, '../shared'));
const pgBase = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const rows = [];
const notes = [];

const fmt = (n, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '–';
const log = (...args) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);
function row(section, measure, value, baseline, ratio) {
  rows.push({ section, measure, value, baseline: baseline ?? '', ratio: ratio ?? '' });
}

// ---------------------------------------------------------------------------- 1. extraction
function extractionSection() {
  log('extraction: building the corpus and measuring on one core');
  const out = execFileSync(
    'taskset',
    ['-c', '0', process.execPath, join(here, 'extract.mjs'), sharedDir, quick ? '1' : '5'],
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 1 << 20 },
  );
  const r = JSON.parse(out);
  const src = `${fmt(r.megabytes, 1)} MB, ${fmt(r.words)} words, ${r.source}`;
  row(
    'extraction (1 core)',
    `extract() words/s [${src}]`,
    fmt(r.extract),
    `${fmt(r.bare)} (tokenize+splitSentences)`,
    `${fmt(r.extract / r.bare, 2)}x`,
  );
  row(
    'extraction (1 core)',
    '  the same, second pass over the corpus (JIT warm)',
    fmt(r.extractWarm),
    `${fmt(r.bare)} (tokenize+splitSentences)`,
    `${fmt(r.extractWarm / r.bare, 2)}x`,
  );
  row(
    'extraction (1 core)',
    'goal: extract() >= 300,000 words/s (first pass)',
    r.extract >= 300_000 ? 'met' : 'NOT met',
    '',
    '',
  );
}

function adversarialSection() {
  log(`extraction: hostile inputs at 10 KB, 100 KB${quick ? '' : ' and 1 MB'} on one core`);
  const out = execFileSync(
    'taskset',
    ['-c', '0', process.execPath, join(here, 'adversarial.mjs'), ...(quick ? ['--quick'] : [])],
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 1 << 20 },
  );
  const label = (kb) => (kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`);
  for (const r of JSON.parse(out)) {
    const [first] = r.perKb;
    const last = r.perKb.at(-1);
    row(
      'extraction, hostile text (1 core)',
      `${r.name} (${JSON.stringify(r.unit.length > 24 ? `${r.unit.slice(0, 21)}...` : r.unit)} repeated): ms/KB at ${r.sizes.map(label).join(' / ')}`,
      r.perKb.map((v) => fmt(v, 2)).join(' / '),
      `${fmt(first, 2)} (at ${label(r.sizes[0])})`,
      `${fmt(last / first, 2)}x`,
    );
  }
}

// ------------------------------------------------------------------------------- 2. API
const contract = existsSync(join(sharedDir, 'eval/contract.graphql'))
  ? readFileSync(join(sharedDir, 'eval/contract.graphql'), 'utf8')
  : '';
const MEETINGS =
  (/query Meetings[\s\S]*?\n}\n/.exec(contract)?.[0] ??
    `query Meetings($first: Int!, $after: String) { meetings(first: $first, after: $after) { pageInfo { hasNextPage endCursor }
      edges { node { id kind date place { id name } participants { __typename id name aliases } forum { id name } within { id } topics evidence { ...Ev } } } } }`) +
  '\nfragment Ev on Evidence { document { id } start end exact }\n';

function startServer(args, script = 'server.mjs') {
  return new Promise((resolvePromise, reject) => {
    const child = fork(join(here, script), args, {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server ${args[0]} exited with ${code}`)));
    child.once('message', (m) => resolvePromise({ child, port: m.port }));
  });
}
const ask = (child, type) =>
  new Promise((resolvePromise) => {
    child.once('message', resolvePromise);
    child.send({ type });
  });
async function stopServer(server) {
  server.child.removeAllListeners('exit');
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.send({ type: 'stop' });
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function load(port, body, seconds, beforeMeasure = async () => {}, pid = null) {
  const options = {
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 50,
  };
  await autocannon({ ...options, duration: quick ? 1 : 2 }); // warm-up
  await beforeMeasure();
  const cpu0 = pid ? cpuMs(pid) : Number.NaN;
  const r = await autocannon({ ...options, duration: seconds });
  const cpu = pid ? (cpuMs(pid) - cpu0) / r.requests.total : Number.NaN;
  if (r.non2xx > 0 || r.errors > 0) notes.push(`load on :${port}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, cpu };
}

/**
 * CPU time of the PostgreSQL backends serving `url`'s database (a local server: read from /proc),
 * measured from now until the returned function is called; ms, NaN when it cannot be read.
 */
async function pgBackendCpu(url) {
  if (!url?.startsWith('postgres')) return async () => Number.NaN;
  const admin = await openStore(`${pgBase}/postgres`, { migrate: false });
  try {
    const result = await admin.db.execute(
      `select pid from pg_stat_activity where datname = '${new URL(url).pathname.slice(1)}'`,
    );
    const pids = result.rows.map((r) => r.pid);
    const before = pids.map(cpuMsOrNaN);
    return async () => pids.reduce((sum, pid, i) => sum + cpuMsOrNaN(pid) - before[i], 0);
  } finally {
    await admin.close();
  }
}
function cpuMsOrNaN(pid) {
  try {
    return cpuMs(pid);
  } catch {
    return Number.NaN;
  }
}

async function seedStore(url, count) {
  const store = await openStore(url);
  for (let i = 0; i < count; i++) await ingestDocument(store, generateArticle(i, 7));
  await store.close();
}

async function createPgDatabase(name) {
  try {
    const admin = await openStore(`${pgBase}/postgres`, { migrate: false });
    await admin.db.execute(`create database ${name}`);
    await admin.close();
    return `${pgBase}/${name}`;
  } catch (error) {
    notes.push(`PostgreSQL at ${pgBase} unreachable or refused (${error.message}): its rows are skipped`);
    return null;
  }
}
async function dropPgDatabase(name) {
  try {
    const admin = await openStore(`${pgBase}/postgres`, { migrate: false });
    await admin.db.execute(`drop database if exists ${name} with (force)`);
    await admin.close();
  } catch {}
}

const MEETINGS_BODY = JSON.stringify({
  query: MEETINGS,
  variables: { first: 20 },
  operationName: 'Meetings',
});
const API_SECONDS = quick ? 3 : 10;
const API_ARTICLES = quick ? 60 : 300;
/** The API section's Meetings rates by store and cache setting, the baseline of the 10k reads. */
const apiRates = new Map();

/** The Meetings page served by `dossier` over `url` under 50 connections, and its SQL count. */
async function meetingsLoad(name, url, cache) {
  const server = await startServer(['dossier', url, cache]);
  const check = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: MEETINGS_BODY,
  }).then((r) => r.json());
  if (check.errors || (check.data?.meetings?.edges?.length ?? 0) === 0) {
    notes.push(`Meetings on ${name} answered ${JSON.stringify(check).slice(0, 200)}`);
  }
  // SQL statements are counted over the measured run only (reset after the warm-up)
  let pgCpu;
  const measured = async () => {
    pgCpu = await pgBackendCpu(url);
    await ask(server.child, 'sql');
  };
  const r = await load(server.port, MEETINGS_BODY, API_SECONDS, measured, server.child.pid);
  r.pgCpu = (await pgCpu()) / r.total;
  r.statements = (await ask(server.child, 'sql')).statements;
  r.bytes = JSON.stringify(check).length;
  await stopServer(server);
  return r;
}

async function apiSection(pgUrl) {
  const seconds = API_SECONDS;
  const articles = API_ARTICLES;
  const meetingsBody = MEETINGS_BODY;
  const helloBody = JSON.stringify({ query: '{ hello }' });

  log('api: yoga hello-world baseline');
  const hello = await startServer(['hello']);
  const base = await load(hello.port, helloBody, seconds);
  await stopServer(hello);
  row(
    'API (50 conn)',
    'yoga hello-world req/s (p50 / p99 ms)',
    `${fmt(base.rps)} (${base.p50} / ${base.p99})`,
    'baseline',
    '1.00',
  );

  const stores = [['PGlite', join(work, 'api-pglite')]];
  if (pgUrl) stores.push(['PostgreSQL', pgUrl]);
  for (const [name, url] of stores) {
    log(`api: seeding ${name} with ${articles} generated articles`);
    await seedStore(url, articles);
    log(`api: Meetings on ${name}, hand-written single-SQL anchor`);
    const anchorServer = await startServer([url], 'anchor.mjs');
    let anchorPg;
    const anchor = await load(
      anchorServer.port,
      meetingsBody,
      seconds,
      async () => {
        anchorPg = await pgBackendCpu(url);
      },
      anchorServer.child.pid,
    );
    anchor.pgCpu = (await anchorPg()) / anchor.total;
    await stopServer(anchorServer);
    row(
      'API (50 conn)',
      `Meetings first:20 on ${name}, anchor (one hand-written SQL, bare node:http): req/s (p50 / p99 ms)`,
      `${fmt(anchor.rps)} (${anchor.p50} / ${anchor.p99})`,
      fmt(base.rps),
      `${fmt(anchor.rps / base.rps, 2)}`,
    );
    row('API (50 conn)', `  server CPU ms per request (${name}, anchor)`, fmt(anchor.cpu, 2), '', '');
    if (name === 'PostgreSQL')
      row('API (50 conn)', '  PostgreSQL backends CPU ms per request (anchor)', fmt(anchor.pgCpu, 2), '', '');
    for (const cache of ['nocache', 'cache']) {
      log(`api: Meetings on ${name}, ${cache}`);
      const r = await meetingsLoad(name, url, cache);
      apiRates.set(`${name} ${cache}`, r);
      const { statements } = r;
      const label = cache === 'cache' ? 'response cache on' : 'no cache';
      row(
        'API (50 conn)',
        `Meetings first:20 on ${name}, ${label}: req/s (p50 / p99 ms)`,
        `${fmt(r.rps)} (${r.p50} / ${r.p99})`,
        fmt(base.rps),
        `${fmt(r.rps / base.rps, 2)}`,
      );
      row(
        'API (50 conn)',
        `  the same vs the anchor (${name}, ${label}; goal uncached >= ${name === 'PGlite' ? '0.3' : '0.5'}x)`,
        fmt(r.rps),
        `${fmt(anchor.rps)} (anchor)`,
        `${fmt(r.rps / anchor.rps, 2)}x`,
      );
      row(
        'API (50 conn)',
        `  server CPU ms per request (${name}, ${label})`,
        fmt(r.cpu, 2),
        `${fmt(anchor.cpu, 2)} (anchor)`,
        `${fmt(r.cpu / anchor.cpu, 2)}x`,
      );
      if (name === 'PostgreSQL')
        row(
          'API (50 conn)',
          `  PostgreSQL backends CPU ms per request (${label})`,
          fmt(r.pgCpu, 2),
          `${fmt(anchor.pgCpu, 2)} (anchor)`,
          `${fmt(r.pgCpu / anchor.pgCpu, 2)}x`,
        );
      row(
        'API (50 conn)',
        `  SQL statements per request (${name}, ${label})`,
        fmt(statements / r.total, 2),
        '',
        '',
      );
    }
  }
}

// ------------------------------------------------------------------------- 3. ingestion
async function ingestRun(name, url, total) {
  const store = await openStore(url);
  const window = Math.min(1000, total);
  const marks = [];
  let t0 = performance.now();
  // bounded so that the whole run stays near 10 minutes; the table says when it stopped early
  const deadline = Date.now() + (quick ? 120_000 : name === 'PGlite' ? 330_000 : 200_000);
  let done = 0;
  for (let i = 0; i < total; i++) {
    if (i % window === 0 && i > 0) {
      marks.push({ upTo: i, rate: window / ((performance.now() - t0) / 1000) });
      t0 = performance.now();
      log(`ingest ${name}: ${i} stored, ${fmt(marks.at(-1).rate, 1)} docs/s over the last ${window}`);
      if (Date.now() > deadline) break;
    }
    await ingestDocument(store, generateArticle(i, 11));
    done = i + 1;
  }
  if (done === total && done % window === 0)
    marks.push({ upTo: done, rate: window / ((performance.now() - t0) / 1000) });
  await store.close();
  return { marks, done, window };
}

async function ingestionSection(pgUrl, pgliteDir) {
  const total = quick ? 2000 : 10_000;
  const targets = [['PGlite', pgliteDir]];
  if (pgUrl) targets.push(['PostgreSQL', pgUrl]);
  for (const [name, url] of targets) {
    log(`ingestion: ${total} generated articles into ${name}`);
    const { marks, done, window } = await ingestRun(name, url, total);
    const first = marks[0];
    const last = marks.at(-1);
    row(
      'ingestion',
      `${name}: docs/s, first ${fmt(window)} (into an empty store)`,
      fmt(first.rate, 1),
      'baseline',
      '1.00',
    );
    row(
      'ingestion',
      `${name}: docs/s, last ${fmt(window)} (${fmt(last.upTo - window)} -> ${fmt(last.upTo)} stored)`,
      fmt(last.rate, 1),
      fmt(first.rate, 1),
      fmt(last.rate / first.rate, 2),
    );
    if (done < total) notes.push(`ingestion into ${name} stopped at ${done} of ${total} (time bound)`);
    await readsOnLargeStore(name, url, done);
  }
}

/**
 * The API section's Meetings page again, on the store the ingestion just filled (issue 12: at
 * 10k stored documents reads run at >= 0.9x their rate at 300). Run after the API section, in
 * the same run, so the ratio compares like with like; the serve opens the store as in
 * production (ANALYZE of stale tables on open).
 */
async function readsOnLargeStore(name, url, stored) {
  for (const cache of ['nocache', 'cache']) {
    const small = apiRates.get(`${name} ${cache}`);
    if (!small) continue; // the API section did not run
    log(`ingestion: Meetings on ${name} at ${stored} stored, ${cache}`);
    const r = await meetingsLoad(name, url, cache);
    const label = cache === 'cache' ? 'response cache on' : 'no cache';
    row(
      'ingestion',
      `  Meetings first:20 on ${name} at ${fmt(stored)} stored, ${label}: req/s (p50 / p99 ms; goal >= 0.9x)`,
      `${fmt(r.rps)} (${r.p50} / ${r.p99})`,
      `${fmt(small.rps)} (${fmt(API_ARTICLES)} stored)`,
      `${fmt(r.rps / small.rps, 2)}x`,
    );
    if (cache === 'nocache')
      row(
        'ingestion',
        `  the same: server CPU ms per request, response bytes`,
        `${fmt(r.cpu, 2)}, ${fmt(r.bytes)}`,
        `${fmt(small.cpu, 2)}, ${fmt(small.bytes)} (${fmt(API_ARTICLES)} stored)`,
        `${fmt(r.cpu / small.cpu, 2)}x`,
      );
  }
}

// ---------------------------------------------------------------------- 4. start-up, RSS
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}
/** CPU time (user + system, all threads) a process has used, in ms: steadier than wall time on a shared machine. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in USER_HZ (100)
}
async function startup(dir, env = {}) {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [join(root, 'apps/api/dist/cli.js'), 'serve', '--database', dir, '--port', '0'],
    {
      env: { ...process.env, NODE_ENV: 'production', DOSSIER_LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const port = await listeningPort(child, 60_000);
  let ms = Number.NaN;
  for (let i = 0; i < 3000; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      ms = performance.now() - t0;
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const rss = rssMb(child.pid);
  const cpu = cpuMs(child.pid);
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
  return { ms, rss, cpu };
}
async function startupSection(fullDir) {
  const emptyDir = await emptyStore();
  log('start-up: empty store and the ingested store');
  const e = await measure(emptyDir);
  const f = await measure(fullDir);
  const stored = quick ? '2,000' : '10,000';
  row(
    'start-up',
    `serve until /healthz answers, store of ${stored} articles (ms)`,
    fmt(f.ms),
    `${fmt(e.ms)} (empty store)`,
    fmt(f.ms / e.ms, 2),
  );
  row(
    'start-up',
    `RSS after start, store of ${stored} articles (MB)`,
    fmt(f.rss),
    `${fmt(e.rss)} (empty store)`,
    fmt(f.rss / e.rss, 2),
  );
}

async function emptyStore() {
  const dir = join(work, 'empty-store');
  if (!existsSync(dir)) await (await openStore(dir)).close();
  return dir;
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Median of 3 start-ups (1 with --quick); `dir` is a path, or gives a new one for each run. */
async function measure(dir, env) {
  const rs = [];
  for (let i = 0; i < (quick ? 1 : 3); i++)
    rs.push(await startup(typeof dir === 'function' ? dir(i) : dir, env));
  return {
    ms: median(rs.map((r) => r.ms)),
    rss: median(rs.map((r) => r.rss)),
    cpu: median(rs.map((r) => r.cpu)),
  };
}

/** A new store starts from the build's data-directory snapshot; initdb is what it replaces. */
async function newStoreSection() {
  const emptyDir = await emptyStore();
  log('start-up: new stores (snapshot, initdb) and reopening an empty one');
  const initdb = await measure('memory://', { DOSSIER_STORE_SNAPSHOT: 'off' });
  const memory = await measure('memory://');
  const newDir = await measure((i) => join(work, `new-store-${i}`));
  const reopen = await measure(emptyDir);
  const pairs = [
    ['new store memory:// (snapshot)', memory, initdb, 'initdb, no snapshot'],
    ['new store in a new directory (snapshot)', newDir, reopen, 'reopen of an empty store'],
  ];
  for (const [what, m, base, baseName] of pairs) {
    row(
      'start-up',
      `serve until /healthz answers, ${what} (ms)`,
      fmt(m.ms),
      `${fmt(base.ms)} (${baseName})`,
      fmt(m.ms / base.ms, 2),
    );
    row(
      'start-up',
      `  CPU time until /healthz answers, ${what} (ms)`,
      fmt(m.cpu),
      `${fmt(base.cpu)} (${baseName})`,
      fmt(m.cpu / base.cpu, 2),
    );
    row(
      'start-up',
      `RSS after start, ${what} (MB)`,
      fmt(m.rss),
      `${fmt(base.rss)} (${baseName})`,
      fmt(m.rss / base.rss, 2),
    );
  }
}

// ------------------------------------------------------------------------ 6. mixed load
const optionValue = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ms = (r) => `${fmt(r.p50)} / ${fmt(r.p99)} / ${fmt(r.max)}`;
const pct = (share) => (share == null ? '?' : `${fmt(100 * share, 1)}%`);
/** "0", or the count and its kinds: "12 (timeouts 10, graphql 2)". */
const readErrors = (r) =>
  r.errors === 0
    ? '0'
    : `${r.errors} (${Object.entries(r.errorKinds)
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ')})`;

async function loadSection(pgUrl, pgName) {
  const seconds = Number(optionValue('load-seconds') ?? (quick ? 10 : 60));
  const articles = Number(optionValue('load-articles') ?? (quick ? 100 : 500));
  const queueWorkers = Number(optionValue('load-workers') ?? 2);
  const stores = [['PGlite', join(work, 'load-pglite'), null, 0]];
  let admin = null;
  if (pgUrl) {
    admin = await openStore(`${pgBase}/postgres`, { migrate: false });
    const pgAdmin = (text) => admin.db.execute(text);
    stores.push(['PostgreSQL', pgUrl, pgAdmin, 0]);
    // the production shape: the API reads and enqueues, `dossier worker` processes write
    if (queueWorkers > 0)
      stores.push([`PostgreSQL, queue + ${queueWorkers} workers`, pgUrl, pgAdmin, queueWorkers]);
  }
  const section = `mixed load (${READERS} readers)`;
  try {
    const seeded = new Set();
    let offset = 0;
    for (const [name, url, pgAdmin, workers] of stores) {
      if (!seeded.has(url)) {
        log(`load: seeding ${name} with ${articles} generated articles`);
        await seedStore(url, articles);
        seeded.add(url);
      }
      const caches = { on: [true], off: [false] }[optionValue('load-cache')] ?? [true, false];
      for (const cache of caches) {
        const r = await mixedPhase({
          database: url,
          cache,
          seconds,
          pgAdmin,
          pgName,
          offset,
          log,
          queueWorkers: workers,
        });
        offset += 100_000;
        const label = `${name}, cache ${cache ? 'on' : 'off'}`;
        row(
          section,
          `${label}: reads req/s (p50 / p99 / max ms) with ${WRITERS} writers, ${seconds} s`,
          `${fmt(r.mixed.rps)} (${ms(r.mixed)})`,
          `${fmt(r.alone.rps)} (${ms(r.alone)}) alone`,
          `${fmt(r.mixed.rps / r.alone.rps, 2)}x`,
        );
        if (cache)
          row(
            section,
            `  ${label}: reads answered from the cache, with writers / alone`,
            `${pct(r.mixed.cacheHitRate)} / ${pct(r.alone.cacheHitRate)}`,
          );
        row(
          section,
          `  ${label}: read errors with writers / alone`,
          `${readErrors(r.mixed)} / ${readErrors(r.alone)}`,
        );
        const errors = Object.entries(r.writes.errors)
          .map(([code, n]) => `${code} ${n}`)
          .join(', ');
        const latencies = r.writes.latencies.sort((a, b) => a - b);
        const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
        row(
          section,
          `  ${label}: writers docs/s, ingest p50 / p99 ms (errors${r.deadlocks === null ? '' : '; PostgreSQL deadlocks'})`,
          `${fmt(r.writes.docs / r.writes.seconds, 1)}, ${fmt(at(0.5))} / ${fmt(at(0.99))} (${errors || 'none'}${r.deadlocks === null ? '' : `; ${r.deadlocks}`})`,
        );
        row(
          section,
          `  ${label}: server RSS MB start / middle / end (max)`,
          `${fmt(r.rss.start)} / ${fmt(r.rss.middle)} / ${fmt(r.rss.end)} (${fmt(r.rss.max)})`,
          '',
          `${fmt(r.rss.end / r.rss.start, 2)}x`,
        );
        const goals = [
          r.mixed.errors === 0 && Object.keys(r.writes.errors).length === 0 && !r.deadlocks ? null : 'errors',
          r.mixed.p99 < 300 ? null : 'p99 >= 300 ms',
          r.mixed.rps >= 0.5 * r.alone.rps ? null : 'reads < 0.5x alone',
          r.rss.end <= 1.25 * r.rss.start ? null : 'RSS grew > 25%',
        ].filter(Boolean);
        row(
          section,
          `  ${label}: goals (0 errors, p99 < 300 ms, reads >= 0.5x alone, RSS flat)`,
          goals.length ? `NOT met: ${goals.join(', ')}` : 'met',
        );
      }
      if (process.argv.includes('--no-big-ingest')) continue;
      const big = await bigIngestPhase({
        database: url,
        seconds: Math.min(seconds, 20),
        log,
        queueWorkers: workers,
        seed: 31 + stores.findIndex((store) => store[0] === name),
      });
      row(
        section,
        `${name}, cache off: reads req/s (p50 / p99 / max ms) while one ${fmt(big.bytes / 2 ** 20, 1)} MB article is ingested (${fmt(big.ingestSeconds, 1)} s${big.ingestError ? `, ${big.ingestError.slice(0, 80)}` : ''})`,
        `${fmt(big.during.rps)} (${ms(big.during)})`,
        `${fmt(big.alone.rps)} (${ms(big.alone)}) alone`,
        `p99 ${fmt(big.during.p99 / big.alone.p99, 2)}x`,
      );
      row(
        section,
        `  ${name}: goal p99 while the 5 MB ingest runs <= 2x alone, no read errors, ingest stored (read errors ${readErrors(big.during)})`,
        big.during.p99 <= 2 * big.alone.p99 && !big.ingestError && big.during.errors === 0
          ? 'met'
          : 'NOT met',
      );
    }
  } finally {
    await admin?.close();
  }
}

// ----------------------------------------------------------------------------- 7. workers
/**
 * 1, 2, 3… worker processes on a fresh database each, until one more worker adds less than 10%
 * (or 6 workers); each rate beside one worker's, and a 100k backlog extrapolated from the best.
 */
async function workersSection() {
  const backlog = Number(optionValue('workers-backlog') ?? (quick ? 150 : 600));
  const section = 'workers (PostgreSQL)';
  const rates = [];
  for (let workers = 1; workers <= 6; workers++) {
    const name = `dossier_bench_workers_${process.pid}_${workers}`;
    const url = await createPgDatabase(name);
    if (!url) return;
    try {
      log(`workers: ${workers} worker process(es) draining ${backlog} queued articles`);
      const r = await drainRate(url, { workers, backlog });
      rates.push(r.rate);
      row(
        section,
        `${workers} worker process${workers > 1 ? 'es' : ''}: documents/s draining ${backlog} queued articles${r.finished ? '' : ' (UNFINISHED)'}`,
        fmt(r.rate, 1),
        workers > 1 ? `${fmt(rates[0], 1)} (1 worker)` : '',
        workers > 1 ? `${fmt(r.rate / rates[0], 2)}x` : '',
      );
    } finally {
      await dropPgDatabase(name);
    }
    if (workers > 1 && rates[workers - 1] < 1.1 * rates[workers - 2]) break;
  }
  const best = Math.max(...rates);
  const bestCount = rates.indexOf(best) + 1;
  row(
    section,
    `  a 100,000-article backlog at the best rate (${bestCount} workers), extrapolated`,
    `${fmt(100_000 / best / 60, 0)} min`,
    `${fmt(100_000 / rates[0] / 60, 0)} min (1 worker)`,
  );
  row(
    section,
    '  goal: 2 workers >= 1.6x one worker',
    rates.length > 1 && rates[1] >= 1.6 * rates[0] ? 'met' : 'NOT met',
  );
}

// ------------------------------------------------------------------------------- table
function printTable() {
  const head = {
    section: 'section',
    measure: 'measure',
    value: 'value',
    baseline: 'baseline (same run)',
    ratio: 'ratio',
  };
  const all = [head, ...rows];
  const widths = Object.keys(head).map((k) => Math.max(...all.map((r) => String(r[k]).length)));
  const line = (r) =>
    `| ${Object.keys(head)
      .map((k, i) => String(r[k]).padEnd(widths[i]))
      .join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  for (const n of notes) console.log(`\nnote: ${n}`);
}

// ---------------------------------------------------------------------- 5. package import
function importSection() {
  log('package: importing @dossier/ingest in fresh processes');
  const out = execFileSync(process.execPath, [join(here, 'import.mjs'), quick ? '3' : '9'], {
    encoding: 'utf8',
  });
  const r = JSON.parse(out);
  const ms = (wall, cpu) => `${fmt(wall)} ms (CPU ${fmt(cpu)} ms)`;
  row(
    'package',
    `import '@dossier/ingest' [median of ${r.runs} processes]`,
    ms(r.importMs, r.importCpuMs),
    'goal < 50 ms',
    `${fmt(r.importCpuMs / 50, 2)}x`,
  );
  row('package', '  first extract() (loads the gazetteer)', ms(r.firstCallMs, r.firstCallCpuMs));
  if (r.dom) notes.push('a DOM library was loaded by the plain-text entry of @dossier/ingest');
}

const started = Date.now();
const pgName = `dossier_bench_api_${process.pid}`;
const pgIngestName = `dossier_bench_ingest_${process.pid}`;
const pgLoadName = `dossier_bench_load_${process.pid}`;
try {
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',');
  const want = (s) => !only || only.includes(s);
  if (want('extract')) extractionSection();
  if (want('import')) importSection();
  if (want('adversarial')) adversarialSection();
  if (want('api')) await apiSection(await createPgDatabase(pgName));
  if (want('ingest') || want('startup')) {
    const pgliteDir = join(work, 'ingest-pglite');
    if (want('ingest')) await ingestionSection(await createPgDatabase(pgIngestName), pgliteDir);
    else await ingestRun('PGlite', pgliteDir, quick ? 2000 : 10_000);
    if (want('startup')) await startupSection(pgliteDir);
  }
  if (want('startup') || want('newstore')) await newStoreSection();
  if (want('load')) await loadSection(await createPgDatabase(pgLoadName), pgLoadName);
  if (want('workers')) await workersSection();
} finally {
  await dropPgDatabase(pgLoadName);
  await dropPgDatabase(pgName);
  await dropPgDatabase(pgIngestName);
  rmSync(work, { recursive: true, force: true });
}
console.log(
  `\nDossier bench${quick ? ' (--quick)' : ''}: ${new Date().toISOString()}, node ${process.version}, ` +
    `${(await import('node:os')).availableParallelism()} cores, ${fmt((await import('node:os')).totalmem() / 2 ** 30, 1)} GB, ${fmt((Date.now() - started) / 1000)} s\n`,
);
printTable();
