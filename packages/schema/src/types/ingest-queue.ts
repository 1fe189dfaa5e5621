// ingestDocument where documents are queued for workers: the input is checked and queued, the
// resolver waits for the job a while, and answers with the document as an inline ingest would,
// with the error code of a job that failed, or with the job itself when it is not done yet.
import {
  type DocumentRow,
  type IngestDocumentInput,
  type IngestJob,
  type JobQueue,
  type Tally,
  waitForJob,
} from '@dossier/model';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../builder.js';

/** What the IngestDocumentPayload type reads: an inline result, or a job and what it produced. */
export interface IngestOutcome {
  created: boolean | null;
  /** The row when the ingest returned it; else loaded by `documentId`. */
  document: DocumentRow | null;
  documentId: number | null;
  summary: { created: Tally; merged: Tally } | null;
  warnings: string[];
  job: IngestJob | null;
}

export async function enqueueIngest(
  queue: JobQueue,
  input: IngestDocumentInput,
  ctx: Pick<GraphQLContext, 'maxTextBytes' | 'enqueueIngests'>,
): Promise<IngestOutcome> {
  // bad input is refused here (InputError), before anything is queued
  const id = await queue.enqueue(input, { maxTextBytes: ctx.maxTextBytes });
  const job = await waitForJob(queue, id, ctx.enqueueIngests?.waitMs ?? 0);
  if (!job) throw new Error(`job ${id} was queued and is gone`);
  if (job.state === 'failed' && job.error) {
    throw new GraphQLError(job.error.message, {
      extensions: { code: job.error.code, ...(job.error.retryable ? { retryable: true } : {}) },
    });
  }
  return outcomeOfJob(job) ?? pending(job);
}

/** A completed job's payload; null while it is not completed. */
export function outcomeOfJob(job: IngestJob): IngestOutcome | null {
  if (job.state !== 'completed' || !job.output) return null;
  const { output } = job;
  return {
    created: output.created,
    document: null,
    documentId: output.documentId,
    summary: output.summary,
    warnings: output.warnings,
    job,
  };
}

function pending(job: IngestJob): IngestOutcome {
  return { created: null, document: null, documentId: null, summary: null, warnings: [], job };
}
