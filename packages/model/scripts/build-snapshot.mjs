// Build step of @dossier/model: a fresh PGlite, migrated and analysed, dumped as the data
// directory a new embedded store starts from (dist/store-snapshot.tar.gz + its manifest).
// It is rebuilt with dist, never committed; without it a new store falls back to initdb.
import { PGlite } from '@electric-sql/pglite';
import { migrationsFolder, openPglite } from '../dist/client.js';
import { writeStoreSnapshot } from '../dist/snapshot.js';

const started = performance.now();
const client = new PGlite();
const store = await openPglite(client, 'snapshot');
await writeStoreSnapshot(client, migrationsFolder);
await store.close();
console.log(`store snapshot written in ${Math.round(performance.now() - started)} ms`);
