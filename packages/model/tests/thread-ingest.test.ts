// ingestDocument on an embedded store in a worker thread: the whole ingest (validation, HTML,
// the transaction and the merge) runs in the store's thread, never waiting for the main thread
// between statements. Real PGlite, no mocks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '@dossier/ingest';
import { messages } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError, ingestDocument, openStore, type Store, WriteConflictError } from '../src/index.js';
import { deserializeError, serializeError } from '../src/pglite-protocol.js';
import { sqlStateOf } from '../src/retry.js';
// @ts-expect-error plain ESM fixture shared with the child process
import { relatedArticle } from './fixtures/articles.mjs';

const articlesDir = new URL('../../../examples/articles/', import.meta.url).pathname;
const articles = [
  ...readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ text: readFileSync(join(articlesDir, f), 'utf8'), title: f })),
  ...Array.from({ length: 8 }, (_, i) => relatedArticle(i)),
];

const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function open(storeThread: boolean): Promise<Store> {
  const store = await openStore('memory://', { storeThread });
  opened.push(store);
  return store;
}

/** Every row of the graph's tables in id order, without the time each was written. */
async function graphRows(store: Store): Promise<Record<string, unknown[]>> {
  const tables = [
    'documents',
    'actors',
    'roles',
    'organization_members',
    'meetings',
    'meeting_participants',
    'statements',
    'statement_mentions',
    'evidence',
  ];
  const graph: Record<string, unknown[]> = {};
  for (const table of tables) {
    const result = await store.db.execute(sql.raw(`select * from ${table} order by 1, 2`));
    graph[table] = (result as unknown as { rows: Record<string, unknown>[] }).rows.map(
      ({ ingested_at: _i, created_at: _c, ...row }) => row,
    );
  }
  return graph;
}

/** Blocks this thread, as a server busy with other requests would. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {}
}

describe('ingestDocument on an embedded store in a worker thread', () => {
  it('builds the same graph as with PGlite in the main thread', async () => {
    const [threaded, inMain] = await Promise.all([open(true), open(false)]);
    expect(threaded.ingestInThread).toBeTypeOf('function');
    expect(inMain.ingestInThread).toBeUndefined();
    for (const article of articles) {
      const [a, b] = await Promise.all([ingestDocument(threaded, article), ingestDocument(inMain, article)]);
      expect(a.created).toBe(true);
      expect({ ...a, document: { ...a.document, ingestedAt: '' } }).toEqual({
        ...b,
        document: { ...b.document, ingestedAt: '' },
      });
    }
    const again = await ingestDocument(threaded, articles[0]!);
    expect(again.created).toBe(false);
    const graph = await graphRows(threaded);
    expect(graph.meetings!.length).toBeGreaterThan(5);
    expect(graph).toEqual(await graphRows(inMain));
  }, 60_000);

  it('runs the transaction without waiting for turns of the main thread', async () => {
    const store = await open(true);
    await ingestDocument(store, articles[0]!); // loads the ingest modules in the thread
    const ingest = ingestDocument(store, articles[3]!);
    let done = false;
    void ingest.then(() => {
      done = true;
    });
    // ~26 statements crossing one by one would each need a turn of this thread; in the worker
    // they all run while this thread is blocked, and the answer is there at the next turns
    busy(3_000);
    for (let turn = 0; turn < 3 && !done; turn++) await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(true);
    expect((await ingest).created).toBe(true);
  }, 60_000);

  it('hands the caller its extractor calls and answers with the extraction it gave', async () => {
    const store = await open(true);
    const seen: string[] = [];
    const result = await ingestDocument(store, articles[2]!, {
      extractor: (text, meta) => {
        seen.push(meta.title ?? '');
        return extract(text, meta);
      },
    });
    expect(seen).toEqual([articles[2]!.title]);
    expect(result.summary.created.meetings).toBeGreaterThan(0);
  }, 60_000);
});

describe('errors of an ingest in the worker thread', () => {
  it('reach the caller as ingestDocument throws them, with their codes', async () => {
    const store = await open(true);
    const empty = await ingestDocument(store, { text: '  ' }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(InputError);
    expect(empty).toMatchObject({ code: 'EMPTY_TEXT' });
    const badDate = await ingestDocument(store, { text: 'Talks in Oslo.', publishedAt: '0000-01-01' }).catch(
      (e: unknown) => e,
    );
    expect(badDate).toBeInstanceOf(InputError);
    expect(badDate).toMatchObject({ code: 'BAD_DATE' });
    // HTML is read in the worker: its depth limit answers from there
    const deep = await ingestDocument(store, {
      text: `${'<div>'.repeat(5_000)}text${'</div>'.repeat(5_000)}`,
      format: 'html',
    }).catch((e: unknown) => e);
    expect(deep).toBeInstanceOf(InputError);
    expect(deep).toMatchObject({ code: 'HTML_TOO_DEEP' });
    // the extractor's own error object, e.g. one a server coded for its clients
    const coded = Object.assign(new Error('extraction took too long'), { code: 'EXTRACTION_TIMEOUT' });
    const failed = await ingestDocument(
      store,
      { text: 'Lena Berg met Andrei Volkov in Oslo.' },
      {
        extractor: () => {
          throw coded;
        },
      },
    ).catch((e: unknown) => e);
    expect(failed).toBe(coded);
    // nothing of these was written, and the store goes on
    expect((await ingestDocument(store, articles[0]!)).created).toBe(true);
  }, 60_000);

  it('keep their class and SQLSTATE across the thread boundary', () => {
    const deadlock = Object.assign(new messages.DatabaseError('deadlock detected', 0, 'error'), {
      code: '40P01',
    });
    const wrapped = new Error('Failed query: insert …', { cause: deadlock });
    const conflict = deserializeError(serializeError(new WriteConflictError('40P01', 5, { cause: wrapped })));
    expect(conflict).toBeInstanceOf(WriteConflictError);
    expect(conflict).toMatchObject({ code: 'RETRY_LATER', sqlState: '40P01', attempts: 5 });
    expect(sqlStateOf(conflict.cause)).toBe('40P01');
    expect((conflict.cause as Error).cause).toBeInstanceOf(messages.DatabaseError);
  });
});

describe('closing a store in a worker thread', () => {
  const unavailable = (error: unknown) => {
    for (let e = error; e; e = (e as Error).cause)
      if ((e as { code?: unknown }).code === 'STORE_UNAVAILABLE') return true;
    return false;
  };

  it('fails what is under way cleanly, and what follows with STORE_UNAVAILABLE', async () => {
    const store = await openStore('memory://');
    await ingestDocument(store, articles[0]!);
    let release: () => void = () => {};
    const extracting = new Promise<void>((resolve) => {
      release = resolve;
    });
    // one ingest waits for the caller's extractor, others and a long query queue in the thread
    const waiting = ingestDocument(store, articles[1]!, {
      extractor: async (text, meta) => {
        await extracting;
        return extract(text, meta);
      },
    });
    const queued = articles.slice(2, 6).map((a) => ingestDocument(store, a));
    const query = store.db.execute(sql`select count(*) from generate_series(1, 2000000)`).then((r) => r);
    const settled = Promise.allSettled([waiting, ...queued, query]);
    await new Promise((r) => setTimeout(r, 20));
    await store.close();
    release();
    const outcomes = await settled;
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected')
        expect(unavailable(outcome.reason), String(outcome.reason)).toBe(true);
    }
    expect(outcomes[0]?.status).toBe('rejected');
    const after = await ingestDocument(store, articles[7]!).catch((e: unknown) => e);
    expect(after).toMatchObject({ code: 'STORE_UNAVAILABLE', message: 'the embedded store is closed' });
    await expect(store.db.execute(sql`select 1`)).rejects.toSatisfy(unavailable);
  }, 60_000);
});
