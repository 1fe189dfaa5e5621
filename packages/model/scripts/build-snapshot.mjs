// Build step of @dossier/model: a fresh PGlite data directory, migrated, analysed and closed
// cleanly, packed as the snapshot a new embedded store starts from (dist/store-snapshot.tar.gz
// + its manifest). Closing it first matters: a store started from a directory that was running
// when it was copied does crash recovery, an end-of-recovery checkpoint and rebuilds its
// relation caches on every start. It is rebuilt with dist, never committed; without it a new
// store falls back to initdb.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { migrationsFolder, openPglite } from '../dist/client.js';
import { writeStoreSnapshot } from '../dist/snapshot.js';

const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'dossier-store-snapshot-'));
try {
  const dataDir = join(work, 'pgdata');
  // a directory, not memory://: only a directory can be packed after PGlite shut down
  const store = await openPglite(new PGlite(dataDir), 'snapshot');
  await store.close();
  writeStoreSnapshot(dataDir, migrationsFolder);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`store snapshot written in ${Math.round(performance.now() - started)} ms`);
