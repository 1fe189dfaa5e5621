// Ingestion workers draining a backlog on PostgreSQL: N generated articles are queued first
// (the job queue of @dossier/model), then K `dossier worker` processes (child processes, as in
// production) run them. The rate counts the jobs completed from the moment every worker said it
// runs to the last one, so process start-up is not in it.
import { openJobQueue, openStore } from '@dossier/model';
import { generateArticle } from './generate.mjs';
import { startWorkers } from './load.mjs';

/** Completed jobs of the ingest queue, read straight from pg-boss's table. */
async function completed(admin) {
  const r = await admin.db.execute(
    `select count(*)::int as n from dossier_queue.job where state = 'completed'`,
  );
  return Number((r.rows ?? r)[0].n);
}

/**
 * Documents/s of `workers` worker processes over a backlog of `backlog` articles in the
 * PostgreSQL database at `url` (new and empty; it is migrated here).
 */
export async function drainRate(url, { workers, backlog, seed = 41, maxSeconds = 600 }) {
  const store = await openStore(url); // migrates
  const queue = await openJobQueue(url);
  try {
    for (let i = 0; i < backlog; i++) await queue.enqueue(generateArticle(i, seed));
    const running = await startWorkers(url, workers);
    try {
      const t0 = performance.now();
      const done0 = await completed(store);
      let done = done0;
      while (done < backlog && performance.now() - t0 < maxSeconds * 1000) {
        await new Promise((r) => setTimeout(r, 100));
        done = await completed(store);
      }
      const seconds = (performance.now() - t0) / 1000;
      return { rate: (done - done0) / seconds, done, seconds, finished: done >= backlog };
    } finally {
      await running.stop();
    }
  } finally {
    await queue.close();
    await store.close();
  }
}
