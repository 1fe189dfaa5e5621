// Planner statistics are gathered by Dossier itself (after migrations, and after a bulk ingest):
// without them a server with no autovacuum misjudges every read.
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { STATISTICS_CHECK_EVERY } from '../src/analyze.js';
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

/**
 * Waits until the rows changed so far show in pg_stat_user_tables: a backend flushes its table
 * counts at most once a second, when it goes idle, so a check run right after a burst of
 * ingests sees the burst only in part (in production the next check catches up; a test must
 * not depend on how fast the machine is).
 */
async function statisticsFlushed(db: Database): Promise<void> {
  await new Promise((r) => setTimeout(r, 1100));
  await db.execute('select 1');
}

/** How many times each table was analysed, by name. */
async function analyzeCounts(db: Database): Promise<Map<string, number>> {
  return new Map((await tableStats(db)).map((t) => [t.relname, t.analyzeCount]));
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

describe('statistics kept fresh while documents stream in', () => {
  /** Invented reports, each of another meeting, so that every one adds rows to merge against. */
  const report = (i: number) => ({
    text: `Estonian Defence Minister Kaarel Tamm${i} met Finnish Defence Minister Olli Virtanen${i} in Tallinn on ${i % 2 ? 'Monday' : 'Friday'}. "We agreed on exercise number ${i}," Tamm${i} said.`,
    publishedAt: `2025-0${1 + (i % 9)}-1${i % 10}`,
  });

  it('analyses the merge tables again after a process has stored STATISTICS_CHECK_EVERY documents, and only the tables that changed enough', async () => {
    const client = new PGlite();
    try {
      const store = await openPglite(client);
      const before = await analyzeCounts(store.db);
      for (let i = 0; i < STATISTICS_CHECK_EVERY - 1; i++) await ingestDocument(store, report(i));
      const early = await analyzeCounts(store.db);
      expect(early.get('evidence')).toBe(before.get('evidence'));
      await statisticsFlushed(store.db);
      await ingestDocument(store, report(STATISTICS_CHECK_EVERY - 1));
      const after = await analyzeCounts(store.db);
      // the tables with more than 50 changed rows (two participants and a handful of evidence
      // spans a report); 50 meetings into an empty table are not yet more than 50
      for (const table of ['evidence', 'meeting_participants'])
        expect({ table, count: after.get(table) }).toEqual({ table, count: before.get(table)! + 1 });
      expect(after.get('meetings')).toBe(before.get('meetings'));
      expect(after.get('documents')).toBe(before.get('documents'));
    } finally {
      await client.close();
    }
  });

  it('analyses the documents table once it has more than doubled since its last ANALYZE', async () => {
    const client = new PGlite();
    try {
      const store = await openPglite(client);
      const before = await analyzeCounts(store.db);
      // analysed empty on open: 50 + 1 x 0 rows must change, so the look at 100 stored finds it stale
      for (let i = 0; i < STATISTICS_CHECK_EVERY * 2 - 1; i++) await ingestDocument(store, report(i));
      await statisticsFlushed(store.db);
      await ingestDocument(store, report(STATISTICS_CHECK_EVERY * 2 - 1));
      const after = await analyzeCounts(store.db);
      expect(after.get('documents')).toBe(before.get('documents')! + 1);
    } finally {
      await client.close();
    }
  });

  it('leaves statistics alone when a document was already stored', async () => {
    const client = new PGlite();
    try {
      const store = await openPglite(client);
      const before = await analyzeCounts(store.db);
      await ingestDocument(store, report(0));
      for (let i = 0; i < STATISTICS_CHECK_EVERY; i++) await ingestDocument(store, report(0));
      const after = await analyzeCounts(store.db);
      expect(after).toEqual(before);
    } finally {
      await client.close();
    }
  });
});
