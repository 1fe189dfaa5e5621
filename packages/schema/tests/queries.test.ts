import {
  actors,
  documents,
  evidence,
  ingestDocument,
  meetingParticipants,
  meetings,
  type Store,
} from '@dossier/model';
import { createTestStore } from '@dossier/model/testing';
import { type ExecutionResult, execute, parse, subscribe } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../src/index.js';
import { schema } from '../src/index.js';

// biome-ignore lint/suspicious/noExplicitAny: responses are read as loose JSON in these tests
type Loose = Record<string, any>;

let store: Store;
let statementsIssued = 0;

const TEXT = 'Ministers Ann Lee and Bo Park met in Oslo. They met again in Bergen. Lee spoke first.';

beforeAll(async () => {
  store = await createTestStore({ logger: { logQuery: () => void statementsIssued++ } });
  const [doc] = await store.db
    .insert(documents)
    .values({ contentHash: 'h1', text: TEXT, publisher: 'Example Wire' })
    .returning();
  const people = await store.db
    .insert(actors)
    .values([
      { kind: 'person', key: 'person:lee:a', name: 'Ann Lee', aliases: ['Lee'] },
      { kind: 'person', key: 'person:park:b', name: 'Bo Park' },
      { kind: 'place', key: 'place:city:NO:oslo', name: 'Oslo', placeKind: 'city', countryCode: 'NO' },
    ])
    .returning();
  // 40 meetings with two participants, a place and evidence each
  const rows = await store.db
    .insert(meetings)
    .values(
      Array.from({ length: 40 }, (_, i) => ({
        key: `m${i}`,
        kind: i % 10 === 0 ? 'call' : 'bilateral',
        placeId: people[2]!.id,
        // 28 dated meetings, one a day in February 2024, newest first by id
        date: i < 28 ? `2024-02-${String(28 - i).padStart(2, '0')}` : null,
      })),
    )
    .returning();
  await store.db
    .insert(meetingParticipants)
    .values(rows.flatMap((m) => [people[0]!, people[1]!].map((p) => ({ meetingId: m.id, actorId: p.id }))));
  await store.db.insert(evidence).values(
    rows.map((m) => ({
      documentId: doc!.id,
      target: `meeting:${m.id}`,
      meetingId: m.id,
      start: 0,
      end: 42,
      exact: TEXT.slice(0, 42),
    })),
  );
});
afterAll(() => store?.close());

const run = async (query: string, variables: Record<string, unknown> = {}, canWrite = false) => {
  const contextValue: GraphQLContext = { store, canWrite, requestId: 'test' };
  return (await execute({
    schema,
    document: parse(query),
    variableValues: variables,
    contextValue,
  })) as ExecutionResult<Loose>;
};

const MEETINGS = /* GraphQL */ `
  query Meetings($first: Int!, $after: String) {
    meetings(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind date corroboration sources { id publisher } place { id name } participants { __typename id name aliases }
        forum { id name } within { id } topics evidence { document { id } start end exact } } }
    }
  }`;

describe('queries', () => {
  it('pages through meetings with their participants and evidence', async () => {
    const first = await run(MEETINGS, { first: 25 });
    expect(first.errors).toBeUndefined();
    const conn = first.data!.meetings;
    expect(conn.totalCount).toBe(40);
    expect(conn.edges).toHaveLength(25);
    expect(conn.pageInfo.hasNextPage).toBe(true);
    const node = conn.edges[0].node;
    expect(node.kind).toBe('CALL');
    expect(node.place.name).toBe('Oslo');
    expect(
      node.participants.map((p: { __typename: string; name: string }) => `${p.__typename}:${p.name}`),
    ).toEqual(['Person:Ann Lee', 'Person:Bo Park']);
    expect(node.evidence[0].exact).toBe(TEXT.slice(0, 42));
    const rest = await run(MEETINGS, { first: 25, after: conn.pageInfo.endCursor });
    expect(rest.data!.meetings.edges).toHaveLength(15);
    expect(rest.data!.meetings.pageInfo.hasNextPage).toBe(false);
  });

  it('issues the same number of SQL statements whatever the page size (no N+1)', async () => {
    statementsIssued = 0;
    await run(MEETINGS, { first: 2 });
    const small = statementsIssued;
    statementsIssued = 0;
    await run(MEETINGS, { first: 40 });
    expect(statementsIssued).toBe(small);
    // the page query and the total count; `sources` reads evidence with other arguments than
    // `evidence`, which costs one batched query per selection, never one per row
    expect(small).toBeLessThanOrEqual(4);
  });

  it('resolves node ids of every type back to their record', async () => {
    const { data } = await run('{ persons(first: 5) { edges { node { id name } } } }');
    const id = data!.persons.edges[0].node.id;
    const found = await run('query($id: ID!) { node(id: $id) { __typename id ... on Person { name } } }', {
      id,
    });
    expect(found.data!.node).toEqual({ __typename: 'Person', id, name: 'Ann Lee' });
  });

  it('refuses ingestion without write permission', async () => {
    const res = await run('mutation { ingestDocument(input: { text: "Some text." }) { created } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports bad input with a stable code', async () => {
    const res = await run('mutation { ingestDocument(input: { text: "   " }) { created } }', {}, true);
    expect(res.errors?.[0]?.extensions?.code).toBe('EMPTY_TEXT');
  });

  const ids = async () => {
    const { data } = await run(
      '{ persons(first: 5) { edges { node { id name } } } places(first: 5) { edges { node { id } } } }',
    );
    return { lee: data!.persons.edges[0].node.id as string, oslo: data!.places.edges[0].node.id as string };
  };

  it('filters meetings by participant, place, kind and date range, and orders them by date', async () => {
    const { lee, oslo } = await ids();
    const q = `query($filter: MeetingFilter, $orderBy: MeetingOrder) { meetings(first: 100, filter: $filter, orderBy: $orderBy) {
      totalCount edges { node { kind date } } } }`;
    const calls = await run(q, { filter: { participant: lee, place: oslo, kind: 'CALL' } });
    expect(calls.data!.meetings.totalCount).toBe(4);
    const feb = await run(q, { filter: { from: '2024-02-10', to: '2024-02-12' }, orderBy: 'DATE_ASC' });
    expect(feb.data!.meetings.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual([
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
    ]);
    const newest = await run(
      '{ meetings(first: 2, orderBy: DATE_DESC) { edges { node { date } } pageInfo { endCursor } } }',
    );
    expect(newest.data!.meetings.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual([
      '2024-02-28',
      '2024-02-27',
    ]);
    const next = await run(
      'query($after: String) { meetings(first: 1, after: $after, orderBy: DATE_DESC) { edges { node { date } } } }',
      {
        after: newest.data!.meetings.pageInfo.endCursor,
      },
    );
    expect(next.data!.meetings.edges[0].node.date).toBe('2024-02-26');
  });

  it('finds persons by name or alias', async () => {
    const res = await run(
      '{ persons(first: 10, filter: { name: "lee" }) { totalCount edges { node { name } } } }',
    );
    expect(res.data!.persons).toEqual({ totalCount: 1, edges: [{ node: { name: 'Ann Lee' } }] });
  });

  it('exposes evidence context, sources and corroboration', async () => {
    const res = await run(`{ meetings(first: 1) { edges { node { corroboration sources { publisher }
      evidence { exact prefix suffix } } } } }`);
    const node = res.data!.meetings.edges[0].node;
    expect(node.corroboration).toBe(1);
    expect(node.sources).toEqual([{ publisher: 'Example Wire' }]);
    expect(node.evidence[0]).toEqual({ exact: TEXT.slice(0, 42), prefix: '', suffix: TEXT.slice(42, 74) });
  });

  it.each([
    ['{ meetings(first: 101) { totalCount } }', 'INVALID_PAGE_SIZE'],
    ['{ meetings(first: -1) { totalCount edges { cursor } } }', 'INVALID_PAGE_SIZE'],
    ['{ meetings(first: 5, after: "bm90IGEgY3Vyc29y") { edges { cursor } } }', 'INVALID_CURSOR'],
    ['{ meetings(first: 5, filter: { participant: "garbage" }) { edges { cursor } } }', 'INVALID_ID'],
    [
      '{ meetings(first: 5, filter: { from: "2024-03-01", to: "2024-02-01" }) { edges { cursor } } }',
      'BAD_FILTER',
    ],
    ['{ node(id: "TWVldGluZzo5OTk5OQ==") { id } }', 'NOT_FOUND'],
  ])('answers %s with %s', async (query, code) => {
    const res = await run(query);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('refuses a filter id of the wrong type', async () => {
    const { oslo } = await ids();
    const res = await run(
      'query($id: ID) { meetings(first: 5, filter: { participant: null, forum: $id }) { totalCount } }',
      { id: oslo },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_FILTER');
  });

  it('searches records and documents', async () => {
    const res = await run(
      '{ search(query: "Lee", first: 5) { edges { node { rank node { __typename id ... on Person { name } } } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.edges[0].node.node).toMatchObject({ __typename: 'Person', name: 'Ann Lee' });
  });

  it('tells subscribers about each ingested document', async () => {
    const events = (await subscribe({
      schema,
      document: parse(
        'subscription { documentIngested { document { title } records { created } truncated } }',
      ),
      contextValue: { store, canWrite: true, requestId: 'sub' } satisfies GraphQLContext,
    })) as AsyncIterableIterator<ExecutionResult<Loose>>;
    const next = events.next();
    await new Promise((r) => setTimeout(r, 50));
    await ingestDocument(store, { text: 'A short note with no names at all.', title: 'Note' });
    const { value } = await next;
    expect(value.data.documentIngested).toEqual({
      document: { title: 'Note' },
      records: [],
      truncated: false,
    });
    await events.return?.();
  });
});
