// `dossier ingest` refreshes the planner's statistics after a batch: on a server without
// autovacuum, reads would otherwise be planned for the store as it was before the batch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@dossier/model';
import { createPostgresTestStore } from '@dossier/model/testing';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('[api] TEST_DATABASE_URL is not set: the ingest ANALYZE test is skipped');

async function analyzeCounts(db: Database): Promise<Record<string, number>> {
  const result = await db.execute(
    `select relname, analyze_count::int as count from pg_stat_user_tables where schemaname = 'public'`,
  );
  const rows = (result as unknown as { rows: Array<{ relname: string; count: number }> }).rows;
  return Object.fromEntries(rows.map((row) => [row.relname, row.count]));
}

/** Each backend flushes its statistics within about a second: ask until they show. */
async function countsWhen(
  db: Database,
  ready: (counts: Record<string, number>) => boolean,
): Promise<Record<string, number>> {
  const end = Date.now() + 10_000;
  for (;;) {
    const counts = await analyzeCounts(db);
    if (ready(counts) || Date.now() > end) return counts;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!pgUrl)('dossier ingest on PostgreSQL', () => {
  it('analyses the tables after a batch that stored documents', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-analyze-'));
    const store = await createPostgresTestStore(pgUrl!);
    try {
      // opening the new store analysed every table once
      const opened = await countsWhen(store.db, (c) => Object.values(c).every((n) => n >= 1));
      expect(opened.documents).toBe(1);
      const batch = join(work, 'batch.jsonl');
      writeFileSync(
        batch,
        [
          'Austrian Foreign Minister Lena Gruber met Swiss Foreign Minister Paul Meier in Vienna on Monday.',
          'Greek Foreign Minister Nikos Pappas said on Tuesday that talks in Athens had gone well.',
        ]
          .map((text) => JSON.stringify({ text, publishedAt: '2025-06-02' }))
          .join('\n'),
      );
      const run = await runCli(['ingest', batch, '--database', store.url]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const after = await countsWhen(store.db, (c) => (c.documents ?? 0) >= 2);
      expect(after.documents).toBe(2);
      expect(Object.entries(after).filter(([, n]) => n < 2)).toEqual([]);
    } finally {
      await store.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
