// A pre-initialised, migrated PGlite data directory, made when @dossier/model is built
// (scripts/build-snapshot.mjs). A new embedded store starts from it instead of running initdb in
// WASM, which costs seconds and ~900 MB of memory. The snapshot is only used when the migrations
// it was made with are the first migrations of today's folder, byte for byte: migrations still
// run on open, so an older snapshot is migrated forward; one that disagrees is ignored.
//
// The snapshot is the tarball of a data directory PGlite closed cleanly (a shutdown checkpoint),
// so a store started from it does no crash recovery and keeps the relation-cache files. A new
// directory store gets it unpacked by tar and is then opened like any existing store; a
// memory:// store gets it unpacked straight into PGlite's in-memory file system.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryFS, PGlite, type PGliteOptions } from '@electric-sql/pglite';
import * as tar from 'tar';
import type { StoreSource } from './pglite-protocol.js';
import { PG_VERSION, unpackStoreSnapshot, unpackStoreSnapshotOffThread } from './snapshot-unpack.js';

export { unpackStoreSnapshot, unpackStoreSnapshotOffThread } from './snapshot-unpack.js';

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

export interface UsableSnapshot {
  /** The gzipped tarball. */
  file: string;
  /** It holds every migration of the folder: a store started from it has nothing to migrate. */
  current: boolean;
}

/**
 * The build's data-directory snapshot, or undefined when there is none, it was made with
 * migrations that are not a prefix of `migrationsFolder`'s, or DOSSIER_STORE_SNAPSHOT=off (the
 * bench's initdb baseline).
 */
export function usableSnapshot(migrationsFolder: string, dir = snapshotDir): UsableSnapshot | undefined {
  if (process.env.DOSSIER_STORE_SNAPSHOT === 'off') return undefined;
  const manifest = readManifest(dir);
  const stamps = migrationStamps(migrationsFolder);
  if (!manifest || !isPrefixOf(manifest.migrations, stamps)) return undefined;
  const file = join(dir, SNAPSHOT_FILE);
  return existsSync(file) ? { file, current: manifest.migrations.length === stamps.length } : undefined;
}

/** The path of the snapshot `usableSnapshot` finds. */
export function findStoreSnapshot(migrationsFolder: string, dir = snapshotDir): string | undefined {
  return usableSnapshot(migrationsFolder, dir)?.file;
}

/** A file (with its bytes) or a directory of the snapshot, by its path inside the data directory. */
interface SnapshotEntry {
  path: string;
  data?: Uint8Array;
}

const ZEROS = Buffer.alloc(64 * 1024);

function isAllZero(chunk: Uint8Array): boolean {
  for (let at = 0; at < chunk.length; at += ZEROS.length) {
    const part = chunk.subarray(at, at + ZEROS.length);
    if (Buffer.compare(part, ZEROS.subarray(0, part.length)) !== 0) return false;
  }
  return true;
}

/**
 * The snapshot's files, each in an array of its own size, streamed out of the tarball: never the
 * whole 40 MB tar at once. The WAL segment is mostly zeros; those parts are not copied, so the
 * zero-filled array's pages there stay untouched and cost no memory until Postgres writes them.
 */
function readSnapshotEntries(file: string): SnapshotEntry[] {
  const entries: SnapshotEntry[] = [];
  const received = new Map<SnapshotEntry, number>();
  tar.t({
    file,
    sync: true,
    strict: true,
    onReadEntry: (entry) => {
      const path = entry.path.replace(/\/+$/, '');
      if (entry.type === 'Directory') {
        entries.push({ path });
        return;
      }
      if (entry.type !== 'File' && entry.type !== 'OldFile') return;
      const read: SnapshotEntry = { path, data: new Uint8Array(entry.size) };
      entries.push(read);
      received.set(read, 0);
      entry.on('data', (chunk: Buffer) => {
        const offset = received.get(read) ?? 0;
        if (!isAllZero(chunk)) read.data?.set(chunk, offset);
        received.set(read, offset + chunk.length);
      });
    },
  });
  for (const [entry, bytes] of received) {
    if (bytes !== entry.data?.length)
      throw new Error(`the store snapshot ${file} is truncated at ${entry.path}`);
  }
  if (entries.at(-1)?.path !== PG_VERSION)
    throw new Error(`the store snapshot ${file} holds no ${PG_VERSION}`);
  return entries;
}

/** The part of emscripten's FS that filling the data directory uses. */
interface EmscriptenFS {
  mkdirTree(path: string): void;
  writeFile(path: string, data: Uint8Array, options: { canOwn: boolean }): void;
}

type EmscriptenOptions = Parameters<MemoryFS['init']>[1];

/**
 * PGlite's in-memory file system with its data directory filled from the snapshot before
 * Postgres starts, so PGlite finds a database and resumes it. PGlite's own `loadDataDir` would
 * hold the gzipped tarball, the whole unpacked tar and a copy of every file at once; here each
 * file's array is handed to the file system as its content (`canOwn`), without a copy.
 */
class SnapshotMemoryFS extends MemoryFS {
  #entries: SnapshotEntry[] | undefined;

  constructor(entries: SnapshotEntry[]) {
    super();
    this.#entries = entries;
  }

  override async init(pg: PGlite, emscriptenOptions: EmscriptenOptions) {
    const { emscriptenOpts } = await super.init(pg, emscriptenOptions);
    const fill = (mod: { FS: unknown }) => {
      fillDataDir(mod.FS as EmscriptenFS, PGlite.paths.PGDATA, this.#entries ?? []);
      this.#entries = undefined;
    };
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), fill] } };
  }
}

function fillDataDir(fs: EmscriptenFS, dataDir: string, entries: SnapshotEntry[]): void {
  const made = new Set<string>();
  const makeDir = (dir: string) => {
    if (made.has(dir)) return;
    fs.mkdirTree(dir);
    made.add(dir);
  };
  makeDir(dataDir);
  for (const entry of entries) {
    const target = `${dataDir}/${entry.path}`;
    if (entry.data === undefined) {
      makeDir(target);
    } else {
      makeDir(dirname(target));
      fs.writeFile(target, entry.data, { canOwn: true });
    }
  }
}

/**
 * A new in-memory PGlite, started from the snapshot file when there is a usable one, else by
 * initdb.
 */
export function createFreshPglite(
  migrationsFolder: string,
  snapshot: string | undefined = findStoreSnapshot(migrationsFolder),
): PGlite {
  return pgliteInMemory(snapshot);
}

/** A new in-memory PGlite started from `snapshot` (a store-snapshot tarball), else by initdb. */
function pgliteInMemory(snapshot: string | undefined): PGlite {
  const options: PGliteOptions = snapshot ? { fs: new SnapshotMemoryFS(readSnapshotEntries(snapshot)) } : {};
  return new PGlite(options);
}

/**
 * A new PGlite persisted in `dataDir`, which holds no database yet: the snapshot file is unpacked
 * there (off the main thread) when there is a usable one, else PGlite runs initdb.
 */
export async function createFreshPgliteDir(dataDir: string, snapshot: string | undefined): Promise<PGlite> {
  if (snapshot) await unpackStoreSnapshotOffThread(snapshot, dataDir);
  return new PGlite(dataDir);
}

/**
 * The PGlite of an embedded store's `source`. A new directory's snapshot is unpacked in a worker
 * thread of its own (`unpackOffThread`, the main thread's way) or right here (the store thread's
 * way: it serves nobody else).
 */
export async function createStorePglite(source: StoreSource, unpackOffThread: boolean): Promise<PGlite> {
  if (source.kind === 'memory') return pgliteInMemory(source.snapshot);
  if (!source.snapshot) return new PGlite(source.path);
  if (unpackOffThread) return createFreshPgliteDir(source.path, source.snapshot);
  unpackStoreSnapshot(source.snapshot, source.path);
  return new PGlite(source.path);
}

/**
 * Writes the snapshot of `dataDir`, a data directory migrated with `migrationsFolder` and closed
 * cleanly, into `dir`: the gzipped tarball (PG_VERSION last, see `unpackStoreSnapshot`) and a
 * manifest of the migrations it holds.
 */
export function writeStoreSnapshot(dataDir: string, migrationsFolder: string, dir = snapshotDir): void {
  const entries = readdirSync(dataDir)
    .filter((name) => name !== PG_VERSION && name !== 'postmaster.pid')
    .sort();
  tar.c({ file: join(dir, SNAPSHOT_FILE), cwd: dataDir, gzip: { level: 9 }, portable: true, sync: true }, [
    ...entries,
    PG_VERSION,
  ]);
  const manifest: SnapshotManifest = { migrations: migrationStamps(migrationsFolder) };
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
