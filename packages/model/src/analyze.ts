// Planner statistics. A server without autovacuum (and PGlite, which has none) never refreshes
// them: the planner then guesses hundreds of evidence rows per meeting where there is one, the
// estimated cost passes `jit_above_cost`, and every read pays for JIT compilation. Dossier runs
// ANALYZE itself after migrations and after a bulk ingest.
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';

export interface AnalyzeOptions {
  /**
   * Only the tables never analysed, or changed by more than a tenth since (autovacuum's own
   * rule): cheap enough to run on every open. Default false: every table of the store.
   */
  onlyStale?: boolean;
}

/** Tables of the store (schema `public`) that need fresh statistics, quoted for SQL. */
async function tablesToAnalyze(db: Database, onlyStale: boolean): Promise<string[]> {
  const result = await db.execute<{ name: string }>(sql`
    select format('%I.%I', schemaname, relname) as name
    from pg_stat_user_tables
    where schemaname = 'public'
      and (${!onlyStale}
        or coalesce(last_analyze, last_autoanalyze) is null
        or n_mod_since_analyze > 50 + 0.1 * n_live_tup)
    order by relname`);
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
