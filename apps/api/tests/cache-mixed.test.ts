// The response cache while news streams in (issue 12, "reads that stay fast"):
// - a full first page in ingestion order stays cached when an ingest only touches records
//   that are not on it and creates records that come after it;
// - right after this process's own ingest answers, before its event is heard (PostgreSQL
//   delivers it on another connection), the readers of one query read the store once, not
//   once each.
// Both against the real yoga server and a real store (PGlite), counting its SQL statements.
import { type IngestEvent, ingestDocument, openStore, type Store } from '@dossier/model';
import { globalId } from '@dossier/schema/global-id';
import { afterEach, describe, expect, it } from 'vitest';
import { AFTER_INGEST_HEADER, answerTags, TaggedResponses } from '../src/cache.js';
import { createDossierYoga, type DossierYoga } from '../src/yoga.js';
import { graphqlData, testConfig } from './helpers.js';

const MINSK = `Russian Defense Minister Andrei Belousov met Belarusian Defense Minister Viktor Khrenin in Minsk on Tuesday. "Our cooperation is growing," Belousov said.`;
const ASTANA = `Kazakh Foreign Minister Murat Nurtleu held talks with Armenian Foreign Minister Ararat Mirzoyan in Astana on Friday. "We agreed to deepen trade," Nurtleu said.`;
const BEIJING = `Kazakh Foreign Minister Murat Nurtleu met Chinese Foreign Minister Wang Yi in Beijing on Monday.`;
const MOSCOW = `Belarusian Defense Minister Viktor Khrenin and Russian Defense Minister Andrei Belousov held talks in Moscow on Thursday.`;

const FIRST_PERSON = `query First { persons(first: 1) { pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;
const INGEST = `mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { created document { id } } }`;

interface Setup {
  store: Store;
  yoga: DossierYoga;
  /** SQL statements since the last `reset()`. */
  statements: () => number;
  reset: () => void;
}

const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

/** A yoga server over a fresh PGlite store whose SQL statements are counted. */
async function setup(wrapStore: (store: Store) => Store = (s) => s): Promise<Setup> {
  let statements = 0;
  const store = await openStore('memory://', { logger: { logQuery: () => void statements++ } });
  opened.push(store);
  const yoga = createDossierYoga({ store: wrapStore(store), config: testConfig({ responseCache: true }) });
  return {
    store,
    yoga,
    statements: () => statements,
    reset: () => {
      statements = 0;
    },
  };
}

const post = graphqlData;

type Page = { persons: { pageInfo: { hasNextPage: boolean }; edges: Array<{ node: { name: string } }> } };

describe('response cache, a full page in ingestion order', () => {
  it('stays cached when an ingest touches no record on it and creates records after it', async () => {
    const s = await setup();
    const heard: IngestEvent[] = [];
    // subscribed after the cache: when this handler hears an ingest, the cache has heard it
    await s.store.onIngest((event) => heard.push(event));
    const ingest = async (text: string) => {
      const before = heard.length;
      await ingestDocument(s.store, { text, publishedAt: '2024-05-16' });
      for (let i = 0; i < 100 && heard.length === before; i++) await new Promise((r) => setTimeout(r, 10));
      expect(heard.length).toBe(before + 1);
      return heard.at(-1)!;
    };
    /** `after`: an ingest the answer must show (a list page it changed may be served stale). */
    const read = async (after?: IngestEvent) => {
      s.reset();
      const headers: Record<string, string> = after
        ? { [AFTER_INGEST_HEADER]: globalId('Document', after.documentId) }
        : {};
      const response = await s.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: FIRST_PERSON }),
      });
      const page = ((await response.json()) as { data: Page }).data;
      return { names: page.persons.edges.map((e) => e.node.name), statements: s.statements() };
    };

    await ingest(MINSK);
    await ingest(ASTANA);
    const first = await read();
    expect(first.statements).toBeGreaterThan(0);
    expect(first.names).toHaveLength(1);
    expect(['Andrei Belousov', 'Viktor Khrenin']).toContain(first.names[0]);
    expect((await read()).statements).toBe(0);

    // Nurtleu (not on the page) gains evidence, Wang Yi is new (after the page): still cached
    const beijing = await ingest(BEIJING);
    expect(beijing.records).toContainEqual({ type: 'Person', id: expect.any(Number), created: true });
    expect(beijing.records).toContainEqual({ type: 'Person', id: expect.any(Number), created: false });
    expect(await read()).toEqual({ names: first.names, statements: 0 });

    // the person on the page gains evidence: read again
    const moscow = await ingest(MOSCOW);
    const after = await read(moscow);
    expect(after.statements).toBeGreaterThan(0);
    expect(after.names).toEqual(first.names);
  }, 60_000);
});

describe('response cache, right after its own ingest', () => {
  it('reads the store once for many readers of one query while the ingest is unheard', async () => {
    // PostgreSQL hears an ingest on another connection, after the writer got its answer: the
    // store's events are held back here until the test lets them through
    const held: Array<() => void> = [];
    let holding = false;
    const s = await setup((store) => ({
      ...store,
      onIngest: (handler, options) =>
        store.onIngest((event) => (holding ? held.push(() => handler(event)) : handler(event)), options),
    }));
    await ingestDocument(s.store, { text: MINSK, publishedAt: '2024-05-16' });
    await ingestDocument(s.store, { text: ASTANA, publishedAt: '2024-05-17' });
    const readers = async (count: number) => {
      s.reset();
      const pages = await Promise.all(Array.from({ length: count }, () => post<Page>(s.yoga, FIRST_PERSON)));
      for (const page of pages) expect(page.persons.edges).toHaveLength(1);
      return s.statements();
    };
    const one = await readers(1);
    expect(one).toBeGreaterThan(0);
    expect(await readers(10)).toBe(0); // cached

    holding = true;
    await post(s.yoga, INGEST, { input: { text: BEIJING, publishedAt: '2024-05-20' } });
    for (let i = 0; i < 100 && held.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    // its answer is out, its event is not heard: ten readers, one read of the store
    expect(await readers(10)).toBe(one);
    holding = false;
    for (const deliver of held.splice(0)) deliver();
    expect(await readers(10)).toBeLessThanOrEqual(one);
  }, 60_000);
});

describe('TaggedResponses, pages in ingestion order', () => {
  const person = (id: number) => ({ typename: 'Person', id: globalId('Person', id) });
  const page = (ids: number[], hasNextPage: boolean) => ({
    data: {
      persons: {
        pageInfo: { hasNextPage },
        edges: ids.map((id) => ({ node: { id: globalId('Person', id) } })),
      },
    },
  });
  const event = (records: Array<{ id: number; created: boolean }>, documentId = 9): IngestEvent => ({
    documentId,
    created: {},
    merged: {},
    records: records.map((r) => ({ type: 'Person', ...r })),
  });

  it('bounds a full page by its last record, and nothing else', () => {
    expect(answerTags(['Person@persons'], page([1, 5], true))).toEqual({
      tags: new Set(['Person']),
      bounds: new Map([['Person', 5]]),
    });
    // the last page, a page whose ids were not read, a type also asked for unpaged
    expect(answerTags(['Person@persons'], page([1, 5], false)).bounds.size).toBe(0);
    expect(
      answerTags(['Person@persons'], { data: { persons: { pageInfo: { hasNextPage: true } } } }).bounds.size,
    ).toBe(0);
    expect(answerTags(['Person', 'Person@persons'], page([1, 5], true)).bounds.size).toBe(0);
    expect(answerTags(['Person@persons'], page([1, 5], true)).tags).toEqual(new Set(['Person']));
  });

  it('is dropped by a record on it or a new record before its end, not by others', () => {
    const cache = new TaggedResponses(1 << 20);
    const store = (ids: number[], next: boolean) => {
      const value = page(ids, next);
      cache.set(cache.keyOf('a', ['Person@persons']), value, ids.map(person));
      return value;
    };
    /** The stored answer; a miss gives up its read at once (no request would be waiting). */
    const get = () => {
      const key = cache.keyOf('a', ['Person@persons']);
      const answer = cache.get(key);
      if (answer === undefined) cache.finished(key);
      return answer;
    };
    let value = store([1, 5], true);
    cache.ingested(event([{ id: 7, created: false }])); // not on the page
    cache.ingested(event([{ id: 8, created: true }])); // after it
    expect(get()).toBe(value);
    cache.ingested(event([{ id: 5, created: false }])); // on it
    expect(get()).toBeUndefined();

    value = store([1, 5], true);
    cache.ingested(event([{ id: 3, created: true }])); // created before its end (a late commit)
    expect(get()).toBeUndefined();

    value = store([1, 5], false); // the last page: any new record joins it
    cache.ingested(event([{ id: 9, created: true }]));
    expect(get()).toBeUndefined();
  });

  it('stores an answer whose type an ingest touched while it was read, unless it reached the page', () => {
    const cache = new TaggedResponses(1 << 20);
    const key = cache.keyOf('a', ['Person@persons']);
    cache.ingested(event([{ id: 8, created: true }]));
    const value = page([1, 5], true);
    cache.set(key, value, [person(1), person(5)]);
    expect(cache.get(cache.keyOf('a', ['Person@persons']))).toBe(value);

    const other = cache.keyOf('b', ['Person@persons']);
    cache.ingested(event([{ id: 2, created: true }]));
    cache.set(other, page([1, 5], true), [person(1), person(5)]);
    expect(cache.get(cache.keyOf('b', ['Person@persons']))).toBeUndefined();
  });
});

describe('TaggedResponses, after its own ingest', () => {
  const answer = { data: { node: { id: 'x' } } };
  const own = { typename: 'Document', id: globalId('Document', 9) };

  it('makes readers wait only for a read that started after the ingest answered', async () => {
    const cache = new TaggedResponses(1 << 20);
    const early = cache.keyOf('a', []);
    expect(cache.get(early)).toBeUndefined(); // reads, from before the ingest
    cache.awaitIngestOf([own]);
    const late = cache.keyOf('a', []);
    expect(cache.get(late)).toBeUndefined(); // reads itself: the early read may miss the ingest
    const waiting = cache.get(cache.keyOf('a', []));
    expect(waiting).toBeInstanceOf(Promise);
    cache.set(early, { data: { node: { id: 'old' } } }, []);
    cache.set(late, answer, []);
    expect(await waiting).toBe(answer);
    cache.close();
  });

  it('gives waiters no older answer when the one they waited for was not kept', async () => {
    const cache = new TaggedResponses(1 << 20);
    cache.set(cache.keyOf('a', []), answer, []);
    cache.awaitIngestOf([own]);
    const reader = cache.keyOf('a', []);
    expect(cache.get(reader)).toBeUndefined(); // the stored answer may predate the ingest
    const waiting = cache.get(cache.keyOf('a', []));
    cache.finished(reader); // answered with errors: nothing stored
    expect(await waiting).toBeUndefined();
    cache.close();
  });
});
