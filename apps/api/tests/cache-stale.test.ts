// Stale-while-revalidate for top-level list pages and lookups by id (issue 12, "reads that stay
// fast while news streams in"): after an ingest invalidates a cached list page or lookup it is
// still served, for at most DOSSIER_RESPONSE_CACHE_MAX_STALE_MS, while one request reads it
// again in the background. A client that knows of an ingest names its document in
// `x-dossier-after-ingest` and gets an answer that shows it. A search is never served stale.
// Real yoga server, real PGlite, its SQL statements counted.
import { type IngestEvent, ingestDocument, openStore, type Store } from '@dossier/model';
import { globalId } from '@dossier/schema/global-id';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AFTER_INGEST_HEADER, STALE_HEADER, TaggedResponses } from '../src/cache.js';
import { createDossierYoga, type DossierYoga } from '../src/yoga.js';
import { testConfig } from './helpers.js';

const MINSK = `Russian Defense Minister Andrei Belousov met Belarusian Defense Minister Viktor Khrenin in Minsk on Tuesday. "Our cooperation is growing," Belousov said.`;
const ASTANA = `Kazakh Foreign Minister Murat Nurtleu held talks with Armenian Foreign Minister Ararat Mirzoyan in Astana on Friday. "We agreed to deepen trade," Nurtleu said.`;
const BEIJING = `Kazakh Foreign Minister Murat Nurtleu met Chinese Foreign Minister Wang Yi in Beijing on Monday.`;

/** The last page of the persons list: any new person changes it. */
const PERSONS = `query Persons { persons(first: 100) { edges { node { id name } } } }`;
const PERSON = `query Person($id: ID!) { node(id: $id) { id ... on Person { name } } }`;

interface Setup {
  store: Store;
  yoga: DossierYoga;
  /** SQL statements since the last `reset()`. */
  statements: () => number;
  reset: () => void;
  /** Ingests straight into the store (as another writer would) and waits until it is heard. */
  ingest: (text: string) => Promise<IngestEvent>;
}

const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function setup(maxStaleMs: number): Promise<Setup> {
  let statements = 0;
  const store = await openStore('memory://', { logger: { logQuery: () => void statements++ } });
  opened.push(store);
  const yoga = createDossierYoga({
    store,
    config: testConfig({ responseCache: true, responseCacheMaxStaleMs: maxStaleMs }),
  });
  const heard: IngestEvent[] = [];
  // subscribed after the cache: when this handler hears an ingest, the cache has heard it
  await store.onIngest((event) => heard.push(event));
  return {
    store,
    yoga,
    statements: () => statements,
    reset: () => {
      statements = 0;
    },
    ingest: async (text) => {
      const before = heard.length;
      await ingestDocument(store, { text, publishedAt: '2024-05-16' });
      for (let i = 0; i < 200 && heard.length === before; i++) await new Promise((r) => setTimeout(r, 10));
      expect(heard.length).toBe(before + 1);
      return heard.at(-1)!;
    },
  };
}

async function post<T>(
  yoga: DossierYoga,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

type Persons = { persons: { edges: Array<{ node: { id: string; name: string } }> } };
const names = async (yoga: DossierYoga, headers: Record<string, string> = {}) =>
  (await post<Persons>(yoga, PERSONS, {}, headers)).persons.edges.map((e) => e.node.name).sort();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads until the list shows `name` (the background refresh landed); bounded. */
async function untilListed(s: Setup, name: string): Promise<string[]> {
  let list = await names(s.yoga);
  for (let i = 0; i < 100 && !list.includes(name); i++) {
    await sleep(10);
    list = await names(s.yoga);
  }
  return list;
}

const SEARCH = `query Search($query: String!) { search(query: $query) { edges { node { node { id } } } } }`;
type Search = { search: { edges: Array<{ node: { node: { id: string } } }> } };

/** A lookup of a person by id: its name, and the `x-dossier-stale` header (null: fresh). */
async function lookupOf(
  yoga: DossierYoga,
  id: string,
  headers: Record<string, string> = {},
): Promise<{ name: string; stale: string | null }> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: PERSON, variables: { id } }),
  });
  const body = (await response.json()) as { data: { node: { name: string } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return { name: body.data.node.name, stale: response.headers.get(STALE_HEADER) };
}

/**
 * Murat Nurtleu's lookup by id, cached; then his name changed in the store behind the cache's
 * back (no ingest): a cached answer says 'Murat Nurtleu', a read of the store '… (renamed)'.
 * `lookup`: the SQL statements of one read of it.
 */
async function renamedBehindTheCache(s: Setup): Promise<{ nurtleu: string; lookup: number }> {
  await s.ingest(MINSK);
  await s.ingest(ASTANA);
  const list = await post<Persons>(s.yoga, PERSONS);
  const nurtleu = list.persons.edges.find((e) => e.node.name === 'Murat Nurtleu')!.node.id;
  s.reset();
  expect(await lookupOf(s.yoga, nurtleu)).toEqual({ name: 'Murat Nurtleu', stale: null });
  const lookup = s.statements();
  expect(lookup).toBeGreaterThan(0);
  await s.store.db.execute(`update actors set name = name || ' (renamed)' where name = 'Murat Nurtleu'`);
  s.reset();
  expect((await lookupOf(s.yoga, nurtleu)).name).toBe('Murat Nurtleu'); // cached
  expect(s.statements()).toBe(0);
  return { nurtleu, lookup };
}

describe('response cache, stale list pages and lookups by id', () => {
  it('serves a list page an ingest invalidated at once, and reads it again once for 20 readers', async () => {
    const s = await setup(60_000);
    await s.ingest(MINSK);
    s.reset();
    const before = await names(s.yoga);
    const oneRead = s.statements();
    expect(oneRead).toBeGreaterThan(0);
    expect(before).not.toContain('Murat Nurtleu');

    await s.ingest(ASTANA);
    s.reset();
    // twenty readers at once: all get the stale page, and the store is read once in the background
    const lists = await Promise.all(Array.from({ length: 20 }, () => names(s.yoga)));
    for (const list of lists) expect(list).toEqual(before);
    const after = await untilListed(s, 'Murat Nurtleu');
    expect(after).toContain('Viktor Khrenin');
    expect(s.statements()).toBe(oneRead);
  }, 60_000);

  it('never serves a stale page past the bound', () => {
    // no refresh is given here: only the bound ends the stale page
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const cache = new TaggedResponses(1 << 20, undefined, 1_000);
      const page = { data: { persons: { edges: [{ node: { id: globalId('Person', 1) } }] } } };
      const read = () => {
        const key = cache.keyOf('persons', ['Person@persons'], { keepStale: true });
        const answer = cache.get(key);
        cache.finished(key);
        return answer;
      };
      cache.set(cache.keyOf('persons', ['Person@persons'], { keepStale: true }), page, [
        { typename: 'Person', id: globalId('Person', 1) },
      ]);
      const event = (documentId: number): IngestEvent => ({
        documentId,
        created: {},
        merged: {},
        records: [{ type: 'Person', id: 2, created: true }],
      });
      cache.ingested(event(7));
      vi.advanceTimersByTime(600);
      cache.ingested(event(8)); // a later ingest does not extend the bound
      vi.advanceTimersByTime(400);
      expect(read()).toMatchObject({ data: page.data });
      vi.advanceTimersByTime(1);
      expect(read()).toBeUndefined();
      cache.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a lookup read while an ingest touched it as stale, within the bound from that ingest', () => {
    // on PGlite behind writers a read can take longer than the gap between ingests touching it:
    // such an answer was never stored, and every reader of it read the store
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (const [maxStaleMs, kept] of [
        [1_000, true],
        [0, false],
      ] as const) {
        const cache = new TaggedResponses(1 << 20, undefined, maxStaleMs);
        const person = globalId('Person', 1);
        const answer = { data: { node: { id: person, name: 'Murat Nurtleu' } } };
        const read = () => {
          const key = cache.keyOf('person', [], { keepStale: true });
          const got = cache.get(key);
          cache.finished(key);
          return got;
        };
        const key = cache.keyOf('person', [], { keepStale: true });
        expect(cache.get(key)).toBeUndefined(); // a miss: this request reads the store
        cache.ingested({
          documentId: 7,
          created: {},
          merged: {},
          records: [{ type: 'Person', id: 1, created: false }],
        });
        vi.advanceTimersByTime(600); // the read lands 600 ms after that ingest was heard
        cache.set(key, answer, [{ typename: 'Person', id: person }]);
        cache.finished(key);
        if (kept) {
          expect(read()).toEqual({
            ...answer,
            extensions: { http: { headers: { [STALE_HEADER]: globalId('Document', 7) } } },
          });
          vi.advanceTimersByTime(401); // past the bound, counted from the ingest
        }
        expect(read()).toBeUndefined();
        cache.close();
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers a request that names an ingest from the store, not from the stale page', async () => {
    const s = await setup(60_000);
    await s.ingest(MINSK);
    await names(s.yoga);
    const astana = await s.ingest(ASTANA);
    // the stale page says which ingest it does not show yet
    const stale = await s.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PERSONS }),
    });
    expect(stale.headers.get(STALE_HEADER)).toBe(globalId('Document', astana.documentId));
    const body = (await stale.json()) as { data: Persons; extensions?: unknown };
    expect(body.extensions).toBeUndefined();
    expect(body.data.persons.edges.map((e) => e.node.name)).not.toContain('Murat Nurtleu');
    const after = { [AFTER_INGEST_HEADER]: globalId('Document', astana.documentId) };
    expect(await names(s.yoga, after)).toContain('Murat Nurtleu');
    // its answer was stored: everyone gets it now, from memory
    s.reset();
    expect(await names(s.yoga)).toContain('Murat Nurtleu');
    expect(await names(s.yoga, after)).toContain('Murat Nurtleu');
    expect(s.statements()).toBe(0);
  }, 60_000);

  it('answers a request that names an ingest it has not heard yet from the store', async () => {
    const s = await setup(60_000);
    await s.ingest(MINSK);
    await names(s.yoga);
    // written without this server hearing it yet: as a replica's writer, before its NOTIFY arrives
    const unheard = { [AFTER_INGEST_HEADER]: globalId('Document', 999) };
    s.reset();
    await names(s.yoga, unheard);
    expect(s.statements()).toBeGreaterThan(0);
  }, 60_000);

  it('serves a lookup by id an ingest invalidated at once, stale, and reads it again once for 20 readers', async () => {
    const s = await setup(60_000);
    const { nurtleu, lookup } = await renamedBehindTheCache(s);
    const beijing = await s.ingest(BEIJING); // touches Nurtleu, creates Wang Yi
    s.reset();
    // twenty readers at once: all get the stale answer, saying which ingest it lacks
    const answers = await Promise.all(Array.from({ length: 20 }, () => lookupOf(s.yoga, nurtleu)));
    for (const answer of answers) {
      expect(answer.name).toBe('Murat Nurtleu');
      expect(answer.stale).toBe(globalId('Document', beijing.documentId));
    }
    // one request read it again in the background: then everyone gets the new answer from memory
    let answer = await lookupOf(s.yoga, nurtleu);
    for (let i = 0; i < 100 && answer.stale !== null; i++) {
      await sleep(10);
      answer = await lookupOf(s.yoga, nurtleu);
    }
    expect(answer).toEqual({ name: 'Murat Nurtleu (renamed)', stale: null });
    expect(s.statements()).toBe(lookup);
  }, 60_000);

  it('answers a lookup by id for a request that names the ingest from the store, not stale', async () => {
    const s = await setup(60_000);
    const { nurtleu } = await renamedBehindTheCache(s);
    const beijing = await s.ingest(BEIJING);
    const after = { [AFTER_INGEST_HEADER]: globalId('Document', beijing.documentId) };
    expect(await lookupOf(s.yoga, nurtleu)).toEqual({
      name: 'Murat Nurtleu',
      stale: globalId('Document', beijing.documentId),
    });
    expect(await lookupOf(s.yoga, nurtleu, after)).toEqual({ name: 'Murat Nurtleu (renamed)', stale: null });
    // its answer was stored: everyone gets it now, from memory
    s.reset();
    expect(await lookupOf(s.yoga, nurtleu)).toEqual({ name: 'Murat Nurtleu (renamed)', stale: null });
    expect(await lookupOf(s.yoga, nurtleu, after)).toEqual({ name: 'Murat Nurtleu (renamed)', stale: null });
    expect(s.statements()).toBe(0);
  }, 60_000);

  it('serves a lookup by id stale, while a search beside it is read again at once', async () => {
    const s = await setup(60_000);
    const { nurtleu } = await renamedBehindTheCache(s);
    const hits = async () =>
      (await post<Search>(s.yoga, SEARCH, { query: 'Wang' })).search.edges.map((e) => e.node.node.id);
    expect(await hits()).toEqual([]);
    await s.ingest(BEIJING);
    expect((await lookupOf(s.yoga, nurtleu)).name).toBe('Murat Nurtleu'); // the lookup: stale
    expect((await hits()).length).toBeGreaterThan(0); // the search: read again
  }, 60_000);

  it('drops an invalidated list page at once with DOSSIER_RESPONSE_CACHE_MAX_STALE_MS=0', async () => {
    for (const [maxStaleMs, stale] of [
      [5_000, true],
      [0, false],
    ] as const) {
      const s = await setup(maxStaleMs);
      await s.ingest(MINSK);
      await names(s.yoga);
      await s.ingest(ASTANA);
      s.reset();
      expect((await names(s.yoga)).includes('Murat Nurtleu')).toBe(!stale);
      expect(s.statements() > 0).toBe(!stale);
    }
  }, 60_000);

  it('drops an invalidated lookup by id at once with DOSSIER_RESPONSE_CACHE_MAX_STALE_MS=0', async () => {
    for (const [maxStaleMs, stale] of [
      [5_000, true],
      [0, false],
    ] as const) {
      const s = await setup(maxStaleMs);
      const { nurtleu } = await renamedBehindTheCache(s);
      await s.ingest(BEIJING);
      s.reset();
      const answer = await lookupOf(s.yoga, nurtleu);
      expect(answer.name).toBe(stale ? 'Murat Nurtleu' : 'Murat Nurtleu (renamed)');
      expect(answer.stale !== null).toBe(stale);
      expect(s.statements() > 0).toBe(!stale);
    }
  }, 60_000);
});
