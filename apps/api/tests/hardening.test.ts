// What a hostile reader can send: queries padded to defeat the cache, answers too large to
// hold, variables nested to overflow the stack, guesses at hidden enum values, cross-site
// pages framing GraphiQL or reading answers. Each gets a bounded, coded answer.
import { gunzipSync } from 'node:zlib';
import { documents, type Store } from '@dossier/model';
import { createTestStore } from '@dossier/model/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalOperation, createResponseStore } from '../src/cache.js';
import type { Config } from '../src/config.js';
import { nestingExceeds } from '../src/security.js';
import { createDossierYoga, type DossierYoga } from '../src/yoga.js';
import { testConfig } from './helpers.js';

type Options = Partial<Config>;

let store: Store;
let statements = 0;
beforeAll(async () => {
  store = await createTestStore({ logger: { logQuery: () => void statements++ } });
  await store.db.insert(documents).values([
    { contentHash: 'a', text: 'x'.repeat(40_000), title: 'Big' },
    { contentHash: 'b', text: 'Short text.', title: 'Small' },
  ]);
}, 30_000);
afterAll(() => store?.close());

function yogaWith(options: Options = {}): DossierYoga {
  return createDossierYoga({
    store,
    config: testConfig({ graphiql: true, ...options }),
  });
}

async function post(yoga: DossierYoga, body: unknown, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  return { status: response.status, body: json, response };
}

describe('response cache', () => {
  it('answers a query padded with white space and comments from the cache', async () => {
    const yoga = yogaWith();
    const query = '{ documents(first: 2) { edges { node { title } } } }';
    const first = await post(yoga, { query });
    expect(first.body.errors).toBeUndefined();
    statements = 0;
    for (const padded of [`${query}${' '.repeat(400)}`, `# a comment\n${query.replace(/ /g, '\n  ')}`]) {
      const again = await post(yoga, { query: padded });
      expect(again.body).toEqual(first.body);
    }
    expect(statements).toBe(0); // neither padded copy reached the store
  });

  it('keys on the operation and its variables, not the spelling', () => {
    const a = canonicalOperation('query Q($n: Int) { documents(first: $n) { totalCount } }', { n: 1 });
    expect(canonicalOperation('query Q( $n : Int ) {documents(first:$n){totalCount}} # x', { n: 1 })).toBe(a);
    expect(canonicalOperation('query Q($n: Int) { documents(first: $n) { totalCount } }', { n: 2 })).not.toBe(
      a,
    );
    expect(canonicalOperation('{ unterminated "', {})).toBeNull();
  });

  it('holds at most its size in bytes, and never an answer over a quarter of it', () => {
    const cache = createResponseStore(100_000);
    const answer = (n: number) => ({ data: { text: 'y'.repeat(n) } });
    for (let i = 0; i < 100; i++) cache.set(`k${i}`, answer(10_000));
    expect(cache.calculatedSize).toBeLessThanOrEqual(100_000);
    expect(cache.size).toBeLessThan(10);
    cache.set('huge', answer(30_000));
    expect(cache.has('huge')).toBe(false);
    const limited = createResponseStore(100_000, 5_000);
    limited.set('refused anyway', answer(8_000));
    expect(limited.has('refused anyway')).toBe(false);
  });
});

describe('response size', () => {
  it('refuses an answer over the limit with RESPONSE_TOO_LARGE', async () => {
    const yoga = yogaWith({ maxResponseBytes: 20_000 });
    const big = await post(yoga, { query: '{ documents(first: 2) { edges { node { text } } } }' });
    expect(big.body.data ?? null).toBeNull();
    expect(big.body.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(big.body.errors?.[0]?.message).toMatch(/limit is 20000/);
    const small = await post(yoga, { query: '{ documents(first: 2) { edges { node { title } } } }' });
    expect(small.body.errors).toBeUndefined();
  });
});

describe('request shape', () => {
  it('refuses variables nested a million levels deep with a 400, not a crash', async () => {
    const depth = 1_000_000;
    const body = `{"query":"query($f: DocumentFilter) { documents(first: 1, filter: $f) { totalCount } }","variables":{"f":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;
    const { status, body: json } = await post(yogaWith({ maxTextBytes: 5 * 1024 * 1024 }), body);
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(json.errors?.[0]?.message).toMatch(/nest deeper than 32/);
  });

  it('measures nesting without recursion', () => {
    expect(nestingExceeds({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(nestingExceeds({ a: [{ b: {} }] }, 3)).toBe(true);
  });

  it('refuses a query text over the length limit', async () => {
    const { status, body } = await post(yogaWith(), { query: `{ __typename }${' '.repeat(100_001)}` });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('input errors', () => {
  const badEnum = {
    query: 'query($f: MeetingFilter) { meetings(first: 1, filter: $f) { totalCount } }',
    variables: { f: { kind: 'BILATERL' } },
  };
  const badField = {
    query: 'query($f: DocumentFilter) { documents(first: 1, filter: $f) { totalCount } }',
    variables: { f: { publishr: 'x' } },
  };

  it('gives bad variable values the code BAD_USER_INPUT', async () => {
    for (const request of [badEnum, badField]) {
      const { body } = await post(yogaWith(), request);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('suggests no enum values or input fields when introspection is off', async () => {
    const closed = yogaWith({ introspection: false });
    for (const request of [badEnum, badField]) {
      const { body } = await post(closed, request);
      expect(body.errors?.[0]?.message).not.toMatch(/did you mean|BILATERAL|publisher/i);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const open = await post(yogaWith(), badEnum);
    expect(open.body.errors?.[0]?.message).toMatch(/Did you mean/);
  });
});

describe('CORS', () => {
  const preflight = (yoga: DossierYoga, origin: string) =>
    yoga.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });

  it('is off by default: no page of another site may read an answer', async () => {
    const yoga = yogaWith();
    const { response } = await post(yoga, { query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(
      (await preflight(yoga, 'https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('allows only the configured origins, without credentials', async () => {
    const yoga = yogaWith({ corsOrigins: ['https://app.example.org'] });
    const allowed = await post(yoga, { query: '{ __typename }' }, { origin: 'https://app.example.org' });
    expect(allowed.response.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(allowed.response.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await post(yoga, { query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(other.response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('GraphiQL', () => {
  const page = (yoga: DossierYoga) =>
    yoga.fetch('http://localhost/graphql?query=mutation%7Bx%7D', { headers: { accept: 'text/html' } });

  it('sends a CSP that forbids framing and inline scripts, and nosniff', async () => {
    const response = await page(yogaWith());
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // the page does not carry the query of its URL
    expect(await response.text()).not.toContain('mutation{x}');
  });

  it('serves its scripts as cacheable, compressed files', async () => {
    const yoga = yogaWith();
    const html = await (await page(yoga)).text();
    const src = /<script defer src="([^"]+graphiql-[^"]+\.js)"/.exec(html)?.[1];
    expect(src).toBeDefined();
    const file = await yoga.fetch(`http://localhost${src}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(file.headers.get('content-encoding')).toBe('gzip');
    const zipped = Buffer.from(await file.arrayBuffer());
    expect(zipped.length).toBeLessThan(3_000_000);
    expect(gunzipSync(zipped).toString('utf8')).toContain('renderYogaGraphiQL');
    expect((await yoga.fetch('http://localhost/graphiql/nope.js')).status).toBe(404);
  });

  it('is not served at all when GraphiQL is off', async () => {
    const yoga = yogaWith({ graphiql: false });
    expect((await yoga.fetch('http://localhost/graphiql/start.js')).status).not.toBe(200);
  });
});

describe('dates and metadata', () => {
  it('refuses a from: day the database cannot hold as bad input, not a 500', async () => {
    const { status, body } = await post(yogaWith(), {
      query: 'query($d: Date) { meetings(first: 1, filter: { from: $d }) { totalCount } }',
      variables: { d: '0000-01-01' },
    });
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    [{ publishedAt: '0000-01-01' }, 'BAD_DATE'],
    [{ publishedAt: '2024-01-01T25:61:00Z' }, 'BAD_DATE'],
    [{ url: 'javascript:alert(1)' }, 'BAD_URL'],
    [{ url: 'data:text/html,hi' }, 'BAD_URL'],
  ])('refuses ingest metadata %j with %s', async (meta, code) => {
    const { body } = await post(yogaWith(), {
      query: 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { created } }',
      variables: { input: { text: 'A short article.', ...meta } },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
  });
});
