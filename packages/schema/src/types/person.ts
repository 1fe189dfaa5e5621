import { actors, countWhere, personWhere } from '@dossier/model';
import { eq } from 'drizzle-orm';
import { builder } from '../builder.js';
import { loadPage } from '../errors.js';
import { BY_ID, BY_POSITION, capped, listArgOptions } from '../lists.js';
import { ACTOR_COLUMNS, Actor, asActorRows } from './actor.js';
import { pageOf } from './connections.js';
import { Organization } from './organization.js';
import { Place } from './place.js';

export const Role = builder.drizzleObject('roles', {
  name: 'Role',
  description: 'A position a person holds, in the words of the sources.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The title as the sources give it ("foreign minister").' }),
    organization: t.relation('organization', {
      type: Organization,
      nullable: true,
      description: 'The organization the position is in, where the sources name it.',
    }),
    country: t.relation('country', {
      type: Place,
      nullable: true,
      description: 'The country the position serves, where the sources name it.',
    }),
    evidence: t.relation('evidence', {
      description: 'The spans that give the role.',
      args: { first: t.arg.int(listArgOptions('evidence')) },
      query: capped('evidence', BY_POSITION),
    }),
  }),
});

export const Person = builder.drizzleNode('actors', {
  variant: 'Person',
  // The Actor interface's columns; a field that needs another one selects it itself.
  select: ACTOR_COLUMNS,
  description: 'A named person.',
  interfaces: [Actor],
  id: { column: (a) => a.id },
  fields: (t) => ({
    roles: t.relation('roles', {
      type: Role,
      description: 'The positions the sources give the person.',
      args: { first: t.arg.int(listArgOptions('roles')) },
      query: capped('roles', BY_ID),
    }),
  }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  description: 'Which persons to list.',
  fields: (t) => ({
    name: t.string({ description: 'Name or an alias contains this text (case-insensitive).' }),
  }),
});

builder.queryFields((t) => ({
  persons: t.drizzleConnection(
    {
      type: Person,
      description: 'Every named person.',
      args: { filter: t.arg({ type: PersonFilter, description: 'Only the persons that match.' }) },
      totalCount: (_parent, args, ctx) =>
        args.filter?.name
          ? countWhere(ctx.store.db, 'actors', personWhere(args.filter))
          : ctx.store.db.$count(actors, eq(actors.kind, 'person')),
      resolve: (query, _parent, args, ctx) =>
        loadPage(args, () =>
          asActorRows(
            ctx.store.db.query.actors.findMany(
              query({ where: personWhere(args.filter ?? {}), orderBy: { id: 'asc' } }),
            ),
          ),
        ),
    },
    ...pageOf('Person', 'persons'),
  ),
}));
