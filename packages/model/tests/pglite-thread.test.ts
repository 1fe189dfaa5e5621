// An embedded store's PGlite in a worker thread (pglite-thread.ts): a real PGlite, no mocks.
// Values cross by structured clone, transactions by id, errors keep their PostgreSQL fields,
// notifications come back, and the main thread's event loop keeps turning during a long query.
import { messages } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, ingestDocument, migrationsFolder, openStore } from '../src/index.js';
import { PgliteThread } from '../src/pglite-thread.js';
import { sqlStateOf } from '../src/retry.js';
import { usableSnapshot } from '../src/snapshot.js';

let pg: PgliteThread;

beforeAll(async () => {
  pg = new PgliteThread({ kind: 'memory', snapshot: usableSnapshot(migrationsFolder)?.file });
  await pg.waitReady;
  await pg.exec(`create table probe (id int primary key, note text not null, at timestamptz, n bigint,
    bytes bytea, doc jsonb)`);
});

afterAll(async () => {
  await pg.close();
});

const countProbes = async () =>
  (await pg.query<{ n: number }>('select count(*)::int as n from probe')).rows[0]?.n;

describe('PGlite in a worker thread', () => {
  it('answers queries, values surviving the crossing both ways', async () => {
    const at = new Date('2025-03-04T10:00:00Z');
    const bytes = new Uint8Array([0, 1, 254, 255]);
    await pg.query('insert into probe values ($1, $2, $3, $4, $5, $6)', [
      1,
      'first',
      at,
      2n ** 60n,
      bytes,
      { a: [1, 'x'] },
    ]);
    const { rows } = await pg.query<{ at: Date; n: bigint; bytes: Uint8Array; doc: unknown }>(
      'select at, n, bytes, doc from probe where id = $1',
      [1],
    );
    expect(rows).toEqual([{ at, n: 2n ** 60n, bytes, doc: { a: [1, 'x'] } }]);
    const arrays = await pg.query('select id, note from probe', [], { rowMode: 'array' });
    expect(arrays.rows).toEqual([[1, 'first']]);
    expect(arrays.fields.map((f) => f.name)).toEqual(['id', 'note']);
    // parsers that keep the text (drizzle's, for dates) cross as their types
    const text = await pg.query('select at from probe', [], { parsers: { 1184: (v: string) => v } });
    expect(typeof (text.rows[0] as { at: unknown }).at).toBe('string');
    await pg.query('delete from probe');
  });

  it('commits a transaction, and rolls one back when its callback throws or asks', async () => {
    const value = await pg.transaction(async (tx) => {
      await tx.query('insert into probe (id, note) values (10, $1)', ['kept']);
      return (await tx.query<{ n: number }>('select count(*)::int as n from probe')).rows[0]?.n;
    });
    expect(value).toBe(1);
    await expect(
      pg.transaction(async (tx) => {
        await tx.query("insert into probe (id, note) values (11, 'lost')");
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await pg.transaction(async (tx) => {
      await tx.query("insert into probe (id, note) values (12, 'lost too')");
      await tx.rollback();
      expect(tx.closed).toBe(true);
      await expect(tx.query('select 1')).rejects.toThrow('Transaction is closed');
    });
    expect((await pg.query('select id from probe order by id')).rows).toEqual([{ id: 10 }]);
    await pg.query('delete from probe');
  });

  it('makes other queries wait until an open transaction ends', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const order: string[] = [];
    const tx = pg.transaction(async (t) => {
      await t.query("insert into probe (id, note) values (20, 'inside')");
      await held;
      order.push('commit');
    });
    await new Promise((r) => setTimeout(r, 50));
    const outside = countProbes().then((n) => {
      order.push(`outside saw ${n}`);
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(order).toEqual([]);
    release();
    await Promise.all([tx, outside]);
    expect(order).toEqual(['commit', 'outside saw 1']);
    await pg.query('delete from probe');
  });

  it('keeps the PostgreSQL fields of an error', async () => {
    await pg.query("insert into probe (id, note) values (30, 'one')");
    const error = await pg.query("insert into probe (id, note) values (30, 'two')").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(messages.DatabaseError);
    expect(error).toMatchObject({
      code: '23505',
      constraint: 'probe_pkey',
      detail: 'Key (id)=(30) already exists.',
      table: 'probe',
      severity: 'ERROR',
      message: expect.stringContaining('duplicate key'),
    });
    // a failed statement inside a transaction fails the transaction, with its code
    const inTx = await pg
      .transaction((tx) => tx.query('select 1/0'))
      .catch((e: unknown) => e as { code?: string });
    expect(inTx).toMatchObject({ code: '22012' });
    expect(await countProbes()).toBe(1);
    await pg.query('delete from probe');
  });

  it('delivers notifications to listeners until they unlisten', async () => {
    const heard: string[] = [];
    const unlisten = await pg.listen('probe_channel', (payload) => heard.push(payload));
    await pg.query("select pg_notify('probe_channel', 'one')");
    await pg.transaction((tx) => tx.query("select pg_notify('probe_channel', 'two')"));
    await expect.poll(() => heard).toEqual(['one', 'two']);
    await unlisten();
    await pg.query("select pg_notify('probe_channel', 'three')");
    await new Promise((r) => setTimeout(r, 100));
    expect(heard).toEqual(['one', 'two']);
  });

  it('leaves the main thread free while it runs a long query', async () => {
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 5);
    const started = performance.now();
    await pg.query('select count(*) from generate_series(1, 1500000) g where g % 7 = 3');
    const took = performance.now() - started;
    clearInterval(timer);
    const gaps = ticks.slice(1).map((t, i) => t - ticks[i]!);
    // long enough to have blocked the loop for all of it in this thread; here the timer fires
    // throughout (the bounds leave room for a machine busy with other work)
    expect(took).toBeGreaterThan(200);
    expect(ticks.length).toBeGreaterThan(took / 5 / 10);
    expect(Math.max(...gaps)).toBeLessThan(Math.max(100, took / 4));
  });
});

describe('an embedded store in a worker thread', () => {
  it('runs drizzle and ingestion over it, and reports SQLSTATEs through drizzle', async () => {
    const store = await openStore('memory://');
    try {
      const { document } = await ingestDocument(store, {
        text: 'Finnish Foreign Minister Aino Rask met Estonian Foreign Minister Mart Kask in Tallinn on Monday.',
        publishedAt: '2025-03-03',
      });
      const [row] = await store.db.select().from(documents).where(eq(documents.id, document.id));
      expect(row?.publishedOn).toBe('2025-03-03');
      const duplicate = await store.db
        .insert(documents)
        .values({ ...row!, id: row!.id })
        .catch((e: unknown) => e);
      expect(sqlStateOf(duplicate)).toBe('23505');
    } finally {
      await store.close();
    }
  });

  it('stops at once: what is under way and what follows fails', async () => {
    const thread = new PgliteThread({ kind: 'memory', snapshot: usableSnapshot(migrationsFolder)?.file });
    await thread.waitReady;
    const running = thread.query('select count(*) from generate_series(1, 3000000)');
    thread.stop(new Error('lock lost'));
    await expect(running).rejects.toThrow('lock lost');
    await expect(thread.query('select 1')).rejects.toThrow('lock lost');
    expect(thread.closed).toBe(true);
  });

  it('is closed for good once closed', async () => {
    const thread = new PgliteThread({ kind: 'memory', snapshot: usableSnapshot(migrationsFolder)?.file });
    await thread.waitReady;
    await thread.close();
    expect(thread.closed).toBe(true);
    await expect(thread.query('select 1')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});
