import { type IngestResult, InputError, ingestDocument, WriteConflictError } from '@dossier/model';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import { Document } from './document.js';

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

const Tally = builder.objectRef<IngestResult['summary']['created']>('RecordTally').implement({
  description: 'How many records of each kind.',
  fields: (t) => ({
    persons: t.exposeInt('persons', { description: 'Persons.' }),
    organizations: t.exposeInt('organizations', { description: 'Organizations.' }),
    places: t.exposeInt('places', { description: 'Places.' }),
    meetings: t.exposeInt('meetings', { description: 'Meetings.' }),
    statements: t.exposeInt('statements', { description: 'Statements.' }),
  }),
});

const IngestDocumentPayload = builder.objectRef<IngestResult>('IngestDocumentPayload').implement({
  description: 'What ingesting a document did.',
  fields: (t) => ({
    created: t.exposeBoolean('created', {
      description: 'False when the same text was already stored (nothing was written).',
    }),
    document: t.field({
      type: Document,
      description: 'The stored document (the one already stored, when `created` is false).',
      resolve: (r) => r.document,
    }),
    createdRecords: t.field({
      type: Tally,
      description: 'Records the document created.',
      resolve: (r) => r.summary.created,
    }),
    mergedRecords: t.field({
      type: Tally,
      description: 'Records that already existed and received new evidence.',
      resolve: (r) => r.summary.merged,
    }),
    warnings: t.exposeStringList('warnings', {
      description: 'What ingestion noticed and could not use (a language other than English, …).',
    }),
  }),
});

builder.mutationFields((t) => ({
  ingestDocument: t.field({
    type: IngestDocumentPayload,
    description: 'Stores a document, extracts its facts and merges them into the graph, in one transaction.',
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
