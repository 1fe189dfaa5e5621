// Opening a store: embedded PGlite (in memory or in a directory) or a PostgreSQL server.
// Migrations from ../drizzle are applied on open, under a lock so replicas may start together.
// The PostgreSQL driver and its drizzle adapter are loaded only when a PostgreSQL store is
// opened: an embedded store's start-up does not pay for them.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import type { PgAsyncDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';
import { analyzeStore } from './analyze.js';
import type { IngestOptions, IngestResult } from './ingest.js';
import type { IngestDocumentInput } from './input.js';
import type { PgliteClient, StoreSource } from './pglite-protocol.js';
import { PgliteThread } from './pglite-thread.js';
import { prepareHotStatements } from './prepared.js';
import { relations } from './relations.js';
import { createStorePglite, type UsableSnapshot, usableSnapshot } from './snapshot.js';
import { lockStore, StoreLockedError } from './store-lock.js';

export type Database = PgAsyncDatabase<PgQueryResultHKT, typeof relations>;
export type Dialect = 'pglite' | 'postgres';

export interface Store {
  db: Database;
  dialect: Dialect;
  /** Where the store lives, with any password removed: for logs and errors. */
  location: string;
  /**
   * Calls `handler` for every document ingested into this database by any process (PostgreSQL
   * LISTEN/NOTIFY, so every API replica hears every writer). Returns the unsubscribe function.
   * When the listening connection is lost it is opened again (with backoff) and the handlers
   * go on hearing; `onGap` is called once it is back, since events in between were missed.
   */
  onIngest(
    handler: (event: IngestEvent) => void,
    options?: IngestListenOptions,
  ): Promise<() => Promise<void>>;
  /**
   * An embedded store in a worker thread: runs a whole ingestDocument in that thread, so that
   * its transaction runs back to back there (ingestDocument calls it; absent elsewhere).
   */
  ingestInThread?: (input: IngestDocumentInput, options: IngestOptions) => Promise<IngestResult>;
  /** PostgreSQL only: the pool's clients now, and the queries waiting for one (for metrics). */
  poolStats?: () => PoolStats;
  close(): Promise<void>;
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface IngestListenOptions {
  /** Called after the listening connection came back: ingests in between were not heard. */
  onGap?: () => void;
}

/** What a subscriber hears when a document was ingested. */
export interface IngestEvent {
  documentId: number;
  created: Record<string, number>;
  merged: Record<string, number>;
  records: Array<{ type: string; id: number; created: boolean }>;
  /** true when the record list was too long for one notification and was left out. */
  truncated?: boolean;
}

export const INGEST_CHANNEL = 'dossier_ingested';

function parseEvent(payload: string | undefined): IngestEvent | null {
  try {
    return payload ? (JSON.parse(payload) as IngestEvent) : null;
  } catch {
    return null;
  }
}

export interface StoreOptions {
  /** Receives every SQL statement drizzle issues (tests count them to prove there is no N+1). */
  logger?: Logger;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /** PostgreSQL: repeated reads become prepared statements (default true; see prepared.ts). */
  prepareStatements?: boolean;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /**
   * Called when an embedded store's lock was taken from this process while open (the store is
   * closed first, so nothing more is written). Default: throw, so that the process exits.
   */
  onLockLost?: (error: StoreError) => void;
  /** How long an embedded store's lock outlives a holder on another host (ms, default 10 s). */
  lockStaleMs?: number;
  /**
   * Run an embedded store's PGlite in a worker thread, so that its queries never hold the event
   * loop (default true; false runs it in the main thread, the bench's baseline).
   */
  storeThread?: boolean;
}

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
/** Key of the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 0x0d055_1e4;

/** How long an embedded store's lock outlives a holder that stopped refreshing it, when the
 * holder cannot be checked (another host, or no owner file). */
const STORE_LOCK_STALE_MS = 10_000;

export class StoreError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
}

/** A holder that lost its store's lock must not go on as if nothing happened. */
function failLoudly(error: StoreError): never {
  process.stderr.write(`dossier: ${error.message}\n`);
  throw error;
}

/**
 * Opens a store from a URL: `memory://` (embedded PGlite in memory), `postgres://…` or
 * `postgresql://…` (a PostgreSQL server), `file://DIR`, `pglite://DIR` or a plain directory path
 * (embedded PGlite persisted in DIR, created if missing).
 */
export async function openStore(url: string, options: StoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgres(url, options);
  if (url === 'memory://' || url === '') {
    const snapshot = usableSnapshot(migrationsFolder);
    const client = await openEmbedded({ kind: 'memory', snapshot: snapshot?.file }, options);
    return openPgliteStore(client, 'memory://', options, needsAnalyze(snapshot));
  }
  const dir = url.replace(/^(file|pglite):\/\//i, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(dir)) {
    throw new StoreError(
      `unsupported database URL scheme in "${redact(url)}": use memory://, a directory or postgres://`,
    );
  }
  const path = resolve(dir);
  mkdirSync(path, { recursive: true });
  // An embedded store belongs to one process: a second one writing the same files would
  // corrupt it. A live holder is never taken over (store-lock.ts); one that loses its lock
  // anyway stops writing at once and says so.
  let client: PgliteClient | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockStore(path, {
      staleMs: options.lockStaleMs ?? STORE_LOCK_STALE_MS,
      onCompromised: (cause) => {
        const error = new StoreError(
          `lost the lock of the embedded store at ${path} (${cause.message}): another process may be writing it; stopped writing`,
          { cause },
        );
        if (client) stopWriting(client, error);
        (options.onLockLost ?? failLoudly)(error);
      },
    });
  } catch (error) {
    if (error instanceof StoreLockedError) {
      throw new StoreError(
        `the embedded store at ${path} is in use: ${error.message}. Stop that process, or send documents to the API it serves (the ingestDocument mutation) instead of opening the store directly`,
      );
    }
    throw error;
  }
  try {
    // a directory that holds no database yet starts from the snapshot
    const fresh = !holdsDatabase(path);
    const snapshot = fresh ? usableSnapshot(migrationsFolder) : undefined;
    client = await openEmbedded({ kind: 'directory', path, snapshot: snapshot?.file }, options);
    const analyze = fresh ? needsAnalyze(snapshot) : true;
    const store = await openPgliteStore(client, path, options, analyze);
    return {
      ...store,
      close: async () => {
        try {
          await store.close();
        } finally {
          await release().catch(() => {});
        }
      },
    };
  } catch (error) {
    await release().catch(() => {});
    throw error;
  }
}

/** Whether an embedded store runs in a worker thread (the default). */
function useStoreThread(options: StoreOptions): boolean {
  return options.storeThread ?? true;
}

/** The PGlite of an embedded store: in a worker thread (the default), or in this one. */
async function openEmbedded(source: StoreSource, options: StoreOptions): Promise<PgliteClient> {
  if (!useStoreThread(options)) return createStorePglite(source, true);
  const thread = new PgliteThread(source);
  try {
    await thread.waitReady;
  } catch (error) {
    thread.stop(error as Error);
    throw error;
  }
  return thread;
}

/** A store whose lock was lost writes nothing more: its thread ends at once (no checkpoint). */
function stopWriting(client: PgliteClient, error: StoreError): void {
  if (client instanceof PgliteThread) client.stop(error);
  else client.close().catch(() => {});
}

/** A directory PGlite has initialised already (else a new store starts from the snapshot). */
function holdsDatabase(path: string): boolean {
  return existsSync(join(path, 'PG_VERSION'));
}

/**
 * Whether a new store needs ANALYZE after its migrations. One started from a snapshot of every
 * migration does not: its tables are empty and the build analysed them, and the statistics
 * (pg_class, pg_statistic) are in the snapshot; only the counters that would say so are not.
 */
function needsAnalyze(snapshot: UsableSnapshot | undefined): boolean {
  return !snapshot?.current;
}

/** Wraps an already created PGlite instance (tests clone one migrated instance for speed). */
export function openPglite(client: PGlite, location = 'pglite', options: StoreOptions = {}): Promise<Store> {
  return openPgliteStore(client, location, options, true);
}

async function openPgliteStore(
  client: PgliteClient,
  location: string,
  options: StoreOptions,
  analyze: boolean,
): Promise<Store> {
  try {
    return await storeOver(client, location, options, analyze);
  } catch (error) {
    await client.close().catch(() => {});
    throw error;
  }
}

async function storeOver(
  client: PgliteClient,
  location: string,
  options: StoreOptions,
  analyze: boolean,
): Promise<Store> {
  await client.waitReady;
  // drizzle's pglite driver calls only `query` and `transaction` (drizzle-orm/pglite/session.js),
  // which the store thread's proxy has as PGlite has them
  const db = drizzlePglite({ client: client as PGlite, relations, logger: options.logger ?? false });
  if (options.migrate !== false) {
    await migratePglite(db, { migrationsFolder });
    // PGlite has no autovacuum: statistics exist only if Dossier gathers them
    if (analyze) await analyzeStore(db as unknown as Database, { onlyStale: true });
  }
  return {
    db: db as unknown as Database,
    dialect: 'pglite',
    location,
    ...(client instanceof PgliteThread && !options.logger
      ? { ingestInThread: (input, ingestOptions) => client.ingest(input, ingestOptions) }
      : // a logger sees every statement: a store that has one writes statement by statement
        {}),
    onIngest: async (handler) =>
      client.listen(INGEST_CHANNEL, (payload) => {
        const event = parseEvent(payload);
        if (event) handler(event);
      }),
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/** The PostgreSQL driver and its drizzle adapter, loaded on first use. */
async function postgresModules() {
  const [{ default: pg }, { drizzle }, { migrate }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  return { pg, drizzleNodePg: drizzle, migrateNodePg: migrate };
}

async function openPostgres(url: string, options: StoreOptions): Promise<Store> {
  const { pg, drizzleNodePg, migrateNodePg } = await postgresModules();
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // Idle clients can fail when the server restarts; without a listener that kills the process.
  pool.on('error', () => {});
  try {
    if (options.migrate !== false) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migrateNodePg(drizzleNodePg({ client, relations }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    }
  } catch (error) {
    await pool.end();
    throw new StoreError(`cannot open PostgreSQL store at ${redact(url)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  // after migrations: a statement prepared before a schema change could no longer be executed
  if (options.prepareStatements !== false) prepareHotStatements(pool);
  const db = drizzleNodePg({ client: pool, relations, logger: options.logger ?? false });
  if (options.migrate !== false) await analyzeOnOpen(db as unknown as Database, url, pool);
  const listener = new NotificationListener(pg.Client, url, INGEST_CHANNEL, parseEvent);
  return {
    db: db as unknown as Database,
    dialect: 'postgres',
    location: redact(url),
    onIngest: (handler, listenOptions) => listener.subscribe(handler, listenOptions?.onGap),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

/** Fresh statistics for a server without autovacuum; a store that cannot be analysed fails to open. */
async function analyzeOnOpen(db: Database, url: string, pool: pg.Pool): Promise<void> {
  try {
    await analyzeStore(db, { onlyStale: true });
  } catch (error) {
    await pool.end();
    throw new StoreError(`cannot analyse PostgreSQL store at ${redact(url)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Backoff of the listening connection's reconnects: 250 ms doubling to 10 s, with jitter. */
const LISTEN_RETRY_MS = { first: 250, max: 10_000 };

/**
 * One LISTEN connection per store and channel, shared by every subscriber of this process. A
 * connection that ends (server restart, pg_terminate_backend, network) is opened again with
 * backoff for as long as anyone listens; the subscribers keep their handlers and are told of
 * the gap. `parse` turns a payload into the event handlers get (null: ignored).
 */
export class NotificationListener<Event> {
  private readonly handlers = new Set<(event: Event) => void>();
  private readonly gapHandlers = new Set<() => void>();
  private client: Promise<pg.Client> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly Client: typeof pg.Client,
    private readonly url: string,
    private readonly channel: string,
    private readonly parse: (payload: string | undefined) => Event | null,
  ) {}

  async subscribe(handler: (event: Event) => void, onGap?: () => void): Promise<() => Promise<void>> {
    this.handlers.add(handler);
    if (onGap) this.gapHandlers.add(onGap);
    try {
      await this.connect();
    } catch (error) {
      this.handlers.delete(handler);
      if (onGap) this.gapHandlers.delete(onGap);
      throw error;
    }
    return async () => {
      this.handlers.delete(handler);
      if (onGap) this.gapHandlers.delete(onGap);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = await this.client?.catch(() => undefined);
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private connect(): Promise<pg.Client> {
    this.client ??= this.open().catch((error: unknown) => {
      this.client = undefined;
      throw error;
    });
    return this.client;
  }

  private async open(): Promise<pg.Client> {
    const client = new this.Client({ connectionString: this.url });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      client.end().catch(() => {});
      if (this.client && !this.closed) {
        this.client = undefined;
        this.scheduleReconnect();
      }
    };
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', (msg) => {
      const event = this.parse(msg.payload);
      if (event !== null) for (const h of this.handlers) h(event);
    });
    await client.connect();
    await client.query(`listen ${this.channel}`);
    return client;
  }

  private scheduleReconnect(): void {
    if (this.closed || !this.handlers.size || this.retryTimer) return;
    const delay = Math.min(LISTEN_RETRY_MS.max, LISTEN_RETRY_MS.first * 2 ** this.failures);
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = undefined;
        if (this.closed || !this.handlers.size) return;
        this.connect().then(
          () => {
            this.failures = 0;
            for (const gap of this.gapHandlers) gap();
          },
          () => {
            this.failures++;
            this.scheduleReconnect();
          },
        );
      },
      delay / 2 + Math.random() * (delay / 2),
    );
    this.retryTimer.unref();
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
