import { builder } from '../builder.js';

/** A point on the globe, as the store keeps it. */
export interface GeoPointRow {
  latitude: number;
  longitude: number;
}

export const GeoPoint = builder.objectRef<GeoPointRow>('GeoPoint').implement({
  description: 'A point on the globe in WGS 84 degrees, from the gazetteer (about 1 km precise).',
  fields: (t) => ({
    latitude: t.exposeFloat('latitude', { description: 'Degrees north of the equator (negative: south).' }),
    longitude: t.exposeFloat('longitude', {
      description: 'Degrees east of Greenwich (negative: west).',
    }),
  }),
});

/** The point of a stored row, or null when it has none (regions, venues, older rows). */
export function geoPointOf(row: { latitude: number | null; longitude: number | null }): GeoPointRow | null {
  return row.latitude == null || row.longitude == null
    ? null
    : { latitude: row.latitude, longitude: row.longitude };
}
