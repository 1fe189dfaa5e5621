// The README's first command: `pnpm start` must build what /explorer/ serves (and the client
// it is built from) before it serves, and so must `pnpm build`, which the 404 page suggests.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { apiDir, repoRoot } from './helpers.js';

const scripts = (
  JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

interface DryRun {
  tasks: { taskId: string; dependencies: string[] }[];
}

/** The build tasks a root script's `turbo run build …` would run, from turbo's dry run. */
async function plannedBuild(script: string): Promise<Map<string, string[]>> {
  const turboCommand = script.split(' && ')[0]!;
  expect(turboCommand).toMatch(/^turbo run build\b/);
  const { stdout } = await promisify(execFile)(
    resolve(repoRoot, 'node_modules/.bin/turbo'),
    [...turboCommand.split(' ').slice(1), '--dry=json'],
    { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
  );
  return new Map((JSON.parse(stdout) as DryRun).tasks.map((task) => [task.taskId, task.dependencies]));
}

describe('the quick start', () => {
  it.each(['start', 'build'])('`pnpm %s` builds the explorer after the client it imports', async (name) => {
    const script = scripts[name];
    expect(script).toBeDefined();
    const tasks = await plannedBuild(script!);
    expect(tasks.has('@dossier/api#build')).toBe(true);
    expect(tasks.get('@dossier/explorer#build')).toContain('@dossier/client#build');
  });

  it('`pnpm start` serves once it has built', () => {
    expect(scripts.start).toMatch(/ && pnpm dossier serve$/);
  });
});

describe('a fresh install', () => {
  const readJson = (path: string) =>
    JSON.parse(readFileSync(path, 'utf8')) as { bin: Record<string, string> };

  it('links a dossier bin that exists before the first build', async () => {
    const bin = readJson(resolve(apiDir, 'package.json')).bin.dossier!;
    // pnpm warns "Failed to create bin" for a target under dist/, which a clone does not have.
    expect(bin).not.toMatch(/dist\//);
    const path = resolve(apiDir, bin);
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).mode & 0o111).not.toBe(0);
    const { stdout } = await promisify(execFile)(process.execPath, [path, '--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('keeps pnpm settings out of .npmrc, where npx warns about them', () => {
    const npmrc = resolve(repoRoot, '.npmrc');
    const npmSettings = existsSync(npmrc) ? readFileSync(npmrc, 'utf8') : '';
    expect(npmSettings).not.toMatch(/auto-install-peers|strict-peer-dependencies/);
    expect(readFileSync(resolve(repoRoot, 'pnpm-workspace.yaml'), 'utf8')).toMatch(
      /^autoInstallPeers: true$/m,
    );
  });
});

describe('the README', () => {
  const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');

  it('stands alone: it points at no file outside the clone', () => {
    // It may say where the external kit is looked for, not name files in it.
    expect(readme).not.toMatch(/\.\.\/shared\//);
  });

  it('links only files the clone has', () => {
    const links = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^\w+:/.test(l));
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(existsSync(resolve(repoRoot, link)), link).toBe(true);
  });
});
