// Unpacking the store snapshot into a new data directory, apart from the rest of snapshot.ts so
// that the worker thread which does it (unpack-worker.ts) loads tar and nothing else (no PGlite).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as tar from 'tar';

/** The file that makes a directory a PostgreSQL data directory: unpacked last (see below). */
export const PG_VERSION = 'PG_VERSION';

/**
 * Unpacks the snapshot `file` into `dataDir` (which holds no database). PG_VERSION comes last in
 * the tarball and is written last: a directory whose unpacking was interrupted has none, so it is
 * never taken for a store, and the next open unpacks it again.
 */
export function unpackStoreSnapshot(file: string, dataDir: string): void {
  tar.x({ file, cwd: dataDir, sync: true, strict: true });
  if (!existsSync(join(dataDir, PG_VERSION))) {
    throw new Error(`the store snapshot ${file} holds no ${PG_VERSION}`);
  }
}

/** Compiled beside this module in dist/ (tests that run src/ use the build's copy too). */
const workerFile = new URL('../dist/unpack-worker.js', import.meta.url);

/**
 * `unpackStoreSnapshot` in a worker thread. Gunzipping and writing ~1,000 files costs ~0.5 s of
 * CPU; off the main thread it runs while `dossier serve` loads its schema and server modules
 * instead of before, so a new directory store starts about as fast as an existing one.
 */
export function unpackStoreSnapshotOffThread(file: string, dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let failure: unknown;
    const worker = new Worker(workerFile, { workerData: { file, dataDir } });
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', (code) => {
      if (failure !== undefined) reject(failure);
      else if (code !== 0)
        reject(new Error(`unpacking the store snapshot ${file} stopped with exit code ${code}`));
      else resolve();
    });
  });
}
