// Two API replicas on one PostgreSQL database, each a real `dossier serve` process with its own
// response cache: a write through one is seen by a read through the other, and a cached answer
// of the reader is never served after it. Invalidation travels by LISTEN/NOTIFY, not memory.
import type { Store } from '@dossier/model';
import { createPostgresTestStore } from '@dossier/model/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './helpers.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('[api] TEST_DATABASE_URL is not set: the two-replica cache test is skipped');

const TOKEN = 'replica-test-token-0123456789-abcdefgh';

const MEETINGS = /* GraphQL */ `
  query Meetings($first: Int!) {
    meetings(first: $first) { edges { node { id place { name } } } }
  }
`;
const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) { created document { id } }
  }
`;

const FIRST = `Finnish Defence Minister Aino Virta met Estonian Defence Minister Mart Kask in Tallinn on Tuesday. "Our cooperation is growing," Virta said.`;
const THIRD = `Latvian Foreign Minister Ilze Berzina met Lithuanian Foreign Minister Tomas Rimkus in Vilnius on Monday. "Our ports must work together," Berzina said.`;
const SECOND = `Polish Foreign Minister Jan Nowak held talks with Czech Foreign Minister Jana Novak in Prague on Friday. "We agreed to deepen trade," Nowak said.`;

async function graphql<T>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(server.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

describe.skipIf(!pgUrl)('two API replicas on one PostgreSQL database', () => {
  let owner: Store & { url: string };
  let reader: RunningServer;
  let writer: RunningServer;

  beforeAll(async () => {
    // a fresh, migrated database that the two processes share (dropped at the end)
    owner = await createPostgresTestStore(pgUrl!);
    [reader, writer] = await Promise.all([
      startServer(['--database', owner.url], { DOSSIER_WRITE_TOKEN: TOKEN, DOSSIER_RESPONSE_CACHE: '1' }),
      startServer(['--database', owner.url], { DOSSIER_WRITE_TOKEN: TOKEN, DOSSIER_RESPONSE_CACHE: '1' }),
    ]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([reader?.stop(), writer?.stop()]);
    await owner?.close();
  }, 30_000);

  const places = async (server: RunningServer): Promise<string[]> => {
    const data = await graphql<{ meetings: { edges: Array<{ node: { place: { name: string } | null } }> } }>(
      server,
      MEETINGS,
      { first: 50 },
    );
    return data.meetings.edges.map((edge) => edge.node.place?.name ?? '').sort();
  };
  const ingestThrough = (server: RunningServer, text: string, publishedAt: string) =>
    graphql<{ ingestDocument: { created: boolean } }>(
      server,
      INGEST,
      { input: { text, publishedAt } },
      TOKEN,
    );

  it("serves a write through one replica on the other's next reads, though it had cached them", async () => {
    expect((await ingestThrough(writer, FIRST, '2024-05-14')).ingestDocument.created).toBe(true);
    // The reader may answer before the notification of this first write has reached it; wait
    // (bounded) until it shows the meeting, then read again so that the answer is cached.
    let before = await places(reader);
    for (let i = 0; i < 50 && !before.includes('Tallinn'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      before = await places(reader);
    }
    expect(before).toEqual(['Tallinn']);
    expect(await places(reader)).toEqual(before);

    expect((await ingestThrough(writer, SECOND, '2024-05-17')).ingestDocument.created).toBe(true);
    let after = await places(reader);
    for (let i = 0; i < 50 && after.length === before.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await places(reader);
    }
    expect(after).toEqual(['Prague', 'Tallinn']);
    // and the writer itself agrees
    expect(await places(writer)).toEqual(['Prague', 'Tallinn']);
  }, 60_000);

  it('listen again after their LISTEN backends are terminated, and serve the next write', async () => {
    const listeners = async () =>
      (
        (await owner.db.execute(
          `select pid from pg_stat_activity where datname = current_database() and query ilike 'listen %'`,
        )) as unknown as { rows: unknown[] }
      ).rows.length;
    expect(await listeners()).toBe(2);
    await owner.db.execute(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen %'`,
    );
    const before = await places(reader);
    expect(await places(reader)).toEqual(before); // cached again
    // both replicas open their listening connection again (with backoff)
    for (let i = 0; i < 100 && (await listeners()) < 2; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await listeners()).toBe(2);

    expect((await ingestThrough(writer, THIRD, '2024-05-20')).ingestDocument.created).toBe(true);
    let after = await places(reader);
    for (let i = 0; i < 50 && after.length === before.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await places(reader);
    }
    expect(after).toEqual([...before, 'Vilnius'].sort());
  }, 60_000);
});
