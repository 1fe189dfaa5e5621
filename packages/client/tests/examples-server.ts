// A real Dossier API for the third-party client tests: the API package's yoga instance over an
// in-memory store, listening on a free loopback port, fed the project's fictional examples
// (examples/articles) through its own ingest mutation and the real extractor.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDossierYoga } from '@dossier/api';
import { openStore } from '@dossier/model';

export const clientDir = fileURLToPath(new URL('..', import.meta.url));
const examplesDir = resolve(clientDir, '../../examples/articles');

export interface ExampleArticle {
  file: string;
  title: string;
  text: string;
}

export interface ExamplesServer {
  endpoint: string;
  close(): Promise<void>;
}

export const INGEST_MUTATION = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { created document { id } }
}`;

/** The example articles in file order; each opens with its headline. */
export async function readExampleArticles(): Promise<ExampleArticle[]> {
  const files = (await readdir(examplesDir)).filter((file) => file.endsWith('.txt')).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(resolve(examplesDir, file), 'utf8');
      return { file, text, title: text.trim().split('\n')[0] ?? file };
    }),
  );
}

/** Sends one article through the API's ingest mutation, as any client would. */
export async function postArticle(endpoint: string, article: ExampleArticle): Promise<void> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: INGEST_MUTATION,
      variables: { input: { text: article.text, title: article.title, publisher: 'Example Wire' } },
    }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length)
    throw new Error(`${article.file}: ${body.errors.map((e) => e.message).join('; ')}`);
}

/** Starts the API on memory:// and ingests `articles` before resolving. */
export async function startExamplesServer(articles: ExampleArticle[]): Promise<ExamplesServer> {
  const store = await openStore('memory://');
  const yoga = createDossierYoga({
    store,
    config: {
      host: '127.0.0.1',
      writeToken: null,
      maxTextBytes: 1024 * 1024,
      graphiql: false,
      introspection: true,
    },
  });
  const server = createServer(yoga);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  for (const article of articles) await postArticle(endpoint, article);
  return {
    endpoint,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await store.close();
    },
  };
}
