// The response cache: read queries are answered from memory until the next ingest. Every
// ingest heard through `store.onIngest` (PostgreSQL LISTEN/NOTIFY, so every replica hears
// every writer) empties it. Mutations and subscriptions are never cached.
//
// It is bounded by bytes, not by entries (a thousand small answers and one huge one weigh what
// they weigh), and keyed on the operation as the GraphQL lexer reads it, so that white
// space and comments added to a query cannot fill it with copies of one answer.

import { randomUUID } from 'node:crypto';
import type { Store } from '@dossier/model';
import { type Cache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { stripIgnoredCharacters } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { responseBytes } from './response-size.js';
import { DEFAULT_QUERY_LIMITS, nestingExceeds } from './security.js';

export const DEFAULT_RESPONSE_CACHE_BYTES = 64 * 1024 * 1024;

export interface ResponseCacheOptions {
  /** Cache read-query responses until the next ingest (default true). */
  responseCache?: boolean;
  /** Serialized bytes the cache may hold at most (default 64 MiB). */
  responseCacheBytes?: number;
  /** Answers over this are refused (response-size.ts): never worth keeping. */
  maxResponseBytes?: number;
}

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
 * The cache plugin, or none when `responseCache` is false. Keys carry a generation that every
 * ingest bumps, so a query that read the store before an ingest and finishes after it can never
 * be served later: its key belongs to a generation nobody asks for any more.
 */
export function responseCachePlugins(store: Store, options: ResponseCacheOptions): Plugin[] {
  if (options.responseCache === false) return [];
  let generation = 0;
  const entries = createResponseStore(
    options.responseCacheBytes ?? DEFAULT_RESPONSE_CACHE_BYTES,
    options.maxResponseBytes,
  );
  const invalidateAll = () => {
    generation += 1;
    entries.clear();
  };
  const cache: Cache = {
    get: (key) => entries.get(key) as ReturnType<Cache['get']>,
    set: (key, value) => {
      entries.set(key, value as object);
    },
    // Called by the plugin after a mutation of this process: a write makes everything stale.
    invalidate: () => invalidateAll(),
  };
  // a listener that was cut off and came back missed ingests: what it cached may be stale
  const unsubscribe = store.onIngest(() => invalidateAll(), { onGap: invalidateAll });
  unsubscribe.catch(() => {}); // no listener (closed store): the health check reports it
  return [
    useResponseCache({
      session: () => null, // reads are public: one answer for everyone
      cache,
      ttl: Number.POSITIVE_INFINITY,
      // jobs change state without any ingest (a retry, the dead letter): never kept
      ignoredTypes: ['Job', 'JobConnection', 'JobStateCounts'],
      // Yoga builds the key from the raw request, before parsing.
      buildResponseCacheKey: async ({ documentString, variableValues, operationName }) => {
        const operation = canonicalOperation(documentString, variableValues);
        if (operation === null) return `uncached:${randomUUID()}`;
        return `${generation}:${await hashSHA256(`${operation}|${operationName ?? ''}`)}`;
      },
    }),
    {
      onDispose: async () => {
        await (await unsubscribe.catch(() => undefined))?.();
      },
    } as Plugin,
  ];
}

/**
 * Responses by key, least recently used out first, holding at most `maxBytes` of serialized
 * JSON. One answer may take at most a quarter of it: a few large answers cannot push out
 * everything else, and one too large for that is simply not kept.
 */
export function createResponseStore(
  maxBytes: number,
  maxResponseBytes: number = Number.POSITIVE_INFINITY,
): LRUCache<string, object> {
  return new LRUCache<string, object>({
    maxSize: maxBytes,
    maxEntrySize: Math.max(1, Math.min(Math.floor(maxBytes / 4), maxResponseBytes)),
    sizeCalculation: (value) => Math.max(1, responseBytes(value)),
  });
}
