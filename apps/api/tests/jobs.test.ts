// Ingestion through the job queue, seen through the API: in queue mode ingestDocument answers
// with the document once a worker stored it, or with the job when the wait ran out; refused
// input is refused before it is queued; a job whose input the model refuses ends FAILED with
// its code; `jobs` counts by state and is never answered from the response cache; /metrics
// shows the queue. Inline mode (and the embedded store) behave as before.
import { type JobQueue, openJobQueue, openStore, type Store } from '@dossier/model';
import { createPostgresTestStore } from '@dossier/model/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertQueueHasPostgres, ConfigError, loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { type RunningWorker, startWorker } from '../src/worker.js';
import { createDossierYoga, type DossierYoga } from '../src/yoga.js';
import { createTestServer, testConfig } from './helpers.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('[api] TEST_DATABASE_URL is not set: the job queue API tests are skipped');

const ARTICLE = `Finnish Defence Minister Aino Virta met Estonian Defence Minister Mart Kask in Tallinn on Tuesday. "Our cooperation is growing," Virta said.`;
const OTHER = `Polish Foreign Minister Jan Nowak held talks with Czech Foreign Minister Jana Novak in Prague on Friday. "We agreed to deepen trade," Nowak said.`;
const NO_ARTICLE = '<html><body><nav></nav></body></html>';

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) {
      created
      document { id title }
      createdRecords { meetings }
      warnings
      job { id state attempts error { code } }
    }
  }
`;
const JOBS = /* GraphQL */ `
  query Jobs($state: JobState) {
    jobs(first: 10, filter: { state: $state }) {
      totalCount
      countsByState { queued retry active completed cancelled failed }
      edges { node { id state attempts maxAttempts error { code message retryable } document { id } } }
    }
  }
`;
const JOB = /* GraphQL */ `
  query Job($id: ID!) {
    node(id: $id) {
      __typename
      ... on Job { state attempts result { created document { id } } }
    }
  }
`;

interface Result<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function run<T = Record<string, unknown>>(
  yoga: DossierYoga,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Result<T>> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Result<T>;
}

const silent = createLogger({ level: 'silent' });

function queueYoga(store: Store, jobs: JobQueue, ingestWaitMs: number): DossierYoga {
  return createDossierYoga({
    store,
    jobs,
    config: testConfig({ responseCache: true, ingestMode: 'queue', ingestWaitMs }),
  });
}

describe('the ingest mode setting', () => {
  it('is inline unless DOSSIER_INGEST_MODE says queue', () => {
    expect(loadConfig({}, {}).ingestMode).toBe('inline');
    expect(loadConfig({}, { DOSSIER_INGEST_MODE: 'Queue' }).ingestMode).toBe('queue');
    expect(() => loadConfig({}, { DOSSIER_INGEST_MODE: 'workers' })).toThrow(ConfigError);
  });

  it('refuses queue mode on an embedded store, and accepts it on PostgreSQL', () => {
    const embedded = loadConfig({ database: 'memory://' }, { DOSSIER_INGEST_MODE: 'queue' });
    expect(() => assertQueueHasPostgres(embedded)).toThrow(/needs a PostgreSQL store/);
    const server = loadConfig({ database: 'postgres://db/dossier' }, { DOSSIER_INGEST_MODE: 'queue' });
    expect(() => assertQueueHasPostgres(server)).not.toThrow();
    expect(() => assertQueueHasPostgres({ ...embedded, ingestMode: 'inline' })).not.toThrow();
  });

  it('reads the wait and the worker concurrency within their ranges', () => {
    expect(loadConfig({}, {})).toMatchObject({ ingestWaitMs: 10_000, workerConcurrency: 1 });
    expect(loadConfig({ concurrency: '4' }, { DOSSIER_WORKER_CONCURRENCY: '2' }).workerConcurrency).toBe(4);
    expect(loadConfig({}, { DOSSIER_INGEST_WAIT_MS: '0' }).ingestWaitMs).toBe(0);
    expect(() => loadConfig({ concurrency: '0' }, {})).toThrow(/--concurrency must be a whole number from 1/);
    expect(() => loadConfig({}, { DOSSIER_INGEST_WAIT_MS: '1.5' })).toThrow(ConfigError);
  });

  it('leaves an embedded store as it was: the document in the answer, no job, an empty jobs list', async () => {
    const { store, yoga } = await createTestServer();
    try {
      const ingested = await run<{ ingestDocument: { created: boolean; job: unknown } }>(yoga, INGEST, {
        input: { text: ARTICLE },
      });
      expect(ingested.data?.ingestDocument).toMatchObject({ created: true, job: null });
      const jobs = await run(yoga, JOBS);
      expect(jobs.data?.jobs).toEqual({
        totalCount: 0,
        countsByState: { queued: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0 },
        edges: [],
      });
    } finally {
      await store.close();
    }
  }, 30_000);
});

describe.skipIf(!pgUrl)('queued ingests through the API (PostgreSQL)', () => {
  let owner: Store & { url: string };
  let store: Store;
  let jobs: JobQueue;
  let workers: RunningWorker[] = [];

  beforeAll(async () => {
    owner = await createPostgresTestStore(pgUrl!);
    store = await openStore(owner.url);
    jobs = await openJobQueue(owner.url);
  }, 60_000);

  afterEach(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    workers = [];
  }, 30_000);

  afterAll(async () => {
    await jobs?.close();
    await store?.close();
    await owner?.close();
  }, 30_000);

  it('answers with the job when no worker took it within the wait, then the job completes', async () => {
    const yoga = queueYoga(store, jobs, 200);
    const answer = await run<{ ingestDocument: Record<string, unknown> & { job: { id: string } } }>(
      yoga,
      INGEST,
      { input: { text: ARTICLE, title: 'Tallinn talks' } },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.ingestDocument).toMatchObject({
      created: null,
      document: null,
      createdRecords: null,
      warnings: [],
      job: { state: 'QUEUED', attempts: 0, error: null },
    });
    const id = answer.data!.ingestDocument.job.id;
    const queued = await run<{ jobs: { countsByState: Record<string, number> } }>(yoga, JOBS);
    expect(queued.data?.jobs.countsByState).toMatchObject({ queued: 1, completed: 0 });

    workers.push(await startWorker({ databaseUrl: owner.url, workerConcurrency: 1 }, silent));
    let job: Record<string, unknown> | undefined;
    for (let i = 0; i < 100 && job?.state !== 'COMPLETED'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      job = (await run<{ node: Record<string, unknown> }>(yoga, JOB, { id })).data?.node;
    }
    expect(job).toMatchObject({
      __typename: 'Job',
      state: 'COMPLETED',
      attempts: 1,
      result: { created: true },
    });
    // counted again, not answered from the cache that held the first count
    const done = await run<{ jobs: { countsByState: Record<string, number> } }>(yoga, JOBS);
    expect(done.data?.jobs.countsByState).toMatchObject({ queued: 0, completed: 1 });
  }, 60_000);

  it('answers with the stored document when a worker has it within the wait', async () => {
    workers.push(await startWorker({ databaseUrl: owner.url, workerConcurrency: 2 }, silent));
    const yoga = queueYoga(store, jobs, 30_000);
    const answer = await run<{ ingestDocument: Record<string, unknown> }>(yoga, INGEST, {
      input: { text: OTHER, title: 'Prague talks' },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.ingestDocument).toMatchObject({
      created: true,
      document: { title: 'Prague talks' },
      createdRecords: { meetings: 1 },
      job: { state: 'COMPLETED', attempts: 1 },
    });
    // the same text again: a job too, and the document already stored
    const again = await run<{ ingestDocument: Record<string, unknown> }>(yoga, INGEST, {
      input: { text: OTHER },
    });
    expect(again.data?.ingestDocument).toMatchObject({ created: false, createdRecords: { meetings: 0 } });
  }, 60_000);

  it('refuses bad input before queueing it, and answers a refused job with its code', async () => {
    workers.push(await startWorker({ databaseUrl: owner.url, workerConcurrency: 1 }, silent));
    const yoga = queueYoga(store, jobs, 30_000);
    const before = (await jobs.countsByState()).created + (await jobs.count());
    const bad = await run(yoga, INGEST, { input: { text: ARTICLE, publishedAt: 'soon' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_DATE');
    expect((await jobs.countsByState()).created + (await jobs.count())).toBe(before);

    const refused = await run(yoga, INGEST, { input: { text: NO_ARTICLE, format: 'HTML' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('EMPTY_TEXT');
    const failed = await run<{ jobs: { totalCount: number; edges: Array<{ node: unknown }> } }>(yoga, JOBS, {
      state: 'FAILED',
    });
    expect(failed.data?.jobs.totalCount).toBe(1);
    expect(failed.data?.jobs.edges[0]?.node).toMatchObject({
      state: 'FAILED',
      attempts: 1,
      maxAttempts: 1,
      error: { code: 'EMPTY_TEXT', retryable: false },
      document: null,
    });
  }, 60_000);

  it('streams a job through jobUpdated until it is final', async () => {
    const yoga = queueYoga(store, jobs, 0);
    const answer = await run<{ ingestDocument: { job: { id: string } } }>(yoga, INGEST, {
      input: { text: `${ARTICLE} Both ministers visited the harbour.` },
    });
    const id = answer.data!.ingestDocument.job.id;
    const stream = yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: 'subscription Follow($id: ID!) { jobUpdated(id: $id) { state attempts } }',
        variables: { id },
      }),
    });
    // no worker runs until the stream has told the job's first state (QUEUED)
    const reader = (await stream).body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!/"state":"[A-Z]+"/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    workers.push(await startWorker({ databaseUrl: owner.url, workerConcurrency: 1 }, silent));
    // the stream ends by itself once the job is final
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      text += decoder.decode(chunk.value, { stream: true });
    const states = [...text.matchAll(/"state":"([A-Z]+)"/g)].map((m) => m[1]);
    expect(states[0]).toBe('QUEUED');
    expect(states.at(-1)).toBe('COMPLETED');
    expect(text).toMatch(/event: complete/);
    // a job that is final already: one event, then the end
    const again = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: `subscription { jobUpdated(id: "${id}") { state } }` }),
    });
    expect([...(await again.text()).matchAll(/"state":"([A-Z]+)"/g)].map((m) => m[1])).toEqual(['COMPLETED']);
  }, 60_000);

  it('finds a job by id, and refuses ids that are not a job', async () => {
    const yoga = queueYoga(store, jobs, 0);
    const unknown = Buffer.from('Job:00000000-0000-4000-8000-000000000000').toString('base64');
    const missing = await run(yoga, JOB, { id: unknown });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const notUuid = Buffer.from('Job:12').toString('base64');
    expect((await run(yoga, JOB, { id: notUuid })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const garbage = Buffer.from('Job:not-a-job').toString('base64');
    expect((await run(yoga, JOB, { id: garbage })).errors?.[0]?.extensions?.code).toBe('INVALID_ID');
  }, 30_000);

  it('counts jobs afresh on every read: a job queued elsewhere is seen at once', async () => {
    const yoga = queueYoga(store, jobs, 0);
    type Counts = { jobs: { countsByState: { queued: number } } };
    const first = (await run<Counts>(yoga, JOBS)).data!.jobs.countsByState.queued;
    // as `dossier ingest --queue` does: no mutation of this API, no ingest notification
    await jobs.enqueue({ text: `${OTHER} The ministers will meet again in June.` });
    const second = (await run<Counts>(yoga, JOBS)).data!.jobs.countsByState.queued;
    expect(second).toBe(first + 1);
  }, 30_000);

  it('shows jobs by state and the queue depth on /metrics', async () => {
    const yoga = queueYoga(store, jobs, 0);
    await run(yoga, INGEST, { input: { text: `${ARTICLE} Talks will resume in May.` } });
    const metrics = await (await yoga.fetch('http://localhost/metrics')).text();
    expect(metrics).toMatch(/^dossier_jobs\{state="failed"\} 1$/m);
    expect(metrics).toMatch(/^dossier_jobs\{state="created"\} 2$/m);
    expect(metrics).toMatch(/^dossier_job_queue_depth 2$/m);
  }, 30_000);
});
