// createDossierClient: a fetch-based GraphQL client for the Dossier API with typed helpers for
// the common reads. No cache, no state: each call is one POST.
import { type DocumentNode, print } from '@0no-co/graphql.web';
import type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
import { DossierClientError, type DossierGraphQLError } from './errors.js';
import {
  AlliancesQuery,
  DocumentIngestedSubscription,
  DocumentsQuery,
  IngestJobQuery,
  IngestMutation,
  MeetingsQuery,
  RecordQuery,
  StatementsQuery,
} from './operations.js';
import { readServerSentEvents } from './sse.js';

export interface DossierClientOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql` (or `/graphql` in a browser). */
  endpoint: string;
  /** Sent as `Authorization: Bearer <token>`; needed for writes when the server has a write token. */
  token?: string | undefined;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch | undefined;
  /** Extra headers sent with every request. */
  headers?: Record<string, string> | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
}

export interface SubscribeOptions extends RequestOptions {
  /** Called once the server has accepted the subscription and opened the event stream. */
  onOpen?: (() => void) | undefined;
}

/** Variables may be left out when the operation has no required ones. */
export type RequestArgs<Variables> =
  Record<string, never> extends Variables
    ? [variables?: Variables, options?: RequestOptions]
    : [variables: Variables, options?: RequestOptions];

export type SubscribeArgs<Variables> =
  Record<string, never> extends Variables
    ? [variables?: Variables, options?: SubscribeOptions]
    : [variables: Variables, options?: SubscribeOptions];

/** Paging arguments of every list helper (`first` defaults to the server's page size). */
export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

type Optional<T> = { [K in keyof T]?: T[K] | undefined };
/** Paging, `filter` (participant, country, place, forum, kind, from, to) and `orderBy`. */
export type MeetingsArgs = Optional<VariablesOf<typeof MeetingsQuery>>;
/** Paging, `filter` (speaker, channel, meeting, alliance, quote words, from, to) and `orderBy`. */
export type StatementsArgs = Optional<VariablesOf<typeof StatementsQuery>>;
/** Paging and `filter` (name, member, kind, parent). */
export type AlliancesArgs = Optional<VariablesOf<typeof AlliancesQuery>>;
/** Paging and `filter` (publisher, from, to). */
export type DocumentsArgs = Optional<VariablesOf<typeof DocumentsQuery>>;
export type MeetingFilter = NonNullable<MeetingsArgs['filter']>;
export type StatementFilter = NonNullable<StatementsArgs['filter']>;
export type OrganizationFilter = NonNullable<AlliancesArgs['filter']>;
export type DocumentFilter = NonNullable<DocumentsArgs['filter']>;

export type MeetingsPage = ResultOf<typeof MeetingsQuery>['meetings'];
export type Meeting = MeetingsPage['edges'][number]['node'];
export type StatementsPage = ResultOf<typeof StatementsQuery>['statements'];
export type Statement = StatementsPage['edges'][number]['node'];
export type AlliancesPage = ResultOf<typeof AlliancesQuery>['alliances'];
export type Alliance = AlliancesPage['edges'][number]['node'];
export type DocumentsPage = ResultOf<typeof DocumentsQuery>['documents'];
export type DocumentSummary = DocumentsPage['edges'][number]['node'];
type RecordData = ResultOf<typeof RecordQuery>;
type RecordOf<Alias extends keyof RecordData, Typename extends string> = Extract<
  NonNullable<RecordData[Alias]>,
  { __typename: Typename }
>;
export type MeetingRecord = RecordOf<'meeting', 'Meeting'>;
export type StatementRecord = RecordOf<'statement', 'Statement'>;
export type OrganizationRecord = RecordOf<'organization', 'Organization'>;
export type PersonRecord = RecordOf<'person', 'Person'>;
export type PlaceRecord = RecordOf<'place', 'Place'>;
export type DocumentRecord = RecordOf<'document', 'Document'>;
/** Any record by id: a meeting, statement, organization, person, place or document. */
export type DossierRecord =
  | MeetingRecord
  | StatementRecord
  | OrganizationRecord
  | PersonRecord
  | PlaceRecord
  | DocumentRecord;
export type IngestInput = VariablesOf<typeof IngestMutation>['input'];
type IngestPayload = Omit<ResultOf<typeof IngestMutation>['ingestDocument'], 'job'>;
/**
 * What ingesting a document did. Where the server queues documents for workers, the client
 * waits for the job, so the fields that stay null while it runs are always set here.
 */
export type IngestResult = {
  [K in keyof IngestPayload]: K extends 'warnings' ? IngestPayload[K] : NonNullable<IngestPayload[K]>;
};
/** How often a queued ingest's job is looked at while the client waits for it. */
const JOB_POLL_MS = 250;
/** A document just stored, with the records it created or added evidence to. */
export type DocumentIngestedEvent = ResultOf<typeof DocumentIngestedSubscription>['documentIngested'];

/** A source document of a record, with its full text and the record's spans in it. */
export interface SourceDocument {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  text: string;
  /** The record's evidence in this document, sorted by start offset. */
  spans: Array<{ start: number; end: number; exact: string }>;
}

export interface RecordWithSources {
  record: DossierRecord;
  /** Every document the record's evidence points into, in the order first cited. */
  documents: SourceDocument[];
}

export interface DossierClient {
  readonly endpoint: string;
  /** Sends any typed operation (written with this package's `graphql` tag) and returns its data. */
  request<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    ...args: RequestArgs<Variables>
  ): Promise<Result>;
  meetings(args?: MeetingsArgs, options?: RequestOptions): Promise<MeetingsPage>;
  statements(args?: StatementsArgs, options?: RequestOptions): Promise<StatementsPage>;
  alliances(args?: AlliancesArgs, options?: RequestOptions): Promise<AlliancesPage>;
  documents(args?: DocumentsArgs, options?: RequestOptions): Promise<DocumentsPage>;
  /** A record by its global id with its evidence and source documents; null when there is none. */
  record(id: string, options?: RequestOptions): Promise<RecordWithSources | null>;
  /**
   * Stores an article and merges what it reports (needs write access). Where the server queues
   * documents for workers and answers with a job, waits for the job (until `signal` aborts); a
   * job that failed throws its code, as an inline ingest does.
   */
  ingestDocument(input: IngestInput, options?: RequestOptions): Promise<IngestResult>;
  /**
   * Runs a subscription over server-sent events and yields each result's data until the server
   * completes it or `signal` aborts (then the iteration just ends). Errors throw.
   */
  subscribe<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    ...args: SubscribeArgs<Variables>
  ): AsyncGenerator<Result, void, undefined>;
  /** Every document ingested from now on (live updates). */
  documentIngested(options?: SubscribeOptions): AsyncGenerator<DocumentIngestedEvent, void, undefined>;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: DossierGraphQLError[];
}

export function createDossierClient(options: DossierClientOptions): DossierClient {
  const { endpoint, token } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError('createDossierClient: no fetch available');
  const printed = new WeakMap<object, string>();
  const queryText = (document: DocumentNode): string => {
    let text = printed.get(document);
    if (text === undefined) {
      text = print(document);
      printed.set(document, text);
    }
    return text;
  };

  async function post(
    document: DocumentNode,
    variables: unknown,
    requestOptions: RequestOptions | undefined,
    accept: string,
  ): Promise<Response> {
    const headers: Record<string, string> = {
      accept,
      'content-type': 'application/json',
      ...options.headers,
      ...requestOptions?.headers,
    };
    if (token) headers.authorization = `Bearer ${token}`;
    const query = queryText(document);
    const operationName = operationNameOf(document);
    try {
      return await fetchImpl(endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: variables ?? {}, operationName }),
        signal: requestOptions?.signal,
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new DossierClientError(`Dossier API unreachable at ${endpoint}: ${messageOf(error)}`, {
        code: 'NETWORK_ERROR',
        cause: error,
      });
    }
  }

  async function request<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    ...[variables, requestOptions]: RequestArgs<Variables>
  ): Promise<Result> {
    const response = await post(
      document,
      variables,
      requestOptions,
      'application/graphql-response+json, application/json;q=0.9',
    );
    const body = await readBody(response);
    throwOnErrors(body, response.status);
    if (!response.ok) {
      throw new DossierClientError(`Dossier API answered HTTP ${response.status}`, {
        code: 'HTTP_ERROR',
        status: response.status,
      });
    }
    if (!body || body.data === undefined || body.data === null) {
      throw new DossierClientError('Dossier API sent no data', {
        code: 'BAD_RESPONSE',
        status: response.status,
      });
    }
    return body.data as Result;
  }

  async function* subscribe<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    ...[variables, requestOptions]: SubscribeArgs<Variables>
  ): AsyncGenerator<Result, void, undefined> {
    const signal = requestOptions?.signal;
    let response: Response;
    try {
      response = await post(document, variables, requestOptions, 'text/event-stream');
    } catch (error) {
      if (signal?.aborted && isAbort(error)) return;
      throw error;
    }
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !type.includes('text/event-stream') || !response.body) {
      const body = await readBody(response);
      throwOnErrors(body, response.status);
      throw new DossierClientError(`Dossier API did not open an event stream (HTTP ${response.status})`, {
        code: response.ok ? 'BAD_RESPONSE' : 'HTTP_ERROR',
        status: response.status,
      });
    }
    requestOptions?.onOpen?.();
    try {
      for await (const { event, data } of readServerSentEvents(response.body)) {
        if (event === 'complete') return;
        if (event !== 'next') continue;
        let result: GraphQLResponseBody;
        try {
          result = JSON.parse(data) as GraphQLResponseBody;
        } catch (error) {
          throw new DossierClientError('Dossier API sent an event that is not JSON', {
            code: 'BAD_RESPONSE',
            status: response.status,
            cause: error,
          });
        }
        throwOnErrors(result, response.status);
        if (result.data !== undefined && result.data !== null) yield result.data as Result;
      }
    } catch (error) {
      if (signal?.aborted && isAbort(error)) return;
      throw error;
    }
  }

  /** Unset arguments are sent as null, which the server reads as "not given". */
  const withNulls = <T extends object>(args: T = {} as T) =>
    Object.fromEntries(Object.entries(args).map(([name, value]) => [name, value ?? null])) as {
      [K in keyof T]-?: Exclude<T[K], undefined> | null;
    };

  return {
    endpoint,
    request,
    async meetings(args, requestOptions) {
      return (await request(MeetingsQuery, withNulls(args), requestOptions)).meetings;
    },
    async statements(args, requestOptions) {
      return (await request(StatementsQuery, withNulls(args), requestOptions)).statements;
    },
    async alliances(args, requestOptions) {
      return (await request(AlliancesQuery, withNulls(args), requestOptions)).alliances;
    },
    async documents(args, requestOptions) {
      return (await request(DocumentsQuery, withNulls(args), requestOptions)).documents;
    },
    async record(id, requestOptions) {
      const record = pickRecord(await request(RecordQuery, { id }, requestOptions));
      return record ? { record, documents: sourceDocuments(record) } : null;
    },
    async ingestDocument(input, requestOptions) {
      const { job, ...payload } = (await request(IngestMutation, { input }, requestOptions)).ingestDocument;
      const done = completedIngest(payload);
      if (done) return done;
      if (!job)
        throw new DossierClientError('Dossier API answered an ingest with no document and no job', {
          code: 'BAD_RESPONSE',
        });
      for (;;) {
        await sleep(JOB_POLL_MS, requestOptions?.signal);
        const { node } = await request(IngestJobQuery, { id: job.id }, requestOptions);
        if (node?.__typename !== 'Job')
          throw new DossierClientError(`job ${job.id} is gone`, { code: 'NOT_FOUND' });
        if (node.state === 'FAILED' || node.state === 'CANCELLED') {
          throw new DossierClientError(node.error?.message ?? `job ${job.id} was cancelled`, {
            code: node.error?.code ?? 'CANCELLED',
          });
        }
        const result = node.result && completedIngest(node.result);
        if (result) return result;
      }
    },
    subscribe,
    async *documentIngested(requestOptions) {
      for await (const data of subscribe(DocumentIngestedSubscription, {}, requestOptions))
        yield data.documentIngested;
    },
  };
}

/** The payload when the document is stored; null while its job runs. */
function completedIngest(payload: IngestPayload): IngestResult | null {
  const { created, document, createdRecords, mergedRecords, warnings } = payload;
  if (created === null || !document || !createdRecords || !mergedRecords) return null;
  return { created, document, createdRecords, mergedRecords, warnings };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * A record's source documents, each with its full text and the record's spans in it, in the
 * order the evidence first cites them (a document record is its own only source).
 */
export function sourceDocuments(record: DossierRecord): SourceDocument[] {
  const summary = (document: {
    id: string;
    title: string | null;
    url: string | null;
    publisher: string | null;
    publishedAt: string | null;
    text: string;
  }): SourceDocument => {
    const { id, title, url, publisher, publishedAt, text } = document;
    return { id, title, url, publisher, publishedAt, text, spans: [] };
  };
  if (record.__typename === 'Document') return [summary(record)];
  const byId = new Map<string, SourceDocument>();
  const texts = new Map(record.sources.map((document) => [document.id, document]));
  for (const { start, end, exact, document } of record.evidence) {
    let source = byId.get(document.id);
    if (!source) {
      const full = texts.get(document.id);
      if (!full) continue; // evidence into a document the server did not list: cannot show it
      source = summary(full);
      byId.set(document.id, source);
    }
    source.spans.push({ start, end, exact });
  }
  for (const document of record.sources) if (!byId.has(document.id)) byId.set(document.id, summary(document));
  for (const source of byId.values()) source.spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return [...byId.values()];
}

function pickRecord(data: RecordData): DossierRecord | null {
  if (data.meeting?.__typename === 'Meeting') return data.meeting;
  if (data.statement?.__typename === 'Statement') return data.statement;
  if (data.organization?.__typename === 'Organization') return data.organization;
  if (data.person?.__typename === 'Person') return data.person;
  if (data.place?.__typename === 'Place') return data.place;
  if (data.document?.__typename === 'Document') return data.document;
  return null;
}

function operationNameOf(document: { definitions: readonly unknown[] }): string | undefined {
  for (const definition of document.definitions) {
    const node = definition as { kind?: string; name?: { value?: string } };
    if (node.kind === 'OperationDefinition') return node.name?.value;
  }
  return undefined;
}

/** Throws the first GraphQL error of a response body, with its code. */
function throwOnErrors(body: GraphQLResponseBody | undefined, status: number): void {
  if (!body?.errors || body.errors.length === 0) return;
  const first = body.errors[0]!;
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'GRAPHQL_ERROR';
  throw new DossierClientError(first.message, { code, errors: body.errors, status, data: body.data });
}

async function readBody(response: Response): Promise<GraphQLResponseBody | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as GraphQLResponseBody) : undefined;
  } catch {
    return undefined;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
