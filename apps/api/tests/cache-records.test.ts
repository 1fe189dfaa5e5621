// An ingest drops the cached answers that show a record it touched, and the top-level lists
// of those records' types; the answers about other records stay cached. To see whether an
// answer came from the cache, a record is renamed straight in SQL (no ingest, no
// notification): a cached answer still shows the old name, a refreshed one the new.
import { ingestDocument, openStore, type Store } from '@dossier/model';
import { schema } from '@dossier/schema';
import { globalId } from '@dossier/schema/global-id';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFTER_INGEST_HEADER, rootTags, TaggedResponses } from '../src/cache.js';
import { createDossierYoga, type DossierYoga } from '../src/yoga.js';
import { createTestServer, graphqlData, testConfig } from './helpers.js';

const MINSK = `Russian Defense Minister Andrei Belousov met Belarusian Defense Minister Viktor Khrenin in Minsk on Tuesday. "Our cooperation is growing," Belousov said.`;
const ASTANA = `Kazakh Foreign Minister Murat Nurtleu held talks with Armenian Foreign Minister Ararat Mirzoyan in Astana on Friday. "We agreed to deepen trade," Nurtleu said.`;
const BEIJING = `Kazakh Foreign Minister Murat Nurtleu met Chinese Foreign Minister Wang Yi in Beijing on Monday.`;

const PERSON = `query Person($id: ID!) { node(id: $id) { id ... on Person { name } } }`;
const PERSONS = `query Persons { persons(first: 100) { edges { node { id name } } } }`;

describe('response cache, by record', () => {
  let store: Store;
  let yoga: DossierYoga;
  beforeAll(async () => {
    ({ store, yoga } = await createTestServer());
  }, 30_000);
  afterAll(async () => {
    await store.close();
  });

  const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<T>(yoga, query, variables);
  const nameOf = async (id: string) => (await graphql<{ node: { name: string } }>(PERSON, { id })).node.name;
  /** The persons list; `after`: a document whose ingest the answer must show (else it may be stale). */
  const names = async (after?: number) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(after === undefined ? {} : { [AFTER_INGEST_HEADER]: globalId('Document', after) }),
      },
      body: JSON.stringify({ query: PERSONS }),
    });
    const body = (await response.json()) as {
      data: { persons: { edges: Array<{ node: { name: string } }> } };
    };
    return body.data.persons.edges.map((edge) => edge.node.name).sort();
  };
  const renameInSql = async (name: string) => {
    await store.db.execute(`update actors set name = name || ' (renamed)' where name = '${name}'`);
  };
  const idOf = async (name: string) => {
    const rows = (await store.db.execute(`select id from actors where name = '${name}'`)) as unknown as {
      rows: Array<{ id: number }>;
    };
    return globalId('Person', rows.rows[0]!.id);
  };
  /** Reads until `done` says the ingest was heard (bounded: the notification is asynchronous). */
  const eventually = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    let value = await read();
    for (let i = 0; i < 50 && !done(value); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      value = await read();
    }
    return value;
  };

  it('refreshes the records an ingest touched and the lists of their types, and keeps the others', async () => {
    await ingestDocument(store, { text: MINSK, publishedAt: '2024-05-16' });
    await ingestDocument(store, { text: ASTANA, publishedAt: '2024-05-17' });
    const khrenin = await idOf('Viktor Khrenin');
    const nurtleu = await idOf('Murat Nurtleu');
    expect(await eventually(names, (list) => list.includes('Murat Nurtleu'))).toContain('Viktor Khrenin');
    expect(await nameOf(khrenin)).toBe('Viktor Khrenin');
    expect(await nameOf(nurtleu)).toBe('Murat Nurtleu');

    await renameInSql('Viktor Khrenin');
    await renameInSql('Murat Nurtleu');
    // cached: no ingest since they were read
    expect(await nameOf(khrenin)).toBe('Viktor Khrenin');
    expect(await nameOf(nurtleu)).toBe('Murat Nurtleu');

    // Nurtleu again, with a new person: Khrenin is not in it
    const result = await ingestDocument(store, { text: BEIJING, publishedAt: '2024-05-20' });
    expect(result.summary.records).toContainEqual({ type: 'Person', id: expect.any(Number), created: false });
    expect(
      await eventually(
        () => nameOf(nurtleu),
        (name) => name !== 'Murat Nurtleu',
      ),
    ).toBe('Murat Nurtleu (renamed)');
    // a list page the ingest changed may be served stale a while: a client that knows of the
    // ingest names it
    expect(await names(result.document.id)).toEqual(
      expect.arrayContaining(['Wang Yi', 'Viktor Khrenin (renamed)']),
    );
    // the record it did not touch is still answered from the cache
    expect(await nameOf(khrenin)).toBe('Viktor Khrenin');
  }, 30_000);
});

describe('response cache, one read for many', () => {
  const MEETINGS = `query M($first: Int!) { meetings(first: $first) { edges { node { id place { name } } } } }`;

  /** SQL statements the store ran for `count` identical requests sent at once. */
  const statementsFor = async (responseCache: boolean, count: number, first: number) => {
    let statements = 0;
    const store = await openStore('memory://', { logger: { logQuery: () => void statements++ } });
    try {
      await ingestDocument(store, { text: MINSK, publishedAt: '2024-05-16' });
      const yoga = createDossierYoga({
        store,
        config: testConfig({ responseCache }),
      });
      statements = 0;
      const answers = await Promise.all(
        Array.from({ length: count }, async () => {
          const response = await yoga.fetch('http://localhost/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: MEETINGS, variables: { first } }),
          });
          return (await response.json()) as { data: { meetings: { edges: unknown[] } } };
        }),
      );
      for (const answer of answers) expect(answer.data.meetings.edges).toHaveLength(1);
      return statements;
    } finally {
      await store.close();
    }
  };

  it('reads a query that many ask for at once from the store once', async () => {
    const one = await statementsFor(true, 1, 5);
    expect(one).toBeGreaterThan(0);
    expect(await statementsFor(true, 10, 5)).toBe(one);
    // without the cache, every request reads the store
    expect(await statementsFor(false, 10, 5)).toBe(10 * one);
  }, 60_000);
});

describe('the tags of a query', () => {
  it('are the record types of its top-level lists, none for lookups by id, * for anything else', () => {
    const tags = (query: string) => rootTags(schema, query, null);
    expect(tags('{ meetings(first: 5) { edges { node { id } } } }')).toEqual(['Meeting@meetings']);
    expect(tags('{ persons { edges { node { id } } } d: documents { edges { node { id } } } }')).toEqual([
      'Document@d',
      'Person@persons',
    ]);
    expect(tags('query { ...Q } fragment Q on Query { statements { edges { node { id } } } }')).toEqual([
      'Statement@statements',
    ]);
    // filtered, ordered otherwise, counted, or with ids and next pages under other names: by type
    expect(tags('{ meetings(first: 5, filter: { place: "Minsk" }) { edges { node { id } } } }')).toEqual([
      'Meeting',
    ]);
    expect(tags('{ meetings(orderBy: DATE_DESC) { edges { node { id } } } }')).toEqual(['Meeting']);
    expect(tags('{ meetings(last: 5) { edges { node { id } } } }')).toEqual(['Meeting']);
    expect(tags('{ meetings { totalCount edges { node { id } } } }')).toEqual(['Meeting']);
    expect(tags('{ meetings { edges { node { id: date } } } }')).toEqual(['Meeting']);
    expect(tags('{ meetings { pageInfo { hasNextPage: hasPreviousPage } } }')).toEqual(['Meeting']);
    expect(tags('{ alliances { edges { node { id } } } }')).toEqual(['Organization']);
    expect(tags('query Q($id: ID!) { node(id: $id) { id } __typename }')).toEqual([]);
    expect(tags('{ search(query: "Minsk") { edges { node { __typename } } } }')).toEqual(['*']);
    expect(tags('{ nope }')).toEqual(['*']);
    expect(tags('mutation { x }')).toEqual(['*']);
  });
});

describe('TaggedResponses', () => {
  const answer = { data: { node: { id: 'x' } } };
  const meeting = { typename: 'Meeting', id: globalId('Meeting', 1) };
  const event = (type: 'Meeting' | 'Person', id: number) => ({
    documentId: 9,
    created: {},
    merged: {},
    records: [{ type, id, created: false }],
  });

  it('does not store an answer read before an ingest that touched what it shows', () => {
    const cache = new TaggedResponses(1 << 20);
    const key = cache.keyOf('a', []);
    cache.ingested(event('Meeting', 1)); // while the query ran
    cache.set(key, answer, [meeting]);
    expect(cache.get(cache.keyOf('a', []))).toBeUndefined();
  });

  it('stores it when the ingest touched other records only', () => {
    const cache = new TaggedResponses(1 << 20);
    const key = cache.keyOf('a', []);
    cache.ingested(event('Meeting', 2));
    cache.set(key, answer, [meeting]);
    expect(cache.get(cache.keyOf('a', []))).toBe(answer);
    cache.ingested(event('Person', 1));
    expect(cache.get(cache.keyOf('a', []))).toBe(answer);
    cache.ingested(event('Meeting', 1));
    expect(cache.get(cache.keyOf('a', []))).toBeUndefined();
  });

  it("is bypassed after this process's own ingest until its event is heard", () => {
    const cache = new TaggedResponses(1 << 20);
    cache.set(cache.keyOf('a', []), answer, [meeting]);
    cache.awaitIngestOf([{ typename: 'Document', id: globalId('Document', 9) }]);
    expect(cache.get(cache.keyOf('a', []))).toBeUndefined();
    cache.ingested(event('Person', 1)); // documentId 9
    expect(cache.get(cache.keyOf('a', []))).toBe(answer);
    cache.close();
  });

  it('makes the requests of a query being read wait for its answer, or read it themselves', async () => {
    const cache = new TaggedResponses(1 << 20);
    const first = cache.keyOf('a', []);
    expect(cache.get(first)).toBeUndefined(); // the first one reads
    const waiting = cache.get(cache.keyOf('a', []));
    expect(waiting).toBeInstanceOf(Promise);
    cache.set(first, answer, [meeting]);
    expect(await waiting).toBe(answer);

    const reader = cache.keyOf('b', []);
    expect(cache.get(reader)).toBeUndefined();
    const other = cache.get(cache.keyOf('b', []));
    cache.finished(reader); // answered with errors: nothing stored
    expect(await other).toBeUndefined();
    cache.close();
  });

  it('does not serve an answer to a key older than the answer (an old ETag)', () => {
    const cache = new TaggedResponses(1 << 20);
    const old = cache.keyOf('a', []);
    cache.ingested(event('Person', 1));
    cache.set(cache.keyOf('a', []), answer, [meeting]);
    expect(cache.get(old)).toBeUndefined();
    expect(cache.get(cache.keyOf('a', []))).toBe(answer);
  });
});
