// Kill the writer in the middle of a batch: the store must hold whole documents only.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { documents, evidence, meetings, openStore, type Store } from '../src/index.js';
import { createPostgresTestStore } from '../src/testing.js';
// @ts-expect-error plain ESM fixture shared with the child process
import { generatedArticle } from './fixtures/articles.mjs';

const child = new URL('./fixtures/ingest-forever.mjs', import.meta.url).pathname;

/** Starts the writer, lets it commit `commits` documents, then SIGKILLs it mid-write. */
async function killAfter(url: string, commits: number): Promise<number> {
  const proc = spawn(process.execPath, [child, url], { stdio: ['ignore', 'pipe', 'inherit'] });
  let seen = 0;
  await new Promise<void>((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      seen += chunk
        .toString()
        .split('\n')
        .filter((l) => l.startsWith('committed')).length;
      if (seen >= commits) {
        proc.kill('SIGKILL');
        resolve();
      }
    });
    proc.on('exit', (code) =>
      seen >= commits ? resolve() : reject(new Error(`writer exited early (${code})`)),
    );
  });
  await new Promise((r) => proc.once('close', r));
  return seen;
}

async function expectWholeDocuments(store: Store, committed: number) {
  const docs = await store.db.select({ id: documents.id, text: documents.text }).from(documents);
  // what was reported committed is there; at most the one in flight committed unreported
  expect(docs.length).toBeGreaterThanOrEqual(committed);
  expect(docs.length).toBeLessThanOrEqual(committed + 1);
  for (const d of docs) {
    const i = Number(/^Article (\d+)\./.exec(d.text)?.[1]);
    expect(d.text).toBe(generatedArticle(i));
  }
  // every meeting came with its document: none without evidence
  const [m] = await store.db.select({ n: count() }).from(meetings);
  const withEvidence = await store.db.selectDistinct({ id: evidence.meetingId }).from(evidence);
  expect(withEvidence.filter((r) => r.id != null)).toHaveLength(m!.n);
}

const pgUrl = process.env.TEST_DATABASE_URL;

describe('a writer killed mid-batch', () => {
  it('leaves an embedded store with whole documents only, and it opens again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
    try {
      const committed = await killAfter(dir, 8);
      const store = await openStore(dir);
      try {
        await expectWholeDocuments(store, committed);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(!pgUrl)(
    'leaves PostgreSQL with whole documents only',
    async () => {
      const holder = await createPostgresTestStore(pgUrl!);
      try {
        const committed = await killAfter(holder.url, 8);
        await expectWholeDocuments(holder, committed);
      } finally {
        await holder.close();
      }
    },
    120_000,
  );
});
