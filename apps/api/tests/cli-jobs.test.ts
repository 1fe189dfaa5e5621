// The command line of the job queue, run as a user runs it: `dossier worker`, `dossier ingest
// --queue`, and queue mode of `dossier serve`, which all need a PostgreSQL store.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documents, isJobId, openJobQueue, waitForJob } from '@dossier/model';
import { createPostgresTestStore } from '@dossier/model/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { startWorker } from '../src/worker.js';
import { runCli } from './helpers.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl)
  console.warn('[api] TEST_DATABASE_URL is not set: `dossier ingest --queue` on PostgreSQL is skipped');

let work: string;
const ARTICLE_A =
  'WARSAW, April 9, 2024 — Polish Foreign Minister Adam Nowak met his Czech counterpart Petr Svoboda in Warsaw on Tuesday to discuss rail links.\n';
const ARTICLE_B =
  'PRAGUE, April 10, 2024 — Czech Foreign Minister Petr Svoboda said on Wednesday that his talks with Polish Foreign Minister Adam Nowak in Warsaw had been productive.\n';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-cli-jobs-'));
  mkdirSync(join(work, 'articles'));
  writeFileSync(join(work, 'articles', 'a-warsaw.txt'), ARTICLE_A);
  writeFileSync(join(work, 'articles', 'b-prague.txt'), ARTICLE_B);
  writeFileSync(join(work, 'articles', 'c-empty.txt'), '  \n');
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('dossier worker', () => {
  it('describes itself, and serve --help tells how ingests reach workers', async () => {
    const help = await runCli(['worker', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: dossier worker');
    expect(help.stdout).toMatch(/--concurrency N/);
    const top = await runCli(['--help']);
    expect(top.stdout).toMatch(/worker\s+run queued ingestion jobs/);
    const serve = await runCli(['serve', '--help']);
    expect(serve.stdout).toMatch(/DOSSIER_INGEST_MODE\s+inline/);
    expect(serve.stdout).toMatch(/DOSSIER_INGEST_MODE=queue makes it queue/);
  });

  it('needs a PostgreSQL store and a sensible concurrency (exit code 2)', async () => {
    const embedded = await runCli(['worker', '--database', 'memory://']);
    expect(embedded.code).toBe(2);
    expect(embedded.stderr).toMatch(/a worker needs a PostgreSQL store/);
    const zero = await runCli(['worker', '--concurrency', '0', '--database', 'postgres://127.0.0.1:1/none']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/--concurrency must be a whole number from 1 to 64/);
  });
});

describe('queue mode without PostgreSQL', () => {
  it('is refused by serve and by ingest --queue with exit code 2', async () => {
    const serve = await runCli(['serve', '--port', '0', '--database', 'memory://'], {
      env: { DOSSIER_INGEST_MODE: 'queue' },
    });
    expect(serve.code).toBe(2);
    expect(serve.stderr).toMatch(/DOSSIER_INGEST_MODE=queue needs a PostgreSQL store/);
    const ingest = await runCli([
      'ingest',
      '--queue',
      join(work, 'articles'),
      '--database',
      join(work, 'store'),
    ]);
    expect(ingest.code).toBe(2);
    expect(ingest.stderr).toMatch(/--queue needs a PostgreSQL store/);
  });
});

describe.skipIf(!pgUrl)('dossier ingest --queue (PostgreSQL)', () => {
  it('queues a folder for the workers, reporting refused articles at once', async () => {
    const owner = await createPostgresTestStore(pgUrl!);
    try {
      const { code, stdout } = await runCli([
        'ingest',
        '--queue',
        '--json',
        join(work, 'articles'),
        '--database',
        owner.url,
      ]);
      expect(code).toBe(1); // the empty article
      const outcomes = stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { status: string; jobId?: string; error?: { code: string } });
      expect(outcomes.map((o) => o.status)).toEqual(['queued', 'queued', 'failed']);
      expect(outcomes[2]?.error?.code).toBe('EMPTY_TEXT');
      const ids = outcomes.slice(0, 2).map((o) => Buffer.from(o.jobId!, 'base64').toString('utf8'));
      for (const id of ids) expect(id).toMatch(/^Job:/);
      expect(await owner.db.$count(documents)).toBe(0); // nothing stored before a worker runs

      const worker = await startWorker(
        { databaseUrl: owner.url, workerConcurrency: 2 },
        createLogger({ level: 'silent' }),
      );
      const queue = await openJobQueue(owner.url);
      try {
        for (const id of ids) {
          const uuid = id.slice('Job:'.length);
          expect(isJobId(uuid)).toBe(true);
          expect((await waitForJob(queue, uuid, 30_000))?.state).toBe('completed');
        }
      } finally {
        await queue.close();
        await worker.close();
      }
      expect(await owner.db.$count(documents)).toBe(2);
    } finally {
      await owner.close();
    }
  }, 90_000);
});
