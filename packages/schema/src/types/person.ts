import { actors } from '@dossier/model';
import { eq } from 'drizzle-orm';
import { builder } from '../builder.js';
import { Actor, asActorRows } from './actor.js';
import { Organization } from './organization.js';
import { Place } from './place.js';

export const Role = builder.drizzleObject('roles', {
  name: 'Role',
  description: 'A position a person holds, in the words of the sources.',
  fields: (t) => ({
    title: t.exposeString('title'),
    organization: t.relation('organization', { type: Organization, nullable: true }),
    country: t.relation('country', { type: Place, nullable: true }),
    evidence: t.relation('evidence', { query: { orderBy: { documentId: 'asc', start: 'asc' } } }),
  }),
});

export const Person = builder.drizzleNode('actors', {
  variant: 'Person',
  description: 'A named person.',
  interfaces: [Actor],
  id: { column: (a) => a.id },
  fields: (t) => ({
    roles: t.relation('roles', { type: Role, query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  persons: t.drizzleConnection({
    type: Person,
    description: 'Every named person.',
    totalCount: (_parent, _args, ctx) => ctx.store.db.$count(actors, eq(actors.kind, 'person')),
    resolve: (query, _parent, _args, ctx) =>
      asActorRows(
        ctx.store.db.query.actors.findMany(
          query({ where: { kind: 'person' as const }, orderBy: { id: 'asc' } }),
        ),
      ),
  }),
}));
