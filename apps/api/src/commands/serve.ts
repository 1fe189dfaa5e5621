// `dossier serve`: validates the configuration, then listens until SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import {
  assertQueueHasPostgres,
  assertSafeBinding,
  DEFAULT_HOST,
  DEFAULT_PORT,
  ENVIRONMENT,
  loadConfig,
} from '../config.js';
import { createLogger } from '../logger.js';
import { columns, EXIT, type Io } from './usage.js';

export const SERVE_HELP = `Usage: dossier serve [options]

Serves the GraphQL API at http://HOST:PORT/graphql (GraphiQL in a browser, /healthz for checks)
and the explorer at http://HOST:PORT/explorer/.

Options:
  --port N              port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDRESS        address to bind (default ${DEFAULT_HOST})
  --database URL        memory://, a directory (embedded store) or postgres://...
                        (default: $DATABASE_URL, else ./.dossier)
  -h, --help            show this help

Environment:
${columns(Object.entries(ENVIRONMENT))}

Ingestion: by default ingestDocument extracts and writes in the request ("inline"; on an embedded
store extraction runs in a worker thread). On PostgreSQL, DOSSIER_INGEST_MODE=queue makes it queue
the document for \`dossier worker\` processes and wait up to DOSSIER_INGEST_WAIT_MS for the stored
document; past that it answers with the job (follow it with node(id:), jobs or jobUpdated). The
API then only reads and queues; without a running worker, queued documents wait.

Mutations need "Authorization: Bearer $DOSSIER_WRITE_TOKEN" when the token is set. Without a
token, writes are accepted only on a loopback address, and the server refuses to bind any other.
`;

/** Resolves with an exit code only when the server could not start; otherwise it runs on. */
export async function serveCommand(args: string[], io: Io): Promise<number | 'running'> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      database: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(SERVE_HELP);
    return EXIT.ok;
  }
  const config = loadConfig({ port: values.port, host: values.host, database: values.database });
  // Refused before the server's modules (database, schema) are even loaded.
  assertSafeBinding(config);
  assertQueueHasPostgres(config);
  const logger = createLogger({ level: config.logLevel });
  const { closeOnSignals, startServer } = await import('../server.js');
  const server = await startServer(config, logger);
  closeOnSignals(server, logger);
  io.err(`Dossier API listening on ${server.url} (store: ${server.store.location})\n`);
  const { EXPLORER_PATH, NOT_BUILT, explorerIsBuilt } = await import('../explorer.js');
  io.err(
    (await explorerIsBuilt()) ? `Explorer: ${new URL(`${EXPLORER_PATH}/`, server.url)}\n` : `${NOT_BUILT}\n`,
  );
  return 'running';
}
