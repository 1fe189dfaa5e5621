import { type IngestResult, InputError, ingestDocument, WriteConflictError } from '@dossier/model';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import { Document } from './document.js';

export const IngestDocumentInput = builder.inputType('IngestDocumentInput', {
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article text; stored exactly as given.' }),
    title: t.string(),
    url: t.string(),
    publisher: t.string(),
    publishedAt: t.string({ description: 'ISO 8601 date ("2017-11-30") or date-time.' }),
  }),
});

const Tally = builder.objectRef<IngestResult['summary']['created']>('RecordTally').implement({
  description: 'How many records of each kind.',
  fields: (t) => ({
    persons: t.exposeInt('persons'),
    organizations: t.exposeInt('organizations'),
    places: t.exposeInt('places'),
    meetings: t.exposeInt('meetings'),
    statements: t.exposeInt('statements'),
  }),
});

const IngestDocumentPayload = builder.objectRef<IngestResult>('IngestDocumentPayload').implement({
  fields: (t) => ({
    created: t.exposeBoolean('created', {
      description: 'false when the same text was already stored (nothing was written).',
    }),
    document: t.field({ type: Document, resolve: (r) => r.document }),
    createdRecords: t.field({ type: Tally, resolve: (r) => r.summary.created }),
    mergedRecords: t.field({
      type: Tally,
      description: 'Records that already existed and received new evidence.',
      resolve: (r) => r.summary.merged,
    }),
    warnings: t.exposeStringList('warnings'),
  }),
});

builder.mutationFields((t) => ({
  ingestDocument: t.field({
    type: IngestDocumentPayload,
    description: 'Stores a document, extracts its facts and merges them into the graph, in one transaction.',
    args: { input: t.arg({ type: IngestDocumentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!ctx.canWrite) {
        throw new GraphQLError('Writing needs a valid bearer token (Authorization: Bearer …)', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      try {
        return await ingestDocument(ctx.store, input, {
          maxTextBytes: ctx.maxTextBytes,
          extractor: ctx.extract,
        });
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
