// A byte order mark is a character of the text like any other: it comes back as stored, and
// every span still slices the text it points into.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { documents, evidence, ingestDocument, type Store } from '../src/index.js';
import { createPostgresTestStore, createTestStore } from '../src/testing.js';

const TEXT =
  '\uFEFFRIVERTON, June 3, 2025 — Finnish Foreign Minister Aino Rask met her Estonian counterpart Mart Kask in Riverton on Tuesday.\n';

async function expectExactText(store: Store) {
  const { document } = await ingestDocument(store, { text: TEXT, publishedAt: '2025-06-03' });
  const [row] = await store.db
    .select({ text: documents.text })
    .from(documents)
    .where(eq(documents.id, document.id));
  expect(row!.text.codePointAt(0)).toBe(0xfeff);
  expect(row!.text).toBe(TEXT);
  const spans = await store.db.select().from(evidence).where(eq(evidence.documentId, document.id));
  expect(spans.length).toBeGreaterThan(0);
  for (const s of spans) expect(row!.text.slice(s.start, s.end)).toBe(s.exact);
}

describe('a text that starts with a byte order mark', () => {
  it('comes back exactly from an embedded store', async () => {
    const store = await createTestStore();
    try {
      await expectExactText(store);
    } finally {
      await store.close();
    }
  }, 30_000);

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'comes back exactly from PostgreSQL',
    async () => {
      const store = await createPostgresTestStore(process.env.TEST_DATABASE_URL!);
      try {
        await expectExactText(store);
      } finally {
        await store.close();
      }
    },
    30_000,
  );
});
