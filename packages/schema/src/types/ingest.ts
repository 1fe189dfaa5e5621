import {
  type DocumentRow,
  type IngestResult,
  InputError,
  ingestDocument,
  type Tally,
  WriteConflictError,
} from '@dossier/model';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import { Document } from './document.js';
import { enqueueIngest, type IngestOutcome, outcomeOfJob } from './ingest-queue.js';
import { Job } from './job.js';

export const DocumentFormat = builder.enumType('DocumentFormat', {
  description: 'What the text of a document is. Nothing is guessed: only HTML is read as markup.',
  values: {
    TEXT: { value: 'text', description: 'Plain text, stored and extracted from exactly as given.' },
    HTML: {
      value: 'html',
      description: 'An HTML page: its article body is extracted (Readability) and stored as plain text.',
    },
  } as const,
});

export const IngestDocumentInput = builder.inputType('IngestDocumentInput', {
  description: 'An article to store: plain text or an HTML page, and what is known about it.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article text; stored exactly as given.' }),
    title: t.string({ description: 'Its headline.' }),
    url: t.string({ description: 'Where it was published (http or https).' }),
    publisher: t.string({ description: 'Who published it; corroboration counts distinct publishers.' }),
    publishedAt: t.string({ description: 'ISO 8601 date ("2017-11-30") or date-time.' }),
    format: t.field({
      type: DocumentFormat,
      defaultValue: 'text',
      description: 'TEXT (the default) or HTML. An HTML page nested too deep is refused (HTML_TOO_DEEP).',
    }),
  }),
});

const RecordTally = builder.objectRef<Tally>('RecordTally').implement({
  description: 'How many records of each kind.',
  fields: (t) => ({
    persons: t.exposeInt('persons', { description: 'Persons.' }),
    organizations: t.exposeInt('organizations', { description: 'Organizations.' }),
    places: t.exposeInt('places', { description: 'Places.' }),
    meetings: t.exposeInt('meetings', { description: 'Meetings.' }),
    statements: t.exposeInt('statements', { description: 'Statements.' }),
  }),
});

const IngestDocumentPayload = builder.objectRef<IngestOutcome>('IngestDocumentPayload').implement({
  description:
    'What ingesting a document did. Where documents are queued for workers, `job` is the job, and the other ' +
    'fields stay null when no worker finished it within the wait: follow the job (`node(id:)`, `jobUpdated`).',
  fields: (t) => ({
    created: t.boolean({
      nullable: true,
      description: 'False when the same text was already stored (nothing was written); null while queued.',
      resolve: (r) => r.created,
    }),
    document: t.field({
      type: Document,
      nullable: true,
      description:
        'The stored document (the one already stored, when `created` is false); null while queued.',
      resolve: async (r, _args, ctx) =>
        r.document ??
        (r.documentId === null
          ? null
          : ((await ctx.store.db.query.documents.findFirst({ where: { id: r.documentId } })) ?? null)),
    }),
    createdRecords: t.field({
      type: RecordTally,
      nullable: true,
      description: 'Records the document created; null while queued.',
      resolve: (r) => r.summary?.created ?? null,
    }),
    mergedRecords: t.field({
      type: RecordTally,
      nullable: true,
      description: 'Records that already existed and received new evidence; null while queued.',
      resolve: (r) => r.summary?.merged ?? null,
    }),
    warnings: t.exposeStringList('warnings', {
      description:
        'What ingestion noticed and could not use (a language other than English, …); empty while queued.',
    }),
    job: t.field({
      type: Job,
      nullable: true,
      description:
        'The ingestion job, where documents are queued for workers; null when ingested in the request.',
      resolve: (r) => r.job,
    }),
  }),
});

builder.objectField(Job, 'result', (t) =>
  t.field({
    type: IngestDocumentPayload,
    nullable: true,
    description: 'What ingesting the document did, once COMPLETED (as ingestDocument answers).',
    resolve: (job) => outcomeOfJob(job),
  }),
);

/** An inline ingest's result, as the payload reads it. */
function outcomeOfResult(result: IngestResult): IngestOutcome {
  return {
    created: result.created,
    document: result.document as DocumentRow,
    documentId: result.document.id,
    summary: result.summary,
    warnings: result.warnings,
    job: null,
  };
}

builder.mutationFields((t) => ({
  ingestDocument: t.field({
    type: IngestDocumentPayload,
    description:
      'Stores a document, extracts its facts and merges them into the graph, in one transaction. Where the ' +
      'server queues documents for workers, it waits for the job a while and answers with the job if it is not done.',
    args: {
      input: t.arg({
        type: IngestDocumentInput,
        required: true,
        description: 'The article and its metadata.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      if (!ctx.canWrite) {
        throw new GraphQLError('Writing needs a valid bearer token (Authorization: Bearer …)', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      try {
        if (ctx.jobs && ctx.enqueueIngests) return await enqueueIngest(ctx.jobs, input, ctx);
        const result = await ingestDocument(ctx.store, input, {
          maxTextBytes: ctx.maxTextBytes,
          extractor: ctx.extract,
        });
        return outcomeOfResult(result);
      } catch (error) {
        if (error instanceof InputError) {
          throw new GraphQLError(error.message, { extensions: { code: error.code } });
        }
        if (error instanceof WriteConflictError) {
          // nothing was written: a client may send the same mutation again
          throw new GraphQLError(error.message, { extensions: { code: error.code, retryable: true } });
        }
        throw error;
      }
    },
  }),
}));
