// Hostile queries: deep nesting, alias and fragment bombs, huge documents. Each gets a 400 with
// the code QUERY_TOO_COMPLEX, nothing runs, and the server keeps answering.
import type { Store } from '@dossier/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierYoga } from '../src/yoga.js';
import { createTestServer } from './helpers.js';

let store: Store;
let yoga: DossierYoga;

beforeAll(async () => {
  ({ store, yoga } = await createTestServer());
});
afterAll(() => store?.close());

async function post(query: string) {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

const deep = `{ meetings(first: 1) { edges { node { within { within { within { within { within { within { within { within { within { within { within { id } } } } } } } } } } } } } } }`;
const aliases = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: documents(first: 1) { totalCount }`).join(' ')} }`;
const fragmentBomb = `query { ...A }
  fragment A on Query { meetings(first: 100) { edges { node { ...B } } } }
  fragment B on Meeting { participants { ...C } sideMeetings { participants { ...C } sideMeetings { participants { ...C } } } }
  fragment C on Actor { name aliases evidence { exact document { text title } } }`;
const tokens = `{ ${'documents(first: 1) { totalCount } '.repeat(1500)} }`;

describe('query limits', () => {
  it.each([
    ['deep nesting', deep],
    ['an alias bomb', aliases],
    ['a huge document', tokens],
  ])('refuses %s with QUERY_TOO_COMPLEX', async (_name, query) => {
    const { status, body } = await post(query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a fragment bomb by its cost', async () => {
    const { body } = await post(fragmentBomb);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('does not suggest field names for unknown fields', async () => {
    const { status, body } = await post('{ meeting { id } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('still answers ordinary queries afterwards', async () => {
    const { status, body } = await post('{ documents(first: 5) { totalCount } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});
