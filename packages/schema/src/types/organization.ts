import { allianceWhere, countWhere, organizationWhere } from '@dossier/model';
import { builder } from '../builder.js';
import { idOf, loadPage } from '../errors.js';
import { BY_ID, capped, listArgOptions } from '../lists.js';
import { ACTOR_COLUMNS, Actor, asActorRows } from './actor.js';
import { pageOf } from './connections.js';
import { OrganizationKind } from './enums.js';
import { Place } from './place.js';

export const Organization = builder.drizzleNode('actors', {
  variant: 'Organization',
  // The Actor interface's columns; a field that needs another one selects it itself.
  select: ACTOR_COLUMNS,
  description: 'An alliance, a body of one, a ministry, a government office, a news outlet, …',
  interfaces: [Actor],
  id: { column: (a) => a.id },
  fields: (t) => ({
    acronym: t.exposeString('acronym', {
      nullable: true,
      description: 'Its acronym (NATO, CSTO), where it has one.',
    }),
    founded: t.exposeInt('founded', {
      nullable: true,
      description: 'Year of founding, where a source states it.',
    }),
    members: t.relation('members', {
      type: Actor,
      args: { first: t.arg.int(listArgOptions('members')) },
      query: capped('members', BY_ID),
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
  bodies: t.relation('bodies', {
    type: Organization,
    description: 'Its bodies: councils, assemblies, secretariats.',
    args: { first: t.arg.int(listArgOptions('bodies')) },
    query: capped('bodies', BY_ID),
  }),
}));

const OrganizationFilter = builder.inputType('OrganizationFilter', {
  description: 'Which organizations to list; every field given must match.',
  fields: (t) => ({
    name: t.string({ description: 'Name, acronym or an alias contains this text (case-insensitive).' }),
    kind: t.field({ type: OrganizationKind, description: 'Organizations of this kind.' }),
    member: t.id({ description: 'Organizations with this member (a country: a Place id).' }),
    parent: t.id({ description: 'Bodies of this organization (an Organization id).' }),
  }),
});

type OrganizationFilterArgs =
  | {
      name?: string | null;
      kind?: string | null;
      member?: string | number | null;
      parent?: string | number | null;
    }
  | null
  | undefined;

function organizationFilterFrom(filter: OrganizationFilterArgs) {
  const str = (v: string | number | null | undefined) => (v == null ? null : String(v));
  return {
    name: filter?.name,
    kind: filter?.kind,
    member: idOf(str(filter?.member), ['Place', 'Organization'], 'filter.member'),
    parent: idOf(str(filter?.parent), ['Organization'], 'filter.parent'),
  };
}

const [connection, edge] = pageOf('Organization', 'organizations');
/** One connection type for every list of organizations (organizations, alliances). */
const OrganizationConnection = builder.connectionObject({ type: Organization, ...connection }, edge);

builder.queryFields((t) => ({
  organizations: t.drizzleConnection(
    {
      type: Organization,
      description: 'Every organization: alliances and their bodies, ministries, governments, media, …',
      args: {
        filter: t.arg({ type: OrganizationFilter, description: 'Only the organizations that match.' }),
      },
      totalCount: (_parent, args, ctx) =>
        countWhere(ctx.store.db, 'actors', organizationWhere(organizationFilterFrom(args.filter))),
      resolve: (query, _parent, args, ctx) =>
        loadPage(args, () =>
          asActorRows(
            ctx.store.db.query.actors.findMany(
              query({
                where: organizationWhere(organizationFilterFrom(args.filter)),
                orderBy: { id: 'asc' },
              }),
            ),
          ),
        ),
    },
    OrganizationConnection,
  ),
  alliances: t.drizzleConnection(
    {
      type: Organization,
      description:
        'Multilateral organizations and their bodies: CIS, CMM, Union State, NATO, CSTO, … (with `members` and `bodies`).',
      args: {
        filter: t.arg({ type: OrganizationFilter, description: 'Only the organizations that match.' }),
      },
      totalCount: (_parent, args, ctx) =>
        countWhere(ctx.store.db, 'actors', allianceWhere(organizationFilterFrom(args.filter))),
      resolve: (query, _parent, args, ctx) =>
        loadPage(args, () =>
          asActorRows(
            ctx.store.db.query.actors.findMany(
              query({ where: allianceWhere(organizationFilterFrom(args.filter)), orderBy: { id: 'asc' } }),
            ),
          ),
        ),
    },
    OrganizationConnection,
  ),
}));
