// Every example of every README, run as written, top to bottom, against the real server: shell
// commands, GraphQL operations and TypeScript/JavaScript programs. A runnable block that no
// runner here knows fails the test, so a new example is run from the day it is written.
//
// What a test run changes in a command, and only that (so it stays off the reader's machine):
// - a server gets a free port instead of 4000/8080, and the addresses that name it follow;
// - stores are scratch ones: the embedded store ./.dossier, and any postgres:// URL becomes a
//   database of the README's own on the server TEST_DATABASE_URL names (dropped afterwards); so
//   are files the examples write (score.json, /tmp packs, my-project);
// - install and test commands are not run again: they are how this test is run (.ci/run runs
//   the README's install and test commands verbatim, and turbo builds everything before it).
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OperationDefinitionNode, parse } from 'graphql';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Block,
  blockName,
  fencedBlocks,
  hasShared,
  isRunnable,
  packageDirOf,
  readmePaths,
  repoRoot,
  sharedDir,
  shellCommands,
} from './blocks.js';
import { freePort, type Ran, Session } from './session.js';

const databaseUrl = process.env.TEST_DATABASE_URL;

/** Blocks in a runnable language that are not programs. */
const NOT_PROGRAMS: Array<{ readme: string; startsWith: string; why: string }> = [
  {
    readme: 'packages/ingest/README.md',
    startsWith: 'extract(text: string',
    why: "the shape of extract()'s result, written as a signature",
  },
];

/** The folder a README's shell commands run in: the package's own for its scripts, else the root. */
const SHELL_FOLDER: Record<string, string> = { 'packages/ingest/README.md': 'packages/ingest' };

/** Steps that are how this test itself is run (see the header). */
const RUN_BY_CI = [
  /^(npx --yes pnpm@[\d.]+|pnpm) (install|test|typecheck|lint|build)$/,
  /^pnpm --filter @dossier\/\S+ (build|test)$/,
];

const allBlocks = readmePaths().flatMap(fencedBlocks);
const blocks = allBlocks.filter(isRunnable);

describe('the READMEs', () => {
  it('have examples, each in a language this test runs (unlabelled blocks are output or diagrams)', () => {
    expect(blocks.length).toBeGreaterThan(15);
    const unknown = allBlocks.filter((b) => b.lang !== '' && !isRunnable(b)).map(blockName);
    expect(unknown).toEqual([]);
    for (const block of blocks) expect(runnerFor(block), blockName(block)).not.toBeNull();
  });
});

// READMEs side by side (most of the time is spent waiting on servers and installs), the
// examples of each in their order.
describe.concurrent('every README', () => {
  for (const readme of new Set(blocks.map((b) => b.readme))) {
    describe.sequential(readme, () => {
      const session = new Session();
      afterAll(() => session.close(), 60_000);
      for (const block of blocks.filter((b) => b.readme === readme)) {
        const runner = runnerFor(block);
        if (runner === null) continue;
        it(`line ${block.line}: ${block.lang}`, async (ctx) => {
          const missing = missingFor(block);
          if (missing) {
            console.warn(`[readme] SKIPPED ${blockName(block)}: ${missing}`);
            ctx.skip();
          }
          await runner(block, session);
        }, 240_000);
      }
    });
  }
});

type Runner = (block: Block, session: Session) => Promise<void>;

function runnerFor(block: Block): Runner | null {
  if (NOT_PROGRAMS.some((n) => n.readme === block.readme && block.code.trimStart().startsWith(n.startsWith)))
    return async () => {};
  if (block.lang === 'sh') return runShell;
  if (block.lang === 'graphql') return runGraphql;
  if (block.lang === 'ts' || block.lang === 'js') return runProgram;
  return null;
}

// ---------- shell ----------

/** What a shell block needs that this machine may lack. */
function missingFor(block: Block): string | null {
  if (/\$KIT\b|scripts\/dev-report/.test(block.code) && !hasShared)
    return `no evaluation kit at ${sharedDir} (set DOSSIER_SHARED_DIR)`;
  if (needsPostgres(block) && !databaseUrl) return 'TEST_DATABASE_URL is not set';
  return null;
}

function needsPostgres(block: Block): boolean {
  return /postgres:\/\/|openJobQueue/.test(block.code);
}

async function runShell(block: Block, session: Session): Promise<void> {
  const cwd = join(repoRoot, SHELL_FOLDER[block.readme] ?? '.');
  for (const line of shellCommands(block.code)) {
    const steps = line.filter((step) => !RUN_BY_CI.some((pattern) => pattern.test(step)));
    if (steps.length === 0) continue;
    const command = await withPostgres(steps.join(' && '), session);
    const exported = /^export (\w+)=(\S+)$/.exec(command);
    if (exported) session.exports[exported[1]!] = exported[2]!;
    else if (isServer(steps.at(-1)!)) await startServer(command, cwd, session);
    else if (command.endsWith(' &')) await session.background(localise(command, session), cwd);
    else await runToEnd(command, cwd, session);
  }
}

/** The example's PostgreSQL URL (a made-up host, or the reader's own) becomes the session's database. */
async function withPostgres(command: string, session: Session): Promise<string> {
  return /postgres:\/\/\S+/.test(command)
    ? command.replace(/postgres:\/\/\S+/g, await session.postgres())
    : command;
}

function isServer(step: string): boolean {
  return /(\bdossier|cli\.js) serve\b/.test(step) || /\bpnpm(@[\d.]+)? start$/.test(step);
}

/** The scratch stand-ins for the reader's ports, stores and files. */
function localise(step: string, session: Session, port?: number): string {
  let out = step
    .replace(/ &$/, '')
    .replaceAll('./.dossier', join(session.scratch, 'store'))
    .replace(/--json score\.json/, `--json ${join(session.scratch, 'score.json')}`)
    .replace(/--pack-destination \/tmp\b/, `--pack-destination ${session.scratch}`)
    .replaceAll('/tmp/dossier-ingest-', `${session.scratch}/dossier-ingest-`)
    .replace(/\bcd my-project\b/, `cd ${session.project}`);
  if (port !== undefined) out = out.replace(/--port \d+/, `--port ${port}`);
  if (session.origin) out = out.replaceAll('http://127.0.0.1:4000', session.origin);
  return out;
}

async function startServer(step: string, cwd: string, session: Session): Promise<void> {
  const port = await freePort();
  await session.serve(localise(step, session, port), cwd, port);
  const origin = session.origin!;
  // What the README promises of every server it starts: GraphiQL, the explorer, health.
  const graphiql = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
  expect(graphiql.status).toBe(200);
  expect((await graphiql.text()).toLowerCase()).toContain('graphiql');
  const explorer = await fetch(`${origin}/explorer/`);
  expect(explorer.status, `/explorer/ after \`${step}\``).toBe(200);
  expect(await explorer.text()).toMatch(/<html/i);
}

async function runToEnd(step: string, cwd: string, session: Session): Promise<void> {
  const command = localise(step, session);
  const ran = await session.run(command, cwd);
  if (ran.code !== 0 && /^npm install|npm install /.test(step) && unreachableRegistry(ran)) {
    console.warn(`[readme] npm registry unreachable: \`${step}\` not checked`);
    return;
  }
  expect(ran.code, `\`${command}\` in ${cwd}\n${ran.stderr.slice(-3000)}`).toBe(0);
  const json = ran.stdout.trim();
  if (json.startsWith('{')) expect(JSON.parse(json).errors, command).toBeUndefined();
}

function unreachableRegistry(ran: Ran): boolean {
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH/.test(ran.stderr);
}

// ---------- GraphQL ----------

async function runGraphql(block: Block, session: Session): Promise<void> {
  const endpoint = await serverFor(session);
  const source = await withIdsFor(block.code, endpoint);
  const variablesComment = /^# variables: (.+)$/m.exec(block.code)?.[1];
  const operations = parse(source).definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  );
  expect(operations.length).toBeGreaterThan(0);
  for (const operation of operations) {
    const variables = variablesComment
      ? (JSON.parse(variablesComment) as Record<string, unknown>)
      : await defaultVariables(operation, endpoint);
    const body = await post(endpoint, source, variables, operation.name?.value);
    expect(body.errors, `${operation.name?.value ?? 'anonymous'} in ${blockName(block)}`).toBeUndefined();
    expect(body.data).toBeTruthy();
  }
}

/** The server the session runs, or one started as the README's quick start does. */
async function serverFor(session: Session): Promise<string> {
  if (!session.endpoint) {
    await startServer('node apps/api/dist/cli.js serve --port 4000 --database memory://', repoRoot, session);
    const ran = await session.run('node examples/post-articles.mjs', repoRoot);
    expect(ran.code, ran.stderr).toBe(0);
  }
  return session.endpoint!;
}

/** Fills the README's "<Place id>" placeholders with the id of a stored record of that type. */
async function withIdsFor(source: string, endpoint: string): Promise<string> {
  let out = source;
  for (const [placeholder, type] of source.matchAll(/<(\w+) id>/g)) {
    const id = await firstId(endpoint, `${type!.toLowerCase()}s`);
    out = out.replaceAll(placeholder, id);
  }
  return out;
}

async function firstId(endpoint: string, connection: string): Promise<string> {
  const body = await post(endpoint, `{ ${connection}(first: 1) { edges { node { id } } } }`, {});
  const edges = (body.data?.[connection] as { edges: Array<{ node: { id: string } }> } | undefined)?.edges;
  expect(edges?.length, `no ${connection} stored for the README's examples`).toBeGreaterThan(0);
  return edges![0]!.node.id;
}

/** Values for required variables: a page size, or the id of a stored meeting. */
async function defaultVariables(
  operation: OperationDefinitionNode,
  endpoint: string,
): Promise<Record<string, unknown>> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.type.kind !== 'NonNullType') continue;
    const type = definition.type.type.kind === 'NamedType' ? definition.type.type.name.value : '';
    const name = definition.variable.name.value;
    if (type === 'Int') variables[name] = 5;
    else if (type === 'ID') variables[name] = await firstId(endpoint, 'meetings');
    else throw new Error(`no value for $${name}: ${type}; write a "# variables:" line in the example`);
  }
  return variables;
}

async function post(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
  operationName?: string,
): Promise<{ data?: Record<string, unknown> | null; errors?: unknown[] }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
}

// ---------- programs ----------

/** An HTML page for the examples that read one (`page.html` in the working folder). */
const PAGE = `<!doctype html><html><head><title>Talks in Oslo</title></head><body><article>
<h1>Talks in Oslo</h1><p>OSLO, March 4 /Agency/. Norwegian Defence Minister Ivar Lunde met his
Finnish counterpart Aino Virta in Oslo on Tuesday to discuss air defence.</p>
<p>"Our cooperation has never been closer," Lunde told reporters after the talks.</p>
</article></body></html>`;

/**
 * Runs a TypeScript or JavaScript example as a module inside its package's folder (so it
 * imports the package and its dependencies by name), from a scratch working folder, against
 * the session's server; the block printed right after it, if any, is its expected output.
 */
async function runProgram(block: Block, session: Session): Promise<void> {
  if (/\bDOSSIER_ENDPOINT\b|createDossierClient/.test(block.code)) await serverFor(session);
  const file = join(packageDirOf(block), `.readme-example-${block.line}.mjs`);
  const code = block.lang === 'ts' ? transpile(block.code) : block.code;
  writeFileSync(file, code);
  writeFileSync(join(session.scratch, 'page.html'), PAGE);
  if (needsPostgres(block)) session.exports.DATABASE_URL = await session.postgres();
  try {
    const ran = await session.runNode(file, session.scratch);
    expect(ran.code, `${blockName(block)}\n${ran.stderr.slice(-3000)}`).toBe(0);
    if (block.output !== undefined) expect(ran.stdout.trim()).toBe(block.output.trim());
  } finally {
    if (existsSync(file)) rmSync(file);
  }
}

function transpile(code: string): string {
  return ts.transpileModule(code, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
    },
  }).outputText;
}
