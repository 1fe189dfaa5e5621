// What a client app meets over HTTP on the real yoga server: ids it got wrong, search counts,
// one filter shape for every connection, kinds it can select side by side, and corroboration
// that counts publishers only where they are known.
import type { Store } from '@dossier/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierYoga } from '../src/yoga.js';
import { createTestServer } from './helpers.js';

// Fictional articles written for this test; the first two tell one meeting and name no publisher.
const TALKS_A =
  'VILNIUS, May 4, 2024 — Estonian Prime Minister Maria Kask met Latvian Prime Minister Janis Ozols in Vilnius on Saturday to discuss grid links.';
const TALKS_B =
  'VILNIUS, May 4, 2024 — Latvian Prime Minister Janis Ozols met Estonian Prime Minister Maria Kask in Vilnius on Saturday, officials said.';
const TALKS_C =
  'VILNIUS, May 4, 2024 — Estonian Prime Minister Maria Kask met Latvian Prime Minister Janis Ozols in Vilnius on Saturday, her office said.';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

let store: Store;
let yoga: DossierYoga;

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

async function ingest(text: string, publisher?: string): Promise<void> {
  const { body } = await post(
    'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { created } }',
    { input: { text, ...(publisher ? { publisher } : {}) } },
  );
  expect(body.errors).toBeUndefined();
}

const globalId = (typename: string, id: string | number) =>
  Buffer.from(`${typename}:${id}`).toString('base64');

beforeAll(async () => {
  ({ store, yoga } = await createTestServer());
  await ingest(TALKS_A);
  await ingest(TALKS_B);
  await ingest(TALKS_C, 'Baltic Wire');
});
afterAll(async () => {
  await store?.close();
});

async function firstPersonId(): Promise<string> {
  const { body } = await post('{ persons(first: 1) { edges { node { id } } } }');
  const persons = body.data?.persons as { edges: { node: { id: string } }[] };
  return persons.edges[0]!.node.id;
}

describe('node(id:) and nodes(ids:)', () => {
  it.each([
    ['a string that is not a global id', 'garbage', 'INVALID_ID'],
    ['a global id with no row number', globalId('Person', 'abc'), 'INVALID_ID'],
    ['a well-formed id of an unknown type', globalId('Foo', 1), 'NOT_FOUND'],
    ['a well-formed id of a type that is not a Node', globalId('Evidence', 1), 'NOT_FOUND'],
    ['an id of a record that does not exist', globalId('Person', 999_999), 'NOT_FOUND'],
    ['a row number past the id range', globalId('Person', '99999999999999999999'), 'NOT_FOUND'],
  ])('answers %s with a stable code', async (_name, id, code) => {
    const { status, body } = await post('query($id: ID!) { node(id: $id) { id } }', { id });
    expect(status).toBe(200);
    expect(body.data).toEqual({ node: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).not.toMatch(/implemented|Unexpected error/);
  });

  it('resolves a good id', async () => {
    const id = await firstPersonId();
    const { body } = await post('query($id: ID!) { node(id: $id) { __typename id } }', { id });
    expect(body).toEqual({ data: { node: { __typename: 'Person', id } } });
  });

  it('keeps the good ids of a list beside bad ones, each bad one with its own error', async () => {
    const good = await firstPersonId();
    const ids = ['garbage', good, globalId('Foo', 1)];
    const { status, body } = await post('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(status).toBe(200);
    expect(body.data).toEqual({ nodes: [null, { id: good }, null] });
    expect(body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 0], 'INVALID_ID'],
      [['nodes', 2], 'NOT_FOUND'],
    ]);
  });
});

describe('search', () => {
  it('counts its hits over every page', async () => {
    const { body } = await post(
      '{ search(query: "Kask", first: 1) { totalCount edges { node { node { __typename } } } } }',
    );
    expect(body.errors).toBeUndefined();
    const search = body.data?.search as { totalCount: number; edges: unknown[] };
    expect(search.edges).toHaveLength(1);
    expect(search.totalCount).toBeGreaterThan(1);
  });

  it('counts nothing for a query that matches nothing', async () => {
    const { body } = await post('{ search(query: "zzyzx", first: 5) { totalCount } }');
    expect(body).toEqual({ data: { search: { totalCount: 0 } } });
  });
});

describe('schema shape', () => {
  it('filters persons with filter: { name }', async () => {
    const { body } = await post(
      '{ persons(first: 5, filter: { name: "kask" }) { totalCount edges { node { name } } } }',
    );
    expect(body).toEqual({
      data: { persons: { totalCount: 1, edges: [{ node: { name: 'Maria Kask' } }] } },
    });
  });

  it('answers kind for every kind of actor in one selection, without aliases', async () => {
    const { body } = await post(`{ meetings(first: 5) { edges { node { participants {
      __typename kind ... on Organization { kind } ... on Place { kind }
    } place { kind } } } } }`);
    expect(body.errors).toBeUndefined();
    const meetings = body.data?.meetings as {
      edges: { node: { participants: { __typename: string; kind: string }[]; place: { kind: string } } }[];
    };
    const meeting = meetings.edges[0]!.node;
    expect(meeting.participants.map((p) => [p.__typename, p.kind])).toContainEqual(['Person', 'PERSON']);
    expect(meeting.place).toEqual({ kind: 'CITY' });
  });
});

describe('corroboration', () => {
  it('counts known publishers only, and tells apart the sources that name none', async () => {
    const { body } = await post(
      '{ meetings(first: 5) { edges { node { corroboration unattributedSources sources { publisher } } } } }',
    );
    expect(body.errors).toBeUndefined();
    const meetings = body.data?.meetings as {
      edges: { node: { corroboration: number; unattributedSources: number; sources: unknown[] } }[];
    };
    expect(meetings.edges.map((e) => e.node)).toEqual([
      {
        corroboration: 1,
        unattributedSources: 2,
        sources: [{ publisher: null }, { publisher: null }, { publisher: 'Baltic Wire' }],
      },
    ]);
  });
});
