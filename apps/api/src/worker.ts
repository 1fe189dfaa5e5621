// An ingestion worker: runs the jobs queued in a PostgreSQL store through the same
// ingestDocument path as an inline ingest, with extraction in a pool of worker threads (one per
// job it runs at once) so that its event loop only talks to the database. Any number of
// workers, in any number of processes, share one queue: pg-boss hands each job to one of them.
import { type JobQueue, openJobQueue, openStore, type Store } from '@dossier/model';
import { type Config, ConfigError, isPostgresUrl } from './config.js';
import { createExtractionPool } from './extraction-pool.js';
import type { Logger } from './logger.js';

export interface RunningWorker {
  store: Store;
  queue: JobQueue;
  /** Stops taking jobs, lets running ones finish (up to `timeoutMs`), closes everything. */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

export async function startWorker(
  config: Pick<Config, 'databaseUrl' | 'workerConcurrency'>,
  logger: Logger,
): Promise<RunningWorker> {
  if (!isPostgresUrl(config.databaseUrl)) {
    throw new ConfigError(
      'a worker needs a PostgreSQL store (--database postgres://…): the job queue lives there. ' +
        'An embedded store ingests in the request (`dossier serve`) or with `dossier ingest`.',
    );
  }
  const concurrency = config.workerConcurrency;
  const store = await openStore(config.databaseUrl, { poolSize: Math.max(2, concurrency + 1) });
  let queue: JobQueue;
  try {
    queue = await openJobQueue(config.databaseUrl);
  } catch (error) {
    await store.close();
    throw error;
  }
  const extraction = createExtractionPool({ threads: concurrency });
  await queue.work(store, {
    concurrency,
    extractor: extraction.extract,
    onJob: ({ id, ok, code }) =>
      ok ? logger.info('job completed', { job: id }) : logger.warn('job attempt failed', { job: id, code }),
  });
  logger.info('worker started', { store: store.location, concurrency });
  let closing: Promise<void> | undefined;
  return {
    store,
    queue,
    close: ({ timeoutMs = 30_000 } = {}) => {
      closing ??= (async () => {
        await queue.close({ timeoutMs });
        await extraction.close();
        await store.close();
      })();
      return closing;
    },
  };
}
