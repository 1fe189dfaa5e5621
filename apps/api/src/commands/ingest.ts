// `dossier ingest FILE|DIR…`: stores articles through the model, each file in its own
// transaction, so one bad file is reported while the others still go in.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DocumentFormat, IngestDocumentInput, IngestResult, JobQueue, Store } from '@dossier/model';
import cliProgress from 'cli-progress';
import { type Config, isPostgresUrl, loadConfig } from '../config.js';
import { describeFsError, EXIT, type Io, META_OPTIONS, readArticleFile, UsageError } from './usage.js';

export const INGEST_HELP = `Usage: dossier ingest FILE|DIR... [options]

Stores articles and merges what they tell into the graph. Each FILE is a .txt or .md article
(UTF-8, read as plain text even when it mentions tags), an .html/.htm page (its article body is
extracted), or a .jsonl batch: one JSON object per line with "text" and optional "title", "url",
"publisher", "publishedAt" and "format" ("text", the default, or "html"). Each DIR adds
those files directly inside it, sorted by name. Every article (file or batch line) is ingested
in its own transaction: a bad one is reported and the others still go in. An article already
stored (same text) is left as it is. On a terminal, a progress bar shows on standard error.

Options:
  --database URL        memory://, a directory (embedded store) or postgres://...
                        (default: $DATABASE_URL, else ./.dossier)
  --title TEXT          article title (only with a single file)
  --url URL             article address (only with a single file)
  --publisher NAME      publisher of every file
  --published-at DATE   publication date of every file, ISO 8601 (2024-05-16)
  --queue               queue the articles for \`dossier worker\` processes instead of ingesting
                        them here (PostgreSQL only); prints each job's id (the API's jobs)
  --json                one JSON object per article instead of text, in input order
  -h, --help            show this help

Documents are named by the global id the GraphQL API gives them (node(id:) finds them).

Exit status: 0 when every article went in (or was already stored, or was queued), 1 when any
failed (with --queue: was refused before it was queued).

Example:
  dossier ingest examples/articles --publisher "Example Wire"
`;

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.jsonl']);
const BATCH_EXTENSION = '.jsonl';
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const { SingleBar, Presets } = cliProgress;
const KINDS = ['persons', 'organizations', 'places', 'meetings', 'statements'] as const;

export type FileOutcome =
  | {
      file: string;
      status: 'created' | 'exists';
      /** The document's global id, as the GraphQL API prints it. */
      documentId: string;
      summary: IngestResult['summary'];
      warnings: string[];
    }
  | {
      file: string;
      status: 'queued';
      /** The job's global id (node(id:) and jobUpdated follow it). */
      jobId: string;
    }
  | { file: string; status: 'failed'; error: { code: string; message: string } };

export async function ingestCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      ...META_OPTIONS,
      database: { type: 'string' },
      queue: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(INGEST_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('ingest needs at least one FILE or DIR', 'ingest');
  const config = loadConfig({ database: values.database });
  if (values.queue && !isPostgresUrl(config.databaseUrl)) {
    throw new UsageError(
      '--queue needs a PostgreSQL store (--database postgres://…): the job queue lives there',
      'ingest',
    );
  }
  const { isoDay, openStore } = await import('@dossier/model');
  const publishedAt = values['published-at'];
  if (publishedAt !== undefined && !isoDay(publishedAt)) {
    throw new UsageError(
      `--published-at "${publishedAt}" is not an ISO 8601 date such as 2024-05-16`,
      'ingest',
    );
  }

  const paths = await collectArticles(positionals);
  const files = paths.filter((path): path is string => typeof path === 'string');
  if ((values.title !== undefined || values.url !== undefined) && files.length > 1) {
    throw new UsageError('--title and --url describe one article: give a single FILE with them', 'ingest');
  }
  const report = (outcome: FileOutcome) => {
    if (values.json) io.out(`${JSON.stringify(outcome)}\n`);
    else if (outcome.status === 'failed') io.err(formatOutcome(outcome));
    else io.out(formatOutcome(outcome));
  };
  const outcomes: FileOutcome[] = [];
  if (files.length === 0) {
    for (const failure of paths as FileOutcome[]) {
      outcomes.push(failure);
      report(failure);
    }
  } else {
    let store: Target;
    try {
      store = values.queue
        ? await openQueueTarget(config)
        : await openStore(config.databaseUrl, { storeThread: config.storeThread });
    } catch (error) {
      io.err(`dossier ingest: cannot open the store: ${(error as Error).message}\n`);
      return EXIT.failed;
    }
    const meta = {
      title: values.title ?? null,
      url: values.url ?? null,
      publisher: values.publisher ?? null,
      publishedAt: publishedAt ?? null,
    };
    // Articles and the failures found before ingesting, in the order they were given.
    const entries: Array<ArticleItem | FileOutcome> = [];
    for (const path of paths) {
      if (typeof path !== 'string') entries.push(path);
      else if (extname(path).toLowerCase() === BATCH_EXTENSION)
        entries.push(...(await readBatch(path, meta)));
      else {
        const format = formatOfFile(path);
        entries.push({
          label: path,
          read: async () => ({ text: await readArticleFile(path), ...meta, format }),
        });
      }
    }
    const articles = entries.filter((entry) => !('status' in entry)).length;
    const progress = startProgress(io, articles, Boolean(values.json));
    try {
      for (const entry of entries) {
        const outcome =
          'status' in entry
            ? entry
            : 'enqueue' in store
              ? await enqueueItem(store, config, entry)
              : await ingestItem(store, config, entry);
        outcomes.push(outcome);
        if (!('status' in entry)) progress.tick();
        progress.pause(() => report(outcome));
      }
      if (!('enqueue' in store)) await refreshStatistics(store, outcomes, io);
    } finally {
      progress.stop();
      await store.close();
    }
  }
  const count = (status: FileOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const failed = count('failed');
  if (!values.json) {
    const total = outcomes.length;
    io.out(
      values.queue
        ? `${total} article${total === 1 ? '' : 's'}: ${count('queued')} queued, ${failed} failed\n`
        : `${total} article${total === 1 ? '' : 's'}: ${count('created')} created, ${count('exists')} already stored, ${failed} failed\n`,
    );
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

/** Where articles go: the store itself, or the job queue in its database (--queue). */
type Target = Store | (JobQueue & { close(): Promise<void> });

async function openQueueTarget(config: Config): Promise<JobQueue> {
  const { openJobQueue } = await import('@dossier/model');
  return openJobQueue(config.databaseUrl, { poolSize: 2 });
}

async function enqueueItem(queue: JobQueue, config: Config, item: ArticleItem): Promise<FileOutcome> {
  const { InputError } = await import('@dossier/model');
  const { globalId } = await import('@dossier/schema/global-id');
  const file = item.label;
  try {
    const id = await queue.enqueue(await item.read(), { maxTextBytes: config.maxTextBytes });
    return { file, status: 'queued', jobId: globalId('Job', id) };
  } catch (error) {
    if (error instanceof InputError)
      return { file, status: 'failed', error: { code: error.code, message: error.message } };
    const message = error instanceof Error ? error.message.split('\nparams:')[0]! : String(error);
    return { file, status: 'failed', error: { code: 'FAILED', message } };
  }
}

interface ArticleItem {
  /** A file path, or `file:line` for a line of a batch. */
  label: string;
  read(): Promise<IngestDocumentInput>;
}

async function ingestItem(store: Store, config: Config, item: ArticleItem): Promise<FileOutcome> {
  const { ingestDocument, InputError } = await import('@dossier/model');
  const { globalId } = await import('@dossier/schema/global-id');
  const file = item.label;
  try {
    const result = await ingestDocument(store, await item.read(), { maxTextBytes: config.maxTextBytes });
    return {
      file,
      status: result.created ? 'created' : 'exists',
      documentId: globalId('Document', result.document.id),
      summary: result.summary,
      warnings: result.warnings,
    };
  } catch (error) {
    if (error instanceof InputError)
      return { file, status: 'failed', error: { code: error.code, message: error.message } };
    const message = error instanceof Error ? error.message.split('\nparams:')[0]! : String(error);
    return { file, status: 'failed', error: { code: 'FAILED', message } };
  }
}

/**
 * After a command that stored documents, the planner's statistics are refreshed: a server
 * without autovacuum (and PGlite, which has none) would otherwise plan reads for the store as it
 * was before. ANALYZE samples, so this costs milliseconds; a failure only warns, since every
 * document is already stored.
 */
async function refreshStatistics(store: Store, outcomes: FileOutcome[], io: Io): Promise<void> {
  if (!outcomes.some((outcome) => outcome.status === 'created')) return;
  const { analyzeStore } = await import('@dossier/model');
  try {
    await analyzeStore(store.db);
  } catch (error) {
    io.err(`dossier ingest: warning: could not refresh planner statistics: ${(error as Error).message}\n`);
  }
}

/** What a file holds, from its extension alone: the text is never sniffed. */
function formatOfFile(file: string): DocumentFormat {
  return HTML_EXTENSIONS.has(extname(file).toLowerCase()) ? 'html' : 'text';
}

const BATCH_FIELDS = ['title', 'url', 'publisher', 'publishedAt'] as const;

/**
 * The lines of a JSONL batch: each a document object. A line that is not one is a failure of
 * its own (`BAD_JSON`, `BAD_RECORD`); the good lines still go in. Options fill the fields a
 * line does not give.
 */
async function readBatch(
  file: string,
  meta: { title: string | null; url: string | null; publisher: string | null; publishedAt: string | null },
): Promise<Array<ArticleItem | FileOutcome>> {
  const entries: Array<ArticleItem | FileOutcome> = [];
  let content: string;
  try {
    content = await readArticleFile(file);
  } catch (error) {
    return [{ file, status: 'failed', error: { code: 'UNREADABLE', message: (error as Error).message } }];
  }
  content.split(/\r?\n/).forEach((line, index) => {
    const label = `${file}:${index + 1}`;
    if (!line.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      entries.push({
        file: label,
        status: 'failed',
        error: { code: 'BAD_JSON', message: (error as Error).message },
      });
      return;
    }
    if (
      typeof record !== 'object' ||
      record === null ||
      Array.isArray(record) ||
      typeof (record as { text?: unknown }).text !== 'string'
    ) {
      entries.push({
        file: label,
        status: 'failed',
        error: { code: 'BAD_RECORD', message: 'each line must be a JSON object with a "text" string' },
      });
      return;
    }
    const r = record as Record<string, unknown>;
    const input: IngestDocumentInput = { text: r.text as string, ...meta };
    for (const field of BATCH_FIELDS) {
      const value = r[field];
      if (value != null) input[field] = typeof value === 'string' ? value : String(value);
    }
    // the model refuses any other value with BAD_FORMAT
    if (r.format != null) input.format = String(r.format).toLowerCase() as DocumentFormat;
    entries.push({ label, read: async () => input });
  });
  return entries;
}

/** A progress bar on standard error, only on a terminal and only for several articles. */
function startProgress(io: Io, total: number, json: boolean) {
  const quiet = {
    tick() {},
    pause(write: () => void) {
      write();
    },
    stop() {},
  };
  if (json || total < 2 || !io.stderrIsTTY) return quiet;
  const bar = new SingleBar(
    {
      format: 'ingesting [{bar}] {value}/{total} articles | {eta_formatted} left',
      stream: process.stderr,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    tick: () => bar.increment(),
    pause: (write: () => void) => {
      // clear the bar's line, print, and let the next tick redraw it
      process.stderr.write('\r\x1b[2K');
      write();
    },
    stop: () => bar.stop(),
  };
}

/**
 * Expands the arguments into article files, in order (each file once); a path that cannot be
 * used becomes a failure in its place.
 */
async function collectArticles(paths: string[]): Promise<Array<string | FileOutcome>> {
  const entries: Array<string | FileOutcome> = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) entries.push(file);
    seen.add(file);
  };
  const fail = (file: string, code: string, message: string) =>
    entries.push({ file, status: 'failed', error: { code, message } });
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      fail(path, 'NOT_FOUND', describeFsError(error, path));
      continue;
    }
    if (info.isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      const articles = entries
        .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
        .map((entry) => entry.name)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((name) => join(path, name));
      if (articles.length === 0)
        fail(path, 'NO_ARTICLES', `${path}: no article files (.txt, .md, .html, .jsonl) in this directory`);
      for (const article of articles) add(article);
    } else if (!ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      fail(path, 'UNSUPPORTED_FILE', `${path}: not a .txt, .md, .html, .htm or .jsonl file`);
    } else {
      add(path);
    }
  }
  return entries;
}

export function formatOutcome(outcome: FileOutcome): string {
  if (outcome.status === 'failed')
    return `failed   ${outcome.file}: ${outcome.error.code}: ${outcome.error.message}\n`;
  if (outcome.status === 'queued') return `queued   ${outcome.file} -> job ${outcome.jobId}\n`;
  if (outcome.status === 'exists')
    return `exists   ${outcome.file} -> document ${outcome.documentId} (already stored, nothing written)\n`;
  const counts = (tally: Record<(typeof KINDS)[number], number>) =>
    KINDS.map((kind) => `${tally[kind]} ${kind}`).join(', ');
  const lines = [
    `created  ${outcome.file} -> document ${outcome.documentId}`,
    `         new: ${counts(outcome.summary.created)}`,
    `         merged into existing: ${counts(outcome.summary.merged)}`,
    ...outcome.warnings.map((warning) => `         warning: ${warning}`),
  ];
  return `${lines.join('\n')}\n`;
}
