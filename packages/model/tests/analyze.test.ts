// Planner statistics are gathered by Dossier itself (after migrations, and after a bulk ingest):
// without them a server with no autovacuum misjudges every read.
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { analyzeStore, type Database, ingestDocument, openPglite } from '../src/index.js';
import { createPostgresTestStore } from '../src/testing.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl)
  console.warn('analyze.test.ts: TEST_DATABASE_URL is not set, the PostgreSQL ANALYZE tests are skipped');

interface TableStats {
  relname: string;
  analyzeCount: number;
  analyzed: boolean;
}

async function tableStats(db: Database): Promise<TableStats[]> {
  const result = await db.execute(
    `select relname, analyze_count::int as "analyzeCount", last_analyze is not null as analyzed
     from pg_stat_user_tables where schemaname = 'public' order by relname`,
  );
  return (result as unknown as { rows: TableStats[] }).rows;
}

/** Shared statistics are flushed by each backend within about a second: ask until they show. */
async function statsWhen(db: Database, ready: (stats: TableStats[]) => boolean): Promise<TableStats[]> {
  const end = Date.now() + 10_000;
  for (;;) {
    const stats = await tableStats(db);
    if (ready(stats) || Date.now() > end) return stats;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!pgUrl)('ANALYZE on PostgreSQL', () => {
  it('analyses every table of a freshly migrated store when it opens', async () => {
    const store = await createPostgresTestStore(pgUrl!);
    try {
      const stats = await statsWhen(store.db, (s) => s.length > 0 && s.every((t) => t.analyzed));
      expect(stats.map((t) => t.relname)).toContain('documents');
      expect(stats.filter((t) => !t.analyzed)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('analyses every table again when asked after an ingest', async () => {
    const store = await createPostgresTestStore(pgUrl!);
    try {
      await statsWhen(store.db, (s) => s.length > 0 && s.every((t) => t.analyzeCount >= 1));
      await ingestDocument(store, {
        text: 'Danish Foreign Minister Ida Holm met Latvian Foreign Minister Juris Ozols in Riga on Tuesday.',
        publishedAt: '2025-04-01',
      });
      const analysed = await analyzeStore(store.db);
      expect(analysed).toContain('public.documents');
      const stats = await statsWhen(store.db, (s) => s.every((t) => t.analyzeCount >= 2));
      expect(stats.filter((t) => t.analyzeCount < 2)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('ANALYZE on PGlite', () => {
  it('analyses a new store on open, and only stale tables after that', async () => {
    const client = new PGlite();
    try {
      const store = await openPglite(client);
      const stats = await tableStats(store.db);
      expect(stats.length).toBeGreaterThan(0);
      expect(stats.filter((t) => !t.analyzed)).toEqual([]);
      // nothing changed since: a second open analyses nothing
      expect(await analyzeStore(store.db, { onlyStale: true })).toEqual([]);
      await ingestDocument(store, {
        text: 'Czech Foreign Minister Jan Dvorak met Slovak Foreign Minister Peter Novak in Bratislava on Friday.',
        publishedAt: '2025-05-02',
      });
      expect(await analyzeStore(store.db)).toContain('public.documents');
    } finally {
      await client.close();
    }
  });
});
