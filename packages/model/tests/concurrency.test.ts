// Writers in parallel on PostgreSQL: related documents need overlapping locks, and must get
// them without deadlocks, without errors and without duplicating what they share.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestDocumentInput, ingestDocument, WriteConflictError } from '../src/index.js';
import { lockKeys } from '../src/locks.js';
import { withWriteRetry } from '../src/retry.js';
import { createPostgresTestStore } from '../src/testing.js';
// @ts-expect-error plain ESM fixture shared with the child process
import { relatedArticle } from './fixtures/articles.mjs';
import { extraction, meeting, person, statement } from './helpers.js';

const pgUrl = process.env.TEST_DATABASE_URL;
const sharedDir = process.env.DOSSIER_SHARED_DIR;
const examples = new URL('../../../examples/articles/', import.meta.url).pathname;

function articlesIn(dir: string): IngestDocumentInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ title: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Runs `ingest` over the articles with `writers` in parallel; returns the errors by SQLSTATE or code. */
async function ingestConcurrently(
  articles: IngestDocumentInput[],
  writers: number,
  ingest: (a: IngestDocumentInput) => Promise<unknown>,
): Promise<Record<string, number>> {
  const errors: Record<string, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < articles.length) {
        const article = articles[next++]!;
        try {
          await ingest(article);
        } catch (error) {
          const e = error as { code?: string; cause?: { code?: string; cause?: { code?: string } } };
          const code = e.cause?.cause?.code ?? e.cause?.code ?? e.code ?? String(error);
          errors[code] = (errors[code] ?? 0) + 1;
        }
      }
    }),
  );
  return errors;
}

describe('the locks of a document', () => {
  it('are the same set whatever order its records come in, one per surname', () => {
    const persons = [
      person({ ref: 'p1', key: 'person:dorin:i', name: 'Ivan Dorin' }),
      person({ ref: 'p2', key: 'person:marsh:o', name: 'Olga Marsh' }),
      person({ ref: 'p3', key: 'person:dorin:', name: 'Dorin' }),
    ];
    const meetings = [meeting({ ref: 'm1', key: 'm', participants: ['p2', 'p1'] })];
    const statements = [statement({ ref: 's1', key: 's', content: 'x', speaker: 'p2' })];
    const one = lockKeys(extraction({ persons, meetings, statements }));
    const other = lockKeys(extraction({ persons: [...persons].reverse(), meetings, statements }));
    expect([...one].sort()).toEqual([...other].sort());
    expect([...one].sort()).toEqual(['person:dorin', 'person:marsh']);
  });
});

describe('a write that keeps deadlocking', () => {
  const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });

  it('is retried, and succeeds once the race is gone', async () => {
    let calls = 0;
    const retried: string[] = [];
    const result = await withWriteRetry(
      async () => {
        calls++;
        if (calls < 3) throw new Error('query failed', { cause: deadlock() });
        return 'written';
      },
      { baseDelayMs: 1, onRetry: (state) => retried.push(state) },
    );
    expect(result).toBe('written');
    expect(retried).toEqual(['40P01', '40P01']);
  });

  it('ends in a coded, retryable error, and other errors pass untouched', async () => {
    await expect(
      withWriteRetry(
        async () => {
          throw deadlock();
        },
        { attempts: 3, baseDelayMs: 1 },
      ),
    ).rejects.toMatchObject({ code: 'RETRY_LATER', retryable: true, sqlState: '40P01' });
    const other = new Error('boom');
    await expect(withWriteRetry(async () => Promise.reject(other))).rejects.toBe(other);
    expect(new WriteConflictError('40001', 5)).toBeInstanceOf(Error);
  });
});

describe.skipIf(!pgUrl)('concurrent writers on PostgreSQL', () => {
  it('ingest related articles with no deadlock, no retry and no error', async () => {
    const store = await createPostgresTestStore(pgUrl!);
    try {
      const articles = [
        ...articlesIn(examples),
        ...(sharedDir ? articlesIn(join(sharedDir, 'eval/dev/articles')) : []),
        ...Array.from({ length: 120 }, (_, i) => relatedArticle(i) as IngestDocumentInput),
      ];
      const retries: Record<string, number> = {};
      const errors = await ingestConcurrently(articles, 4, (article) =>
        ingestDocument(store, article, {
          retry: { onRetry: (state) => (retries[state] = (retries[state] ?? 0) + 1) },
        }),
      );
      expect({ errors, retries }).toEqual({ errors: {}, retries: {} });
    } finally {
      await store.close();
    }
  }, 120_000);
});
if (!pgUrl)
  console.warn('concurrency.test.ts: TEST_DATABASE_URL is not set, the PostgreSQL writers test is skipped');
if (!sharedDir)
  console.warn('concurrency.test.ts: DOSSIER_SHARED_DIR is not set, the dev articles are left out');
