// Operator metrics in Prometheus' text format (prom-client), on GET /metrics: requests by
// operation type and status with their latency, documents ingested by outcome, response-cache
// hits and misses, the PostgreSQL pool's waiting clients, and Node's process metrics. Labels
// never carry operation names, variables, headers or tokens: only closed sets of values.
import { performance } from 'node:perf_hooks';
import { JOB_STATES, type JobQueue, type Store } from '@dossier/model';
import { type DocumentNode, getOperationAST, type OperationDefinitionNode } from 'graphql';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { isLoopbackHost, type MetricsAccess } from './config.js';

export const METRICS_ENDPOINT = '/metrics';

type OperationType = 'query' | 'mutation' | 'subscription' | 'none';
type IngestOutcome = 'created' | 'exists' | 'stored' | 'failed';

export interface DossierMetrics {
  registry: Registry;
  requests: Histogram<'operation' | 'status'>;
  documentsIngested: Counter<'outcome'>;
  responseCache: Counter<'result'>;
}

/** A registry of its own per server, so that two servers in one process never mix figures. */
export function createMetrics(store: Store, jobs?: JobQueue): DossierMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Histogram({
    name: 'dossier_http_request_duration_seconds',
    help: 'HTTP requests by GraphQL operation type and status (none: no operation ran; a cached answer counts as query)',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  });
  const documentsIngested = new Counter({
    name: 'dossier_documents_ingested_total',
    help: 'Documents sent to ingestDocument by outcome: created, exists (same text stored before), stored (the client did not ask which), failed',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const responseCache = new Counter({
    name: 'dossier_response_cache_requests_total',
    help: 'Read queries answered from the response cache (hit) or executed (miss)',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  if (store.poolStats) {
    const poolStats = store.poolStats;
    new Gauge({
      name: 'dossier_store_pool_clients',
      help: 'PostgreSQL pool clients: total open, idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = poolStats();
        this.set({ state: 'total' }, stats.total);
        this.set({ state: 'idle' }, stats.idle);
        this.set({ state: 'waiting' }, stats.waiting);
      },
    });
  }
  if (jobs) jobMetrics(registry, jobs);
  return { registry, requests, documentsIngested, responseCache };
}

/**
 * The ingestion queue as every replica sees it (read from PostgreSQL at each scrape): jobs by
 * state, and the depth (jobs waiting for a worker: queued, or failed once and waiting to retry).
 */
function jobMetrics(registry: Registry, jobs: JobQueue): void {
  let counts: Promise<Awaited<ReturnType<JobQueue['countsByState']>>> | undefined;
  // one query per scrape for both gauges
  const read = () => {
    counts ??= jobs.countsByState().finally(() => {
      setImmediate(() => {
        counts = undefined;
      });
    });
    return counts;
  };
  new Gauge({
    name: 'dossier_jobs',
    help: 'Ingestion jobs in the queue by state: created (waiting), retry, active, completed, cancelled, failed (dead letter)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const byState = await read().catch(() => null); // the database is away: keep the last figures
      if (byState) for (const state of JOB_STATES) this.set({ state }, byState[state]);
    },
  });
  new Gauge({
    name: 'dossier_job_queue_depth',
    help: 'Ingestion jobs waiting for a worker (created or retry)',
    registers: [registry],
    async collect() {
      const byState = await read().catch(() => null);
      if (byState) this.set(byState.created + byState.retry);
    },
  });
}

interface RequestMetrics {
  start: number;
  operation: OperationType;
}

/**
 * Serves /metrics and records every other request. `responseCache` says whether executed
 * queries count as cache misses.
 */
export function metricsPlugin(
  metrics: DossierMetrics,
  options: { access: Exclude<MetricsAccess, 'off'>; responseCache: boolean },
): Plugin {
  const requests = new WeakMap<Request, RequestMetrics>();
  const operationRan = (context: YogaInitialContext, document: DocumentNode, name?: string | null) => {
    const operation = getOperationAST(document, name);
    const info = requests.get(context.request);
    if (info && operation) info.operation = operation.operation;
    if (operation?.operation === 'query' && options.responseCache)
      metrics.responseCache.inc({ result: 'miss' });
    return operation;
  };
  return {
    onRequest({ request, serverContext, endResponse, fetchAPI, url }) {
      if (url.pathname !== METRICS_ENDPOINT) {
        requests.set(request, { start: performance.now(), operation: 'none' });
        return;
      }
      if (request.method !== 'GET') {
        endResponse(
          new fetchAPI.Response('use GET\n', { status: 405, headers: { allow: 'GET', ...NO_STORE } }),
        );
        return;
      }
      if (options.access === 'loopback' && !fromThisMachine(serverContext)) {
        endResponse(
          new fetchAPI.Response(
            'metrics are served only to clients on this machine (DOSSIER_METRICS=all serves every client)\n',
            { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8', ...NO_STORE } },
          ),
        );
        return;
      }
      return metrics.registry.metrics().then((text) => {
        endResponse(
          new fetchAPI.Response(text, {
            status: 200,
            headers: { 'content-type': metrics.registry.contentType, ...NO_STORE },
          }),
        );
      });
    },
    onExecute({ args }) {
      const operation = operationRan(
        args.contextValue as YogaInitialContext,
        args.document,
        args.operationName,
      );
      if (operation?.operation !== 'mutation') return;
      const ingests = ingestFieldKeys(operation);
      if (ingests.length === 0) return;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          const data = result.data as Record<string, unknown> | null | undefined;
          for (const key of ingests) metrics.documentsIngested.inc({ outcome: ingestOutcome(data?.[key]) });
        },
      };
    },
    onSubscribe({ args }) {
      operationRan(args.contextValue as YogaInitialContext, args.document, args.operationName);
    },
    onResultProcess({ request, result }) {
      if (Array.isArray(result) || !(SERVED_FROM_CACHE in result)) return;
      const info = requests.get(request);
      if (info) info.operation = 'query';
      metrics.responseCache.inc({ result: 'hit' });
    },
    onResponse({ request, response }) {
      const info = requests.get(request);
      if (!info) return;
      metrics.requests.observe(
        { operation: info.operation, status: String(response.status) },
        (performance.now() - info.start) / 1000,
      );
    },
  };
}

const NO_STORE = { 'cache-control': 'no-store' };
/** The response-cache plugin marks the answers it served with this symbol. */
const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

/** The response keys (alias or name) of the mutation's ingestDocument fields. */
function ingestFieldKeys(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === 'Field' && selection.name.value === 'ingestDocument'
      ? [selection.alias?.value ?? selection.name.value]
      : [],
  );
}

function ingestOutcome(payload: unknown): IngestOutcome {
  if (payload === null || typeof payload !== 'object') return 'failed';
  const { created } = payload as { created?: unknown };
  if (typeof created !== 'boolean') return 'stored';
  return created ? 'created' : 'exists';
}

/**
 * Whether the request came over a socket from this machine. Without a socket (yoga.fetch in
 * the same process) it did.
 */
function fromThisMachine(serverContext: unknown): boolean {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  if (!req) return true;
  const address = req.socket?.remoteAddress;
  return address !== undefined && isLoopbackHost(address);
}
