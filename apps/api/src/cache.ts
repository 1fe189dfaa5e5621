// The response cache: read queries are answered from memory until the next ingest. Every
// ingest heard through `store.onIngest` (PostgreSQL LISTEN/NOTIFY, so every replica hears
// every writer) empties it. Mutations and subscriptions are never cached.
import type { Store } from '@dossier/model';
import { type Cache, hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';

/** Responses kept at most (least recently stored first out). */
const MAX_ENTRIES = 1_000;

/**
 * The cache plugin, or none when `responseCache` is false. Keys carry a generation that every
 * ingest bumps, so a query that read the store before an ingest and finishes after it can never
 * be served later: its key belongs to a generation nobody asks for any more.
 */
export function responseCachePlugins(store: Store, config: object): Plugin[] {
  if ((config as { responseCache?: boolean }).responseCache === false) return [];
  let generation = 0;
  const entries = new Map<string, unknown>();
  const invalidateAll = () => {
    generation += 1;
    entries.clear();
  };
  const cache: Cache = {
    get: (key) => entries.get(key) as ReturnType<Cache['get']>,
    set: (key, value) => {
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(key, value);
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
      buildResponseCacheKey: async ({ documentString, variableValues, operationName }) =>
        `${generation}:${await hashSHA256(
          `${documentString}|${JSON.stringify(variableValues ?? {})}|${operationName ?? ''}`,
        )}`,
    }),
    {
      onDispose: async () => {
        await (await unsubscribe.catch(() => undefined))?.();
      },
    } as Plugin,
  ];
}
