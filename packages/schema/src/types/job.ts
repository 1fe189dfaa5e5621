// Ingestion jobs: documents queued for `dossier worker` processes (PostgreSQL stores). A job is
// a Node (`node(id:)` finds it), `jobs` lists them with counts by state, and the `jobUpdated`
// subscription follows one to its end. Without a queue (embedded stores) there are no jobs.
import {
  type IngestJob,
  isFinalJobState,
  isJobId,
  JOB_STATES,
  type JobCounts,
  type JobState as JobStateValue,
  watchJob,
} from '@dossier/model';
import { decodeGlobalID, resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { clientError } from '../errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../limits.js';
import { totalCountField } from './connections.js';
import { Document } from './document.js';

export const JobState = builder.enumType('JobState', {
  description: 'Where an ingestion job is. COMPLETED, CANCELLED and FAILED are final.',
  values: {
    QUEUED: { value: 'created', description: 'Waiting for a worker.' },
    RETRY: { value: 'retry', description: 'An attempt failed (see `error`); it waits for the next one.' },
    ACTIVE: { value: 'active', description: 'A worker is running it.' },
    COMPLETED: { value: 'completed', description: 'The document is stored (see `document`).' },
    CANCELLED: { value: 'cancelled', description: 'Cancelled before it completed.' },
    FAILED: {
      value: 'failed',
      description:
        'The dead letter: its input was refused, or every attempt failed. `error` keeps the code; nothing was written.',
    },
  } as const satisfies Record<string, { value: JobStateValue; description: string }>,
});

const JobError = builder.objectRef<NonNullable<IngestJob['error']>>('JobError').implement({
  description: 'Why the last attempt of a job failed.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'The stable code ingestDocument would have answered with (BAD_DATE, RETRY_LATER, …).',
    }),
    message: t.exposeString('message', { description: 'What went wrong.' }),
    retryable: t.exposeBoolean('retryable', {
      description: 'Whether another attempt may succeed (refused input never does: it is not retried).',
    }),
  }),
});

const JobRef = builder.objectRef<IngestJob>('Job');

export const Job = builder.node(JobRef, {
  description: 'A document queued for ingestion by a worker, with its attempts and its outcome.',
  id: { resolve: (job) => job.id },
  loadOne: async (id, ctx) => (isJobId(id) && ctx.jobs ? await ctx.jobs.job(id) : null),
  fields: (t) => ({
    state: t.field({ type: JobState, description: 'Where it is now.', resolve: (job) => job.state }),
    attempts: t.exposeInt('attempts', { description: 'Attempts started so far (0 while queued).' }),
    maxAttempts: t.exposeInt('maxAttempts', {
      description: 'Attempts it may have in all; a refused input leaves it at the ones it had.',
    }),
    error: t.field({
      type: JobError,
      nullable: true,
      description: 'The last failed attempt (in RETRY and FAILED); null otherwise.',
      resolve: (job) => job.error,
    }),
    document: t.drizzleField({
      type: Document,
      nullable: true,
      description: 'The stored document once COMPLETED (an already stored one when its text was).',
      resolve: async (query, job, _args, ctx) =>
        job.output
          ? ((await ctx.store.db.query.documents.findFirst(
              query({ where: { id: job.output.documentId } }),
            )) ?? null)
          : null,
    }),
    createdAt: t.string({
      description: 'When it was queued (ISO 8601 date-time).',
      resolve: (job) => job.createdAt.toISOString(),
    }),
    startedAt: t.string({
      nullable: true,
      description: 'When its last attempt started.',
      resolve: (job) => job.startedAt?.toISOString() ?? null,
    }),
    completedAt: t.string({
      nullable: true,
      description: 'When it reached a final state.',
      resolve: (job) => job.completedAt?.toISOString() ?? null,
    }),
  }),
});

const JobStateCounts = builder.objectRef<JobCounts>('JobStateCounts').implement({
  description: 'How many jobs are in each state: the progress of the queue.',
  fields: (t) => ({
    queued: t.exposeInt('created', { description: 'Waiting for a worker.' }),
    retry: t.exposeInt('retry', { description: 'Waiting for another attempt.' }),
    active: t.exposeInt('active', { description: 'Running.' }),
    completed: t.exposeInt('completed', { description: 'Stored.' }),
    cancelled: t.exposeInt('cancelled', { description: 'Cancelled.' }),
    failed: t.exposeInt('failed', { description: 'In the dead letter.' }),
  }),
});

const JobFilter = builder.inputType('JobFilter', {
  description: 'Which jobs to list.',
  fields: (t) => ({
    state: t.field({ type: JobState, description: 'Only the jobs in this state.' }),
  }),
});

const NO_JOBS = Object.fromEntries(JOB_STATES.map((state) => [state, 0])) as JobCounts;

interface JobPage {
  totalCount: () => Promise<number> | number;
  countsByState: () => Promise<JobCounts> | JobCounts;
}

builder.queryFields((t) => ({
  jobs: t.connection(
    {
      type: Job,
      description:
        'Ingestion jobs, newest first, with counts by state (none on an embedded store, which ingests in the request).',
      args: { filter: t.arg({ type: JobFilter, description: 'Only the jobs that match.' }) },
      resolve: async (_root, args, ctx) => {
        const queue = ctx.jobs;
        const state = args.filter?.state ?? null;
        const page = await resolveOffsetConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
          ({ limit, offset }) => (queue ? queue.list({ state, limit, offset }) : []),
        );
        const extra: JobPage = {
          totalCount: () => (queue ? queue.count(state) : 0),
          countsByState: () => (queue ? queue.countsByState() : NO_JOBS),
        };
        return Object.assign(page, extra);
      },
    },
    {
      name: 'JobConnection',
      description: 'A page of jobs, with the cursors to page on, the total count and the counts by state.',
      fields: (t) => ({
        ...totalCountField(t as never),
        countsByState: t.field({
          type: JobStateCounts,
          description: 'Jobs in each state, over the whole queue (the filter does not apply).',
          resolve: (page) => (page as unknown as JobPage).countsByState(),
        }),
      }),
    },
    { name: 'JobEdge', description: 'One of the jobs of a page, with its cursor.' },
  ),
}));

builder.subscriptionFields((t) => ({
  jobUpdated: t.field({
    type: Job,
    description:
      'The job now, then each time its state or attempts change; the stream ends once it is COMPLETED, CANCELLED or FAILED.',
    args: { id: t.arg.id({ required: true, description: 'The id of a job this API returned.' }) },
    subscribe: async (_root, args, ctx) => {
      const id = jobIdOf(String(args.id));
      const job = ctx.jobs ? await ctx.jobs.job(id) : null;
      if (!job || !ctx.jobs) throw clientError('NOT_FOUND', `no Job has the id "${args.id}"`);
      return isFinalJobState(job.state) ? once(job) : watchJob(ctx.jobs, id);
    },
    resolve: (job) => job,
  }),
}));

async function* once(job: IngestJob): AsyncGenerator<IngestJob> {
  yield job;
}

/** The queue's id inside a Job's global id, or INVALID_ID. */
function jobIdOf(globalId: string): string {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    if (typename === 'Job' && isJobId(id)) return id;
  } catch {
    // not base64 or no separator: the same answer as any other id that is not a job's
  }
  throw clientError('INVALID_ID', `"${globalId}" is not the id of a job this API returned`);
}
