// Planner statistics. A server without autovacuum (and PGlite, which has none) never refreshes
// them: the planner then guesses hundreds of evidence rows per meeting where there is one, the
// estimated cost passes `jit_above_cost`, and every read pays for JIT compilation. Dossier runs
// ANALYZE itself after migrations, after a bulk ingest, and while documents stream in.
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';

export interface AnalyzeOptions {
  /**
   * Only the tables never analysed, or changed by more than a tenth of the rows they had when
   * last analysed (autovacuum's own rule; `documents`: by more than all of them, see
   * STALE_FRACTION): cheap enough to run on every open. Default false: every table of the store.
   */
  onlyStale?: boolean;
}

/**
 * How much of a table must have changed since its last ANALYZE for its statistics to be stale:
 * a tenth, autovacuum's default, except for `documents`, whose full-text index makes ANALYZE
 * parse a sample of up to 30,000 article texts (0.7 s at 6,000 short articles). Its statistics
 * steer no merge decision (documents are read by hash and by id), so it is refreshed when it
 * has doubled: every document is then parsed about twice in all, not about eleven times.
 */
const STALE_FRACTION: Readonly<Record<string, number>> = { documents: 1 };
const DEFAULT_STALE_FRACTION = 0.1;

/** Tables of the store (schema `public`) that need fresh statistics, quoted for SQL. */
async function tablesToAnalyze(db: Database, onlyStale: boolean): Promise<string[]> {
  const fractions = sql`(select * from jsonb_each_text(${JSON.stringify(STALE_FRACTION)}::jsonb)) as f(relname, fraction)`;
  const result = await db.execute<{ name: string }>(sql`
    select format('%I.%I', t.schemaname, t.relname) as name
    from pg_stat_user_tables t
    join pg_class c on c.oid = t.relid
    left join ${fractions} on f.relname = t.relname
    where t.schemaname = 'public'
      and (${!onlyStale}
        or coalesce(t.last_analyze, t.last_autoanalyze) is null
        or t.n_mod_since_analyze > 50 + coalesce(f.fraction::float8, ${DEFAULT_STALE_FRACTION}) * greatest(c.reltuples, 0))
    order by t.relname`);
  return (result as unknown as { rows: Array<{ name: string }> }).rows.map((row) => row.name);
}

/**
 * Refreshes the planner's statistics of the store's tables; returns the tables analysed.
 * ANALYZE reads a sample (at most 30,000 rows a table), so it costs milliseconds, not a scan.
 */
export async function analyzeStore(db: Database, options: AnalyzeOptions = {}): Promise<string[]> {
  const tables = await tablesToAnalyze(db, options.onlyStale ?? false);
  if (tables.length > 0) await db.execute(sql.raw(`analyze ${tables.join(', ')}`));
  return tables;
}

/** How many documents a process stores between two looks at its store's statistics. */
export const STATISTICS_CHECK_EVERY = 50;

const storedSinceCheck = new WeakMap<Database, number>();
const checking = new WeakSet<Database>();

/**
 * Called by ingestDocument after each document it stored: every STATISTICS_CHECK_EVERY
 * documents, analyses the tables that went stale (`onlyStale`). A server or worker that stays
 * open while news streams in would otherwise plan its merge queries on the statistics of the
 * moment it opened: ingestion into one open store slowed to half its first rate by 3,000
 * documents, and kept slowing. Returns the tables analysed. A look already under way in this
 * process is not doubled; a failure is not the caller's (its document is stored), and the
 * next look comes STATISTICS_CHECK_EVERY documents later.
 */
export async function keepStatisticsFresh(db: Database): Promise<string[]> {
  const stored = (storedSinceCheck.get(db) ?? 0) + 1;
  storedSinceCheck.set(db, stored);
  if (stored < STATISTICS_CHECK_EVERY || checking.has(db)) return [];
  checking.add(db);
  storedSinceCheck.set(db, 0);
  try {
    return await analyzeStore(db, { onlyStale: true });
  } catch {
    return [];
  } finally {
    checking.delete(db);
  }
}
