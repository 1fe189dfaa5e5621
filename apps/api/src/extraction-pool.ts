// Extraction off the event loop: a piscina pool of worker threads runs @dossier/ingest's
// rules, with a time budget per document. A document over its budget has its worker stopped
// and gets EXTRACTION_TIMEOUT, and the server (and the store lock it refreshes) keeps running.
import type { ArticleMeta, Extraction } from '@dossier/ingest';
import { GraphQLError } from 'graphql';
import { Piscina } from 'piscina';
import type { ExtractionTask } from './extraction-worker.js';

/** How long one document's extraction may run before it is stopped. */
export const DEFAULT_EXTRACTION_BUDGET_MS = 30_000;

export interface ExtractionPool {
  extract(text: string, meta: ArticleMeta): Promise<Extraction>;
  close(): Promise<void>;
}

export interface ExtractionPoolOptions {
  budgetMs?: number;
  /** Worker threads (default 1: the CPU is shared with the readers). */
  threads?: number;
}

// The built worker, from src/ (under vitest) as from dist/: a worker thread runs JavaScript.
const workerFile = new URL('../dist/extraction-worker.js', import.meta.url).href;

export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const budgetMs = options.budgetMs ?? DEFAULT_EXTRACTION_BUDGET_MS;
  const threads = options.threads ?? 1;
  const pool = new Piscina<ExtractionTask, Extraction>({
    filename: workerFile,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  return {
    extract: async (text, meta) => {
      try {
        return await pool.run({ text, meta }, { signal: AbortSignal.timeout(budgetMs) });
      } catch (error) {
        if ((error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError') {
          throw new GraphQLError(
            `extracting facts from this document took longer than ${budgetMs} ms and was stopped; nothing was written`,
            { extensions: { code: 'EXTRACTION_TIMEOUT' } },
          );
        }
        throw error;
      }
    },
    close: () => pool.destroy(),
  };
}
