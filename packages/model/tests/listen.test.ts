// The LISTEN connection of a PostgreSQL store comes back after its backend is terminated, and
// its subscribers hear the next ingest of another replica.
import { describe, expect, it } from 'vitest';
import { type IngestEvent, ingestDocument, openStore } from '../src/index.js';
import { createPostgresTestStore } from '../src/testing.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('listen.test.ts: TEST_DATABASE_URL is not set, the LISTEN tests are skipped');

const until = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
};

describe.skipIf(!pgUrl)('a replica listening for ingests', () => {
  it('listens again after its backend is terminated, and hears the next ingest', async () => {
    const writer = await createPostgresTestStore(pgUrl!);
    const reader = await openStore(writer.url);
    try {
      const heard: IngestEvent[] = [];
      let gaps = 0;
      await reader.onIngest((e) => heard.push(e), { onGap: () => gaps++ });
      const terminated = await writer.db.execute(
        `select pg_terminate_backend(pid) as done from pg_stat_activity where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`,
      );
      expect((terminated as unknown as { rows: unknown[] }).rows).toHaveLength(1);
      // the listener is back (and says so, so that caches drop what they may have missed)
      expect(await until(() => gaps === 1, 15_000)).toBe(true);
      const { document } = await ingestDocument(writer, {
        text: 'Finnish Foreign Minister Aino Rask met Estonian Foreign Minister Mart Kask in Tallinn on Monday.',
        publishedAt: '2025-03-03',
      });
      expect(await until(() => heard.length > 0, 10_000)).toBe(true);
      expect(heard.map((e) => e.documentId)).toEqual([document.id]);
    } finally {
      await reader.close();
      await writer.close();
    }
  }, 60_000);
});
