import { actors, countWhere, personWhere } from '@dossier/model';
import { eq } from 'drizzle-orm';
import { builder } from '../builder.js';
import { loadPage } from '../errors.js';
import { BY_ID, BY_POSITION, capped, listArgOptions } from '../lists.js';
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
    evidence: t.relation('evidence', {
      args: { first: t.arg.int(listArgOptions('evidence')) },
      query: capped('evidence', BY_POSITION),
    }),
  }),
});

export const Person = builder.drizzleNode('actors', {
  variant: 'Person',
  description: 'A named person.',
  interfaces: [Actor],
  id: { column: (a) => a.id },
  fields: (t) => ({
    roles: t.relation('roles', {
      type: Role,
      args: { first: t.arg.int(listArgOptions('roles')) },
      query: capped('roles', BY_ID),
    }),
  }),
});

builder.queryFields((t) => ({
  persons: t.drizzleConnection({
    type: Person,
    description: 'Every named person.',
    args: { name: t.arg.string({ description: 'Name or an alias contains this text (case-insensitive).' }) },
    totalCount: (_parent, args, ctx) =>
      args.name
        ? countWhere(ctx.store.db, 'actors', personWhere(args))
        : ctx.store.db.$count(actors, eq(actors.kind, 'person')),
    resolve: (query, _parent, args, ctx) =>
      loadPage(args, () =>
        asActorRows(
          ctx.store.db.query.actors.findMany(query({ where: personWhere(args), orderBy: { id: 'asc' } })),
        ),
      ),
  }),
}));
