// Stores for tests: a fresh PGlite cloned from one migrated instance (itself started from the
// build's data-directory snapshot, else by initdb), or a throwaway database on the PostgreSQL
// server of TEST_DATABASE_URL; and `resetTestStore`, which empties a store again so that the
// tests of a file can share one instead of each paying to open its own.
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { migrationsFolder, openPglite, openStore, type Store, type StoreOptions } from './client.js';
import { createFreshPglite } from './snapshot.js';

let template: Promise<PGlite> | undefined;

export async function createTestStore(options: StoreOptions = {}): Promise<Store> {
  template ??= (async () => {
    const client = createFreshPglite(migrationsFolder);
    await openPglite(client, 'template', { migrate: true });
    return client;
  })();
  const clone = (await (await template).clone()) as PGlite;
  return openPglite(clone, 'memory://', { ...options, migrate: false });
}

/**
 * A store on a new database of the server at `serverUrl`, dropped again on close. Each call
 * gets its own database, so parallel test files never see each other's rows.
 */
export async function createPostgresTestStore(
  serverUrl: string,
  options: StoreOptions = {},
): Promise<Store & { url: string }> {
  const name = `dossier_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const store = await openStore(url.toString(), options);
  return {
    ...store,
    url: url.toString(),
    close: async () => {
      await store.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/**
 * Empties every table of the store's `public` schema and restarts its identity sequences, so
 * that the store holds what a newly opened one holds: its schema and migrations, no rows, ids
 * from 1 again. Opening a store costs a second or two (a PGlite clone or a worker thread's
 * PGlite, a database and its migrations on the server); this costs milliseconds, so tests that
 * each need an empty store share one per file and reset it before each test.
 */
export async function resetTestStore(store: Store): Promise<void> {
  const result = await store.db.execute(
    sql`select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const tables = (result as unknown as { rows: Array<{ name: string }> }).rows.map((row) => row.name);
  if (tables.length > 0)
    await store.db.execute(sql.raw(`truncate table ${tables.join(', ')} restart identity cascade`));
}
