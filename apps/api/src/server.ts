// Listens: opens the store, builds the yoga instance and serves it with node:http, then closes
// both cleanly on SIGINT/SIGTERM. Everything else lives in yoga.ts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type JobQueue, openJobQueue, openStore, type Store } from '@dossier/model';
import { assertQueueHasPostgres, assertSafeBinding, type Config, isPostgresUrl } from './config.js';
import type { Logger } from './logger.js';

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  store: Store;
  /** Stops accepting connections, lets open requests finish (up to 5 s), closes the store. */
  close(): Promise<void>;
}

/** How long open requests may run on after a shutdown begins. */
const DRAIN_MS = 5_000;

export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  // Checked before anything is opened: an unsafe binding must never serve a single request.
  assertSafeBinding(config);
  assertQueueHasPostgres(config);
  // The schema and yoga modules load while the store opens: an embedded store's start waits on
  // WASM compilation and files, when the main thread is free (measured: ~0.5 s sooner, less CPU).
  const serving = loadServingModules();
  serving.catch(() => {}); // a failure is reported where it is awaited, below
  const store = await openStore(config.databaseUrl, { storeThread: config.storeThread });
  let jobs: JobQueue | undefined;
  try {
    jobs = await openQueueOf(config, logger);
  } catch (error) {
    await store.close();
    throw error;
  }
  let modules: Awaited<typeof serving>;
  try {
    modules = await serving;
  } catch (error) {
    await jobs?.close();
    await store.close();
    throw error;
  }
  const { createDossierYoga, createExtractionPool, GRAPHQL_ENDPOINT } = modules;
  // extraction runs in a worker thread: a long document never stalls readers or the store lock
  const extraction = createExtractionPool();
  const yoga = createDossierYoga({ store, config, logger, extract: extraction.extract, jobs });
  const server = createServer(yoga);
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    await extraction.close();
    await jobs?.close();
    await store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const hostInUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${hostInUrl}:${port}${GRAPHQL_ENDPOINT}`;
  logger.info('listening', {
    url,
    store: store.location,
    dialect: store.dialect,
    writes: config.writeToken ? 'bearer token' : 'loopback only',
    ingest: config.ingestMode,
    graphiql: config.graphiql,
    introspection: config.introspection,
  });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      await closed;
      clearTimeout(force);
      await extraction.close();
      await jobs?.close();
      await store.close();
    })();
    return closing;
  };
  return { url, port, store, close };
}

/** What serving needs beyond the store: the yoga instance (and the schema) and the extraction pool. */
async function loadServingModules() {
  const [yoga, pool] = await Promise.all([import('./yoga.js'), import('./extraction-pool.js')]);
  return {
    createDossierYoga: yoga.createDossierYoga,
    GRAPHQL_ENDPOINT: yoga.GRAPHQL_ENDPOINT,
    createExtractionPool: pool.createExtractionPool,
  };
}

/**
 * The job queue of a PostgreSQL store, which `jobs` reads (and queue mode writes to). In inline
 * mode a queue that cannot be opened only costs the `jobs` list: the server starts without it.
 */
async function openQueueOf(config: Config, logger: Logger): Promise<JobQueue | undefined> {
  if (!isPostgresUrl(config.databaseUrl)) return undefined;
  try {
    return await openJobQueue(config.databaseUrl, { poolSize: 2 });
  } catch (error) {
    if (config.ingestMode === 'queue') throw error;
    logger.warn('job queue unavailable: the jobs list stays empty', {
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}

/** First SIGINT/SIGTERM: graceful shutdown, then exit. A second one exits at once. */
export function closeOnSignals(server: RunningServer, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal: exiting without waiting', { signal });
      process.exit(130);
    }
    stopping = true;
    logger.info('shutting down', { signal });
    server.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('shutdown failed', { error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE')
        reject(new Error(`port ${port} on ${host} is already in use (try --port 0)`));
      else if (error.code === 'EADDRNOTAVAIL')
        reject(new Error(`cannot bind ${host}: no such address on this machine`));
      else if (error.code === 'EACCES') reject(new Error(`not allowed to listen on ${host}:${port}`));
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
