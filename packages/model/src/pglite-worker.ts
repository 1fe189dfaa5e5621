// The worker thread of an embedded store (pglite-thread.ts): the real PGlite runs here, so that
// while it executes a query the main thread goes on serving requests. It answers each request
// of the main thread with a reply of the same id, and forwards the notifications of the channels
// listened to. PGlite is one connection: while a transaction is open, other queries wait for it
// (PGlite's own transaction mutex), and the transaction's statements run inside it by its id.
// An `ingest` runs ingestDocument here, over this thread's PGlite: its ~26 statements run back
// to back, without waiting for a turn of the main thread while the transaction holds PGlite.

import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleMeta, Extraction } from '@dossier/ingest';
import type { ParserOptions, PGlite, Transaction } from '@electric-sql/pglite';
import type { Store } from './client.js';
import type { IngestOptions, IngestResult } from './ingest.js';
import {
  deserializeError,
  type ExtractionAnswer,
  type Operation,
  type Operations,
  type ParentMessage,
  type Request,
  type StoreSource,
  serializeError,
  type ThreadQueryOptions,
  type WorkerMessage,
} from './pglite-protocol.js';
import { createStorePglite } from './snapshot.js';

interface OpenTransaction {
  tx: Transaction;
  /** Commits (or rolls back) and resolves once the transaction is over. */
  end(commit: boolean): Promise<void>;
}

type Result = Operations[Operation]['result'];

const port = parentPort;
if (!port) throw new Error('pglite-worker.js runs as a worker thread of an embedded store');
const send = (message: WorkerMessage) => port.postMessage(message);

const opening = createStorePglite(workerData as StoreSource, false).then(async (pg) => {
  await pg.waitReady;
  return pg;
});
opening.catch(() => {}); // reported to every request, the first one included

const transactions = new Map<number, OpenTransaction>();
let lastTransaction = 0;
const listening = new Map<string, () => Promise<void>>();

const keepText = (value: string) => value;
const parsersByKey = new Map<string, ParserOptions>();

/** Parsers that keep these types' text (drizzle's, for dates, times and intervals). */
function textParsers(types: number[] | undefined): ParserOptions | undefined {
  if (!types?.length) return undefined;
  const key = types.join(',');
  let parsers = parsersByKey.get(key);
  if (!parsers) {
    parsers = Object.fromEntries(types.map((type) => [type, keepText]));
    parsersByKey.set(key, parsers);
  }
  return parsers;
}

function queryOptions(options: ThreadQueryOptions) {
  return { rowMode: options.rowMode, parsers: textParsers(options.textTypes) };
}

/** The connection a statement runs on: the store, or the open transaction it names. */
function runnerOf(pg: PGlite, tx: number | undefined): PGlite | Transaction {
  if (tx === undefined) return pg;
  const open = transactions.get(tx);
  if (!open) throw new Error('Transaction is closed');
  return open.tx;
}

/**
 * Opens a transaction and answers its id once it holds the connection. It stays open until
 * `end`: PGlite commits when its callback returns, and rolls back when asked to.
 */
function begin(pg: PGlite): Promise<number> {
  const id = ++lastTransaction;
  return new Promise((started, failed) => {
    let decide: (commit: boolean) => void = () => {};
    const decided = new Promise<boolean>((resolve) => {
      decide = resolve;
    });
    const over: Promise<void> = pg
      .transaction(async (tx) => {
        const end = (commit: boolean) => {
          decide(commit);
          return over;
        };
        transactions.set(id, { tx, end });
        started(id);
        if (!(await decided)) await tx.rollback();
      })
      .finally(() => transactions.delete(id));
    over.catch(failed); // before it started: begin fails; after, `end` reports it
  });
}

async function end(tx: number, commit: boolean): Promise<null> {
  const open = transactions.get(tx);
  if (!open) throw new Error('Transaction is closed');
  await open.end(commit);
  return null;
}

async function listen(pg: PGlite, channel: string): Promise<null> {
  if (listening.has(channel)) return null;
  const unlisten = await pg.listen(channel, (payload) => send({ type: 'notification', channel, payload }));
  listening.set(channel, unlisten);
  return null;
}

async function unlisten(channel: string): Promise<null> {
  const stop = listening.get(channel);
  listening.delete(channel);
  await stop?.();
  return null;
}

/** The store ingestDocument runs on here, and ingestDocument itself: loaded on the first ingest. */
let ingestion:
  | Promise<{ store: Store; ingestDocument: typeof import('./ingest.js').ingestDocument }>
  | undefined;

function ingestionOver(pg: PGlite) {
  ingestion ??= Promise.all([import('./client.js'), import('./ingest.js')]).then(
    async ([client, { ingestDocument }]) => ({
      store: await client.openPglite(pg, 'store thread', { migrate: false }),
      ingestDocument,
    }),
  );
  return ingestion;
}

/** Ingests waiting for the caller's extractor, by the ingest's request id. */
const extractions = new Map<number, { resolve(value: Extraction): void; reject(error: Error): void }>();

function extractInCaller(id: number, text: string, meta: ArticleMeta): Promise<Extraction> {
  return new Promise((resolve, reject) => {
    extractions.set(id, { resolve, reject });
    send({ type: 'extract', id, text, meta });
  });
}

function answerExtraction(answer: ExtractionAnswer): void {
  const waiting = extractions.get(answer.id);
  extractions.delete(answer.id);
  if (!waiting) return;
  if (answer.ok) waiting.resolve(answer.value);
  else waiting.reject(deserializeError(answer.error));
}

async function ingest(pg: PGlite, request: Request & { op: 'ingest' }): Promise<IngestResult> {
  const { store, ingestDocument } = await ingestionOver(pg);
  const options: IngestOptions = {
    maxTextBytes: request.maxTextBytes,
    retry: {
      ...request.retry,
      onRetry: (sqlState, attempt) => send({ type: 'retry', id: request.id, sqlState, attempt }),
    },
  };
  if (request.extractInCaller) options.extractor = (text, meta) => extractInCaller(request.id, text, meta);
  return ingestDocument(store, request.input, options);
}

async function close(pg: PGlite): Promise<null> {
  if (!pg.closed) await pg.close();
  return null;
}

async function handle(request: Request): Promise<Result> {
  const pg = await opening;
  switch (request.op) {
    case 'ready':
      return null;
    case 'query':
      return runnerOf(pg, request.tx).query(request.sql, request.params, queryOptions(request.options));
    case 'exec':
      return runnerOf(pg, request.tx).exec(request.sql);
    case 'begin':
      return begin(pg);
    case 'end':
      return end(request.tx, request.commit);
    case 'listen':
      return listen(pg, request.channel);
    case 'unlisten':
      return unlisten(request.channel);
    case 'close':
      return close(pg);
    case 'ingest':
      return ingest(pg, request);
  }
}

function reply(id: number, outcome: { ok: true; value: Result } | { ok: false; error: unknown }): void {
  if (!outcome.ok) {
    send({ type: 'reply', id, ok: false, error: serializeError(outcome.error) });
    return;
  }
  try {
    send({ type: 'reply', id, ok: true, value: outcome.value });
  } catch (error) {
    // a value structured clone cannot copy: the caller gets the DataCloneError
    send({ type: 'reply', id, ok: false, error: serializeError(error) });
  }
}

port.on('message', (message: ParentMessage) => {
  if (message.op === 'extracted') {
    answerExtraction(message);
    return;
  }
  const request = message;
  handle(request).then(
    (value) => {
      reply(request.id, { ok: true, value });
      if (request.op === 'close') port.close();
    },
    (error: unknown) => reply(request.id, { ok: false, error }),
  );
});
