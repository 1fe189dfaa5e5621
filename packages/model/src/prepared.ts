// Hot reads as prepared statements on PostgreSQL. drizzle sends every query unnamed, so the
// server parses and plans the same few kilobytes of SQL (a GraphQL page is one statement of
// nested lateral joins) on every request. A statement text seen again is given a name derived
// from its text: node-postgres then parses it once per pooled connection and afterwards sends
// only Bind/Execute. The number of names is bounded, since each one lives on every connection
// until it closes, and arbitrary queries must not grow that without end.
import { createHash } from 'node:crypto';

/** How many distinct statement texts may be named (per process). */
export const MAX_PREPARED_STATEMENTS = 200;
/** How many distinct texts are counted while looking for repeats. */
const MAX_TRACKED_TEXTS = 2000;

/** Decides which statement texts are named: reads (`select …`) seen at least twice. */
export function hotStatementNamer(limit = MAX_PREPARED_STATEMENTS): (text: string) => string | undefined {
  const names = new Map<string, string>();
  const seen = new Set<string>();
  return (text) => {
    const name = names.get(text);
    if (name !== undefined) return name;
    if (names.size >= limit || !/^\s*select\b/i.test(text)) return undefined;
    if (!seen.has(text)) {
      if (seen.size >= MAX_TRACKED_TEXTS) seen.clear();
      seen.add(text);
      return undefined;
    }
    seen.delete(text);
    const named = `dossier_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, named);
    return named;
  };
}

interface QueryConfigLike {
  text: string;
  name?: string;
}
interface Queryable {
  query: (...args: never[]) => unknown;
}

const isQueryConfig = (value: unknown): value is QueryConfigLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as QueryConfigLike).text === 'string' &&
  (value as QueryConfigLike).name === undefined;

/** Makes `pool.query` name the hot reads it is given as query configs (how drizzle calls it). */
export function prepareHotStatements<P extends Queryable>(pool: P, namer = hotStatementNamer()): P {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
    if (isQueryConfig(config)) {
      const name = namer(config.text);
      if (name !== undefined) return query({ ...config, name }, ...rest);
    }
    return query(config, ...rest);
  };
  return pool;
}
