// `dossier worker`: runs queued ingestion jobs until SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { EXIT, type Io } from './usage.js';

export const WORKER_HELP = `Usage: dossier worker [options]

Runs the ingestion jobs queued in a PostgreSQL store: documents sent to \`dossier serve\` with
DOSSIER_INGEST_MODE=queue, or queued by \`dossier ingest --queue\`. Each job is stored and merged
exactly as an inline ingest would; a job that fails is retried with backoff, and one whose input
is refused (or that fails every attempt) stays FAILED with its error code (the API's \`jobs\`).
Start as many workers as you like, on any machine that reaches the database. Runs until
SIGINT/SIGTERM, then lets running jobs finish (up to 30 s).

Options:
  --database URL        postgres://... (default: $DATABASE_URL)
  --concurrency N       jobs run at once, each extracted in its own worker thread
                        (default: $DOSSIER_WORKER_CONCURRENCY, else 1)
  -h, --help            show this help
`;

export async function workerCommand(args: string[], io: Io): Promise<number | 'running'> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    strict: true,
    options: {
      database: { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(WORKER_HELP);
    return EXIT.ok;
  }
  const config = loadConfig({ database: values.database, concurrency: values.concurrency });
  const logger = createLogger({ level: config.logLevel });
  const { startWorker } = await import('../worker.js');
  const worker = await startWorker(config, logger);
  io.err(
    `Dossier worker running ${config.workerConcurrency} job${config.workerConcurrency === 1 ? '' : 's'} at once (store: ${worker.store.location})\n`,
  );
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    logger.info('worker stopping', { signal });
    worker.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('worker shutdown failed', {
          error: error instanceof Error ? error.message : String(error),
        });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return 'running';
}
