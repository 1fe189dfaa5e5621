// Extraction in the server's worker pool: ingests work as before, and a document over its time
// budget is stopped with a coded error, writing nothing, while the server goes on answering.
import type { Store } from '@dossier/model';
import { createTestStore } from '@dossier/model/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractionPool, type ExtractionPool } from '../src/extraction-pool.js';
import { createDossierYoga, type DossierYoga } from '../src/yoga.js';
import { testConfig } from './helpers.js';

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) { created createdRecords { persons meetings } }
  }
`;
const ARTICLE =
  'LISBON, May 6, 2025 — Portuguese Foreign Minister Rui Costa met Irish Foreign Minister Niamh Byrne in Lisbon on Tuesday.';
// Close to the 1 MiB cap of ordinary news text: whatever the machine, extracting it takes far
// longer than the 50 ms budget below (a hostile shape is no longer slow: extraction is linear).
const SLOW = `${ARTICLE} Costa said the talks were useful. `.repeat(5_500);

let store: Store;
const pools: ExtractionPool[] = [];
beforeAll(async () => {
  store = await createTestStore();
}, 60_000);
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  await store?.close();
});

function yogaWithPool(budgetMs: number): DossierYoga {
  const pool = createExtractionPool({ budgetMs });
  pools.push(pool);
  return createDossierYoga({
    store,
    extract: pool.extract,
    config: testConfig(),
  });
}

async function post(yoga: DossierYoga, query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}

describe('extraction in the worker pool', () => {
  it('ingests a document as on the main thread', async () => {
    const body = await post(yogaWithPool(60_000), INGEST, { input: { text: ARTICLE } });
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({
      ingestDocument: { created: true, createdRecords: { persons: 2, meetings: 1 } },
    });
  }, 60_000);

  it('stops a document over its budget with EXTRACTION_TIMEOUT, writes nothing, and serves on', async () => {
    const yoga = yogaWithPool(50);
    const documentCount = async () =>
      (
        (await store.db.execute('select count(*)::int as n from documents')) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n;
    const before = await documentCount();
    const body = await post(yoga, INGEST, { input: { text: SLOW } });
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/took longer than 50 ms and was stopped; nothing was written/),
      extensions: { code: 'EXTRACTION_TIMEOUT' },
    });
    expect(await documentCount()).toBe(before);
    const read = await post(yoga, '{ documents(first: 1) { edges { node { id } } } }');
    expect(read.errors).toBeUndefined();
  }, 60_000);
});
