// A new embedded store starts from the build's data-directory snapshot instead of initdb; these
// tests check that such a store is complete and usable, and that a missing or foreign snapshot
// falls back to initdb + migrations.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { getTableName, is, sql, Table } from 'drizzle-orm';
import * as tar from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Database,
  ingestDocument,
  migrationsFolder,
  openPglite,
  openStore,
  type Store,
} from '../src/index.js';
import * as schema from '../src/schema.js';
import {
  createFreshPglite,
  findStoreSnapshot,
  migrationStamps,
  unpackStoreSnapshot,
  unpackStoreSnapshotOffThread,
  usableSnapshot,
} from '../src/snapshot.js';

// An invented report, written for this test.
const REPORT =
  'Trade minister Lena Voss of Austria met her Czech counterpart Pavel Brno in Graz on Monday to talk about rail freight.';

const work = mkdtempSync(join(tmpdir(), 'dossier-snapshot-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Every table of the drizzle schema exists, and every migration of the folder is recorded. */
async function expectComplete(store: Store): Promise<void> {
  const tables = await rows<{ name: string }>(
    store.db,
    sql`select tablename as name from pg_tables where schemaname = 'public'`,
  );
  const expected = Object.values(schema)
    .filter((value) => is(value, Table))
    .map((table) => getTableName(table as Table));
  expect(expected.length).toBeGreaterThan(0);
  expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(expected));
  const applied = await rows<{ n: number }>(
    store.db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  expect(applied[0]?.n).toBe(migrationStamps(migrationsFolder).length);
}

async function expectIngestsAndReads(store: Store): Promise<number> {
  const { document, created } = await ingestDocument(store, { text: REPORT, publishedAt: '2025-03-03' });
  expect(created).toBe(true);
  const found = await rows<{ text: string }>(
    store.db,
    sql`select text from documents where id = ${document.id}`,
  );
  expect(found[0]?.text).toBe(REPORT);
  return document.id;
}

/**
 * When the store's last checkpoint was written. A snapshot copied from a running PGlite needs
 * crash recovery, which ends with a checkpoint written as the store opens; one of a cleanly
 * closed directory keeps the build's shutdown checkpoint.
 */
async function lastCheckpoint(store: Store): Promise<Date> {
  const found = await rows<{ at: Date | string }>(
    store.db,
    sql`select checkpoint_time as at from pg_control_checkpoint()`,
  );
  return new Date(found[0]?.at ?? Number.NaN);
}

/** Whole seconds: pg_control keeps the checkpoint time in seconds. */
const secondsBefore = (time: number) => new Date(Math.floor(time / 1000) * 1000);

describe('the build snapshot', () => {
  it('exists after the build and matches the migrations', () => {
    expect(findStoreSnapshot(migrationsFolder)).toMatch(/store-snapshot\.tar\.gz$/);
  });

  it('packs PG_VERSION last, so an interrupted unpacking never looks like a store', () => {
    const file = findStoreSnapshot(migrationsFolder);
    expect(file).toBeDefined();
    const names: string[] = [];
    tar.t({ file: file as string, sync: true, onReadEntry: (entry) => names.push(entry.path) });
    expect(names.length).toBeGreaterThan(100);
    expect(names.at(-1)).toBe('PG_VERSION');
    expect(names.filter((name) => name === 'PG_VERSION')).toHaveLength(1);
  });

  it('is a cleanly closed store: a new store starts from it without crash recovery', async () => {
    const opening = Date.now();
    const memory = await openStore('memory://');
    try {
      expect((await lastCheckpoint(memory)).getTime()).toBeLessThan(secondsBefore(opening).getTime());
    } finally {
      await memory.close();
    }
    const dir = join(work, 'no-recovery');
    const opened = Date.now();
    const store = await openStore(dir);
    try {
      expect((await lastCheckpoint(store)).getTime()).toBeLessThan(secondsBefore(opened).getTime());
    } finally {
      await store.close();
    }
  });

  it('unpacks again into a directory whose unpacking was interrupted', async () => {
    const dir = join(work, 'interrupted');
    const file = findStoreSnapshot(migrationsFolder) as string;
    // what a process killed while unpacking leaves: some of the files, no PG_VERSION
    mkdirSync(dir);
    tar.x({ file, cwd: dir, sync: true, filter: (path) => path.startsWith('global') });
    writeFileSync(join(dir, 'postgresql.conf'), 'half a file');
    const store = await openStore(dir);
    try {
      await expectComplete(store);
      await expectIngestsAndReads(store);
    } finally {
      await store.close();
    }
  });

  it("gives a new store the build's statistics, so it does not analyse on open", async () => {
    expect(usableSnapshot(migrationsFolder)?.current).toBe(true);
    const store = await openStore('memory://');
    try {
      const analysed = await rows<{ name: string }>(
        store.db,
        sql`select relname as name from pg_stat_user_tables where schemaname = 'public' and last_analyze is not null`,
      );
      expect(analysed).toEqual([]);
      // reltuples is -1 for a table never analysed; the build's ANALYZE left 0 (empty)
      const documents = await rows<{ reltuples: number }>(
        store.db,
        sql`select reltuples::int as reltuples from pg_class where oid = 'public.documents'::regclass`,
      );
      expect(documents[0]?.reltuples).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('refuses a truncated snapshot for a memory:// store instead of starting a partial one', () => {
    const file = findStoreSnapshot(migrationsFolder) as string;
    const bytes = readFileSync(file);
    const truncated = join(work, 'truncated.tar.gz');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(() => createFreshPglite(migrationsFolder, truncated)).toThrow();
  });

  it('refuses to unpack a tarball that holds no database', () => {
    const dir = join(work, 'not-a-store');
    mkdirSync(join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content', 'readme.txt'), 'not a data directory');
    const file = join(work, 'not-a-store.tar.gz');
    tar.c({ file, cwd: join(dir, 'content'), gzip: true, sync: true }, ['readme.txt']);
    const target = join(work, 'not-a-store-target');
    mkdirSync(target);
    expect(() => unpackStoreSnapshot(file, target)).toThrow(/holds no PG_VERSION/);
  });

  it('unpacks off the main thread like on it, and passes its refusal back', async () => {
    const file = findStoreSnapshot(migrationsFolder) as string;
    const [onThread, offThread] = [join(work, 'on-thread'), join(work, 'off-thread')];
    mkdirSync(onThread);
    mkdirSync(offThread);
    unpackStoreSnapshot(file, onThread);
    await unpackStoreSnapshotOffThread(file, offThread);
    const listing = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          return `${relative(dir, path)} ${statSync(path).size}`;
        })
        .sort();
    expect(listing(offThread)).toEqual(listing(onThread));
    expect(listing(offThread)).toContain('PG_VERSION 3');

    const notAStore = join(work, 'not-a-store-off-thread');
    mkdirSync(join(notAStore, 'content'), { recursive: true });
    writeFileSync(join(notAStore, 'content', 'readme.txt'), 'not a data directory');
    const bad = join(work, 'not-a-store-off-thread.tar.gz');
    tar.c({ file: bad, cwd: join(notAStore, 'content'), gzip: true, sync: true }, ['readme.txt']);
    const target = join(work, 'not-a-store-off-thread-target');
    mkdirSync(target);
    await expect(unpackStoreSnapshotOffThread(bad, target)).rejects.toThrow(/holds no PG_VERSION/);
  });

  it('gives a memory:// store every table and migration, and it ingests and reads', async () => {
    const store = await openStore('memory://');
    try {
      await expectComplete(store);
      await expectIngestsAndReads(store);
    } finally {
      await store.close();
    }
  });

  it('gives a new directory store that persists and reopens', async () => {
    const dir = join(work, 'new-store');
    const first = await openStore(dir);
    let id: number;
    try {
      await expectComplete(first);
      id = await expectIngestsAndReads(first);
    } finally {
      await first.close();
    }
    const again = await openStore(dir);
    try {
      await expectComplete(again);
      const found = await rows<{ n: number }>(
        again.db,
        sql`select count(*)::int as n from documents where id = ${id}`,
      );
      expect(found[0]?.n).toBe(1);
    } finally {
      await again.close();
    }
  });
});

describe('without a usable snapshot', () => {
  it('finds none in a folder without one', () => {
    expect(findStoreSnapshot(migrationsFolder, join(work, 'nowhere'))).toBeUndefined();
  });

  it('ignores a snapshot made with a migration that is not in the folder', () => {
    const dir = join(work, 'foreign');
    mkdirSync(dir);
    writeFileSync(join(dir, 'store-snapshot.tar.gz'), 'not a tarball');
    const foreign = [{ name: '19990101000000_elsewhere', sha256: '0'.repeat(64) }];
    writeFileSync(join(dir, 'store-snapshot.json'), JSON.stringify({ migrations: foreign }));
    expect(findStoreSnapshot(migrationsFolder, dir)).toBeUndefined();
  });

  it('accepts a snapshot of the first migrations only (they are migrated forward)', () => {
    const dir = join(work, 'older');
    mkdirSync(dir);
    writeFileSync(join(dir, 'store-snapshot.tar.gz'), 'bytes');
    const older = migrationStamps(migrationsFolder).slice(0, 1);
    writeFileSync(join(dir, 'store-snapshot.json'), JSON.stringify({ migrations: older }));
    expect(findStoreSnapshot(migrationsFolder, dir)).toBe(join(dir, 'store-snapshot.tar.gz'));
    // not current: a store started from it is migrated forward, then analysed
    expect(usableSnapshot(migrationsFolder, dir)?.current).toBe(false);
  });

  it('falls back to initdb and migrations', async () => {
    const store = await openPglite(createFreshPglite(migrationsFolder, undefined), 'memory://');
    try {
      await expectComplete(store);
      await expectIngestsAndReads(store);
    } finally {
      await store.close();
    }
  });
});
