import { statements } from '@dossier/model';
import { builder } from '../builder.js';
import { Actor } from './actor.js';
import { Channel } from './enums.js';

type ChannelValue =
  | 'x'
  | 'telegram'
  | 'press_release'
  | 'interview'
  | 'press_conference'
  | 'tv'
  | 'website'
  | 'facebook';

export const Statement = builder.drizzleNode('statements', {
  name: 'Statement',
  description: 'Something a person or an institution said, merged across every source that reports it.',
  id: { column: (s) => s.id },
  fields: (t) => ({
    channel: t.field({ type: Channel, nullable: true, resolve: (s) => s.channel as ChannelValue | null }),
    quote: t.exposeString('quote', {
      nullable: true,
      description: 'The direct quotation, without quotation marks.',
    }),
    content: t.exposeString('content', { description: 'What was said: the quote or the reported clause.' }),
    speaker: t.relation('speaker', { type: Actor, nullable: true }),
    about: t.relation('about', { nullable: true, description: 'The meeting it reports on or was made at.' }),
    mentions: t.relation('mentions', { type: Actor, query: { orderBy: { id: 'asc' } } }),
    evidence: t.relation('evidence', { query: { orderBy: { documentId: 'asc', start: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  statements: t.drizzleConnection({
    type: 'statements',
    description: 'Statements by persons and institutions.',
    totalCount: (_parent, _args, ctx) => ctx.store.db.$count(statements),
    resolve: (query, _parent, _args, ctx) =>
      ctx.store.db.query.statements.findMany(query({ orderBy: { id: 'asc' } })),
  }),
}));
