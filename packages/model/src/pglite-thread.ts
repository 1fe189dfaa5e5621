// An embedded store's PGlite in a worker thread (pglite-worker.ts), seen from the main thread
// through the part of PGlite's interface Dossier uses (PgliteClient). PGlite runs WASM on the
// thread that calls it: in the main thread, every query held the event loop (issue 12: p99 of
// seconds at 50 connections). Here the main thread only sends requests and clones results.
//
// - Interactive transactions cross the boundary by id: `begin` opens one in the worker, its
//   statements name it, `end` commits or rolls back. Other queries wait in the worker meanwhile
//   (PGlite is one connection), as they did in the main thread.
// - Errors come back with their PostgreSQL fields (code, constraint, detail…) as PGlite's
//   DatabaseError, so code mapping SQLSTATEs (23505, 40P01…) sees the same errors.
// - The worker keeps the process alive only while a request or a transaction is under way, as
//   PGlite in the main thread did not keep it alive at all.
// - `ingest` runs a whole ingestDocument in the worker (its transaction never waits for this
//   thread); the caller's extractor, a function, is called here when the worker asks for it.
// - `stop(error)` ends the thread at once, without a checkpoint: a store whose lock was lost
//   writes nothing more; every request then fails with that error.
import { Worker } from 'node:worker_threads';
import type { ArticleMeta } from '@dossier/ingest';
import type { Results } from '@electric-sql/pglite';
import type { IngestOptions, IngestResult } from './ingest.js';
import type { IngestDocumentInput } from './input.js';
import {
  deserializeError,
  type Operation,
  type Operations,
  type ParentMessage,
  type PgliteClient,
  type PgliteQueryOptions,
  type PgliteTransaction,
  type RequestOf,
  type StoreSource,
  serializeError,
  type ThreadQueryOptions,
  type WorkerMessage,
} from './pglite-protocol.js';

/** Compiled beside this module in dist/ (tests that run src/ use the build's copy too). */
const workerFile = new URL('../dist/pglite-worker.js', import.meta.url);

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** An ingest under way in the worker: the caller's callbacks, and the error its extractor threw. */
interface IngestCalls {
  extractor: IngestOptions['extractor'];
  onRetry: NonNullable<IngestOptions['retry']>['onRetry'];
  extractorError?: unknown;
}

/** Why the store thread answers no more: it stopped, or it was closed. */
export class StoreThreadError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
}

const PROBE = 'dossier-probe';

/** Only parsers that keep a type's text can cross to the worker (functions do not clone). */
function threadOptions(options: PgliteQueryOptions | undefined): ThreadQueryOptions {
  const parsers = options?.parsers ?? {};
  const textTypes = Object.keys(parsers).map(Number);
  for (const type of textTypes) {
    if (parsers[type]?.(PROBE) !== PROBE)
      throw new TypeError(
        `the parser of type ${type} changes the text: only text-keeping parsers reach the store thread`,
      );
  }
  return { rowMode: options?.rowMode, textTypes };
}

export class PgliteThread implements PgliteClient {
  readonly waitReady: Promise<void>;
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  readonly #channels = new Map<string, { handlers: Set<(payload: string) => void>; ready: Promise<null> }>();
  readonly #ingests = new Map<number, IngestCalls>();
  #lastId = 0;
  #busy = 0;
  #closing = false;
  #stopped: Error | undefined;

  constructor(source: StoreSource) {
    this.#worker = new Worker(workerFile, { workerData: source });
    this.#worker.unref();
    this.#worker.on('message', (message: WorkerMessage) => this.#receive(message));
    this.#worker.on('error', (error) => this.#fail(error));
    this.#worker.on('exit', (code) =>
      this.#fail(
        this.#closing
          ? new StoreThreadError('the embedded store is closed')
          : new StoreThreadError(`the embedded store's thread ended (exit code ${code})`),
      ),
    );
    this.waitReady = this.#send({ op: 'ready' }).then(() => undefined);
    this.waitReady.catch(() => {}); // for whoever awaits it; unawaited, no unhandled rejection
  }

  get closed(): boolean {
    return this.#closing || this.#stopped !== undefined;
  }

  query<T>(sql: string, params: unknown[] = [], options?: PgliteQueryOptions): Promise<Results<T>> {
    return this.#query<T>(undefined, sql, params, options);
  }

  exec(sql: string): Promise<Results[]> {
    return this.#send({ op: 'exec', sql });
  }

  async transaction<T>(callback: (tx: PgliteTransaction) => Promise<T>): Promise<T> {
    const id = await this.#send({ op: 'begin' });
    this.#hold(); // an open transaction keeps the process alive
    const tx = new ThreadTransaction(
      id,
      this.#query.bind(this),
      (sql) => this.#send({ op: 'exec', tx: id, sql }),
      (commit) => this.#send({ op: 'end', tx: id, commit }).then(() => undefined),
    );
    try {
      const result = await callback(tx);
      await tx.end(true);
      return result;
    } catch (error) {
      await tx.end(false).catch(() => {});
      throw error;
    } finally {
      this.#release();
    }
  }

  /**
   * ingestDocument, run in the worker: validation, the existing-text check, HTML reading, the
   * transaction and the merge. Extraction runs in `options.extractor` when given (here, e.g. a
   * pool with a time budget), else in the worker. Errors come back as ingestDocument throws them.
   */
  async ingest(input: IngestDocumentInput, options: IngestOptions = {}): Promise<IngestResult> {
    const id = ++this.#lastId;
    const calls: IngestCalls = { extractor: options.extractor, onRetry: options.retry?.onRetry };
    this.#ingests.set(id, calls);
    try {
      return await this.#send(
        {
          op: 'ingest',
          input,
          maxTextBytes: options.maxTextBytes,
          retry: { attempts: options.retry?.attempts, baseDelayMs: options.retry?.baseDelayMs },
          extractInCaller: options.extractor !== undefined,
        },
        id,
      );
    } catch (error) {
      // the extractor's own error (e.g. a GraphQLError with its code), not its copy
      throw calls.extractorError ?? error;
    } finally {
      this.#ingests.delete(id);
    }
  }

  async listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>> {
    let entry = this.#channels.get(channel);
    if (!entry) {
      entry = { handlers: new Set(), ready: this.#send({ op: 'listen', channel }) };
      this.#channels.set(channel, entry);
    }
    const listened = entry;
    listened.handlers.add(callback);
    try {
      await listened.ready;
    } catch (error) {
      this.#forget(channel, listened, callback);
      throw error;
    }
    return async () => {
      if (this.#forget(channel, listened, callback) && !this.closed)
        await this.#send({ op: 'unlisten', channel });
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.#send({ op: 'close' });
    } finally {
      this.#closing = true;
      // what PGlite had not answered when it closed never runs: say so, before the thread ends
      this.#rejectAll(new StoreThreadError('the embedded store was closed before this request was answered'));
      await this.#worker.terminate();
    }
  }

  /** Ends the thread now, without closing PGlite cleanly: nothing more is written. */
  stop(error: Error): void {
    if (this.#stopped) return;
    this.#stopped = error;
    void this.#worker.terminate();
    this.#rejectAll(error);
  }

  /** Drops a listener; true when it was the channel's last. */
  #forget(
    channel: string,
    entry: { handlers: Set<(payload: string) => void> },
    callback: (p: string) => void,
  ) {
    entry.handlers.delete(callback);
    if (entry.handlers.size || this.#channels.get(channel) !== entry) return false;
    this.#channels.delete(channel);
    return true;
  }

  #query<T>(tx: number | undefined, sql: string, params: unknown[], options?: PgliteQueryOptions) {
    return this.#send({ op: 'query', tx, sql, params, options: threadOptions(options) }) as Promise<
      Results<T>
    >;
  }

  #send<K extends Operation>(request: RequestOf<K>, id = ++this.#lastId): Promise<Operations[K]['result']> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    if (this.#closing) return Promise.reject(new StoreThreadError('the embedded store is closed'));
    return new Promise((resolve, reject) => {
      try {
        this.#worker.postMessage({ ...request, id });
      } catch (error) {
        reject(error); // parameters structured clone cannot copy
        return;
      }
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#hold();
    });
  }

  #receive(message: WorkerMessage): void {
    if (message.type === 'notification') {
      for (const handler of this.#channels.get(message.channel)?.handlers ?? []) handler(message.payload);
      return;
    }
    if (message.type === 'extract') {
      void this.#extract(message.id, message.text, message.meta);
      return;
    }
    if (message.type === 'retry') {
      this.#ingests.get(message.id)?.onRetry?.(message.sqlState, message.attempt);
      return;
    }
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    this.#release();
    if (message.ok) pending.resolve(message.value);
    else pending.reject(deserializeError(message.error));
  }

  /** Runs the caller's extractor for the worker's ingest `id`, and answers it. */
  async #extract(id: number, text: string, meta: ArticleMeta): Promise<void> {
    const calls = this.#ingests.get(id);
    let answer: ParentMessage;
    try {
      if (!calls?.extractor) throw new Error('no extractor for this ingest');
      answer = { op: 'extracted', id, ok: true, value: await calls.extractor(text, meta) };
    } catch (error) {
      if (calls) calls.extractorError = error;
      answer = { op: 'extracted', id, ok: false, error: serializeError(error) };
    }
    if (this.closed) return; // the ingest was rejected with the reason already
    try {
      this.#worker.postMessage(answer);
    } catch (error) {
      // an extraction structured clone cannot copy: the ingest fails with the DataCloneError
      if (calls) calls.extractorError = error;
      this.#worker.postMessage({ op: 'extracted', id, ok: false, error: serializeError(error) });
    }
  }

  #fail(error: Error): void {
    this.#stopped ??= error;
    this.#rejectAll(this.#stopped);
  }

  #rejectAll(error: Error): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    this.#busy = 0;
    for (const { reject } of pending) reject(error);
  }

  #hold(): void {
    if (this.#busy++ === 0) this.#worker.ref();
  }

  #release(): void {
    if (this.#busy > 0 && --this.#busy === 0) this.#worker.unref();
  }
}

type RunQuery = <T>(
  tx: number,
  sql: string,
  params: unknown[],
  options?: PgliteQueryOptions,
) => Promise<Results<T>>;

/** An open transaction of the store thread, by its id. */
class ThreadTransaction implements PgliteTransaction {
  #closed = false;

  constructor(
    private readonly id: number,
    private readonly run: RunQuery,
    private readonly runExec: (sql: string) => Promise<Results[]>,
    private readonly finish: (commit: boolean) => Promise<void>,
  ) {}

  get closed(): boolean {
    return this.#closed;
  }

  query<T>(sql: string, params: unknown[] = [], options?: PgliteQueryOptions): Promise<Results<T>> {
    if (this.#closed) return Promise.reject(new Error('Transaction is closed'));
    return this.run<T>(this.id, sql, params, options);
  }

  exec(sql: string): Promise<Results[]> {
    if (this.#closed) return Promise.reject(new Error('Transaction is closed'));
    return this.runExec(sql);
  }

  rollback(): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('Transaction is closed'));
    return this.end(false);
  }

  /** Commits or rolls back, once: after that, statements fail as PGlite's do. */
  end(commit: boolean): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#closed = true;
    return this.finish(commit);
  }
}
