// A real Dossier API for the tests: the API package's yoga instance over an in-memory store,
// listening on a free port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDossierYoga } from '@dossier/api';
import { ingestDocument, openStore, type Store } from '@dossier/model';
import { TALLINN_ARTICLE, tallinnExtraction } from './fixture.js';

export interface TestServer {
  endpoint: string;
  store: Store;
  close(): Promise<void>;
}

export async function startTestServer(options: { writeToken?: string } = {}): Promise<TestServer> {
  const store = await openStore('memory://');
  // The hand-made extraction goes in through the store; everything else through the API.
  await ingestDocument(
    store,
    {
      text: TALLINN_ARTICLE,
      title: 'Estonia and Finland plan a shared power reserve',
      publisher: 'Test Wire',
      publishedAt: '2025-05-06',
    },
    { extractor: tallinnExtraction },
  );
  const yoga = createDossierYoga({
    store,
    config: {
      host: '127.0.0.1',
      writeToken: options.writeToken ?? null,
      maxTextBytes: 1024 * 1024,
      graphiql: false,
      introspection: true,
    },
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/graphql`,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
