// What the examples of one README share while they run, top to bottom: the servers they
// started (the curl and GraphQL examples talk to the one started last), a scratch folder for
// what they write, and the substitutions that keep a test run off the reader's own ports,
// store and files.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { repoRoot, sharedDir } from './blocks.js';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export class Session {
  readonly scratch = mkdtempSync(join(tmpdir(), 'dossier-readme-'));
  /** The reader's own project, for "cd my-project && npm install …". */
  readonly project = join(this.scratch, 'my-project');
  private readonly children: ChildProcess[] = [];
  /** http://127.0.0.1:PORT of the server started last, if any. */
  origin: string | null = null;
  /** What the README's `export NAME=value` lines set, for every later command. */
  readonly exports: Record<string, string> = {};
  private database: { url: string; name: string } | null = null;

  constructor() {
    mkdirSync(this.project);
    writeFileSync(
      join(this.project, 'package.json'),
      JSON.stringify({ name: 'my-project', private: true, type: 'module' }),
    );
  }

  get endpoint(): string | null {
    return this.origin && `${this.origin}/graphql`;
  }

  /**
   * The environment of an example: the test's, without a developer's Dossier settings, with the
   * endpoint of the running server (read by the examples that take DOSSIER_ENDPOINT), the kit
   * as $KIT, and a scratch store as the default database.
   */
  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, DOSSIER_LOG_LEVEL: 'warn', KIT: sharedDir };
    for (const name of Object.keys(env))
      if (
        name === 'DATABASE_URL' ||
        name === 'NODE_PATH' || // pnpm's shims put the workspace's store on it; a reader's shell has none
        (name.startsWith('DOSSIER_') && name !== 'DOSSIER_LOG_LEVEL' && name !== 'DOSSIER_SHARED_DIR')
      )
        delete env[name];
    env.DATABASE_URL = join(this.scratch, 'store');
    if (this.endpoint) env.DOSSIER_ENDPOINT = this.endpoint;
    return { ...env, ...extra, ...this.exports };
  }

  /** Runs a shell command to its end. */
  run(command: string, cwd: string, timeoutMs = 120_000): Promise<Ran> {
    return new Promise((done, fail) => {
      const child = spawn('bash', ['-c', command], { cwd, env: this.env(), timeout: timeoutMs });
      collect(child, done, fail);
    });
  }

  /** Runs a program (node FILE) to its end. */
  runNode(file: string, cwd: string): Promise<Ran> {
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, [file], { cwd, env: this.env(), timeout: 120_000 });
      collect(child, done, fail);
    });
  }

  /**
   * A PostgreSQL database of this session's own (made on the server TEST_DATABASE_URL names,
   * dropped at the end), so that an example's queue or graph never meets another test's.
   */
  async postgres(): Promise<string> {
    if (this.database) return this.database.url;
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin) throw new Error('TEST_DATABASE_URL is not set');
    const name = `dossier_readme_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(`create database ${name}`);
    } finally {
      await client.end();
    }
    const url = new URL(admin);
    url.pathname = `/${name}`;
    this.database = { url: url.toString(), name };
    return this.database.url;
  }

  /** Starts a command in the background (a worker); it must still be running a moment later. */
  async background(command: string, cwd: string): Promise<void> {
    const started = this.detach(command, cwd, this.env());
    await new Promise((r) => setTimeout(r, 3000));
    if (started.child.exitCode !== null)
      throw new Error(`\`${command}\` exited with ${started.child.exitCode}:\n${started.log()}`);
  }

  /**
   * Starts a server command in the background on `port` and waits for its health check; the
   * session's examples talk to it from then on.
   */
  async serve(command: string, cwd: string, port: number): Promise<void> {
    const env = this.env({
      DOSSIER_PORT: String(port),
      DATABASE_URL: this.exports.DATABASE_URL ?? 'memory://',
    });
    const { child, log } = this.detach(command, cwd, env);
    const origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`\`${command}\` exited with ${child.exitCode}:\n${log()}`);
      if (await healthy(origin)) {
        this.origin = origin;
        return;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`\`${command}\` did not answer /healthz within 150 s:\n${log()}`);
  }

  /** A command in its own process group (stopped with everything it started at close), with the tail of its stderr. */
  private detach(
    command: string,
    cwd: string,
    env: NodeJS.ProcessEnv,
  ): { child: ChildProcess; log: () => string } {
    const child = spawn('bash', ['-c', command], {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.children.push(child);
    let log = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      log = (log + chunk).slice(-8000);
    });
    return { child, log: () => log };
  }

  async close(): Promise<void> {
    await Promise.all(this.children.map(stopGroup));
    rmSync(this.scratch, { recursive: true, force: true });
    if (this.database) {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists ${this.database.name} with (force)`);
      } finally {
        await client.end();
      }
    }
  }
}

function collect(child: ChildProcess, done: (ran: Ran) => void, fail: (error: Error) => void): void {
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.on('error', fail);
  child.on('close', (code) => done({ code, stdout, stderr }));
}

async function healthy(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/healthz`)).ok;
  } catch {
    return false;
  }
}

/** SIGTERM to the command and everything it started (pnpm start runs turbo, then the server). */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {}
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export const examplesDir = resolve(repoRoot, 'examples');
