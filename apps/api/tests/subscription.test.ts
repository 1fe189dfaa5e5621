// Live updates over Server-Sent Events: a client subscribed to documentIngested hears each
// document ingested, with the records it created.
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

describe('documentIngested over SSE', () => {
  it('streams an event for each ingested document', async () => {
    const abort = new AbortController();
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query:
          'subscription { documentIngested { document { title } records { created node { __typename } } } }',
      }),
      signal: abort.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();

    await new Promise((r) => setTimeout(r, 100));
    const ingest = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { created } }',
        variables: {
          input: {
            title: 'Talks in Lisbon',
            text: 'LISBON, May 5 — Portuguese Foreign Minister Rui Costa met Spanish Foreign Minister Ana Vidal in Lisbon on Monday.',
          },
        },
      }),
    });
    expect((await ingest.json()).data.ingestDocument.created).toBe(true);

    let received = '';
    while (!received.includes('event: next')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += value;
    }
    abort.abort();
    const data = JSON.parse(/data: (.*)/.exec(received.slice(received.indexOf('event: next')))![1]!);
    expect(data.data.documentIngested.document.title).toBe('Talks in Lisbon');
    expect(data.data.documentIngested.records.length).toBeGreaterThan(0);
    expect(data.data.documentIngested.records.every((r: { created: boolean }) => r.created)).toBe(true);
  });
});
