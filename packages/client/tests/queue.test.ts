// The client against an API that queues ingests for workers (PostgreSQL): ingestDocument waits
// for the job and returns the stored document, as it does against an inline server; a job that
// fails throws its code.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDossierYoga, createLogger, type RunningWorker, startWorker } from '@dossier/api';
import { type JobQueue, openJobQueue, openStore, type Store } from '@dossier/model';
import { createPostgresTestStore } from '@dossier/model/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDossierClient, DossierClientError } from '../src/index.js';
import { VILNIUS_ARTICLE } from './fixture.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('[client] TEST_DATABASE_URL is not set: the queued ingest test is skipped');

describe.skipIf(!pgUrl)('ingestDocument where the server queues ingests', () => {
  let owner: Store & { url: string };
  let store: Store;
  let jobs: JobQueue;
  let worker: RunningWorker;
  let server: Server;
  let endpoint: string;

  beforeAll(async () => {
    owner = await createPostgresTestStore(pgUrl!);
    store = await openStore(owner.url);
    jobs = await openJobQueue(owner.url);
    // no wait: every answer is a job that the client has to follow
    const yoga = createDossierYoga({
      store,
      jobs,
      config: {
        host: '127.0.0.1',
        writeToken: null,
        maxTextBytes: 1024 * 1024,
        graphiql: false,
        introspection: true,
        ingestMode: 'queue',
        ingestWaitMs: 0,
      },
    });
    server = createServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    worker = await startWorker(
      { databaseUrl: owner.url, workerConcurrency: 1 },
      createLogger({ level: 'silent' }),
    );
  }, 60_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await worker?.close();
    await jobs?.close();
    await store?.close();
    await owner?.close();
  }, 30_000);

  it('returns the stored document once the worker has it', async () => {
    const client = createDossierClient({ endpoint });
    const result = await client.ingestDocument({ text: VILNIUS_ARTICLE, title: 'Vilnius' });
    expect(result).toMatchObject({ created: true, document: { title: 'Vilnius' } });
    expect(result.document.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.createdRecords.meetings).toBeGreaterThan(0);
    const again = await client.ingestDocument({ text: VILNIUS_ARTICLE });
    expect(again).toMatchObject({ created: false, document: { id: result.document.id } });
  }, 30_000);

  it('throws the code of a job that failed', async () => {
    const client = createDossierClient({ endpoint });
    const failing = client.ingestDocument({ text: '<html><body><nav></nav></body></html>', format: 'HTML' });
    await expect(failing).rejects.toBeInstanceOf(DossierClientError);
    await expect(failing).rejects.toMatchObject({ code: 'EMPTY_TEXT' });
  }, 30_000);
});
