import { countWhere, documents, documentWhere } from '@dossier/model';
import { builder } from '../builder.js';
import { checkRange, loadPage } from '../errors.js';
import { firstOf, listArgOptions } from '../lists.js';
import { pageOf } from './connections.js';
import { DateScalar } from './scalars.js';

export const Document = builder.drizzleNode('documents', {
  name: 'Document',
  description: 'A source article, stored exactly as it was ingested.',
  id: { column: (d) => d.id },
  // Only the columns a response asks for: the text (up to megabytes) only when `text` is asked.
  select: { columns: { id: true } },
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true, description: 'Its headline, as given at ingestion.' }),
    url: t.exposeString('url', {
      nullable: true,
      description: 'Where it was published, as given at ingestion.',
    }),
    publisher: t.exposeString('publisher', {
      nullable: true,
      description: 'Who published it, as given at ingestion; null when unknown.',
    }),
    publishedAt: t.exposeString('publishedAt', {
      nullable: true,
      description: 'ISO 8601 date or date-time, as given at ingestion.',
    }),
    contentHash: t.exposeString('contentHash', { description: 'The SHA-256 of the text, in hex.' }),
    text: t.exposeString('text', {
      description: 'The text, exactly as stored: evidence offsets point into it.',
    }),
    language: t.exposeString('language', {
      description: 'ISO 639-1 code of its language; nothing is extracted from text that is not English.',
    }),
    warnings: t.stringList({
      description: 'What ingestion noticed and could not use.',
      args: { first: t.arg.int(listArgOptions('warnings')) },
      select: { columns: { warnings: true } },
      resolve: (d, args) => firstOf(d.warnings, args.first, 'warnings'),
    }),
    ingestedAt: t.exposeString('ingestedAt', { description: 'When it was stored (ISO 8601 date-time).' }),
  }),
});

const DocumentFilter = builder.inputType('DocumentFilter', {
  description: 'Which documents to list; every field given must match.',
  fields: (t) => ({
    publisher: t.string({ description: 'Publisher name contains this text (case-insensitive).' }),
    from: t.field({ type: DateScalar, description: 'Published on or after this day.' }),
    to: t.field({ type: DateScalar, description: 'Published on or before this day.' }),
  }),
});

builder.queryFields((t) => ({
  documents: t.drizzleConnection(
    {
      type: 'documents',
      description: 'Source documents, in the order they were ingested.',
      args: { filter: t.arg({ type: DocumentFilter, description: 'Only the documents that match.' }) },
      totalCount: (_parent, args, ctx) =>
        args.filter
          ? countWhere(ctx.store.db, 'documents', documentWhere(args.filter))
          : ctx.store.db.$count(documents),
      resolve: (query, _parent, args, ctx) => {
        checkRange(args.filter?.from, args.filter?.to, 'filter');
        return loadPage(args, () =>
          ctx.store.db.query.documents.findMany(
            query({ where: documentWhere(args.filter ?? {}), orderBy: { id: 'asc' } }),
          ),
        );
      },
    },
    ...pageOf('Document', 'documents'),
  ),
}));
