import { countWhere, documents, documentWhere } from '@dossier/model';
import { builder } from '../builder.js';
import { checkRange, loadPage } from '../errors.js';
import { firstOf, listArgOptions } from '../lists.js';
import { DateScalar } from './scalars.js';

export const Document = builder.drizzleNode('documents', {
  name: 'Document',
  description: 'A source article, stored exactly as it was ingested.',
  id: { column: (d) => d.id },
  // Only the columns a response asks for: the text (up to megabytes) only when `text` is asked.
  select: { columns: { id: true } },
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    publisher: t.exposeString('publisher', { nullable: true }),
    publishedAt: t.exposeString('publishedAt', {
      nullable: true,
      description: 'ISO 8601 date or date-time, as given at ingestion.',
    }),
    contentHash: t.exposeString('contentHash', { description: 'sha256 of the text, hex.' }),
    text: t.exposeString('text'),
    language: t.exposeString('language'),
    warnings: t.stringList({
      args: { first: t.arg.int(listArgOptions('warnings')) },
      select: { columns: { warnings: true } },
      resolve: (d, args) => firstOf(d.warnings, args.first, 'warnings'),
    }),
    ingestedAt: t.exposeString('ingestedAt'),
  }),
});

const DocumentFilter = builder.inputType('DocumentFilter', {
  fields: (t) => ({
    publisher: t.string({ description: 'Publisher name contains this text (case-insensitive).' }),
    from: t.field({ type: DateScalar, description: 'Published on or after this day.' }),
    to: t.field({ type: DateScalar, description: 'Published on or before this day.' }),
  }),
});

builder.queryFields((t) => ({
  documents: t.drizzleConnection({
    type: 'documents',
    description: 'Source documents, in the order they were ingested.',
    args: { filter: t.arg({ type: DocumentFilter }) },
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
  }),
}));
