// The ingestion queue on a real PostgreSQL server: a queued document is stored by a worker,
// refused input goes to the dead letter at once with its code, a failure that may pass is
// retried, and the counts by state follow.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeJobError,
  documents,
  type IngestJob,
  InputError,
  type JobQueue,
  openJobQueue,
  type Store,
  WriteConflictError,
} from '../src/index.js';
import { createPostgresTestStore } from '../src/testing.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('[model] TEST_DATABASE_URL is not set: the job queue tests are skipped');

const ARTICLE = `Finnish Defence Minister Aino Virta met Estonian Defence Minister Mart Kask in Tallinn on Tuesday. "Our cooperation is growing," Virta said.`;

/** Polls a job until it reaches one of `states` (the worker runs in this process). */
async function until(queue: JobQueue, id: string, states: readonly string[]): Promise<IngestJob> {
  for (let i = 0; i < 300; i++) {
    const job = await queue.job(id);
    if (job && states.includes(job.state)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} never reached ${states.join('/')}: ${JSON.stringify(await queue.job(id))}`);
}

describe('what a failed attempt is kept as', () => {
  it('does not retry refused input or an extraction over its budget', () => {
    expect(describeJobError(new InputError('BAD_DATE', 'no date'))).toEqual({
      code: 'BAD_DATE',
      message: 'no date',
      retryable: false,
    });
    const timeout = Object.assign(new Error('too long'), { extensions: { code: 'EXTRACTION_TIMEOUT' } });
    expect(describeJobError(timeout)).toMatchObject({ code: 'EXTRACTION_TIMEOUT', retryable: false });
  });

  it('retries write conflicts and failures it cannot name', () => {
    expect(describeJobError(new WriteConflictError('40P01', 5))).toMatchObject({
      code: 'RETRY_LATER',
      retryable: true,
    });
    const lost = new Error('Connection terminated unexpectedly\nparams: secret');
    expect(describeJobError(lost)).toEqual({
      code: 'INGEST_FAILED',
      message: 'Connection terminated unexpectedly',
      retryable: true,
    });
  });
});

describe.skipIf(!pgUrl)('ingestion job queue (PostgreSQL)', () => {
  let store: Store & { url: string };
  let queue: JobQueue;

  beforeEach(async () => {
    store = await createPostgresTestStore(pgUrl!);
    queue = await openJobQueue(store.url, { retryDelaySeconds: 0 });
  }, 60_000);

  afterEach(async () => {
    await queue?.close();
    await store?.close();
  }, 30_000);

  it('stores a queued document through a worker and keeps its id as the output', async () => {
    const id = await queue.enqueue({ text: ARTICLE, publishedAt: '2024-05-14', title: 'Tallinn talks' });
    expect((await queue.job(id))?.state).toBe('created');
    expect(await queue.countsByState()).toMatchObject({ created: 1, completed: 0 });

    await queue.work(store, { concurrency: 2 });
    const job = await until(queue, id, ['completed', 'failed']);
    expect(job).toMatchObject({ state: 'completed', attempts: 1, error: null });
    const document = await store.db.query.documents.findFirst({ where: { id: job.output!.documentId } });
    expect(document?.title).toBe('Tallinn talks');
    expect(job.output).toMatchObject({ created: true, summary: { created: { meetings: 1 } } });
    expect(job.completedAt).toBeInstanceOf(Date);
    expect(await queue.countsByState()).toMatchObject({ created: 0, active: 0, completed: 1, failed: 0 });
    expect(await queue.list({ state: 'completed', limit: 10, offset: 0 })).toHaveLength(1);
    expect(await queue.list({ state: 'failed', limit: 10, offset: 0 })).toHaveLength(0);
  }, 60_000);

  it('refuses bad input when enqueuing, before anything is queued', async () => {
    await expect(queue.enqueue({ text: '   ' })).rejects.toBeInstanceOf(InputError);
    await expect(queue.enqueue({ text: ARTICLE, publishedAt: 'someday' })).rejects.toMatchObject({
      code: 'BAD_DATE',
    });
    expect(await queue.count()).toBe(0);
  });

  it('sends input the model refuses to the dead letter after one attempt, with its code', async () => {
    // passes the checks made when enqueuing; Readability finds no article in it
    const id = await queue.enqueue({ text: '<html><body><nav></nav></body></html>', format: 'html' });
    await queue.work(store);
    const job = await until(queue, id, ['failed', 'completed']);
    expect(job).toMatchObject({ state: 'failed', attempts: 1, maxAttempts: 1 });
    expect(job.error).toMatchObject({ code: 'EMPTY_TEXT', retryable: false });
    expect(await queue.countsByState()).toMatchObject({ failed: 1, completed: 0 });
    expect(await store.db.$count(documents)).toBe(0);
  }, 60_000);

  it('retries a failure that may pass, and dead-letters one that keeps failing', async () => {
    let calls = 0;
    const flaky = async () => {
      calls++;
      throw new Error('the extractor is not reachable');
    };
    const id = await queue.enqueue({ text: ARTICLE });
    await queue.work(store, { extractor: flaky });
    const job = await until(queue, id, ['failed', 'completed']);
    expect(job).toMatchObject({ state: 'failed', attempts: 3, maxAttempts: 3 });
    expect(job.error).toMatchObject({ code: 'INGEST_FAILED', message: 'the extractor is not reachable' });
    expect(calls).toBe(3);
  }, 60_000);

  it('completes a job on a later attempt when the first one failed', async () => {
    let calls = 0;
    const { extract } = await import('@dossier/ingest');
    const onceBroken = async (text: string, meta: Parameters<typeof extract>[1]) => {
      if (++calls === 1) throw new Error('transient');
      return extract(text, meta);
    };
    const id = await queue.enqueue({ text: ARTICLE });
    await queue.work(store, { extractor: onceBroken });
    const job = await until(queue, id, ['failed', 'completed']);
    expect(job).toMatchObject({ state: 'completed', attempts: 2, error: null });
  }, 60_000);

  it('names no job for an id that is not one', async () => {
    expect(await queue.job('not-a-uuid')).toBeNull();
    expect(await queue.job('00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});

// A polling interval far longer than the waits below: a job can only be done in time if the
// worker was told of it, not because it polled.
describe.skipIf(!pgUrl)('workers woken instead of polling (PostgreSQL)', () => {
  const POLL_SECONDS = 120;
  let store: Store & { url: string };
  let queue: JobQueue;

  beforeEach(async () => {
    store = await createPostgresTestStore(pgUrl!);
    queue = await openJobQueue(store.url, { pollingIntervalSeconds: POLL_SECONDS });
  }, 60_000);

  afterEach(async () => {
    await queue?.close({ timeoutMs: 5_000 });
    await store?.close();
  }, 30_000);

  it('runs queued jobs back to back, not one per polling interval', async () => {
    const ids = [];
    for (const day of ['2024-05-14', '2024-05-15', '2024-05-16'])
      ids.push(await queue.enqueue({ text: `${ARTICLE} (${day})`, publishedAt: day }));
    await queue.work(store);
    for (const id of ids) expect((await until(queue, id, ['completed', 'failed'])).state).toBe('completed');
  }, 60_000);

  it('picks up a job queued by another process while its workers idle', async () => {
    await queue.work(store); // polls once, finds nothing, then would sleep for POLL_SECONDS
    await new Promise((r) => setTimeout(r, 500));
    const producer = await openJobQueue(store.url);
    try {
      const id = await producer.enqueue({ text: ARTICLE, publishedAt: '2024-05-14' });
      expect((await until(queue, id, ['completed', 'failed'])).state).toBe('completed');
    } finally {
      await producer.close();
    }
  }, 60_000);
});
