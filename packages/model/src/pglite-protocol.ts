// What the main thread and the store's worker thread (pglite-worker.ts) say to each other, and
// the part of PGlite's interface Dossier uses: drizzle's pglite driver calls `query` (rowMode
// 'array' or 'object', with parsers that keep dates as text) and `transaction`; the store calls
// `listen`, `close` and `waitReady`. Everything sent crosses by structured clone (Dates, bigint,
// Uint8Array and plain JSON objects survive it; functions do not, so parsers cross as the list of
// type OIDs whose text is kept).
//
// An ingest crosses whole (`ingest`): the worker validates, stores and merges the document in
// one transaction that never waits for the main thread. Only the caller's extractor (a function:
// it cannot cross) is asked for across the boundary, before the transaction opens.
import type { ArticleMeta, Extraction } from '@dossier/ingest';
import { messages, type ParserOptions, type Results, type RowMode } from '@electric-sql/pglite';
import type { IngestResult } from './ingest.js';
import { type IngestDocumentInput, InputError, type InputErrorCode } from './input.js';
import { WriteConflictError } from './retry.js';

export interface PgliteQueryOptions {
  rowMode?: RowMode;
  parsers?: ParserOptions;
}

export interface PgliteQueries {
  query<T>(sql: string, params?: unknown[], options?: PgliteQueryOptions): Promise<Results<T>>;
  exec(sql: string): Promise<Results[]>;
}

export interface PgliteTransaction extends PgliteQueries {
  rollback(): Promise<void>;
  readonly closed: boolean;
}

/** What the store needs of PGlite: PGlite itself, or its proxy to a worker thread. */
export interface PgliteClient extends PgliteQueries {
  readonly waitReady: Promise<void>;
  readonly closed: boolean;
  transaction<T>(callback: (tx: PgliteTransaction) => Promise<T>): Promise<T>;
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Where an embedded store lives, and the snapshot a new one starts from (none: initdb). */
export type StoreSource =
  | { kind: 'memory'; snapshot: string | undefined }
  /** `snapshot`: the directory holds no database yet and gets this one unpacked first. */
  | { kind: 'directory'; path: string; snapshot: string | undefined };

export interface ThreadQueryOptions {
  rowMode?: RowMode;
  /** Types whose values stay as PostgreSQL's text (the only parsers that cross threads). */
  textTypes?: number[];
}

/** Each operation's request fields and its result. `tx`: run inside that open transaction. */
export interface Operations {
  /** Answers once the store's PGlite is ready (or fails to open). */
  ready: { request: Record<never, never>; result: null };
  query: {
    request: { tx?: number; sql: string; params: unknown[]; options: ThreadQueryOptions };
    result: Results;
  };
  exec: { request: { tx?: number; sql: string }; result: Results[] };
  /** Opens a transaction and answers its id; other queries wait until it ends. */
  begin: { request: Record<never, never>; result: number };
  end: { request: { tx: number; commit: boolean }; result: null };
  listen: { request: { channel: string }; result: null };
  unlisten: { request: { channel: string }; result: null };
  close: { request: Record<never, never>; result: null };
  /**
   * ingestDocument, run in the worker. `extractInCaller`: the caller's extractor extracts (the
   * worker asks for it with an `extract` message), else @dossier/ingest's rules run in the worker.
   */
  ingest: {
    request: {
      input: IngestDocumentInput;
      maxTextBytes: number | undefined;
      retry: { attempts?: number; baseDelayMs?: number };
      extractInCaller: boolean;
    };
    result: IngestResult;
  };
}

export type Operation = keyof Operations;

export type Request = {
  [K in Operation]: { op: K; id: number } & Operations[K]['request'];
}[Operation];

/** A request as the caller writes it: the id is the sender's. */
export type RequestOf<K extends Operation> = { op: K } & Operations[K]['request'];

/** The caller's answer to an ingest's `extract` message (`id`: the ingest's request id). */
export type ExtractionAnswer =
  | { op: 'extracted'; id: number; ok: true; value: Extraction }
  | { op: 'extracted'; id: number; ok: false; error: SerializedError };

/** What the main thread sends the worker. */
export type ParentMessage = Request | ExtractionAnswer;

const DATABASE_ERROR_FIELDS = [
  'severity',
  'code',
  'detail',
  'hint',
  'position',
  'internalPosition',
  'internalQuery',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'file',
  'line',
  'routine',
] as const;

type DatabaseErrorField = (typeof DATABASE_ERROR_FIELDS)[number];

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  /** A PostgreSQL error (PGlite's DatabaseError), with its fields. */
  database?: Partial<Record<DatabaseErrorField, string>> & { query?: string };
  /** Any other error's `code` (e.g. a Node error's). */
  code?: string;
  /** The errors a caller tells apart by class: they come back as that class. */
  input?: { code: InputErrorCode };
  writeConflict?: { sqlState: string; attempts: number };
  /** What it wraps (drizzle wraps a statement's DatabaseError): the SQLSTATE is found there. */
  cause?: SerializedError;
}

export type WorkerMessage =
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: SerializedError }
  | { type: 'notification'; channel: string; payload: string }
  /** An ingest (`id`) asks the caller's extractor for the facts of its text. */
  | { type: 'extract'; id: number; text: string; meta: ArticleMeta }
  /** An ingest (`id`) retries its transaction: the caller's `onRetry` hears it. */
  | { type: 'retry'; id: number; sqlState: string; attempt: number };

/** How many wrappers deep a cause is kept. */
const MAX_CAUSES = 4;

export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const serialized: SerializedError = { name: error.name, message: error.message, stack: error.stack };
  if (error instanceof InputError) serialized.input = { code: error.code };
  if (error instanceof WriteConflictError)
    serialized.writeConflict = { sqlState: error.sqlState, attempts: error.attempts };
  if (error.cause !== undefined && depth < MAX_CAUSES)
    serialized.cause = serializeError(error.cause, depth + 1);
  if (error instanceof messages.DatabaseError) {
    const database: SerializedError['database'] = {};
    for (const field of DATABASE_ERROR_FIELDS) {
      const value = error[field];
      if (typeof value === 'string') database[field] = value;
    }
    const query = (error as { query?: unknown }).query;
    if (typeof query === 'string') database.query = query;
    serialized.database = database;
  } else {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') serialized.code = code;
  }
  return serialized;
}

/** The error as the worker threw it: a PostgreSQL error is PGlite's DatabaseError again. */
export function deserializeError(serialized: SerializedError): Error {
  const cause = serialized.cause ? deserializeError(serialized.cause) : undefined;
  let error: Error;
  if (serialized.input) {
    error = new InputError(serialized.input.code, serialized.message);
  } else if (serialized.writeConflict) {
    const { sqlState, attempts } = serialized.writeConflict;
    error = new WriteConflictError(sqlState, attempts, { cause });
  } else if (serialized.database) {
    error = Object.assign(new messages.DatabaseError(serialized.message, 0, 'error'), serialized.database);
  } else {
    error = new Error(serialized.message);
    error.name = serialized.name;
    if (serialized.code !== undefined) Object.assign(error, { code: serialized.code });
  }
  if (cause && error.cause === undefined) error.cause = cause;
  if (serialized.stack) error.stack = `${serialized.stack}\n    at (the store's worker thread)`;
  return error;
}
