// A pre-initialised, migrated PGlite data directory, made when @dossier/model is built
// (scripts/build-snapshot.mjs). A new embedded store loads it instead of running initdb in WASM,
// which costs seconds and ~900 MB of memory. The snapshot is only used when the migrations it
// was made with are the first migrations of today's folder, byte for byte: migrations still run
// on open, so an older snapshot is migrated forward; one that disagrees is ignored.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/** Where the build writes the snapshot (beside the compiled code, never in git). */
export const snapshotDir = fileURLToPath(new URL('../dist', import.meta.url));
const SNAPSHOT_FILE = 'store-snapshot.tar.gz';
const MANIFEST_FILE = 'store-snapshot.json';

export interface MigrationStamp {
  name: string;
  sha256: string;
}

interface SnapshotManifest {
  migrations: MigrationStamp[];
}

/** The migrations of `folder` in the order drizzle applies them, each with its SQL's hash. */
export function migrationStamps(folder: string): MigrationStamp[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      sha256: createHash('sha256')
        .update(readFileSync(join(folder, name, 'migration.sql')))
        .digest('hex'),
    }));
}

/** True when every migration of the snapshot is, in order, one of today's. */
function isPrefixOf(made: MigrationStamp[], current: MigrationStamp[]): boolean {
  return (
    made.length <= current.length &&
    made.every((m, i) => m.name === current[i]?.name && m.sha256 === current[i]?.sha256)
  );
}

function readManifest(dir: string): SnapshotManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as SnapshotManifest;
    return Array.isArray(manifest.migrations) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The build's data-directory snapshot as a Blob for PGlite's `loadDataDir`, or undefined when
 * there is none, it was made with migrations that are not a prefix of `migrationsFolder`'s, or
 * DOSSIER_STORE_SNAPSHOT=off (the bench's initdb baseline).
 */
export function loadStoreSnapshot(migrationsFolder: string, dir = snapshotDir): Blob | undefined {
  if (process.env.DOSSIER_STORE_SNAPSHOT === 'off') return undefined;
  const manifest = readManifest(dir);
  if (!manifest || !isPrefixOf(manifest.migrations, migrationStamps(migrationsFolder))) return undefined;
  try {
    return new Blob([readFileSync(join(dir, SNAPSHOT_FILE))]);
  } catch {
    return undefined;
  }
}

/**
 * A new PGlite (in memory when `dataDir` is undefined), started from the snapshot when there is
 * a usable one, else by initdb. `dataDir` must hold no database yet.
 */
export function createFreshPglite(
  migrationsFolder: string,
  dataDir?: string,
  snapshot: Blob | undefined = loadStoreSnapshot(migrationsFolder),
): PGlite {
  const options: PGliteOptions = snapshot ? { loadDataDir: snapshot } : {};
  return dataDir === undefined ? new PGlite(options) : new PGlite(dataDir, options);
}

/**
 * Writes the snapshot of `client` (already migrated with `migrationsFolder`) into `dir`: the
 * gzipped data directory and a manifest of the migrations it holds.
 */
export async function writeStoreSnapshot(
  client: PGlite,
  migrationsFolder: string,
  dir = snapshotDir,
): Promise<void> {
  const tarball = await client.dumpDataDir('gzip');
  writeFileSync(join(dir, SNAPSHOT_FILE), Buffer.from(await tarball.arrayBuffer()));
  const manifest: SnapshotManifest = { migrations: migrationStamps(migrationsFolder) };
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
