#!/usr/bin/env node
// The `dossier` command line: serve, ingest, extract. Commands load their dependencies lazily,
// so `dossier extract` does not start a database.
import { readFileSync } from 'node:fs';
import { EXTRACT_HELP, extractCommand } from './commands/extract.js';
import { INGEST_HELP, ingestCommand } from './commands/ingest.js';
import { SERVE_HELP, serveCommand } from './commands/serve.js';
import { EXIT, type Io, UsageError } from './commands/usage.js';
import { WORKER_HELP, workerCommand } from './commands/worker.js';
import { ConfigError } from './config.js';

const HELP = `Usage: dossier <command> [options]

Dossier reads news articles and serves a provenance-first GraphQL graph of meetings,
statements, persons, organizations and places.

Commands:
  serve                 serve the GraphQL API (default http://127.0.0.1:4000/graphql)
  ingest FILE|DIR...    store articles and merge what they tell into the graph (--queue: for workers)
  worker                run queued ingestion jobs (PostgreSQL; start as many as you like)
  extract FILE          print what the extractor finds in one article, as JSON (no store)
  help [COMMAND]        show help

Options:
  -h, --help            show help (also after a command: dossier ingest --help)
  -v, --version         show the version
`;

const COMMANDS: Record<
  string,
  { help: string; run: (args: string[], io: Io) => Promise<number | 'running'> }
> = {
  serve: { help: SERVE_HELP, run: serveCommand },
  ingest: { help: INGEST_HELP, run: ingestCommand },
  extract: { help: EXTRACT_HELP, run: extractCommand },
  worker: { help: WORKER_HELP, run: workerCommand },
};

export async function main(argv: string[], io: Io): Promise<number | 'running'> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(HELP);
    return EXIT.usage;
  }
  if (name === '-h' || name === '--help') {
    io.out(HELP);
    return EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.out(`${version()}\n`);
    return EXIT.ok;
  }
  if (name === 'help') {
    const topic = rest[0];
    if (topic === undefined) io.out(HELP);
    else if (COMMANDS[topic]) io.out(COMMANDS[topic].help);
    else throw new UsageError(`no command "${topic}"`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    throw new UsageError(
      name.startsWith('-')
        ? `unknown option "${name}" (options go after the command)`
        : `unknown command "${name}"; commands are ${Object.keys(COMMANDS).join(', ')}`,
    );
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // util.parseArgs reports unknown flags and missing values with these codes.
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError((error as Error).message, name);
    }
    throw error;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

const io: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdin: process.stdin,
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

main(process.argv.slice(2), io).then(
  (code) => {
    if (code !== 'running') process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      const more = error.command ? `dossier ${error.command} --help` : 'dossier --help';
      io.err(`dossier: ${error.message}\nRun "${more}" for usage.\n`);
      process.exitCode = EXIT.usage;
    } else if (error instanceof ConfigError) {
      io.err(`dossier: ${error.message}\n`);
      process.exitCode = EXIT.usage;
    } else {
      io.err(`dossier: ${error instanceof Error ? error.message.split('\nparams:')[0] : String(error)}\n`);
      process.exitCode = EXIT.failed;
    }
  },
);
