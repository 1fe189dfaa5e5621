import { actors } from '@dossier/model';
import { and, eq, exists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { builder } from '../builder.js';
import { Actor, asActorRows } from './actor.js';
import { OrganizationKind } from './enums.js';
import { Place } from './place.js';

type OrgKind = 'alliance' | 'body' | 'ministry' | 'government' | 'military' | 'media' | 'party' | 'other';

export const Organization = builder.drizzleNode('actors', {
  variant: 'Organization',
  description: 'An alliance, a body of one, a ministry, a government office, a news outlet, …',
  interfaces: [Actor],
  id: { column: (a) => a.id },
  fields: (t) => ({
    kind: t.field({
      type: OrganizationKind,
      select: { columns: { orgKind: true } },
      resolve: (org) => (org.orgKind ?? 'other') as OrgKind,
    }),
    acronym: t.exposeString('acronym', { nullable: true }),
    founded: t.exposeInt('founded', {
      nullable: true,
      description: 'Year of founding, where a source states it.',
    }),
    members: t.relation('members', {
      type: Actor,
      query: { orderBy: { id: 'asc' } },
      description: 'Member states or organizations.',
    }),
    country: t.relation('country', {
      type: Place,
      nullable: true,
      description: 'The country of a national body.',
    }),
  }),
});

builder.drizzleObjectFields(Organization, (t) => ({
  parent: t.relation('parent', {
    type: Organization,
    nullable: true,
    description: 'The organization it is a body of.',
  }),
  bodies: t.relation('bodies', { type: Organization, query: { orderBy: { id: 'asc' } } }),
}));

const parentTable = alias(actors, 'parent_org');
/** Alliances and the bodies under them (the CIS and its Council of Ministers of Defense). */
const allianceFilter = and(
  eq(actors.kind, 'organization'),
  or(
    eq(actors.orgKind, 'alliance'),
    exists(
      sql`(select 1 from ${parentTable} where ${parentTable.id} = ${actors.parentId} and ${parentTable.orgKind} = 'alliance')`,
    ),
  ),
);

builder.queryFields((t) => ({
  organizations: t.drizzleConnection({
    type: Organization,
    description: 'Every organization: alliances and their bodies, ministries, governments, media, …',
    totalCount: (_parent, _args, ctx) => ctx.store.db.$count(actors, eq(actors.kind, 'organization')),
    resolve: (query, _parent, _args, ctx) =>
      asActorRows(
        ctx.store.db.query.actors.findMany(
          query({ where: { kind: 'organization' as const }, orderBy: { id: 'asc' } }),
        ),
      ),
  }),
  alliances: t.drizzleConnection({
    type: Organization,
    description: 'Multilateral organizations and their bodies: CIS, CMM, Union State, NATO, CSTO, …',
    totalCount: (_parent, _args, ctx) => ctx.store.db.$count(actors, allianceFilter),
    resolve: (query, _parent, _args, ctx) =>
      asActorRows(
        ctx.store.db.query.actors.findMany(
          query({
            where: {
              kind: 'organization' as const,
              OR: [{ orgKind: 'alliance' }, { parent: { orgKind: 'alliance' } }],
            },
            orderBy: { id: 'asc' },
          }),
        ),
      ),
  }),
}));
