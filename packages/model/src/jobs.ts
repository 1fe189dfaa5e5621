// The ingestion queue: pg-boss on the store's own PostgreSQL database (schema `dossier_queue`).
// An API replica enqueues documents and reads jobs; `dossier worker` processes run them through
// the same ingestDocument path as an inline ingest (merges are idempotent upserts under
// advisory locks, so any number of workers may race). A job's output is the stored document's
// id and tallies, or the error code that stopped it; input the model refuses is not retried,
// and a job that used up its attempts stays in the `failed` (dead-letter) state with its code.
import type { ArticleMeta, Extraction } from '@dossier/ingest';
import type PgBoss from 'pg-boss';
import { NotificationListener, type Store } from './client.js';
import { ingestDocument } from './ingest.js';
import { DEFAULT_MAX_TEXT_BYTES, type IngestDocumentInput, InputError, validateInput } from './input.js';
import type { Tally } from './merge.js';
import { WriteConflictError } from './retry.js';

export const INGEST_QUEUE = 'dossier-ingest';
const QUEUE_SCHEMA = 'dossier_queue';
const JOB_LISTED_SECONDS = 7 * 24 * 3600;

/** pg-boss's states, in its order: `failed` is the dead letter (no attempt left). */
export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface IngestJobData {
  input: IngestDocumentInput;
  /** The enqueuing server's text limit, so that a worker applies the same one. */
  maxTextBytes: number;
}

/** What a completed job produced: the document, as ingestDocument returned it. */
export interface IngestJobOutput {
  documentId: number;
  created: boolean;
  summary: { created: Tally; merged: Tally };
  warnings: string[];
}

export interface JobError {
  code: string;
  message: string;
  retryable: boolean;
}

export interface IngestJob {
  id: string;
  state: JobState;
  /** Attempts started so far (0 while it waits for its first). */
  attempts: number;
  /** Attempts it may have in all. */
  maxAttempts: number;
  /** Set once completed. */
  output: IngestJobOutput | null;
  /** The last attempt's error (in `retry` and `failed`). */
  error: JobError | null;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
}

export type JobCounts = Record<JobState, number>;

export interface JobQueueOptions {
  /** Connections of the queue's own pool (default 4). */
  poolSize?: number;
  /** Attempts of a job in all, the first included (default 3). */
  maxAttempts?: number;
  /** Seconds before the first retry; it doubles each time, with jitter (default 2). */
  retryDelaySeconds?: number;
  /** Seconds a worker may hold a job before it is taken back and retried (default 300). */
  expireInSeconds?: number;
  /** How often an idle worker asks for a job (default 0.5 s, pg-boss' minimum). */
  pollingIntervalSeconds?: number;
}

export interface WorkOptions {
  /** Jobs this process runs at once (default 1). */
  concurrency?: number;
  /** The extractor to run (a worker pool in a server process). */
  extractor?: (text: string, meta: ArticleMeta) => Extraction | Promise<Extraction>;
  /** Told of every job that ended an attempt. */
  onJob?: (job: { id: string; ok: boolean; code?: string }) => void;
}

export interface ListJobsOptions {
  state?: JobState | null;
  limit: number;
  offset: number;
}

export interface JobQueue {
  /** Validates the input (InputError as ingestDocument would), then queues it: the job id. */
  enqueue(input: IngestDocumentInput, options?: { maxTextBytes?: number }): Promise<string>;
  job(id: string): Promise<IngestJob | null>;
  jobs(ids: readonly string[]): Promise<IngestJob[]>;
  /** Jobs newest first, optionally of one state. */
  list(options: ListJobsOptions): Promise<IngestJob[]>;
  count(state?: JobState | null): Promise<number>;
  countsByState(): Promise<JobCounts>;
  /** Runs jobs with `store` until close(): the worker side. */
  work(store: Store, options?: WorkOptions): Promise<void>;
  /** Stops the workers (letting running jobs finish, up to `timeoutMs`) and the pool. */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string can be a job id (a UUID); others name no job. */
export function isJobId(id: string): boolean {
  return UUID.test(id);
}

/**
 * Opens the queue on the PostgreSQL database at `url`, creating pg-boss's schema and the ingest
 * queue when missing (pg-boss serialises that across processes).
 */
export async function openJobQueue(url: string, options: JobQueueOptions = {}): Promise<JobQueue> {
  // loaded here, not with the package: an embedded store's server never needs it
  const [{ default: PgBossClass }, { default: pg }] = await Promise.all([import('pg-boss'), import('pg')]);
  const boss = new PgBossClass({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    max: options.poolSize ?? 4,
    schedule: false,
    // ended jobs stay listed (`jobs`, `node(id:)`) for a week, then pg-boss archives them
    archiveCompletedAfterSeconds: JOB_LISTED_SECONDS,
    archiveFailedAfterSeconds: JOB_LISTED_SECONDS,
  });
  // pg-boss emits background failures (maintenance, a lost connection); they must not crash us
  boss.on('error', () => {});
  await boss.start();
  const maxAttempts = options.maxAttempts ?? 3;
  const queue = {
    name: INGEST_QUEUE,
    retryLimit: maxAttempts - 1,
    retryDelay: options.retryDelaySeconds ?? 2,
    retryBackoff: true,
    expireInSeconds: options.expireInSeconds ?? 300,
    retentionDays: 14,
  };
  if (!(await boss.getQueue(INGEST_QUEUE))) {
    try {
      await boss.createQueue(INGEST_QUEUE, queue);
    } catch (error) {
      // another process created it between our look and our create
      if (!(await boss.getQueue(INGEST_QUEUE))) throw error;
    }
  }
  const db = boss.getDb();
  const select = `select id, state, retry_count, retry_limit, output, created_on, started_on, completed_on
    from ${QUEUE_SCHEMA}.job where name = $1`;
  const rowsOf = async (text: string, values: unknown[]) =>
    ((await db.executeSql(text, values)) as { rows: JobRow[] }).rows.map(toJob);

  const countsByState = async (): Promise<JobCounts> => {
    const { rows } = (await db.executeSql(
      `select state::text as state, count(*)::int as count from ${QUEUE_SCHEMA}.job where name = $1 group by state`,
      [INGEST_QUEUE],
    )) as { rows: Array<{ state: JobState; count: number }> };
    const counts = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as JobCounts;
    for (const row of rows) counts[row.state] = row.count;
    return counts;
  };

  const wakeups = new NotificationListener(pg.Client, url, JOBS_CHANNEL, () => true);
  let stopListening: (() => Promise<void>) | undefined;

  return {
    async enqueue(input, { maxTextBytes = DEFAULT_MAX_TEXT_BYTES } = {}) {
      validateInput(input, maxTextBytes);
      const data: IngestJobData = { input: { ...input }, maxTextBytes };
      const id = await boss.send(INGEST_QUEUE, data as unknown as object);
      if (!id) throw new Error('the queue refused the job');
      await wakeWorkers(db);
      return id;
    },
    async job(id) {
      if (!isJobId(id)) return null;
      return (await rowsOf(`${select} and id = $2`, [INGEST_QUEUE, id]))[0] ?? null;
    },
    async jobs(ids) {
      const valid = ids.filter(isJobId);
      if (valid.length === 0) return [];
      return rowsOf(`${select} and id = any($2::uuid[])`, [INGEST_QUEUE, valid]);
    },
    list({ state, limit, offset }) {
      return state
        ? rowsOf(`${select} and state = $2 order by created_on desc, id limit $3 offset $4`, [
            INGEST_QUEUE,
            state,
            limit,
            offset,
          ])
        : rowsOf(`${select} order by created_on desc, id limit $2 offset $3`, [INGEST_QUEUE, limit, offset]);
    },
    async count(state) {
      const counts = await countsByState();
      return state ? counts[state] : JOB_STATES.reduce((sum, s) => sum + counts[s], 0);
    },
    countsByState,
    async work(store, workOptions = {}) {
      const concurrency = workOptions.concurrency ?? 1;
      const workerIds: string[] = [];
      const wakeAll = () => {
        for (const id of workerIds) boss.notifyWorker(id);
      };
      // a job queued anywhere wakes this process's idle workers instead of waiting for their
      // poll, and so does a listener that reconnected (it may have missed a notification)
      stopListening ??= await wakeups.subscribe(wakeAll, wakeAll);
      // pg-boss 10 runs one job at a time per worker: N workers for N jobs at once
      for (let i = 0; i < concurrency; i++) {
        let workerId = '';
        workerId = await boss.work<IngestJobData>(
          INGEST_QUEUE,
          { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5 },
          async ([job]) => {
            try {
              return await runIngestJob(boss, store, job!, workOptions);
            } finally {
              // pg-boss waits out the polling interval after every job, which caps a worker at
              // two jobs a second; told that work was found, it fetches the next one at once
              boss.notifyWorker(workerId);
            }
          },
        );
        workerIds.push(workerId);
      }
    },
    async close({ timeoutMs = 10_000 } = {}) {
      await stopListening?.();
      await wakeups.close();
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

/** The channel a queued job is announced on, so that idle workers fetch it at once. */
const JOBS_CHANNEL = 'dossier_jobs';

/**
 * Tells every listening worker that a job is waiting. Best effort: a worker that misses it still
 * finds the job at its next poll (pollingIntervalSeconds).
 */
async function wakeWorkers(db: ReturnType<PgBoss['getDb']>): Promise<void> {
  await db.executeSql('select pg_notify($1, $2)', [JOBS_CHANNEL, '']).catch(() => {});
}

/** One attempt of a job: the document's id and tallies, or a JobFailure with its code. */
async function runIngestJob(
  boss: PgBoss,
  store: Store,
  job: PgBoss.Job<IngestJobData>,
  options: WorkOptions,
): Promise<IngestJobOutput> {
  try {
    const result = await ingestDocument(store, job.data.input, {
      maxTextBytes: job.data.maxTextBytes,
      extractor: options.extractor,
    });
    options.onJob?.({ id: job.id, ok: true });
    return {
      documentId: result.document.id,
      created: result.created,
      summary: { created: result.summary.created, merged: result.summary.merged },
      warnings: result.warnings,
    };
  } catch (error) {
    const failure = describeJobError(error);
    options.onJob?.({ id: job.id, ok: false, code: failure.code });
    // The same input fails the same way: no attempt is left, and the job goes to the dead letter.
    if (!failure.retryable) {
      await boss
        .getDb()
        .executeSql(`update ${QUEUE_SCHEMA}.job set retry_limit = retry_count where name = $1 and id = $2`, [
          INGEST_QUEUE,
          job.id,
        ]);
    }
    throw new JobFailure(failure);
  }
}

/** What a failed attempt is stored with: pg-boss serialises this error as the job's output. */
class JobFailure extends Error {
  readonly code: string;
  readonly retryable: boolean;
  constructor(failure: JobError) {
    super(failure.message);
    this.name = 'JobFailure';
    this.code = failure.code;
    this.retryable = failure.retryable;
    this.stack = undefined; // a stack in the job's output would tell clients about the code
  }
}

/**
 * The code of an attempt's failure and whether another attempt can help: refused input and an
 * extraction over its time budget fail again; write conflicts and a lost database may not.
 */
export function describeJobError(error: unknown): JobError {
  if (error instanceof InputError) return { code: error.code, message: error.message, retryable: false };
  if (error instanceof WriteConflictError)
    return { code: error.code, message: error.message, retryable: true };
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  if (code === 'EXTRACTION_TIMEOUT') return { code, message: (error as Error).message, retryable: false };
  const message = error instanceof Error ? error.message.split('\nparams:')[0]! : String(error);
  return { code: 'INGEST_FAILED', message, retryable: true };
}

interface JobRow {
  id: string;
  state: JobState;
  retry_count: number;
  retry_limit: number;
  output: Record<string, unknown> | null;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
}

function toJob(row: JobRow): IngestJob {
  const done = row.state === 'completed';
  const output = row.output;
  const failed = !done && output !== null && typeof output.message === 'string';
  return {
    id: row.id,
    state: row.state,
    attempts: row.started_on ? row.retry_count + 1 : 0,
    maxAttempts: row.retry_limit + 1,
    output: done && output ? (output as unknown as IngestJobOutput) : null,
    error: failed
      ? {
          code: typeof output.code === 'string' ? output.code : 'INGEST_FAILED',
          message: String(output.message),
          retryable: output.retryable !== false,
        }
      : null,
    createdAt: row.created_on,
    startedAt: row.started_on,
    completedAt: row.state === 'retry' ? null : row.completed_on,
  };
}

const FINAL_STATES: ReadonlySet<JobState> = new Set(['completed', 'cancelled', 'failed']);

/** Whether a job will change no more: completed, cancelled or failed (the dead letter). */
export function isFinalJobState(state: JobState): boolean {
  return FINAL_STATES.has(state);
}

/**
 * The job once it reached a final state, or as it is when `timeoutMs` ran out (null when it
 * does not exist). Polls from 20 ms, doubling up to 250 ms: a worker picks a job up within its
 * polling interval, so a short document is back in well under a second.
 */
export async function waitForJob(queue: JobQueue, id: string, timeoutMs: number): Promise<IngestJob | null> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 20; ; delay = Math.min(250, delay * 2)) {
    const job = await queue.job(id);
    if (!job || isFinalJobState(job.state)) return job;
    const left = deadline - Date.now();
    if (left <= 0) return job;
    await new Promise((resolve) => setTimeout(resolve, Math.min(delay, left)));
  }
}

/**
 * The job now, then again each time its state or attempts change, until it is final (or the
 * signal aborts). Polling, so it works whichever process runs the job.
 */
export async function* watchJob(
  queue: JobQueue,
  id: string,
  options: { intervalMs?: number; signal?: AbortSignal } = {},
): AsyncGenerator<IngestJob> {
  let last = '';
  while (!options.signal?.aborted) {
    const job = await queue.job(id);
    if (!job) return;
    const seen = `${job.state}:${job.attempts}`;
    if (seen !== last) {
      last = seen;
      yield job;
    }
    if (isFinalJobState(job.state)) return;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
}
