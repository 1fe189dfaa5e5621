import { documents } from '@dossier/model';
import { builder } from '../builder.js';

export const Document = builder.drizzleNode('documents', {
  name: 'Document',
  description: 'A source article, stored exactly as it was ingested.',
  id: { column: (d) => d.id },
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
    warnings: t.exposeStringList('warnings'),
    ingestedAt: t.exposeString('ingestedAt'),
  }),
});

builder.queryFields((t) => ({
  documents: t.drizzleConnection({
    type: 'documents',
    description: 'Source documents, in the order they were ingested.',
    totalCount: (_parent, _args, ctx) => ctx.store.db.$count(documents),
    resolve: (query, _parent, _args, ctx) =>
      ctx.store.db.query.documents.findMany(query({ orderBy: { id: 'asc' } })),
  }),
}));
