import { actors } from '@dossier/model';
import { and, eq } from 'drizzle-orm';
import { builder } from '../builder.js';
import { Actor, asActorRows } from './actor.js';
import { PlaceKind } from './enums.js';

export const Place = builder.drizzleNode('actors', {
  variant: 'Place',
  description: 'A country, city, region or venue.',
  interfaces: [Actor],
  id: { column: (a) => a.id },
  fields: (t) => ({
    kind: t.field({
      type: PlaceKind,
      select: { columns: { placeKind: true } },
      resolve: (place) => (place.placeKind ?? 'city') as 'country' | 'city' | 'region' | 'venue',
    }),
    countryCode: t.exposeString('countryCode', { nullable: true, description: 'ISO 3166-1 alpha-2.' }),
  }),
});

builder.drizzleObjectField(Place, 'country', (t) =>
  t.relation('country', { type: Place, nullable: true, description: 'The country it lies in.' }),
);

builder.queryFields((t) => ({
  places: t.drizzleConnection({
    type: Place,
    description: 'Countries, cities, regions and venues.',
    totalCount: (_parent, _args, ctx) => ctx.store.db.$count(actors, and(eq(actors.kind, 'place'))),
    resolve: (query, _parent, _args, ctx) =>
      asActorRows(
        ctx.store.db.query.actors.findMany(
          query({ where: { kind: 'place' as const }, orderBy: { id: 'asc' } }),
        ),
      ),
  }),
}));
