import { countWhere, placeWhere } from '@dossier/model';
import { builder } from '../builder.js';
import { idOf, loadPage } from '../errors.js';
import { ACTOR_COLUMNS, Actor, asActorRows } from './actor.js';
import { pageOf } from './connections.js';
import { PlaceKind } from './enums.js';
import { GeoPoint, geoPointOf } from './geo-point.js';

export const Place = builder.drizzleNode('actors', {
  variant: 'Place',
  // The Actor interface's columns; a field that needs another one selects it itself.
  select: ACTOR_COLUMNS,
  description: 'A country, city, region or venue.',
  interfaces: [Actor],
  id: { column: (a) => a.id },
  fields: (t) => ({
    countryCode: t.exposeString('countryCode', { nullable: true, description: 'ISO 3166-1 alpha-2.' }),
    coordinates: t.field({
      type: GeoPoint,
      nullable: true,
      description:
        "Where it lies: a city's own point, or a representative point inside a country. Null for regions and venues.",
      select: { columns: { latitude: true, longitude: true } },
      resolve: geoPointOf,
    }),
  }),
});

builder.drizzleObjectField(Place, 'country', (t) =>
  t.relation('country', { type: Place, nullable: true, description: 'The country it lies in.' }),
);

const PlaceFilter = builder.inputType('PlaceFilter', {
  description: 'Which places to list; every field given must match.',
  fields: (t) => ({
    name: t.string({ description: 'Name or an alias contains this text (case-insensitive).' }),
    kind: t.field({ type: PlaceKind, description: 'Places of this kind.' }),
    country: t.id({ description: 'Places in this country (a Place id).' }),
  }),
});

builder.queryFields((t) => ({
  places: t.drizzleConnection(
    {
      type: Place,
      description: 'Countries, cities, regions and venues.',
      args: { filter: t.arg({ type: PlaceFilter, description: 'Only the places that match.' }) },
      totalCount: (_parent, args, ctx) => countWhere(ctx.store.db, 'actors', placeWhereFrom(args.filter)),
      resolve: (query, _parent, args, ctx) =>
        loadPage(args, () =>
          asActorRows(
            ctx.store.db.query.actors.findMany(
              query({ where: placeWhereFrom(args.filter), orderBy: { id: 'asc' } }),
            ),
          ),
        ),
    },
    ...pageOf('Place', 'places'),
  ),
}));

function placeWhereFrom(
  filter: { name?: string | null; kind?: string | null; country?: string | number | null } | null | undefined,
) {
  return placeWhere({
    name: filter?.name,
    kind: filter?.kind,
    country: idOf(filter?.country == null ? null : String(filter.country), ['Place'], 'filter.country'),
  });
}
