import { meetings } from '@dossier/model';
import { builder } from '../builder.js';
import { Actor } from './actor.js';
import { MeetingKind, MeetingStatus } from './enums.js';
import { Organization } from './organization.js';
import { Place } from './place.js';
import { DateScalar } from './scalars.js';

type Kind = 'bilateral' | 'multilateral' | 'session' | 'summit' | 'call';

export const Meeting = builder.drizzleNode('meetings', {
  name: 'Meeting',
  description: 'A meeting, session, summit or call, merged across every source that reports it.',
  id: { column: (m) => m.id },
  fields: (t) => ({
    kind: t.field({ type: MeetingKind, resolve: (m) => m.kind as Kind }),
    status: t.field({ type: MeetingStatus, resolve: (m) => m.status as 'held' | 'planned' }),
    date: t.field({ type: DateScalar, nullable: true, resolve: (m) => m.date }),
    topics: t.exposeStringList('topics'),
    place: t.relation('place', { type: Place, nullable: true }),
    forum: t.relation('forum', {
      type: Organization,
      nullable: true,
      description: 'The body it is a sitting of.',
    }),
    within: t.relation('within', {
      nullable: true,
      description: 'The session or summit it took place within.',
    }),
    sideMeetings: t.relation('sideMeetings', { query: { orderBy: { id: 'asc' } } }),
    participants: t.relation('participants', { type: Actor, query: { orderBy: { id: 'asc' } } }),
    statements: t.relation('statements', { query: { orderBy: { id: 'asc' } } }),
    evidence: t.relation('evidence', { query: { orderBy: { documentId: 'asc', start: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  meetings: t.drizzleConnection({
    type: 'meetings',
    description: 'Meetings, sessions, summits and calls.',
    totalCount: (_parent, _args, ctx) => ctx.store.db.$count(meetings),
    resolve: (query, _parent, _args, ctx) =>
      ctx.store.db.query.meetings.findMany(query({ orderBy: { id: 'asc' } })),
  }),
}));
