// The yoga instance: schema, per-request context, writers' auth, GraphiQL served offline,
// /healthz, /metrics, masked errors, request ids and request logs. server.ts only listens.
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { InputError, type JobQueue, type Store } from '@dossier/model';
import { schema as dossierSchema, type GraphQLContext } from '@dossier/schema';
import { GraphQLError, type GraphQLSchema, getOperationAST, NoSchemaIntrospectionCustomRule } from 'graphql';
import {
  createYoga,
  type Plugin,
  useReadinessCheck,
  type YogaInitialContext,
  type YogaServerInstance,
  maskError as yogaMaskError,
} from 'graphql-yoga';
import { AFTER_INGEST_HEADER, responseCachePlugins, STALE_HEADER } from './cache.js';
import { type Config, isLoopbackHost } from './config.js';
import { explorerPlugin } from './explorer.js';
import { graphiqlPlugin, renderGraphiQLPage } from './graphiql.js';
import { createLogger, describeError, type Logger } from './logger.js';
import { createMetrics, type DossierMetrics, metricsPlugin } from './metrics.js';
import { responseSizePlugin } from './response-size.js';
import { queryLimitPlugins } from './security.js';

/** What every resolver receives. `maxTextBytes` is the configured limit for ingestDocument. */
export interface DossierContext extends GraphQLContext {
  maxTextBytes: number;
}

export interface DossierYogaOptions {
  store: Store;
  config: Pick<Config, 'host' | 'writeToken' | 'maxTextBytes' | 'graphiql' | 'introspection'> &
    Partial<
      Pick<
        Config,
        | 'responseCache'
        | 'responseCacheBytes'
        | 'responseCacheMaxStaleMs'
        | 'maxResponseBytes'
        | 'corsOrigins'
        | 'metrics'
        | 'ingestMode'
        | 'ingestWaitMs'
      >
    >;
  logger?: Logger;
  /** The GraphQL schema (default: @dossier/schema's). */
  schema?: GraphQLSchema;
  /** Where request, ingest and cache figures go (default: a registry of this server's own). */
  metrics?: DossierMetrics;
  /** Runs ingests' extraction (the server's worker pool); default: on the event loop. */
  extract?: DossierContext['extract'];
  /** The ingestion job queue (PostgreSQL): `jobs` reads it; with `ingestMode: 'queue'` ingests go to it. */
  jobs?: JobQueue;
}

export type DossierYoga = YogaServerInstance<Record<string, unknown>, DossierContext>;
type ServerContext = DossierContext & YogaInitialContext & Record<string, unknown>;

export const GRAPHQL_ENDPOINT = '/graphql';
export const HEALTH_ENDPOINT = '/healthz';
const REQUEST_ID_HEADER = 'x-request-id';
/** An incoming request id is reused only when it is short and plain (it goes into logs). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function createDossierYoga(options: DossierYogaOptions): DossierYoga {
  const { store, config } = options;
  const logger = options.logger ?? createLogger({ level: 'silent' });
  const authorize = createWriteAuthorizer(config);
  const queued = enqueueIngests(options);
  const requests = new WeakMap<Request, RequestInfo>();
  const infoOf = (request: Request): RequestInfo => {
    let info = requests.get(request);
    if (!info) {
      const incoming = request.headers.get(REQUEST_ID_HEADER);
      info = {
        id: incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID(),
        start: performance.now(),
      };
      requests.set(request, info);
    }
    return info;
  };

  const metricsAccess = config.metrics ?? 'loopback';
  const plugins: Array<Plugin<ServerContext> | Plugin> = [
    // first, so that it times the whole request and sees every operation before others stop it
    ...(metricsAccess === 'off'
      ? []
      : [
          metricsPlugin(options.metrics ?? createMetrics(store, options.jobs), {
            access: metricsAccess,
            responseCache: config.responseCache !== false,
          }),
        ]),
    requestLogPlugin(infoOf, logger),
    useReadinessCheck({
      endpoint: HEALTH_ENDPOINT,
      check: ({ fetchAPI }) => checkHealth(store, fetchAPI, logger),
    }),
    writeGatePlugin(config),
    ...queryLimitPlugins(),
    ...responseCachePlugins(store, config),
    responseSizePlugin(config.maxResponseBytes),
    inputErrorCodePlugin({ suggestions: config.introspection }),
  ];
  if (!config.introspection) plugins.push(noIntrospectionPlugin());
  if (config.graphiql) plugins.push(graphiqlPlugin(GRAPHQL_ENDPOINT));
  plugins.push(explorerPlugin()); // the web explorer's built files under /explorer/

  return createYoga<Record<string, unknown>, DossierContext>({
    schema: options.schema ?? dossierSchema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    // Served from the package itself: the default page loads GraphiQL from a CDN and is
    // blank without network.
    graphiql: config.graphiql ? { title: 'Dossier GraphiQL', defaultQuery: DEFAULT_QUERY } : false,
    renderGraphiQL: renderGraphiQLPage,
    landingPage: false,
    cors: corsOptions(config.corsOrigins ?? []),
    // Bodies carry at most one article; JSON escapes can double its size.
    maxRequestBodySize: config.maxTextBytes * 2 + 1024 * 1024,
    logging: yogaLogger(logger),
    maskedErrors: { maskError: maskUnexpectedError },
    context: ({ request }): DossierContext => ({
      store,
      canWrite: authorize(request.headers),
      requestId: infoOf(request).id,
      maxTextBytes: config.maxTextBytes,
      extract: options.extract,
      jobs: options.jobs,
      enqueueIngests: queued,
    }),
    plugins,
  });
}

/** Whether ingestDocument queues documents for workers, and how long it waits for them. */
function enqueueIngests(options: DossierYogaOptions): DossierContext['enqueueIngests'] {
  if (options.config.ingestMode !== 'queue') return undefined;
  if (!options.jobs) throw new Error("ingestMode 'queue' needs the job queue (options.jobs)");
  return { waitMs: options.config.ingestWaitMs ?? 10_000 };
}

interface RequestInfo {
  id: string;
  start: number;
  operationName?: string | undefined;
}

/**
 * Decides from a request's headers whether it may write. With a token configured, only
 * `Authorization: Bearer <token>` may (compared in constant time over SHA-256 digests, so
 * neither the content nor the length of the token leaks through timing). Without one, writes
 * are allowed only while the server is bound to a loopback address, where only this machine can
 * reach it — and not from a web page of another site: a browser on this machine would otherwise
 * carry any page's requests to 127.0.0.1 (cross-site requests, DNS rebinding). Browsers name the
 * page in `Origin`; a request whose origin is not itself on a loopback host may not write.
 */
export function createWriteAuthorizer(
  config: Pick<Config, 'host' | 'writeToken'>,
): (headers: { get(name: string): string | null }) => boolean {
  if (!config.writeToken) {
    const loopback = isLoopbackHost(config.host);
    return (headers) => loopback && isLoopbackOrigin(headers.get('origin'));
  }
  const expected = createHash('sha256').update(config.writeToken, 'utf8').digest();
  return (headers) => {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(headers.get('authorization') ?? '');
    const given = createHash('sha256')
      .update(match?.[1] ?? '', 'utf8')
      .digest();
    return timingSafeEqual(given, expected) && match !== null;
  };
}

/** No Origin (not a browser, or a same-origin GET) or a page served from a loopback host. */
function isLoopbackOrigin(origin: string | null): boolean {
  if (origin === null) return true;
  if (!URL.canParse(origin)) return false; // includes "null": sandboxed frames, file: pages
  const url = new URL(origin);
  return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname);
}

/**
 * Refuses every mutation of a request that may not write, before any resolver runs, so the
 * rule holds for every mutation the schema has or will have.
 */
function writeGatePlugin(config: Pick<Config, 'host' | 'writeToken'>): Plugin<ServerContext> {
  const message = config.writeToken
    ? 'Writing needs the header "Authorization: Bearer <DOSSIER_WRITE_TOKEN>"; it is missing or wrong.'
    : 'Writing is refused: without a write token, only clients on this machine may write (bound to a ' +
      'loopback address, and not from a web page of another site).';
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation' || args.contextValue.canWrite) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(message, {
            extensions: {
              code: 'UNAUTHENTICATED',
              http: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
            },
          }),
        ],
      });
    },
  };
}

/**
 * Cross-origin reads only from the configured origins, and never with the browser's
 * credentials (writers authenticate with a bearer token). Without origins, CORS is off: a
 * browser page of another site gets no access to any answer.
 */
function corsOptions(origins: readonly string[]) {
  if (origins.length === 0) return false as const;
  return {
    origin: [...origins],
    credentials: false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', REQUEST_ID_HEADER, AFTER_INGEST_HEADER],
    exposedHeaders: [REQUEST_ID_HEADER, STALE_HEADER],
    maxAge: 600,
  };
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;
const HAS_SUGGESTION = /Did you mean /;

/**
 * graphql-js refuses bad variable values (an unknown input field, an enum value that does not
 * exist) with no `extensions.code`: they get BAD_USER_INPUT. With introspection off, their
 * "Did you mean …" hints, which would list the schema's enum values and input fields one guess
 * at a time, are removed as they are from unknown fields.
 */
function inputErrorCodePlugin(options: { suggestions: boolean }): Plugin {
  type ResultError = { message: string; extensions?: Record<string, unknown> };
  const needsWork = (e: ResultError) =>
    e.extensions?.code === undefined || (!options.suggestions && HAS_SUGGESTION.test(e.message));
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      if (!result.errors.some(needsWork)) return;
      setResult({
        ...result,
        errors: result.errors.map((e) => {
          if (!needsWork(e)) return e;
          const code = e.extensions?.code ?? (/^Variable "\$/.test(e.message) ? 'BAD_USER_INPUT' : undefined);
          return {
            message: options.suggestions ? e.message : e.message.replace(SUGGESTION, ''),
            locations: e.locations,
            path: e.path,
            extensions: { ...e.extensions, ...(code ? { code } : {}) },
          };
        }),
      } as typeof result);
    },
  };
}

function noIntrospectionPlugin(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** Adds the request id to every response and logs one line per request (no bodies, no headers). */
function requestLogPlugin(infoOf: (request: Request) => RequestInfo, logger: Logger): Plugin {
  return {
    onRequest({ request }) {
      infoOf(request);
    },
    onParams({ params, request }) {
      infoOf(request).operationName = params.operationName ?? undefined;
    },
    onResponse({ request, response }) {
      const info = infoOf(request);
      response.headers.set(REQUEST_ID_HEADER, info.id);
      const { pathname } = new URL(request.url, 'http://localhost');
      const fields = {
        requestId: info.id,
        method: request.method,
        path: pathname,
        operation: info.operationName,
        status: response.status,
        ms: Math.round((performance.now() - info.start) * 10) / 10,
      };
      if (pathname === HEALTH_ENDPOINT) logger.debug('request', fields);
      else logger.info('request', fields);
    },
  };
}

async function checkHealth(
  store: Store,
  fetchAPI: { Response: typeof Response },
  logger: Logger,
): Promise<Response> {
  const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
  try {
    await store.db.execute('select 1');
    return new fetchAPI.Response(JSON.stringify({ status: 'ok', store: store.dialect }), {
      status: 200,
      headers,
    });
  } catch (error) {
    logger.error('health check failed', describeError(error));
    return new fetchAPI.Response(JSON.stringify({ status: 'unavailable' }), { status: 503, headers });
  }
}

/**
 * Errors meant for the client pass (GraphQL errors the schema raises, and bad input refused by
 * the model, with its stable code); anything else becomes "Unexpected error." with no stack,
 * SQL or message of its own. Yoga logs the original through our logger.
 */
export function maskUnexpectedError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (original instanceof InputError) {
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(original.message, {
      nodes: located?.nodes,
      path: located?.path,
      extensions: { code: original.code },
    });
  }
  return yogaMaskError(error, message, false);
}

function yogaLogger(logger: Logger) {
  const fields = (args: unknown[]) => {
    const error = args.find((arg) => arg instanceof Error);
    if (error) return describeError(error);
    return { detail: args.map((arg) => (typeof arg === 'string' ? arg : describeError(arg).error)) };
  };
  return {
    debug: (...args: unknown[]) => logger.debug('yoga', fields(args)),
    info: (...args: unknown[]) => logger.info('yoga', fields(args)),
    warn: (...args: unknown[]) => logger.warn('yoga', fields(args)),
    error: (...args: unknown[]) => logger.error('unexpected error', fields(args)),
  };
}

const DEFAULT_QUERY = `# Dossier: meetings, statements, persons, organizations and places read from news,
# each with the exact text that supports it.
query RecentMeetings {
  meetings(first: 10) {
    edges {
      node {
        kind
        date
        place { name }
        participants { __typename name }
        evidence { exact document { title } }
      }
    }
  }
}
`;
