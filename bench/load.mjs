// Mixed load on the real server (`dossier serve`, a child process): 50 readers (autocannon,
// a mix of the contract's list queries and record lookups by id) against the same reads alone,
// then the same reads while 4 writers ingest new articles through the API, and the same reads
// while one 5 MB article is being ingested. Figures per store (PGlite and PostgreSQL):
//   reads  req/s, p50 / p99 / max ms, errors (non-2xx, socket errors, GraphQL errors)
//   writes documents/s, errors by code (RETRY_LATER, deadlocks), PostgreSQL's deadlock count
//   RSS    of the server process at the start, the middle and the end of the mixed phase
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { generateArticle } from './generate.mjs';
import { listeningPort } from './serve-port.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

export const READERS = 50;
export const WRITERS = 4;

const LISTS = {
  Meetings: `query Meetings($first: Int!) { meetings(first: $first) { pageInfo { hasNextPage endCursor }
    edges { node { id kind date place { id name } participants { __typename id name aliases } forum { id name }
    within { id } topics evidence { document { id } start end exact } } } } }`,
  Persons: `query Persons($first: Int!) { persons(first: $first) { pageInfo { hasNextPage endCursor }
    edges { node { id name aliases roles { title organization { id name } country { name } }
    evidence { document { id } start end exact } } } } }`,
  Places: `query Places($first: Int!) { places(first: $first) { pageInfo { hasNextPage endCursor }
    edges { node { id name aliases kind country { name } evidence { document { id } start end exact } } } } }`,
  Statements: `query Statements($first: Int!) { statements(first: $first) { pageInfo { hasNextPage endCursor }
    edges { node { id channel quote content speaker { __typename id name aliases } about { id }
    evidence { document { id } start end exact } } } } }`,
};
/** One record by its id, with what a detail page shows. */
const RECORD = `query Record($id: ID!) { node(id: $id) { id __typename
  ... on Meeting { kind date place { id name } participants { __typename id name } evidence { exact } }
  ... on Person { name aliases roles { title organization { name } } evidence { exact } }
  ... on Statement { quote content speaker { id name } evidence { exact } } } }`;
const INGEST = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { created document { id } } }`;

// ------------------------------------------------------------------------------ server
function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** `dossier serve` on `database` in a child process; resolves once /healthz answers. */
export async function startDossier(database, env = {}) {
  const child = spawn(
    process.execPath,
    [
      // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      join(root, 'apps/api/dist/cli.js'),
      'serve',
      '--database',
      database,
      '--host',
      '127.0.0.1',
      '--port',
      String(process.env.BENCH_PORT ?? 0),
    ],
    {
      env: { ...process.env, NODE_ENV: 'production', DOSSIER_LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const port = await listeningPort(child, 120_000);
  // keep draining its output so that a chatty server never blocks on a full pipe
  child.stdout.removeAllListeners('data').resume();
  child.stderr.removeAllListeners('data').resume();
  for (let i = 0; i < 6000; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    rss: () => rssMb(child.pid),
    async stop() {
      child.removeAllListeners('exit');
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function graphql(url, query, variables, operationName, signal) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
    signal,
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}`, extensions: {} }] };
  }
  if (!response.ok && !body.errors) body.errors = [{ message: `HTTP ${response.status}`, extensions: {} }];
  return body;
}

// ----------------------------------------------------------------------------- readers
/** The readers' requests: the four list pages, then lookups of records that exist. */
async function readRequests(url) {
  const requests = Object.entries(LISTS).map(([operationName, query]) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { first: 20 }, operationName }),
  }));
  const ids = [];
  for (const [name, field] of [
    ['Meetings', 'meetings'],
    ['Persons', 'persons'],
    ['Statements', 'statements'],
  ]) {
    const page = await graphql(url, LISTS[name], { first: 100 }, name);
    const edges = page.data?.[field]?.edges ?? [];
    // records from the whole page, not only its first ones: lookups spread over the store
    for (let i = 0; i < edges.length; i += Math.max(1, Math.floor(edges.length / 12)))
      ids.push(edges[i].node.id);
  }
  for (const id of ids) {
    requests.push({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: RECORD, variables: { id }, operationName: 'Record' }),
    });
  }
  return requests;
}

/** 50 connections for `seconds` (or until `until` settles); GraphQL errors count as errors. */
function read(url, requests, { seconds, until } = {}) {
  let graphqlErrors = 0;
  const withCheck = requests.map((r) => ({
    ...r,
    onResponse: (status, body) => {
      if (status === 200 && body.includes('"errors"')) graphqlErrors++;
    },
  }));
  return new Promise((resolvePromise, reject) => {
    const instance = autocannon(
      { url, connections: READERS, duration: seconds ?? 3600, requests: withCheck },
      (error, r) => {
        if (error) return reject(error);
        resolvePromise({
          rps: r.requests.average,
          total: r.requests.total,
          p50: r.latency.p50,
          p99: r.latency.p99,
          max: r.latency.max,
          errors: r.non2xx + r.errors + graphqlErrors, // autocannon counts timeouts in errors
          errorKinds: {
            non2xx: r.non2xx,
            socket: r.errors - r.timeouts,
            timeouts: r.timeouts,
            graphql: graphqlErrors,
          },
        });
      },
    );
    until?.finally(() => instance.stop());
  });
}

// ----------------------------------------------------------------------------- writers
/** `count` writers, each ingesting its own new articles through the API until `stop`. */
function write(url, { count = WRITERS, seed = 23, offset = 0 }) {
  const stats = { docs: 0, created: 0, errors: {}, latencies: [] };
  let stopped = false;
  const writer = async (w) => {
    for (let k = 0; !stopped; k++) {
      const article = generateArticle(offset + w * 1_000_000 + k, seed);
      const t0 = performance.now();
      let body;
      try {
        body = await graphql(url, INGEST, { input: article }, 'Ingest');
      } catch (error) {
        body = { errors: [{ message: error.message, extensions: { code: 'NETWORK' } }] };
      }
      stats.latencies.push(performance.now() - t0);
      if (body.errors?.length) {
        for (const e of body.errors) {
          const code = /deadlock/i.test(e.message) ? 'DEADLOCK' : (e.extensions?.code ?? 'OTHER');
          stats.errors[code] = (stats.errors[code] ?? 0) + 1;
        }
      } else {
        stats.docs++;
        if (body.data?.ingestDocument?.created) stats.created++;
      }
    }
  };
  const t0 = performance.now();
  const running = Promise.all(Array.from({ length: count }, (_, w) => writer(w)));
  return {
    stats,
    async stop() {
      stopped = true;
      await running;
      stats.seconds = (performance.now() - t0) / 1000;
      return stats;
    },
  };
}

/**
 * `count` ingestion workers (`dossier worker`, child processes) on the PostgreSQL `database`:
 * the production shape, where the API only reads and enqueues (DOSSIER_INGEST_MODE=queue).
 */
export async function startWorkers(database, count) {
  const workers = [];
  for (let i = 0; i < count; i++) {
    const child = spawn(
      process.execPath,
      [join(root, 'apps/api/dist/cli.js'), 'worker', '--database', database],
      {
        env: { ...process.env, NODE_ENV: 'production', DOSSIER_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    // the worker says it runs on stderr once its queue is subscribed
    await new Promise((resolveStart, reject) => {
      let said = '';
      const onData = (chunk) => {
        said += chunk;
        if (said.includes('worker running')) resolveStart();
      };
      child.stderr.on('data', onData);
      child.once('exit', (code) =>
        reject(new Error(`dossier worker exited (${code}): ${said.slice(0, 300)}`)),
      );
    });
    child.removeAllListeners('exit');
    child.stderr.removeAllListeners('data').resume();
    workers.push(child);
  }
  return {
    rss: () => workers.reduce((sum, w) => sum + rssMb(w.pid), 0),
    async stop() {
      await Promise.all(
        workers.map((w) => {
          const exited = new Promise((r) => w.once('exit', r));
          w.kill('SIGTERM');
          const timer = setTimeout(() => w.kill('SIGKILL'), 35_000);
          return exited.finally(() => clearTimeout(timer));
        }),
      );
    },
  };
}

/** RSS of the server every 500 ms while `during` runs. */
async function sampleRss(server, during) {
  const samples = [server.rss()];
  const timer = setInterval(() => samples.push(server.rss()), 500);
  try {
    await during;
  } finally {
    clearInterval(timer);
    samples.push(server.rss());
  }
  return {
    start: samples[0],
    middle: samples[Math.floor(samples.length / 2)],
    end: samples.at(-1),
    max: Math.max(...samples),
  };
}

async function pgDeadlocks(pgAdmin, database) {
  if (!pgAdmin) return null;
  const r = await pgAdmin(`select deadlocks from pg_stat_database where datname = '${database}'`);
  return Number(r.rows?.[0]?.deadlocks ?? Number.NaN);
}

// ------------------------------------------------------------------------------- phases
/**
 * Reads alone for `seconds`, then the same reads with 4 writers for `seconds`, on a server
 * with the response cache on or off. `pgAdmin(sql)` runs SQL on the PostgreSQL server (for
 * its deadlock counter); null for PGlite.
 */
/** The response cache's hits and misses so far, from the server's /metrics (null: none). */
async function cacheCounts(graphqlUrl) {
  try {
    const text = await (await fetch(new URL('/metrics', graphqlUrl))).text();
    const count = (result) =>
      Number(
        new RegExp(`^dossier_response_cache_requests_total\\{result="${result}"\\} (\\S+)$`, 'm').exec(
          text,
        )?.[1] ?? 0,
      );
    return { hit: count('hit'), miss: count('miss') };
  } catch {
    return null;
  }
}

/** Share of reads between two counts answered from the cache (null when unknown or none). */
function hitRate(before, after) {
  if (!before || !after) return null;
  const hit = after.hit - before.hit;
  const all = hit + after.miss - before.miss;
  return all > 0 ? hit / all : null;
}

export async function mixedPhase({
  database,
  cache,
  seconds,
  pgAdmin,
  pgName,
  offset,
  log,
  queueWorkers = 0,
}) {
  const server = await startDossier(database, {
    DOSSIER_RESPONSE_CACHE: String(cache),
    ...queueEnv(queueWorkers),
  });
  const workers = queueWorkers ? await startWorkers(database, queueWorkers) : null;
  try {
    const requests = await readRequests(server.url);
    log(`load: ${requests.length} read requests, warm-up`);
    // One ingest first: it starts the extraction worker thread (about 70 MB), once, so that
    // both phases run on the same server and the RSS figures show growth under load only.
    await graphql(server.url, INGEST, { input: generateArticle(offset + 9_000_000, 23) }, 'Ingest');
    await read(server.url, requests, { seconds: 2 });
    log(`load: reads alone for ${seconds} s (cache ${cache ? 'on' : 'off'})`);
    const hitsBefore = await cacheCounts(server.url);
    const alone = await read(server.url, requests, { seconds });
    const hitsAlone = await cacheCounts(server.url);
    const deadlocksBefore = await pgDeadlocks(pgAdmin, pgName);
    log(`load: reads with ${WRITERS} writers for ${seconds} s`);
    const writers = write(server.url, { offset });
    const reads = read(server.url, requests, { seconds });
    const rss = await sampleRss(server, reads);
    const mixed = await reads;
    const hitsMixed = await cacheCounts(server.url);
    alone.cacheHitRate = hitRate(hitsBefore, hitsAlone);
    mixed.cacheHitRate = hitRate(hitsAlone, hitsMixed);
    const writes = await writers.stop();
    const deadlocks = (await pgDeadlocks(pgAdmin, pgName)) - deadlocksBefore;
    return { alone, mixed, writes, rss, deadlocks, requests: requests.length };
  } finally {
    await workers?.stop();
    await server.stop();
  }
}

/** The server's environment when `queueWorkers` workers do the ingesting (none: inline). */
function queueEnv(queueWorkers, waitMs = 30_000) {
  return queueWorkers ? { DOSSIER_INGEST_MODE: 'queue', DOSSIER_INGEST_WAIT_MS: String(waitMs) } : {};
}

/** One article of at least `bytes` UTF-8 bytes, made of generated articles end to end. */
export function bigArticle(bytes, seed = 31) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = generateArticle(i, seed).text;
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return {
    title: `A long digest (${(size / 2 ** 20).toFixed(1)} MB)`,
    url: `https://bench.invalid/digest/${seed}`,
    publisher: 'TASS',
    publishedAt: '2024-06-01',
    text: parts.join('\n\n'),
  };
}

/** Reads alone, then the same reads while one article of `megabytes` MB is being ingested. */
export async function bigIngestPhase({
  database,
  seconds,
  megabytes = 5,
  maxSeconds = 180,
  log,
  queueWorkers = 0,
  seed = 31,
}) {
  const server = await startDossier(database, {
    DOSSIER_RESPONSE_CACHE: 'false',
    DOSSIER_MAX_TEXT_BYTES: String(Math.ceil((megabytes + 1) * 2 ** 20)),
    ...queueEnv(queueWorkers, maxSeconds * 1000),
  });
  const workers = queueWorkers ? await startWorkers(database, queueWorkers) : null;
  try {
    const requests = await readRequests(server.url);
    await read(server.url, requests, { seconds: 2 });
    log(`load: reads alone for ${seconds} s (cache off)`);
    const alone = await read(server.url, requests, { seconds });
    const article = bigArticle(megabytes * 2 ** 20, seed); // a new seed per store: never a duplicate
    log(`load: reads while one ${megabytes} MB article is ingested`);
    const t0 = performance.now();
    // bounded: the phase stops reading after `maxSeconds` and says the ingest had not answered
    const ingest = graphql(
      server.url,
      INGEST,
      { input: article },
      'Ingest',
      AbortSignal.timeout(maxSeconds * 1000),
    ).catch((error) => ({
      errors: [
        { message: `no answer within ${maxSeconds} s (${error.name})`, extensions: { code: 'UNFINISHED' } },
      ],
    }));
    const during = await read(server.url, requests, { until: ingest });
    const result = await ingest;
    const ingestSeconds = (performance.now() - t0) / 1000;
    return {
      alone,
      during,
      ingestSeconds,
      ingestError: result.errors?.[0]
        ? `${result.errors[0].extensions?.code ?? ''} ${result.errors[0].message}`
        : null,
      bytes: Buffer.byteLength(article.text),
    };
  } finally {
    await workers?.stop();
    await server.stop();
  }
}

export { INGEST, LISTS, RECORD };
