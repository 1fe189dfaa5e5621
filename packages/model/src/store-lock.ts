// The lock that makes an embedded store belong to one process. Two processes writing the same
// PGlite files corrupt them (documents lost, evidence pointing at nothing), so:
// - the lock is a directory beside the data (proper-lockfile: atomic mkdir, mtime refreshed
//   while held), and a file beside it names the holder: pid and host;
// - a live holder is never taken over, however long it has not refreshed the lock (a busy
//   main thread is not a dead one): the opener is refused at once, with the holder's pid;
// - a holder that died (its pid is gone on this host) is taken over at once; a holder on
//   another host, or one that left no owner file, only once its lock went stale;
// - a holder whose lock was taken from it anyway (deleted, or refreshed by someone else) is
//   told through `onCompromised` and must stop writing.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import lockfile from 'proper-lockfile';

export interface StoreLockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface StoreLockOptions {
  /** How long a lock that nobody refreshes lasts when its holder cannot be checked (ms). */
  staleMs: number;
  /** Called when the lock was lost while held: the holder must stop writing. */
  onCompromised: (error: Error) => void;
}

/** Why the lock could not be taken; `owner` is the live holder, when one was found. */
export class StoreLockedError extends Error {
  readonly code = 'ELOCKED';
  constructor(
    message: string,
    readonly owner: StoreLockOwner | null,
  ) {
    super(message);
    this.name = 'StoreLockedError';
  }
}

export const lockDirOf = (path: string) => `${path}.lock`;
export const ownerFileOf = (path: string) => `${path}.lock.owner.json`;

export function readOwner(path: string): StoreLockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(ownerFileOf(path), 'utf8')) as StoreLockOwner;
    return Number.isInteger(owner.pid) && typeof owner.host === 'string' ? owner : null;
  } catch {
    return null;
  }
}

/** Whether a process with this pid runs on this machine (EPERM: it runs, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the lock of a holder that died. Openers racing to do so claim its owner file by
 * renaming it (one rename wins); a claim that turns out to name someone else (a new holder
 * wrote its file since we read the dead one's) is put back untouched.
 */
function takeFromDeadHolder(path: string, dead: StoreLockOwner): void {
  const claim = `${ownerFileOf(path)}.${process.pid}`;
  try {
    renameSync(ownerFileOf(path), claim);
  } catch {
    return; // another opener claimed it first: the lock is theirs to take
  }
  let claimed: StoreLockOwner | null = null;
  try {
    claimed = JSON.parse(readFileSync(claim, 'utf8')) as StoreLockOwner;
  } catch {}
  if (claimed?.pid !== dead.pid || claimed.since !== dead.since) {
    renameSync(claim, ownerFileOf(path));
    return;
  }
  rmSync(lockDirOf(path), { recursive: true, force: true });
  rmSync(claim, { force: true });
}

/** Takes the store's lock; returns its release. Throws StoreLockedError when it is held. */
export async function lockStore(path: string, options: StoreLockOptions): Promise<() => Promise<void>> {
  const owner = readOwner(path);
  const here = hostname();
  if (owner?.host === here) {
    if (isAlive(owner.pid)) {
      throw new StoreLockedError(`held by process ${owner.pid} since ${owner.since}`, owner);
    }
    // its holder died without releasing it: nobody refreshes it any more, take it now
    takeFromDeadHolder(path, owner);
  }
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(path, {
      lockfilePath: lockDirOf(path),
      realpath: false,
      stale: options.staleMs,
      update: options.staleMs / 4,
      // a lock being taken right now (no owner file yet), or one of another host going stale
      retries: { retries: 3, minTimeout: 100, maxTimeout: 500, factor: 2 },
      onCompromised: options.onCompromised,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const holder = readOwner(path);
    throw new StoreLockedError(
      holder
        ? `held by process ${holder.pid} on ${holder.host} since ${holder.since}`
        : 'held by another process',
      holder,
    );
  }
  const mine: StoreLockOwner = { pid: process.pid, host: here, since: new Date().toISOString() };
  writeFileSync(ownerFileOf(path), `${JSON.stringify(mine)}\n`);
  return async () => {
    // the owner file goes first: a lock directory without one is never taken over as dead
    if (readOwner(path)?.pid === process.pid) rmSync(ownerFileOf(path), { force: true });
    await release();
  };
}
