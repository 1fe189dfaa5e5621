// GET /metrics: Prometheus text that moves with the requests the real yoga server answers.
import { openStore, type Store } from '@dossier/model';
import { createPostgresTestStore } from '@dossier/model/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsAccess } from '../src/config.js';
import { createDossierYoga, type DossierYoga } from '../src/yoga.js';
import { startServer, testConfig } from './helpers.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('[api] TEST_DATABASE_URL is not set: the pool metrics test is skipped');

const TOKEN = 'metrics-test-token-0123456789abcdef-never-shown';
const MEETINGS = /* GraphQL */ `query Meetings { meetings(first: 5) { edges { node { id kind } } } }`;
const INGEST = /* GraphQL */ `
  mutation Ingest($text: String!) {
    ingestDocument(input: { text: $text, publishedAt: "2025-02-03" }) { created document { id } }
  }
`;
const ARTICLE =
  'Irish Foreign Minister Ciara Walsh met Portuguese Foreign Minister Rui Costa in Lisbon on Monday.';

let store: Store;
beforeAll(async () => {
  store = await openStore('memory://');
}, 30_000);
afterAll(async () => {
  await store.close();
});

function yogaWith(metrics: MetricsAccess): DossierYoga {
  return createDossierYoga({
    store,
    config: testConfig({ writeToken: TOKEN, metrics }),
  });
}

async function graphql(yoga: DossierYoga, query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

/** The value of one sample of the exposition text, 0 when it is not there. */
function sample(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('GET /metrics', () => {
  it('counts requests by operation and status, cache hits and misses, and ingests by outcome', async () => {
    const yoga = yogaWith('loopback');
    await graphql(yoga, MEETINGS);
    await graphql(yoga, MEETINGS); // the same read again: from the response cache
    const first = await graphql(yoga, INGEST, { text: ARTICLE });
    expect(first.errors).toBeUndefined();
    await graphql(yoga, INGEST, { text: ARTICLE }); // the same text: already stored
    await graphql(yoga, INGEST, { text: '   ' }); // refused: no text

    const response = await yoga.fetch('http://localhost/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const requests = 'dossier_http_request_duration_seconds_count';
    expect({
      queries: sample(text, requests, 'operation="query",status="200"'),
      mutations: sample(text, requests, 'operation="mutation",status="200"'),
      cacheHits: sample(text, 'dossier_response_cache_requests_total', 'result="hit"'),
      cacheMisses: sample(text, 'dossier_response_cache_requests_total', 'result="miss"'),
      created: sample(text, 'dossier_documents_ingested_total', 'outcome="created"'),
      exists: sample(text, 'dossier_documents_ingested_total', 'outcome="exists"'),
      failed: sample(text, 'dossier_documents_ingested_total', 'outcome="failed"'),
    }).toEqual({ queries: 2, mutations: 3, cacheHits: 1, cacheMisses: 1, created: 1, exists: 1, failed: 1 });
    expect(text).toContain('dossier_http_request_duration_seconds_bucket{le="0.005"');
    // Node's process metrics, and nothing secret
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('Walsh');
  }, 30_000);

  it('is refused to a client on another machine unless DOSSIER_METRICS=all, and absent when off', async () => {
    const remote = { req: { socket: { remoteAddress: '192.0.2.7' } } };
    const local = { req: { socket: { remoteAddress: '::ffff:127.0.0.1' } } };
    const loopback = yogaWith('loopback');
    expect((await loopback.fetch('http://localhost/metrics', {}, remote)).status).toBe(403);
    expect((await loopback.fetch('http://localhost/metrics', {}, local)).status).toBe(200);
    expect((await yogaWith('all').fetch('http://localhost/metrics', {}, remote)).status).toBe(200);
    expect((await loopback.fetch('http://localhost/metrics', { method: 'POST' })).status).toBe(405);
    expect((await yogaWith('off').fetch('http://localhost/metrics')).status).toBe(404);
  }, 30_000);

  it('is served over a real socket by `dossier serve`', async () => {
    const server = await startServer(['--database', 'memory://']);
    try {
      const base = server.endpoint.replace(/\/graphql$/, '');
      await fetch(server.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: MEETINGS }),
      });
      const response = await fetch(`${base}/metrics`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(sample(text, 'dossier_http_request_duration_seconds_count', 'operation="query"')).toBe(1);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 60_000);
});

describe.skipIf(!pgUrl)('GET /metrics on PostgreSQL', () => {
  it("reports the store pool's clients, waiting ones included", async () => {
    const pgStore = await createPostgresTestStore(pgUrl!);
    try {
      const yoga = createDossierYoga({
        store: pgStore,
        config: testConfig({ maxTextBytes: 1024 }),
      });
      await yoga.fetch('http://localhost/healthz');
      const text = await (await yoga.fetch('http://localhost/metrics')).text();
      expect(sample(text, 'dossier_store_pool_clients', 'state="total"')).toBeGreaterThanOrEqual(1);
      expect(text).toMatch(/^dossier_store_pool_clients\{state="waiting"\} 0$/m);
    } finally {
      await pgStore.close();
    }
  }, 30_000);
});
