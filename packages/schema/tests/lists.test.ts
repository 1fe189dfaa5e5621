// Bounded reads: evidence context is cut inside the database (UTF-16 offsets, astral characters
// included) and never loads a document's text; every list field is capped by `first`.
import { actors, documents, evidence, type Store } from '@dossier/model';
import { createPostgresTestStore, createTestStore } from '@dossier/model/testing';
import { type ExecutionResult, execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLContext, schema } from '../src/index.js';
import { MAX_LIST_SIZE } from '../src/lists.js';

// biome-ignore lint/suspicious/noExplicitAny: responses are read as loose JSON in these tests
type Loose = Record<string, any>;

// Astral characters (two UTF-16 code units, one PostgreSQL character) before, inside and after
// the spans: a count in characters instead of code units would shift every context.
const EMOJI_TEXT = 'Fans 🎉🎉 cheered 𝐁𝐢𝐠 news: Ann Lee met Bo Park in Oslo 🇳🇴 on Monday, and 🙂 Lee spoke.';
const LONG_TEXT = 'Ann Lee spoke. '.repeat(800);

type Open = (log: (sql: string) => void) => Promise<Store>;
const serverUrl = process.env.TEST_DATABASE_URL;
const backends: Array<[string, Open]> = [['PGlite', (log) => createTestStore({ logger: { logQuery: log } })]];
if (serverUrl)
  backends.push(['PostgreSQL', (log) => createPostgresTestStore(serverUrl, { logger: { logQuery: log } })]);

describe.each(backends)('bounded lists on %s', (_name, open) => {
  const statements: string[] = [];
  let store: Store;
  let personId = 0;
  const run = async (query: string): Promise<ExecutionResult<Loose>> => {
    const contextValue: GraphQLContext = { store, canWrite: false, requestId: 'test' };
    return (await execute({ schema, document: parse(query), contextValue })) as ExecutionResult<Loose>;
  };

  beforeAll(async () => {
    store = await open((sql) => statements.push(sql));
    const [emoji, long] = await store.db
      .insert(documents)
      .values([
        { contentHash: 'emoji', text: EMOJI_TEXT, publisher: 'Wire' },
        { contentHash: 'long', text: LONG_TEXT, publisher: 'Other Wire' },
      ])
      .returning();
    const [person] = await store.db
      .insert(actors)
      .values({
        kind: 'person',
        key: 'person:lee',
        name: 'Ann Lee',
        aliases: Array.from({ length: 150 }, (_, i) => `Lee ${i}`),
      })
      .returning();
    personId = person!.id;
    const span = (doc: { id: number; text: string }, exact: string, from = 0) => {
      const start = doc.text.indexOf(exact, from);
      return {
        documentId: doc.id,
        target: `actor:${person!.id}`,
        actorId: person!.id,
        start,
        end: start + exact.length,
        exact,
      };
    };
    const repeats = Array.from({ length: 800 }, (_, i) => ({
      ...span(long!, 'Ann Lee', i * 15),
      target: `a${i}`,
    }));
    await store.db
      .insert(evidence)
      .values([span(emoji!, 'Ann Lee'), span(emoji!, 'Lee spoke'), span(emoji!, 'Oslo'), ...repeats]);
  }, 60_000);
  afterAll(() => store?.close());

  it('cuts prefix and suffix in UTF-16 code units, astral characters included', async () => {
    const res = await run(`{ persons(first: 1) { edges { node {
      evidence(first: 3) { start end exact prefix suffix } } } } }`);
    expect(res.errors).toBeUndefined();
    const spans = res.data!.persons.edges[0].node.evidence as Loose[];
    expect(spans).toHaveLength(3);
    for (const e of spans) {
      expect(e.exact).toBe(EMOJI_TEXT.slice(e.start, e.end));
      expect(e.prefix).toBe(EMOJI_TEXT.slice(Math.max(0, e.start - 32), e.start));
      expect(e.suffix).toBe(EMOJI_TEXT.slice(e.end, e.end + 32));
    }
  });

  it('never reads a document text for evidence or sources', async () => {
    statements.length = 0;
    const res = await run(`{ persons(first: 1) { edges { node { evidence(first: 5) { prefix suffix
      document { id title } } sources { id title publisher } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.persons.edges[0].node.sources).toHaveLength(2);
    // The text is read only inside the context expressions, never returned as a column.
    const selectsText = statements.filter((sql) => /"text"/.test(sql.replace(/left\(d\.text/g, '')));
    expect(selectsText).toEqual([]);
  });

  it('caps evidence at its default and at `first`, and refuses more than the maximum', async () => {
    const all = await run('{ persons(first: 1) { edges { node { evidence { start } } } } }');
    expect(all.data!.persons.edges[0].node.evidence).toHaveLength(500);
    const ten = await run('{ persons(first: 1) { edges { node { evidence(first: 10) { start } } } } }');
    expect(ten.data!.persons.edges[0].node.evidence).toHaveLength(10);
    const tooMany = await run(
      `{ persons(first: 1) { edges { node { evidence(first: ${MAX_LIST_SIZE + 1}) { start } } } } }`,
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('INVALID_PAGE_SIZE');
  });

  it('caps lists stored in a column (aliases)', async () => {
    const res = await run('{ persons(first: 1) { edges { node { aliases a2: aliases(first: 2) } } } }');
    const node = res.data!.persons.edges[0].node;
    expect(node.aliases).toHaveLength(100);
    expect(node.a2).toEqual(['Lee 0', 'Lee 1']);
    expect(personId).toBeGreaterThan(0);
  });
});

describe('date filters', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore();
  }, 30_000);
  afterAll(() => store?.close());

  it.each(['0000-01-01', '2024-02-30', '10000-01-01'])(
    'refuses the day %s as a value of the Date type, never with a database error',
    async (day) => {
      const contextValue: GraphQLContext = { store, canWrite: false, requestId: 'test' };
      for (const field of ['meetings', 'documents', 'statements']) {
        const res = (await execute({
          schema,
          document: parse(`query($d: Date) { ${field}(first: 1, filter: { from: $d }) { totalCount } }`),
          variableValues: { d: day },
          contextValue,
        })) as ExecutionResult<Loose>;
        expect(res.errors?.[0]?.message).toMatch(/Date must be an ISO calendar date/);
        expect(res.data ?? null).toBeNull();
      }
    },
  );
});
