import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';
import { lockStore } from '../src/store-lock.js';

const holder = new URL('./fixtures/hold-store.mjs', import.meta.url).pathname;
const dirs: string[] = [];
const children: ChildProcess[] = [];

function storeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-lock-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode == null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) {
    for (const p of [dir, `${dir}.lock`, `${dir}.lock.owner.json`])
      rmSync(p, { recursive: true, force: true });
  }
});

/** Starts a process holding the store; resolves once it reports the store open. */
function holdStore(dir: string, stallMs: number, lifeMs: number) {
  const child = spawn(process.execPath, [holder, dir, String(stallMs), String(lifeMs)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const opened = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => stdout.includes('open\n') && resolve());
    exited.then((code) => reject(new Error(`holder exited (${code}) before opening: ${stderr}`)));
  });
  return { child, opened, exited, output: () => ({ stdout, stderr }) };
}

describe('an embedded store directory', () => {
  it('belongs to one opener at a time, and is free again once closed', async () => {
    const dir = storeDir();
    const first = await openStore(dir);
    await expect(openStore(dir)).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(new RegExp(`in use: held by process ${process.pid}`)),
    });
    await first.close();
    const again = await openStore(dir);
    await again.close();
  }, 60_000);

  it('is never taken from a live holder that stalls past the stale time, and says so at once', async () => {
    const dir = storeDir();
    const stalled = holdStore(dir, 6_000, 500);
    await stalled.opened;
    // the holder stopped refreshing its lock 2 s ago or more: stale by time, alive by pid
    await new Promise((r) => setTimeout(r, 3_000));
    const started = Date.now();
    await expect(openStore(dir, { lockStaleMs: 2_000 })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(
        new RegExp(`in use: held by process ${stalled.child.pid}.*Stop that process`),
      ),
    });
    expect(Date.now() - started).toBeLessThan(1_000);
    // and the holder, once it runs again, still holds its lock and closes cleanly
    expect(await stalled.exited).toBe(0);
    expect(stalled.output().stdout).toContain('closed');
  }, 60_000);

  it('is taken at once from a holder that was killed', async () => {
    const dir = storeDir();
    const killed = holdStore(dir, 0, 60_000);
    await killed.opened;
    killed.child.kill('SIGKILL');
    await killed.exited;
    // no wait for the dead holder's lock to go stale (10 s): the lock is taken at once
    const started = Date.now();
    const release = await lockStore(dir, { staleMs: 10_000, onCompromised: () => {} });
    expect(Date.now() - started).toBeLessThan(2_000);
    await release();
    const store = await openStore(dir);
    await store.close();
  }, 60_000);

  it('makes a holder that lost its lock stop and exit loudly', async () => {
    const dir = storeDir();
    const robbed = holdStore(dir, 0, 10_000);
    await robbed.opened;
    rmSync(`${dir}.lock`, { recursive: true, force: true });
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const code = await robbed.exited;
    expect(code).not.toBe(0);
    expect(robbed.output().stderr).toMatch(/lost the lock of the embedded store.*stopped writing/);
    expect(robbed.output().stdout).not.toContain('closed');
  }, 60_000);
});
