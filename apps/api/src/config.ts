// All configuration of the API and the command line is read and validated here, and only here:
// no other module reads process.env. Precedence: command-line flag > environment > default.
import { isIP } from 'node:net';
import { resolve } from 'node:path';

/** Who may read GET /metrics: clients on this machine, every client, or nobody. */
export type MetricsAccess = 'loopback' | 'all' | 'off';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export interface Config {
  port: number;
  host: string;
  /** `memory://`, a directory (embedded PGlite) or `postgres://…`. */
  databaseUrl: string;
  /** Bearer token that writers must send; null when none is configured. */
  writeToken: string | null;
  /** Largest article text accepted, in UTF-8 bytes. */
  maxTextBytes: number;
  graphiql: boolean;
  introspection: boolean;
  logLevel: LogLevel;
  /** Cache read-query responses until an ingest (any process) touches what they show. */
  responseCache: boolean;
  /** Serialized bytes the response cache holds at most. */
  responseCacheBytes: number;
  /** How long an answer an ingest invalidated (a list page, a lookup by id) is still served while it is read again (0: never). */
  responseCacheMaxStaleMs: number;
  /** Largest response, in serialized JSON bytes: beyond it, RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** Web origins allowed to read the API from a browser (CORS); empty: CORS off. */
  corsOrigins: string[];
  /** Who may read the Prometheus metrics on GET /metrics. */
  metrics: MetricsAccess;
  /** `queue`: ingestDocument queues documents for `dossier worker` processes (PostgreSQL only). */
  ingestMode: IngestMode;
  /** How long a queued ingestDocument waits for its job before answering with the job. */
  ingestWaitMs: number;
  /** Jobs a `dossier worker` runs at once. */
  workerConcurrency: number;
  /** An embedded store runs PGlite in a worker thread, so that its queries never hold the event loop. */
  storeThread: boolean;
}

/** Where ingestDocument's work runs: in the request, or in worker processes through the queue. */
export type IngestMode = 'inline' | 'queue';

/** Values given on the command line; they win over the environment. */
export interface ConfigFlags {
  port?: string | undefined;
  host?: string | undefined;
  database?: string | undefined;
  /** `dossier worker --concurrency N`. */
  concurrency?: string | undefined;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** A configuration value that cannot be used. The command line exits with code 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MAX_TEXT_BYTES = 5 * 1024 * 1024;
export const DEFAULT_RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_RESPONSE_CACHE_MAX_STALE_MS = 5_000;
/** A list a minute old is no longer news: the bound cannot go beyond it. */
const MAX_RESPONSE_CACHE_MAX_STALE_MS = 60_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
export const DEFAULT_INGEST_WAIT_MS = 10_000;
const MAX_INGEST_WAIT_MS = 600_000;
const MAX_WORKER_CONCURRENCY = 64;
/** A write token shorter than this is guessable: refused. */
export const MIN_WRITE_TOKEN_LENGTH = 32;
/** PostgreSQL cannot store a text value over 1 GB. */
const MAX_TEXT_BYTES_LIMIT = 1024 * 1024 * 1024 - 1;

/**
 * Every environment variable Dossier reads, with what it means. The README's configuration
 * table lists the same ones.
 */
export const ENVIRONMENT = {
  DATABASE_URL: 'store: memory://, a directory (embedded PGlite) or postgres://… (default ./.dossier)',
  DOSSIER_PORT: `port to listen on (default ${DEFAULT_PORT}; --port wins)`,
  DOSSIER_HOST: `address to bind (default ${DEFAULT_HOST}; --host wins)`,
  DOSSIER_WRITE_TOKEN: `bearer token required for mutations, at least ${MIN_WRITE_TOKEN_LENGTH} characters (unset: writes only on a loopback bind)`,
  DOSSIER_MAX_TEXT_BYTES: `largest article text in UTF-8 bytes (default ${DEFAULT_MAX_TEXT_BYTES})`,
  DOSSIER_GRAPHIQL: 'serve GraphiQL on GET /graphql: true/false (default true)',
  DOSSIER_INTROSPECTION: 'allow schema introspection: true/false (default true)',
  DOSSIER_LOG_LEVEL: 'debug, info, warn, error or silent (default info)',
  DOSSIER_RESPONSE_CACHE:
    'cache query responses until an ingest touches what they show: true/false (default true)',
  DOSSIER_RESPONSE_CACHE_BYTES: `bytes of responses the cache holds at most (default ${DEFAULT_RESPONSE_CACHE_BYTES})`,
  DOSSIER_RESPONSE_CACHE_MAX_STALE_MS: `ms an answer an ingest changed (a list page, a lookup by id; not search) is still served while one request reads it again; 0: read it at once (default ${DEFAULT_RESPONSE_CACHE_MAX_STALE_MS})`,
  DOSSIER_MAX_RESPONSE_BYTES: `largest response in bytes; beyond it RESPONSE_TOO_LARGE (default ${DEFAULT_MAX_RESPONSE_BYTES})`,
  DOSSIER_CORS_ORIGINS:
    'comma-separated web origins (https://app.example.org) allowed to call the API from a browser (default: none, CORS off)',
  DOSSIER_METRICS:
    'Prometheus metrics on GET /metrics: loopback (only to clients on this machine), all, or off (default loopback; true means loopback)',
  DOSSIER_INGEST_MODE:
    'inline (ingestDocument extracts and writes in the request) or queue (it queues the document for `dossier worker` processes; PostgreSQL only) (default inline)',
  DOSSIER_INGEST_WAIT_MS: `in queue mode, how long ingestDocument waits for a worker before it answers with the job (default ${DEFAULT_INGEST_WAIT_MS})`,
  DOSSIER_WORKER_CONCURRENCY: 'jobs one `dossier worker` runs at once (default 1; --concurrency wins)',
  DOSSIER_STORE_THREAD:
    'run an embedded (PGlite) store in a worker thread, so its queries never hold the event loop: true/false (default true)',
} as const;

export function loadConfig(
  flags: ConfigFlags = {},
  env: Env = process.env,
  cwd: string = process.cwd(),
): Config {
  return {
    port: parsePort(
      flags.port ?? nonEmpty(env.DOSSIER_PORT),
      flags.port !== undefined ? '--port' : 'DOSSIER_PORT',
    ),
    host: parseHost(
      flags.host ?? nonEmpty(env.DOSSIER_HOST),
      flags.host !== undefined ? '--host' : 'DOSSIER_HOST',
    ),
    databaseUrl: parseDatabaseUrl(
      flags.database ?? nonEmpty(env.DATABASE_URL),
      flags.database !== undefined ? '--database' : 'DATABASE_URL',
      cwd,
    ),
    writeToken: parseToken(env.DOSSIER_WRITE_TOKEN),
    maxTextBytes: parseByteCount(
      nonEmpty(env.DOSSIER_MAX_TEXT_BYTES),
      'DOSSIER_MAX_TEXT_BYTES',
      DEFAULT_MAX_TEXT_BYTES,
    ),
    graphiql: parseBoolean(nonEmpty(env.DOSSIER_GRAPHIQL), 'DOSSIER_GRAPHIQL', true),
    introspection: parseBoolean(nonEmpty(env.DOSSIER_INTROSPECTION), 'DOSSIER_INTROSPECTION', true),
    logLevel: parseLogLevel(nonEmpty(env.DOSSIER_LOG_LEVEL)),
    responseCache: parseBoolean(nonEmpty(env.DOSSIER_RESPONSE_CACHE), 'DOSSIER_RESPONSE_CACHE', true),
    responseCacheBytes: parseByteCount(
      nonEmpty(env.DOSSIER_RESPONSE_CACHE_BYTES),
      'DOSSIER_RESPONSE_CACHE_BYTES',
      DEFAULT_RESPONSE_CACHE_BYTES,
    ),
    responseCacheMaxStaleMs: parseWholeNumber(
      nonEmpty(env.DOSSIER_RESPONSE_CACHE_MAX_STALE_MS),
      'DOSSIER_RESPONSE_CACHE_MAX_STALE_MS',
      DEFAULT_RESPONSE_CACHE_MAX_STALE_MS,
      { min: 0, max: MAX_RESPONSE_CACHE_MAX_STALE_MS },
    ),
    maxResponseBytes: parseByteCount(
      nonEmpty(env.DOSSIER_MAX_RESPONSE_BYTES),
      'DOSSIER_MAX_RESPONSE_BYTES',
      DEFAULT_MAX_RESPONSE_BYTES,
    ),
    corsOrigins: parseOrigins(nonEmpty(env.DOSSIER_CORS_ORIGINS)),
    metrics: parseMetricsAccess(nonEmpty(env.DOSSIER_METRICS)),
    ingestMode: parseIngestMode(nonEmpty(env.DOSSIER_INGEST_MODE)),
    ingestWaitMs: parseWholeNumber(
      nonEmpty(env.DOSSIER_INGEST_WAIT_MS),
      'DOSSIER_INGEST_WAIT_MS',
      DEFAULT_INGEST_WAIT_MS,
      { min: 0, max: MAX_INGEST_WAIT_MS },
    ),
    workerConcurrency: parseWholeNumber(
      flags.concurrency ?? nonEmpty(env.DOSSIER_WORKER_CONCURRENCY),
      flags.concurrency !== undefined ? '--concurrency' : 'DOSSIER_WORKER_CONCURRENCY',
      1,
      { min: 1, max: MAX_WORKER_CONCURRENCY },
    ),
    storeThread: parseBoolean(nonEmpty(env.DOSSIER_STORE_THREAD), 'DOSSIER_STORE_THREAD', true),
  };
}

/** Whether the store is a PostgreSQL server (where the job queue lives). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * The queue lives in PostgreSQL: an embedded store ingests in the request (its extraction
 * already runs in a worker thread), so queue mode on one is a configuration error.
 */
export function assertQueueHasPostgres(config: Pick<Config, 'ingestMode' | 'databaseUrl'>): void {
  if (config.ingestMode === 'queue' && !isPostgresUrl(config.databaseUrl)) {
    throw new ConfigError(
      'DOSSIER_INGEST_MODE=queue needs a PostgreSQL store (postgres://…): the job queue lives there. ' +
        'An embedded store ingests in the request, with extraction in a worker thread.',
    );
  }
}

/** The default embedded store of a working directory. */
export function defaultDatabaseUrl(cwd: string): string {
  return resolve(cwd, '.dossier');
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and the name localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const v4 = h.startsWith('::ffff:') ? h.slice('::ffff:'.length) : h;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  if (isIP(h) === 6) return /^(0{0,4}:){7}0{0,3}1$|^::1$/.test(h);
  return false;
}

/**
 * Listening on an address other machines can reach is only allowed with a write token:
 * otherwise anyone on the network could write into the store.
 */
export function assertSafeBinding(config: Pick<Config, 'host' | 'writeToken'>): void {
  if (!config.writeToken && !isLoopbackHost(config.host)) {
    throw new ConfigError(
      `refusing to listen on ${config.host} without a write token: anyone who can reach it could write. ` +
        'Set DOSSIER_WRITE_TOKEN, or bind to a loopback address (--host 127.0.0.1).',
    );
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function parsePort(value: string | undefined, source: string): number {
  if (value === undefined) return DEFAULT_PORT;
  const text = value.trim();
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(
      `${source} must be a port number from 0 to 65535 (0 picks a free one), not "${value}"`,
    );
  }
  return port;
}

function parseHost(value: string | undefined, source: string): string {
  if (value === undefined) return DEFAULT_HOST;
  const host = value.trim().replace(/^\[(.*)\]$/, '$1');
  if (
    isIP(host) === 0 &&
    !/^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(host)
  ) {
    throw new ConfigError(`${source} must be an IP address or a host name, not "${value}"`);
  }
  return host;
}

function parseDatabaseUrl(value: string | undefined, source: string, cwd: string): string {
  if (value === undefined) return defaultDatabaseUrl(cwd);
  const url = value.trim();
  if (url === 'memory://' || /^postgres(ql)?:\/\/./i.test(url)) return url;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (name === 'file' || name === 'pglite') return resolve(cwd, url.slice(scheme[0].length));
    throw new ConfigError(
      `${source}: unsupported database URL scheme "${name}://"; use memory://, a directory for an embedded store, ` +
        'or postgres://user@host:5432/db',
    );
  }
  return resolve(cwd, url);
}

function parseToken(value: string | undefined): string | null {
  // An empty variable means "no token" (as Docker and shells write unset values); the
  // loopback rule then still protects the store.
  if (value === undefined || value === '') return null;
  if (value.trim() !== value || !/^[\x21-\x7e]+$/.test(value)) {
    throw new ConfigError(
      'DOSSIER_WRITE_TOKEN must be printable ASCII without spaces (it is sent in an Authorization header)',
    );
  }
  if (value.length < MIN_WRITE_TOKEN_LENGTH) {
    throw new ConfigError(
      `DOSSIER_WRITE_TOKEN must be at least ${MIN_WRITE_TOKEN_LENGTH} characters (it has ${value.length}); ` +
        'generate one with `openssl rand -hex 32`',
    );
  }
  return value;
}

function parseByteCount(value: string | undefined, source: string, fallback: number): number {
  if (value === undefined) return fallback;
  const text = value.trim();
  const bytes = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1 || bytes > MAX_TEXT_BYTES_LIMIT) {
    throw new ConfigError(
      `${source} must be a whole number of bytes from 1 to ${MAX_TEXT_BYTES_LIMIT}, not "${value}"`,
    );
  }
  return bytes;
}

function parseBoolean(value: string | undefined, source: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const text = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw new ConfigError(`${source} must be true or false (also 1/0, yes/no, on/off), not "${value}"`);
}

function parseMetricsAccess(value: string | undefined): MetricsAccess {
  if (value === undefined) return 'loopback';
  const text = value.trim().toLowerCase();
  if (text === 'loopback' || text === 'all' || text === 'off') return text;
  try {
    return parseBoolean(text, 'DOSSIER_METRICS', true) ? 'loopback' : 'off';
  } catch {
    throw new ConfigError(`DOSSIER_METRICS must be loopback, all or off (also true/false), not "${value}"`);
  }
}

function parseIngestMode(value: string | undefined): IngestMode {
  if (value === undefined) return 'inline';
  const mode = value.trim().toLowerCase();
  if (mode === 'inline' || mode === 'queue') return mode;
  throw new ConfigError(`DOSSIER_INGEST_MODE must be inline or queue, not "${value}"`);
}

function parseWholeNumber(
  value: string | undefined,
  source: string,
  fallback: number,
  range: { min: number; max: number },
): number {
  if (value === undefined) return fallback;
  const text = value.trim();
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
    throw new ConfigError(
      `${source} must be a whole number from ${range.min} to ${range.max}, not "${value}"`,
    );
  }
  return n;
}

function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined) return 'info';
  const level = value.trim().toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  throw new ConfigError(`DOSSIER_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${value}"`);
}

/** `https://app.example.org, http://localhost:5173`: exact origins, no paths, no wildcards. */
function parseOrigins(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const url = URL.canParse(item) ? new URL(item) : null;
      if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== item.replace(/\/$/, '')) {
        throw new ConfigError(
          `DOSSIER_CORS_ORIGINS must list origins such as https://app.example.org (scheme, host and port only), not "${item}"`,
        );
      }
      return url.origin;
    });
}
