// Shared by the API tests: where things are, and running the built command line.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '@dossier/model';
import { expect } from 'vitest';
import { createDossierYoga, type DossierYoga, type DossierYogaOptions } from '../src/yoga.js';

export const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(apiDir, '../..');
export const cliPath = resolve(apiDir, 'dist/cli.js');

/** The evaluation kit beside the clone (CI), or where DOSSIER_SHARED_DIR says. */
export const sharedDir = resolve(process.env.DOSSIER_SHARED_DIR ?? resolve(repoRoot, '../shared'));
export const hasShared = existsSync(resolve(sharedDir, 'eval/score.mjs'));

/**
 * The environment for child processes: the parent's, without any Dossier settings that
 * would change what a test observes (a developer's token or database).
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DOSSIER_LOG_LEVEL: 'warn' };
  for (const name of Object.keys(env)) {
    if (name === 'DATABASE_URL' || (name.startsWith('DOSSIER_') && name !== 'DOSSIER_LOG_LEVEL'))
      delete env[name];
  }
  return { ...env, ...extra };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd ?? apiDir,
      env: childEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** POSTs a GraphQL operation to a yoga instance and returns its data; the test fails on errors. */
export async function graphqlData<T>(
  yoga: DossierYoga,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A yoga instance over a fresh in-memory store, bound (as far as auth knows) to loopback. */
export async function createTestServer(): Promise<{ store: Store; yoga: DossierYoga }> {
  const store = await openStore('memory://');
  const yoga = createDossierYoga({ store, config: testConfig() });
  return { store, yoga };
}

/**
 * The settings of a test's yoga instance: bound (as far as auth knows) to loopback, no write
 * token, no GraphiQL, introspection on, 1 MB of text; `overrides` says what the test is about.
 */
export function testConfig(
  overrides: Partial<DossierYogaOptions['config']> = {},
): DossierYogaOptions['config'] {
  return {
    host: '127.0.0.1',
    writeToken: null,
    graphiql: false,
    introspection: true,
    maxTextBytes: 1024 * 1024,
    ...overrides,
  };
}

export interface RunningServer {
  child: ChildProcess;
  /** http://127.0.0.1:PORT/graphql */
  endpoint: string;
  /** What the server wrote to stderr so far (its logs). */
  log: () => string;
  /** SIGTERM, and the exit code of the graceful shutdown. */
  stop: () => Promise<number | null>;
}

/** `dossier serve --port 0 ...args` in a child process, resolved once it is listening. */
export function startServer(args: string[], env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', ...args], {
    cwd: apiDir,
    env: childEnv({ DOSSIER_LOG_LEVEL: 'info', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const stop = async (): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    child.kill('SIGTERM');
    return exited;
  };
  return new Promise<RunningServer>((resolveServer, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in 60 s:\n${log}`));
    }, 60_000);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      const listening = /Dossier API listening on (http:\/\/\S+)/.exec(log);
      if (listening) {
        clearTimeout(timer);
        resolveServer({ child, endpoint: listening[1]!, log: () => log, stop });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${log}`));
    });
  });
}
