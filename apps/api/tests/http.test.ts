// The yoga instance over HTTP semantics, without a socket: auth, GraphiQL, health, request
// ids, masked errors and logs, against a real (in-memory PGlite) store shared by the file.
import { openStore, type Store } from '@dossier/model';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createDossierYoga, type DossierYoga } from '../src/yoga.js';
import { testConfig } from './helpers.js';

const TOKEN = 'test-token-0123456789-0123456789-abc';
const ARTICLE =
  'MADRID, June 3 — Spanish Foreign Minister Elena Ruiz met Moroccan Foreign Minister Karim Idrissi in Madrid on Monday.';

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) { created document { id contentHash } }
  }
`;
const DOCUMENTS = /* GraphQL */ `
  query Documents($first: Int!, $after: String) {
    documents(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id title text } }
    }
  }
`;

type Options = Partial<Pick<Config, 'host' | 'writeToken' | 'graphiql' | 'introspection' | 'maxTextBytes'>>;

let store: Store;
const logLines: string[] = [];
const logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });

function yogaWith(options: Options = {}, schema?: GraphQLSchema): DossierYoga {
  return createDossierYoga({
    store,
    logger,
    ...(schema ? { schema } : {}),
    config: testConfig({ graphiql: true, maxTextBytes: 5 * 1024 * 1024, ...options }),
  });
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(
  yoga: DossierYoga,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody; raw: string; response: Response }> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await response.text();
  return { status: response.status, body: JSON.parse(raw) as GraphQLBody, raw, response };
}

/** The named root field of a response that must have succeeded. */
function dataOf<T>(body: GraphQLBody, field: string): T {
  expect(body.errors).toBeUndefined();
  const value = body.data?.[field];
  expect(value).toBeDefined();
  return value as T;
}

async function documentCount(yoga: DossierYoga): Promise<number> {
  const { body } = await post(yoga, DOCUMENTS, { first: 100 });
  return dataOf<{ edges: unknown[] }>(body, 'documents').edges.length;
}

beforeAll(async () => {
  store = await openStore('memory://');
});
afterAll(async () => {
  await store?.close();
});

describe('writers', () => {
  it('with a token configured, refuses a mutation without it and writes nothing', async () => {
    const yoga = yogaWith({ writeToken: TOKEN });
    const before = await documentCount(yoga);
    const { status, body, response } = await post(yoga, INGEST, { input: { text: ARTICLE } });
    expect(status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
    expect(await documentCount(yoga)).toBe(before);
  });

  it.each([
    ['a wrong token', `Bearer ${TOKEN}x`],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, 8)}`],
    ['another scheme', `Basic ${TOKEN}`],
    ['an empty bearer', 'Bearer '],
  ])('refuses %s', async (_name, authorization) => {
    const yoga = yogaWith({ writeToken: TOKEN });
    const { body } = await post(yoga, INGEST, { input: { text: ARTICLE } }, { authorization });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts the right token, and keeps reads open to everyone', async () => {
    const yoga = yogaWith({ writeToken: TOKEN });
    const { body } = await post(
      yoga,
      INGEST,
      { input: { text: ARTICLE } },
      { authorization: `Bearer ${TOKEN}` },
    );
    const ingested = dataOf<{ created: boolean; document: { id: string } }>(body, 'ingestDocument');
    expect(ingested.document.id).toBeTruthy();
    const { body: read } = await post(yoga, DOCUMENTS, { first: 10 });
    const texts = dataOf<{ edges: { node: { text: string } }[] }>(read, 'documents').edges.map(
      (e) => e.node.text,
    );
    expect(texts).toContain(ARTICLE);
  });

  it('without a token, accepts writes on a loopback binding only', async () => {
    const text = `${ARTICLE} They spoke about fisheries.`;
    const loopback = await post(yogaWith({ host: '127.0.0.1' }), INGEST, { input: { text } });
    expect(dataOf<{ created: boolean }>(loopback.body, 'ingestDocument').created).toBe(true);

    const reachable = await post(yogaWith({ host: '0.0.0.0' }), INGEST, {
      input: { text: `${text} Again.` },
    });
    expect(reachable.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(reachable.body.errors?.[0]?.message).toMatch(/without a write token/);
  });

  it.each([
    ['another site', 'https://evil.example', false],
    ['a sandboxed frame or file page', 'null', false],
    ['a rebound name', 'http://attacker.example:4000', false],
    ['a page on this machine', 'http://localhost:5173', true],
    ['GraphiQL itself', 'http://127.0.0.1:4000', true],
  ])('without a token, a browser page from %s (%s) may write: %s', async (_name, origin, allowed) => {
    const text = `${ARTICLE} Origin test from ${origin}.`;
    const { body } = await post(yogaWith({ host: '127.0.0.1' }), INGEST, { input: { text } }, { origin });
    if (allowed) expect(body.errors).toBeUndefined();
    else expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs neither the token nor the article text', async () => {
    const text = `${ARTICLE} A sentence only this test writes: zebra-kumquat.`;
    logLines.length = 0;
    await post(
      yogaWith({ writeToken: TOKEN }),
      INGEST,
      { input: { text } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(logLines.length).toBeGreaterThan(0);
    const logged = logLines.join('');
    expect(logged).not.toContain(TOKEN);
    expect(logged).not.toContain('zebra-kumquat');
    const line = JSON.parse(logLines.find((l) => l.includes('"msg":"request"'))!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', status: 200 });
    expect(line.requestId).toEqual(expect.any(String));
  });
});

describe('bad input', () => {
  it('refuses empty text with a stable code', async () => {
    const { status, body } = await post(yogaWith(), INGEST, { input: { text: '   \n ' } });
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.code).toBe('EMPTY_TEXT');
  });

  it('refuses text over the configured limit', async () => {
    const { body } = await post(yogaWith({ maxTextBytes: 100 }), INGEST, {
      input: { text: 'x'.repeat(101) },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('TEXT_TOO_LARGE');
  });
});

describe('HTML only when asked', () => {
  const INGEST_TEXT = /* GraphQL */ `
    mutation Ingest($input: IngestDocumentInput!) {
      ingestDocument(input: $input) { created warnings document { text } }
    }
  `;

  it('stores text that mentions tags exactly as sent when no format is given', async () => {
    const text = `${ARTICLE}\nIts press office wrote the release in <p> and <br> and <span> markup.`;
    const { body } = await post(yogaWith(), INGEST_TEXT, { input: { text } });
    const ingested = dataOf<{ warnings: string[]; document: { text: string } }>(body, 'ingestDocument');
    expect(ingested.document.text).toBe(text);
    expect(ingested.warnings.join(' ')).not.toMatch(/HTML/);
  });

  it('refuses HTML nested too deep with HTML_TOO_DEEP, not a 500', async () => {
    const text = `${'<div>'.repeat(20_000)}<p>${ARTICLE}</p>${'</div>'.repeat(20_000)}`;
    const { status, body } = await post(yogaWith(), INGEST, { input: { text, format: 'HTML' } });
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.code).toBe('HTML_TOO_DEEP');
  });
});

describe('malformed requests get a 4xx, never a 500', () => {
  it.each([
    [
      'malformed JSON',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' },
      400,
    ],
    [
      'a mutation over GET',
      { method: 'GET', url: `/graphql?query=${encodeURIComponent('mutation { __typename }')}` },
      405,
    ],
    [
      'a body over the limit',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(2 * 1024 * 1024) }),
      },
      413,
    ],
  ])('%s', async (_name, request, status) => {
    const { url = '/graphql', ...init } = request as RequestInit & { url?: string };
    const response = await yogaWith({ maxTextBytes: 1000 }).fetch(`http://localhost${url}`, init);
    expect(response.status).toBe(status);
  });
});

describe('unexpected failures', () => {
  // A resolver that fails the way a database does: with SQL and parameters in its message.
  const failing = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        boom: {
          type: GraphQLString,
          resolve: () => {
            throw new Error(
              'Failed query: select * from documents where text = $1\nparams: zebra-kumquat secret text',
            );
          },
        },
      },
    }),
  });

  it('are masked: no message of their own, no stack, no SQL; the log keeps the SQL without parameters', async () => {
    logLines.length = 0;
    const { status, body, raw } = await post(yogaWith({}, failing), '{ boom }');
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Unexpected error.',
        extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }),
      }),
    ]);
    expect(raw).not.toMatch(/select|stack|zebra|params/i);
    const logged = logLines.join('');
    expect(logged).toContain('Failed query: select * from documents');
    expect(logged).not.toContain('zebra-kumquat');
  });
});

describe('GraphiQL, introspection, health and request ids', () => {
  it('serves GraphiQL as a small page of its own files: no inline script, nothing from another host', async () => {
    const response = await yogaWith().fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('Dossier GraphiQL');
    expect(html.length).toBeLessThan(4_000);
    const scripts = [...html.matchAll(/<script([^>]*)>/gi)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    // every script is a file of this server, or JSON data (which a browser does not run)
    for (const attributes of scripts)
      expect(attributes).toMatch(/src="\/graphiql\/|type="application\/json"/);
    expect(html).not.toMatch(/<(script|link)[^>]*(src|href)=["']?(https?:)?\/\//i);
  });

  it('can turn GraphiQL and introspection off, leaving __typename', async () => {
    const yoga = yogaWith({ graphiql: false, introspection: false });
    const page = await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    const { body } = await post(yoga, '{ __schema { queryType { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    const typename = await post(yoga, '{ __typename }');
    expect(typename.body).toEqual({ data: { __typename: 'Query' } });
    const open = await post(yogaWith(), '{ __schema { queryType { name } } }');
    expect(open.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('answers /healthz after checking the store', async () => {
    const response = await yogaWith().fetch('http://localhost/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', store: 'pglite' });
  });

  it('gives every response a request id, reusing a plain incoming one', async () => {
    const yoga = yogaWith();
    const fresh = await post(yoga, '{ __typename }');
    expect(fresh.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const reused = await post(yoga, '{ __typename }', {}, { 'x-request-id': 'client-42' });
    expect(reused.response.headers.get('x-request-id')).toBe('client-42');
    const replaced = await post(yoga, '{ __typename }', {}, { 'x-request-id': 'bad id\twith "quotes"' });
    expect(replaced.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
