// The response cache: read queries are answered from memory until an ingest touches what they
// show. Every ingest heard through `store.onIngest` (PostgreSQL LISTEN/NOTIFY, so every replica
// hears every writer) names the records it created or gave new evidence to; the answers that
// show one of those records, and the answers of the top-level lists of their types, are
// dropped (a full page in ingestion order only for a new record at or before its end: see
// `hits`). The rest stay cached. Mutations and subscriptions are never cached.
//
// Stale while revalidate: an invalidated answer of a read query that knows what it shows (top-
// level list pages and lookups by id, not `search` or any `*` answer: see `expire`) is kept for
// at most `maxStaleMs` from its first invalidation and served at once with `x-dossier-stale`,
// while one request reads it again in the background. Under a stream of ingests, readers then
// never queue behind the writers for an answer the cache held a moment ago.
//
// Why a record's own tag is enough for what it nests (its participants, its evidence): the
// model only changes what a document names, so a meeting gains a participant or a person a new
// role only when that meeting or that person is touched by the ingest.
//
// It is bounded by bytes, not by entries (a thousand small answers and one huge one weigh what
// they weigh), and keyed on the operation as the GraphQL lexer reads it, so that white
// space and comments added to a query cannot fill it with copies of one answer.

import { createHash, randomUUID } from 'node:crypto';
import type { IngestEvent, Store } from '@dossier/model';
import { globalId, parseGlobalId } from '@dossier/schema/global-id';
import { type Cache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type SelectionNode,
  stripIgnoredCharacters,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { DEFAULT_RESPONSE_CACHE_MAX_STALE_MS } from './config.js';
import { responseBytes } from './response-size.js';
import { DEFAULT_QUERY_LIMITS, nestingExceeds } from './security.js';

export const DEFAULT_RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

export interface ResponseCacheOptions {
  /** Cache read-query responses until an ingest touches what they show (default true). */
  responseCache?: boolean;
  /** Serialized bytes the cache may hold at most (default 64 MiB). */
  responseCacheBytes?: number;
  /** Answers over this are refused (response-size.ts): never worth keeping. */
  maxResponseBytes?: number;
  /**
   * How long an answer an ingest invalidated (a top-level list page, a lookup by id) may still
   * be served while one request reads it again in the background (default 5 s; 0: dropped at
   * once).
   */
  responseCacheMaxStaleMs?: number;
}

/**
 * A request header naming a document (its global id, from `documentIngested` or the
 * `ingestDocument` answer): the answer must show what that ingest did. Stale answers from
 * before it are not served; while this server has not heard that ingest yet, the request reads
 * the store.
 */
export const AFTER_INGEST_HEADER = 'x-dossier-after-ingest';
/**
 * A response header on a stale answer: the global id of the document whose ingest it does not
 * show yet. A client that must show it asks again with `x-dossier-after-ingest` set to it.
 */
export const STALE_HEADER = 'x-dossier-stale';
/** Marks the background refresh of a stale answer (its value is a secret of this process). */
const REFRESH_HEADER = 'x-dossier-refresh';

/**
 * The operation as the lexer sees it: the same text for any white space, commas or comments.
 * Null when the text cannot be a cached query (too long, not lexable, or with variables nested
 * beyond the limit); such a request is refused by the limits or fails to parse, and its answer
 * is never stored.
 */
export function canonicalOperation(query: string, variables: unknown): string | null {
  if (query.length > DEFAULT_QUERY_LIMITS.maxQueryLength) return null;
  if (nestingExceeds(variables, DEFAULT_QUERY_LIMITS.maxVariableDepth)) return null;
  try {
    return `${stripIgnoredCharacters(query)}|${JSON.stringify(variables ?? {})}`;
  } catch {
    return null;
  }
}

/**
 * The cache plugin, or none when `responseCache` is false. A key carries the invalidation
 * sequence number at which its request started: an answer is stored as current only if
 * nothing it shows was invalidated since, so a query that read the store before an ingest and
 * finishes after it is never served later as current (at most as stale, within the bound, when
 * it is one that may be kept stale: see `set`).
 */
export function responseCachePlugins(store: Store, options: ResponseCacheOptions): Plugin[] {
  if (options.responseCache === false) return [];
  const entries = new TaggedResponses(
    options.responseCacheBytes ?? DEFAULT_RESPONSE_CACHE_BYTES,
    options.maxResponseBytes,
    options.responseCacheMaxStaleMs ?? DEFAULT_RESPONSE_CACHE_MAX_STALE_MS,
  );
  let schema: GraphQLSchema | null = null;
  /** This server's own request handler (no request log, no HTTP): set once yoga starts. */
  let handle: ((url: string, init: RequestInit) => Promise<Response> | Response) | null = null;
  const refreshSecret = randomUUID();
  const rootTagsOf = createRootTagReader(() => schema);
  /** Reads a stale answer again through this server, as a request of its own. */
  const refresher =
    (url: string, body: string): (() => Promise<void>) =>
    async () => {
      if (!handle) return;
      const headers = { 'content-type': 'application/json', [REFRESH_HEADER]: refreshSecret };
      const response = await handle(url, { method: 'POST', headers, body });
      await response.arrayBuffer();
    };
  const keysOfRequests = new WeakMap<Request, string>();
  const cache: Cache = {
    get: (key) => entries.get(key) as ReturnType<Cache['get']>,
    set: (key, value, entities) => {
      entries.set(key, value as object, entities);
    },
    // Called by the plugin after a mutation of this process, with what its answer shows.
    invalidate: (entities) => entries.awaitIngestOf(entities),
  };
  // a listener that was cut off and came back missed ingests: what it cached may be stale
  const unsubscribe = store.onIngest((event) => entries.ingested(event), {
    onGap: () => entries.invalidateAll(),
  });
  unsubscribe.catch(() => {}); // no listener (closed store): the health check reports it
  return [
    useResponseCache({
      session: () => null, // reads are public: one answer for everyone
      cache,
      ttl: Number.POSITIVE_INFINITY,
      // jobs change state without any ingest (a retry, the dead letter): never kept
      ignoredTypes: ['Job', 'JobConnection', 'JobStateCounts'],
      // Yoga builds the key from the raw request, before parsing.
      // synchronous: the plugin's default (WebCrypto's async digest) cost a sixth of a cached read
      buildResponseCacheKey: ({ documentString, variableValues, operationName, request }) => {
        const operation = canonicalOperation(documentString, variableValues);
        if (operation === null) return `uncached:${randomUUID()}`;
        const hash = queryHash(`${operation}|${operationName ?? ''}`);
        const { tags, keepStale } = rootTagsOf(documentString, operationName ?? null);
        const body = JSON.stringify({ query: documentString, variables: variableValues, operationName });
        const key = entries.keyOf(hash, tags, {
          keepStale,
          ...readingOf(request.headers, refreshSecret, entries),
          refresh: refresher(request.url, body),
        });
        keysOfRequests.set(request, key);
        return key;
      },
    }),
    {
      onYogaInit: ({ yoga }) => {
        handle = (url, init) =>
          yoga.handle(new yoga.fetchAPI.Request(url, init), {} as Parameters<typeof yoga.handle>[1]);
      },
      onSchemaChange: ({ schema: next }) => {
        schema = next;
      },
      // the request that was reading an answer for others is done: they stop waiting for it
      onResultProcess: ({ request }) => {
        const key = keysOfRequests.get(request);
        if (key) entries.finished(key);
      },
      onDispose: async () => {
        entries.close();
        await (await unsubscribe.catch(() => undefined))?.();
      },
    } as Plugin,
  ];
}

/** What a request accepts, from its headers: any answer, a fresh one, or one after an ingest. */
function readingOf(
  headers: Headers,
  refreshSecret: string,
  entries: TaggedResponses,
): Pick<Reading, 'minSeq' | 'bypass'> {
  if (headers.get(REFRESH_HEADER) === refreshSecret) return { minSeq: Number.POSITIVE_INFINITY };
  const document = headers.get(AFTER_INGEST_HEADER);
  return document === null ? {} : entries.readingAfter(document.trim());
}

/** The cache key's digest of a canonical operation (sync: no thread-pool round trip per read). */
export function queryHash(operation: string): string {
  return createHash('sha256').update(operation).digest('base64url');
}

/** Invalidates every answer: an ingest that did not say what it touched, or a gap. */
const ALL = '*';
/** How many invalidations a request may lag behind before its answer is not stored at all. */
const INVALIDATION_LOG = 1024;
/** How long answers bypass the cache after this process's own ingest, until its event arrives. */
const OWN_INGEST_WAIT_MS = 2_000;
/** How long a request waits for the same query's answer that another request is reading. */
const FLIGHT_WAIT_MS = 5_000;

/**
 * What one request accepts. `keepStale`: its answer may be kept stale when invalidated (see
 * `RootShape`). `minSeq`: a stale answer read before this invalidation sequence number is not
 * served to it (Infinity: none is). `bypass`: it reads the store (it names an ingest not heard
 * yet). `refresh`: reads the answer again in the background, for those served it stale.
 */
export interface Reading {
  keepStale?: boolean;
  minSeq?: number;
  bypass?: boolean;
  refresh?: () => Promise<void>;
}

/** A key this process did not just make (an ETag sent back): no stale answer for it. */
const FRESH: Reading = { minSeq: Number.POSITIVE_INFINITY };

/** A miss being read from the store by one request, with the requests waiting for its answer. */
interface Flight {
  request: number;
  /** The invalidation sequence number its request started at. */
  seq: number;
  waiters: Array<(answer: object | undefined) => void>;
  timer: NodeJS.Timeout;
  /** How many of this process's own ingests had answered when it started. */
  epoch: number;
}

interface Invalidation {
  seq: number;
  /** null: everything. */
  tags: ReadonlySet<string> | null;
  /** The lowest id the ingest created, by record type (see `hits`). */
  created: ReadonlyMap<string, number>;
  /** When it was heard (Date.now()). */
  at: number;
  /** The global id of the ingest's document; unset for one that drops everything. */
  document?: string;
}

/** The invalidations an answer's read missed: when the first was heard, and the last one's document. */
interface Missed {
  since: number;
  by: string;
}

const NONE: ReadonlyMap<string, number> = new Map();

/**
 * Whether an invalidation of `tag` reaches an answer. A record tag or `*` always does. A type
 * tag (`Meeting`) reaches a page in ingestion order that was full (it had a next page) only
 * when the ingest created a record of that type at or before the page's last record
 * (`bounds`): a record that was not on the page cannot move onto it by gaining evidence, and a
 * new one goes after the records already there. A record it shows that the ingest touched
 * reaches it through the record's own tag.
 */
function hits(
  tag: string,
  created: ReadonlyMap<string, number>,
  bounds: ReadonlyMap<string, number> | undefined,
): boolean {
  const bound = bounds?.get(tag);
  if (bound === undefined) return true;
  const lowest = created.get(tag);
  return lowest !== undefined && lowest <= bound;
}

/**
 * Answers by query hash, each with the tags it depends on: `Type:globalId` of every record it
 * shows, the record types of the top-level lists it answers (`Meeting`), or `*` for a top-level
 * field whose answer any ingest may change.
 */
export class TaggedResponses {
  private readonly answers: LRUCache<string, object>;
  /** The invalidation sequence each stored answer was read at, and its tags. */
  private readonly meta = new Map<string, AnswerMeta>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly log: Invalidation[] = [];
  private seq = 0;
  /** Documents this process ingested whose event has not been heard yet. */
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** Global ids of the documents whose ingest was heard lately, with the sequence number it got. */
  private readonly heard = new LRUCache<string, number>({ max: 10_000 });
  /** What each request being answered accepts, by its number. */
  private readonly readings = new LRUCache<number, Reading>({ max: 10_000 });
  /** The stale answers being read again in the background. */
  private readonly refreshing = new Set<string>();
  private closed = false;
  private readonly flights = new Map<string, Flight>();
  private requests = 0;
  /** This process's ingests whose answers went out before their events were heard. */
  private ownIngests = 0;

  constructor(
    maxBytes: number,
    maxResponseBytes?: number,
    /** How long an invalidated answer may be served while it is read again (0: never). */
    private readonly maxStaleMs = 0,
  ) {
    this.answers = createResponseStore(maxBytes, maxResponseBytes, (_value, hash) => this.forget(hash));
  }

  /**
   * `seq|tags|hash|request`: the invalidation sequence number now, the tags of the operation's
   * root fields, the query's hash and a number of this request, which `reading` describes.
   */
  keyOf(hash: string, rootTags: readonly string[], reading: Reading = {}): string {
    this.requests += 1;
    this.readings.set(this.requests, reading);
    return `${this.seq}|${rootTags.join(',')}|${hash}|${this.requests}`;
  }

  /**
   * What a request that names a document's ingest (its global id) accepts: answers read after
   * this process heard that ingest; the store itself while it has not (not yet, or too long
   * ago to remember); no stale answer at all when the id is not a document's.
   */
  readingAfter(document: string): Pick<Reading, 'minSeq' | 'bypass'> {
    let decoded: { typename: string; id: string };
    try {
      decoded = parseGlobalId(document);
    } catch {
      return FRESH;
    }
    if (decoded.typename !== 'Document') return FRESH;
    const seq = this.heard.get(document);
    return seq === undefined ? { bypass: true } : { minSeq: seq };
  }

  /**
   * The stored answer; on a miss, the first request reads the store and the same query's
   * requests that arrive meanwhile wait for its answer (when an ingest drops a list that fifty
   * readers ask for, the store runs it once, not fifty times).
   */
  get(key: string): object | undefined | Promise<object | undefined> {
    const parsed = parseKey(key);
    if (!parsed) return undefined;
    const { seq, hash, request } = parsed;
    const reading = this.readings.get(request) ?? FRESH;
    if (reading.bypass) return undefined; // names an ingest not heard yet: only the store knows it
    const minSeq = reading.minSeq ?? 0;
    const answer = this.storedAnswer(hash, seq, minSeq, reading.refresh);
    if (answer) return answer;
    const meta = this.meta.get(hash);
    const flight = this.flights.get(hash);
    // A read that started before this process's last ingest answered may miss it: a request
    // waits only for one that started since (each of fifty readers reading the store on its
    // own, while the ingest's event is on its way, was most of the misses under writers).
    // One that must see a given ingest waits only for a read that started after it was heard.
    if (flight && flight.request !== request && flight.epoch === this.ownIngests && flight.seq >= minSeq) {
      return new Promise((resolve) => flight.waiters.push(resolve));
    }
    if ((!flight || flight.epoch !== this.ownIngests) && !(meta && seq < meta.seq)) {
      if (flight) this.land(hash, flight.request); // its waiters read the store themselves
      const timer = setTimeout(() => this.land(hash, request), FLIGHT_WAIT_MS);
      timer.unref();
      this.flights.set(hash, { request, seq, waiters: [], timer, epoch: this.ownIngests });
    }
    return undefined;
  }

  /**
   * The stored answer a request may be given. An older key (an ETag from before the answer was
   * refreshed) is not this answer; while this process's own ingest is unheard, no stored answer
   * is (it may predate it). A stale answer is served until `maxStaleMs` after it was first
   * invalidated, to requests that accept it, while one request reads it again.
   */
  private storedAnswer(
    hash: string,
    seq: number,
    minSeq: number,
    refresh: Reading['refresh'],
  ): object | undefined {
    const meta = this.meta.get(hash);
    if (!meta || seq < meta.seq || this.pending.size > 0) return undefined;
    const answer = this.answers.get(hash);
    if (!answer || meta.staleSince === undefined) return answer;
    if (Date.now() - meta.staleSince > this.maxStaleMs) {
      this.answers.delete(hash); // too old to serve: the next reads wait for the store
      return undefined;
    }
    if (meta.seq < minSeq) return undefined;
    if (refresh) this.refreshOnce(hash, refresh);
    return withHeader(answer, STALE_HEADER, meta.staleBy ?? '');
  }

  /** Reads a stale answer again in the background, unless a read of it is already running. */
  private refreshOnce(hash: string, refresh: () => Promise<void>): void {
    if (this.refreshing.has(hash)) return;
    this.refreshing.add(hash);
    // after this request's answer is on its way
    setImmediate(() => {
      const running = this.closed ? Promise.resolve() : refresh();
      running.catch(() => {}).finally(() => this.refreshing.delete(hash));
    });
  }

  /** The request of `key` is answered: whoever waited for it gets what it stored, or reads. */
  finished(key: string): void {
    const parsed = parseKey(key);
    if (!parsed) return;
    this.readings.delete(parsed.request);
    this.land(parsed.hash, parsed.request);
  }

  set(key: string, value: object, entities: Iterable<{ typename: string; id?: number | string }>): void {
    const parsed = parseKey(key);
    if (!parsed) return; // not a key of this cache: never stored
    const { seq, rootTags, hash, request } = parsed;
    const { tags, bounds } = answerTags(rootTags, value);
    for (const entity of entities) if (entity.id != null) tags.add(`${entity.typename}:${entity.id}`);
    const keepStale = this.readings.get(request)?.keepStale === true;
    const meta: AnswerMeta = { seq, tags: [...tags], bounds, keepStale };
    const missed = this.missedSince(seq, tags, bounds);
    let kept: object | undefined;
    if (missed === null) {
      if (this.store(hash, value, meta)) kept = value;
    } else if (missed !== ALL && this.keepsAsStale(hash, meta, missed)) {
      // Read while an ingest it does not show was heard: kept as stale, as if that ingest had
      // invalidated it once stored (same bound, from that ingest on). Without this, an answer
      // that ingests touch more often than the store takes to read it (PGlite's one connection
      // behind writers) was never stored again: every reader of it read the store.
      if (this.store(hash, value, { ...meta, staleSince: missed.since, staleBy: missed.by }))
        kept = withHeader(value, STALE_HEADER, missed.by);
    }
    // the waiters get this answer only if it was kept: one that was not may miss an ingest
    this.land(hash, request, kept);
  }

  /**
   * Whether an answer that missed ingests may be kept as stale: one that may be kept stale at
   * all, within the bound, and newer than the stale answer it replaces (a current one stays).
   */
  private keepsAsStale(hash: string, meta: AnswerMeta, missed: Missed): boolean {
    if (!meta.keepStale || this.maxStaleMs <= 0 || Date.now() - missed.since > this.maxStaleMs) return false;
    const current = this.meta.get(hash);
    return !current || (current.staleSince !== undefined && current.seq < meta.seq);
  }

  private store(hash: string, value: object, meta: AnswerMeta): boolean {
    this.forget(hash);
    this.answers.set(hash, value);
    if (!this.answers.has(hash)) return false; // too large to keep
    this.meta.set(hash, meta);
    for (const tag of meta.tags) {
      const hashes = this.byTag.get(tag) ?? new Set<string>();
      hashes.add(hash);
      this.byTag.set(tag, hashes);
    }
    return true;
  }

  /** Ends the flight of `request` (if it is the one reading `hash`) and wakes its waiters. */
  private land(hash: string, request: number, answer?: object): void {
    const flight = this.flights.get(hash);
    if (!flight || flight.request !== request) return;
    this.flights.delete(hash);
    clearTimeout(flight.timer);
    for (const wake of flight.waiters) wake(answer);
  }

  /** An ingest by any process: drop what shows its records and the lists of their types. */
  ingested(event: IngestEvent): void {
    const document = globalId('Document', event.documentId);
    const wait = this.pending.get(document);
    if (wait) {
      clearTimeout(wait);
      this.pending.delete(document);
    }
    if (event.truncated) this.invalidateAll();
    else this.invalidate(ingestTags(event), createdFrom(event), document);
    this.heard.set(document, this.seq); // a read that starts from now on shows it
  }

  invalidateAll(): void {
    this.record(null);
    this.answers.clear();
    this.meta.clear();
    this.byTag.clear();
  }

  /**
   * After this process's own ingest the answer goes back to the writer before its event may
   * have been heard (PostgreSQL delivers it on another connection): until it is, or for at most
   * 2 s, reads bypass the cache, so that a writer reads its own write.
   */
  awaitIngestOf(entities: Iterable<{ typename: string; id?: number | string }>): void {
    for (const entity of entities) {
      if (entity.typename !== 'Document' || typeof entity.id !== 'string') continue;
      const document = entity.id;
      if (this.heard.has(document) || this.pending.has(document)) continue;
      const timer = setTimeout(() => this.pending.delete(document), OWN_INGEST_WAIT_MS);
      timer.unref();
      this.pending.set(document, timer);
      this.ownIngests += 1;
    }
  }

  close(): void {
    this.closed = true;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    for (const [hash, flight] of [...this.flights]) this.land(hash, flight.request);
  }

  get size(): number {
    return this.answers.size;
  }

  private invalidate(
    tags: ReadonlySet<string>,
    created: ReadonlyMap<string, number>,
    document: string,
  ): void {
    this.record(tags, created, document);
    for (const tag of tags) {
      for (const hash of [...(this.byTag.get(tag) ?? [])]) {
        if (hits(tag, created, this.meta.get(hash)?.bounds)) this.expire(hash, document);
      }
    }
  }

  /**
   * An invalidated answer of a list page or a lookup by id is kept as stale (from its first
   * invalidation on: the bound holds however many ingests follow); any other is dropped.
   *
   * Dropped at once, as before, are the answers tagged `*` (`search`, a top-level field this
   * code does not know, a fragment it cannot read): the cache does not know what they depend
   * on (for an unknown field, not even that it is a read of ingested records), so every ingest
   * invalidates them and nothing says a copy is only that ingest behind; and a search for what
   * just came in is the read least willing to miss it. Answers that cannot get here are not kept stale either:
   * answers with errors are never stored (the plugin's default), nor mutations, subscriptions
   * or job states (`ignoredTypes`); and a gap or a truncated event (`invalidateAll`) drops
   * everything, since no document can be named for what was missed.
   */
  private expire(hash: string, document: string): void {
    const meta = this.meta.get(hash);
    if (meta?.keepStale && this.maxStaleMs > 0) {
      meta.staleSince ??= Date.now();
      meta.staleBy = document; // the latest: an answer that shows it shows the earlier ones
    } else this.answers.delete(hash);
  }

  private record(
    tags: ReadonlySet<string> | null,
    created: ReadonlyMap<string, number> = NONE,
    document?: string,
  ): void {
    this.seq += 1;
    this.log.push({ seq: this.seq, tags, created, at: Date.now(), ...(document ? { document } : {}) });
    if (this.log.length > INVALIDATION_LOG) this.log.splice(0, this.log.length - INVALIDATION_LOG);
  }

  /**
   * The invalidations after its request started that reach an answer: null when none, `*` when
   * one dropped everything or the request is too far behind to tell.
   */
  private missedSince(
    seq: number,
    tags: ReadonlySet<string>,
    bounds: ReadonlyMap<string, number>,
  ): Missed | typeof ALL | null {
    if (seq === this.seq) return null;
    const oldest = this.log[0];
    if (!oldest || seq < oldest.seq - 1) return ALL; // too far behind to tell
    // from the latest back: the latest names what it lacks, the earliest starts the bound
    let by: string | undefined;
    let since = 0;
    for (let i = this.log.length - 1; i >= 0; i--) {
      const invalidation = this.log[i]!;
      if (invalidation.seq <= seq) break;
      if (invalidation.tags === null || invalidation.document === undefined) return ALL;
      for (const tag of invalidation.tags) {
        if (tags.has(tag) && hits(tag, invalidation.created, bounds)) {
          by ??= invalidation.document;
          since = invalidation.at;
          break;
        }
      }
    }
    return by === undefined ? null : { since, by };
  }

  /** Removes an answer's tags (it was replaced, invalidated or pushed out of the LRU). */
  private forget(hash: string): void {
    const meta = this.meta.get(hash);
    if (!meta) return;
    this.meta.delete(hash);
    for (const tag of meta.tags) {
      const hashes = this.byTag.get(tag);
      hashes?.delete(hash);
      if (hashes?.size === 0) this.byTag.delete(tag);
    }
  }
}

interface AnswerMeta {
  /** The invalidation sequence number its request started at. */
  seq: number;
  tags: string[];
  bounds: ReadonlyMap<string, number>;
  /** A list page or a lookup by id (`RootShape`): kept stale for a while when invalidated. */
  keepStale: boolean;
  /** When it was first invalidated (Date.now()); unset while it is current. */
  staleSince?: number;
  /** The global id of the document whose ingest invalidated it last. */
  staleBy?: string;
}

/** The answer with one more HTTP response header (yoga sends `extensions.http` as headers). */
function withHeader(answer: object, name: string, value: string): object {
  const { extensions } = answer as { extensions?: { http?: { headers?: Record<string, string> } } };
  const http = extensions?.http;
  return {
    ...answer,
    extensions: { ...extensions, http: { ...http, headers: { ...http?.headers, [name]: value } } },
  };
}

interface ParsedKey {
  seq: number;
  rootTags: string[];
  hash: string;
  request: number;
}

/** The parts of a key from `keyOf`; null for any other key (an `uncached:` one, a bad ETag). */
function parseKey(key: string): ParsedKey | null {
  const parts = key.split('|');
  if (parts.length !== 4) return null;
  const [seq = '', tags = '', hash = '', request = ''] = parts;
  if (!/^\d+$/.test(seq) || !/^\d+$/.test(request)) return null;
  return { seq: Number(seq), rootTags: tags ? tags.split(',') : [], hash, request: Number(request) };
}

/** The lowest id an ingest created, by record type (its document included). */
export function createdFrom(event: IngestEvent): Map<string, number> {
  const created = new Map<string, number>([['Document', event.documentId]]);
  for (const record of event.records) {
    if (!record.created) continue;
    const lowest = created.get(record.type);
    if (lowest === undefined || record.id < lowest) created.set(record.type, record.id);
  }
  return created;
}

/** What an ingest changed: its records, the lists of their types, the documents, and `*`. */
export function ingestTags(event: IngestEvent): Set<string> {
  const tags = new Set<string>([ALL, 'Document']);
  for (const record of event.records) {
    tags.add(record.type);
    tags.add(`${record.type}:${globalId(record.type, record.id)}`);
  }
  return tags;
}

/**
 * The tags of an operation's top-level fields, memoised by text: a list (connection) of records
 * depends on every ingest that touches a record of its type; a field that returns records by id
 * (`node`, `nodes`) on those records only (their own tags); anything else (search, a field this
 * code does not know) on every ingest.
 */
function createRootTagReader(
  schemaOf: () => GraphQLSchema | null,
): (documentString: string, operationName: string | null) => RootShape {
  const memo = new LRUCache<string, RootShape>({ max: 1000 });
  return (documentString, operationName) => {
    const schema = schemaOf();
    if (!schema) return { tags: [ALL], keepStale: false };
    const memoKey = `${operationName ?? ''}|${documentString}`;
    let shape = memo.get(memoKey);
    if (!shape) {
      shape = rootShape(schema, documentString, operationName);
      memo.set(memoKey, shape);
    }
    return shape;
  };
}

/**
 * An operation's root tags, and whether its answer may be kept stale: a query whose every root
 * field is a top-level list of records or a lookup by id (`node`, `nodes`, `meeting(id)`, …),
 * with no `*` tag (no search, no field this code does not know): see `expire`.
 */
export interface RootShape {
  tags: string[];
  keepStale: boolean;
}

export function rootTags(
  schema: GraphQLSchema,
  documentString: string,
  operationName: string | null,
): string[] {
  return rootShape(schema, documentString, operationName).tags;
}

export function rootShape(
  schema: GraphQLSchema,
  documentString: string,
  operationName: string | null,
): RootShape {
  let document: DocumentNode;
  try {
    document = parse(documentString, { noLocation: true });
  } catch {
    return { tags: [ALL], keepStale: false };
  }
  const operation = getOperationAST(document, operationName);
  const query = schema.getQueryType();
  if (operation?.operation !== 'query' || !query) return { tags: [ALL], keepStale: false };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const tags = new Set<string>();
  const visit = (selections: readonly SelectionNode[], seen: Set<string>) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        const fieldTags = rootFieldTags(schema, query, selection.name.value);
        if (fieldTags.length === 1 && isPageInIngestionOrder(selection)) {
          tags.add(`${fieldTags[0]}@${selection.alias?.value ?? selection.name.value}`);
        } else for (const tag of fieldTags) tags.add(tag);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet.selections, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) tags.add(ALL);
        else visit(fragment.selectionSet.selections, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(operation.selectionSet.selections, new Set());
  // a lookup by id adds no root tag (its records' own tags come with its answer)
  return { tags: [...tags].sort(), keepStale: !tags.has(ALL) };
}

/**
 * The top-level lists whose records come in ingestion order (id ascending) when no filter and
 * no order is given: a record that is not on a page of theirs never moves onto it, and a new
 * record goes after every record already there.
 */
const INGESTION_ORDERED_LISTS = new Set([
  'documents',
  'places',
  'organizations',
  'persons',
  'meetings',
  'statements',
]);
const PAGE_ARGUMENTS = new Set(['first', 'after']);

/**
 * Whether a top-level field asks for a page of one of those lists in ingestion order (only
 * `first` and `after`), without `totalCount` (which any new record changes), and reads
 * `pageInfo.hasNextPage` and `edges.node.id` under their own names, if at all: the answer's
 * last record and whether a next page existed are then read from it (`answerTags`).
 */
function isPageInIngestionOrder(field: FieldNode): boolean {
  if (!INGESTION_ORDERED_LISTS.has(field.name.value) || field.directives?.length) return false;
  if (field.arguments?.some((argument) => !PAGE_ARGUMENTS.has(argument.name.value))) return false;
  const connection = plainFields(field.selectionSet?.selections, ['edges', 'pageInfo']);
  if (!connection || connection.some((f) => f.name.value === 'totalCount')) return false;
  for (const child of connection) {
    if (child.name.value === 'pageInfo' && !plainFields(child.selectionSet?.selections, ['hasNextPage']))
      return false;
    if (child.name.value !== 'edges') continue;
    const edges = plainFields(child.selectionSet?.selections, ['node']);
    if (!edges) return false;
    for (const edge of edges) {
      if (edge.name.value === 'node' && !idUnderItsName(edge.selectionSet?.selections ?? [])) return false;
    }
  }
  return true;
}

/** The selections when all are fields without directives and `names` answer under their own names. */
function plainFields(
  selections: readonly SelectionNode[] | undefined,
  names: readonly string[],
): FieldNode[] | null {
  const fields: FieldNode[] = [];
  for (const selection of selections ?? []) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return null;
    const key = selection.alias?.value ?? selection.name.value;
    if (names.includes(key) && key !== selection.name.value) return null;
    if (names.includes(selection.name.value) && key !== selection.name.value) return null;
    fields.push(selection);
  }
  return fields;
}

/** No field other than `id` answers under the key `id` (inline fragments included). */
function idUnderItsName(selections: readonly SelectionNode[]): boolean {
  for (const selection of selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) return false;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!idUnderItsName(selection.selectionSet.selections)) return false;
    } else if ((selection.alias?.value ?? selection.name.value) === 'id' && selection.name.value !== 'id') {
      return false;
    }
  }
  return true;
}

/**
 * An answer's tags from its operation's root tags, and the bound of each type whose pages in
 * ingestion order were all full: the numeric id of the last record on the page (see `hits`).
 * A page with no next page, or whose last record is not in the answer, has no bound: any
 * ingest that touches its type drops it.
 */
export function answerTags(
  rootTags: readonly string[],
  value: object,
): { tags: Set<string>; bounds: Map<string, number> } {
  const tags = new Set<string>();
  const bounds = new Map<string, number>();
  const unbounded = new Set<string>();
  const data = (value as { data?: Record<string, unknown> | null }).data;
  for (const tag of rootTags) {
    const at = tag.indexOf('@');
    const type = at < 0 ? tag : tag.slice(0, at);
    tags.add(type);
    const bound = at < 0 ? null : pageBound(data?.[tag.slice(at + 1)], type);
    if (bound === null) unbounded.add(type);
    else bounds.set(type, Math.max(bounds.get(type) ?? bound, bound));
  }
  for (const type of unbounded) bounds.delete(type);
  return { tags, bounds };
}

/** The numeric id of a full page's last record, or null. */
function pageBound(connection: unknown, type: string): number | null {
  const page = connection as
    | { pageInfo?: { hasNextPage?: unknown }; edges?: Array<{ node?: { id?: unknown } | null } | null> }
    | null
    | undefined;
  if (page?.pageInfo?.hasNextPage !== true || !Array.isArray(page.edges)) return null;
  const id = page.edges.at(-1)?.node?.id;
  if (typeof id !== 'string') return null;
  let decoded: { typename: string; id: string };
  try {
    decoded = parseGlobalId(id);
  } catch {
    return null; // not a global id at all
  }
  const n = Number(decoded.id);
  return decoded.typename === type && Number.isSafeInteger(n) && globalId(type, n) === id ? n : null;
}

function rootFieldTags(schema: GraphQLSchema, query: GraphQLObjectType, fieldName: string): string[] {
  if (fieldName.startsWith('__')) return []; // the schema and type names never change
  const field = query.getFields()[fieldName];
  if (!field) return [ALL];
  const type = getNamedType(field.type);
  if (isRecordType(schema, type)) return []; // by id: the records' own tags
  const node = isObjectType(type) ? type.getFields().edges : undefined;
  const item = node && getNamedType(node.type);
  const itemNode = item && isObjectType(item) ? item.getFields().node : undefined;
  const itemType = itemNode && getNamedType(itemNode.type);
  if (!itemType || !isRecordType(schema, itemType)) return [ALL];
  const types = isAbstractType(itemType) ? schema.getPossibleTypes(itemType) : [itemType];
  return types.map((t) => t.name);
}

/** A type whose every object has a global id (it implements Node, or is Node's union). */
function isRecordType(schema: GraphQLSchema, type: GraphQLNamedType): boolean {
  const node = schema.getType('Node');
  if (!node || !isInterfaceType(node)) return false;
  if (type === node) return true;
  if (isObjectType(type)) return type.getInterfaces().includes(node);
  if (isAbstractType(type))
    return schema.getPossibleTypes(type).every((t) => t.getInterfaces().includes(node));
  return false;
}

/**
 * Responses by key, least recently used out first, holding at most `maxBytes` of serialized
 * JSON. One answer may take at most a quarter of it: a few large answers cannot push out
 * everything else, and one too large for that is simply not kept.
 */
export function createResponseStore(
  maxBytes: number,
  maxResponseBytes: number = Number.POSITIVE_INFINITY,
  onRemoved?: (value: object, key: string) => void,
): LRUCache<string, object> {
  return new LRUCache<string, object>({
    ...(onRemoved ? { dispose: onRemoved } : {}),
    maxSize: maxBytes,
    maxEntrySize: Math.max(1, Math.min(Math.floor(maxBytes / 4), maxResponseBytes)),
    sizeCalculation: (value) => Math.max(1, responseBytes(value)),
  });
}
