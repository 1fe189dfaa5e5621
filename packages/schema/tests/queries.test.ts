import { actors, documents, evidence, meetingParticipants, meetings, type Store } from '@dossier/model';
import { createTestStore } from '@dossier/model/testing';
import { type ExecutionResult, execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../src/index.js';
import { schema } from '../src/index.js';

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
    .values(Array.from({ length: 40 }, (_, i) => ({ key: `m${i}`, kind: 'bilateral', placeId: people[2]!.id })))
    .returning();
  await store.db
    .insert(meetingParticipants)
    .values(rows.flatMap((m) => [people[0]!, people[1]!].map((p) => ({ meetingId: m.id, actorId: p.id }))));
  await store.db.insert(evidence).values(
    rows.map((m) => ({ documentId: doc!.id, target: `meeting:${m.id}`, meetingId: m.id, start: 0, end: 42, exact: TEXT.slice(0, 42) })),
  );
});
afterAll(() => store?.close());

const run = async (query: string, variables: Record<string, unknown> = {}, canWrite = false) => {
  const contextValue: GraphQLContext = { store, canWrite, requestId: 'test' };
  return (await execute({ schema, document: parse(query), variableValues: variables, contextValue })) as ExecutionResult<
    Record<string, any>
  >;
};

const MEETINGS = /* GraphQL */ `
  query Meetings($first: Int!, $after: String) {
    meetings(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind date place { id name } participants { __typename id name aliases }
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
    expect(node.kind).toBe('BILATERAL');
    expect(node.place.name).toBe('Oslo');
    expect(node.participants.map((p: { __typename: string; name: string }) => `${p.__typename}:${p.name}`)).toEqual([
      'Person:Ann Lee',
      'Person:Bo Park',
    ]);
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
    expect(small).toBeLessThanOrEqual(2); // the page query, and the total count
  });

  it('resolves node ids of every type back to their record', async () => {
    const { data } = await run('{ persons(first: 5) { edges { node { id name } } } }');
    const id = data!.persons.edges[0].node.id;
    const found = await run('query($id: ID!) { node(id: $id) { __typename id ... on Person { name } } }', { id });
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
});
