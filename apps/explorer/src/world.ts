// The world outline, bundled from world-atlas (Natural Earth, 1:110m) at build time: the map
// fetches nothing at run time and needs no tile server.
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

let outline: FeatureCollection<Geometry, { name: string }> | null = null;

/** The countries of the world as GeoJSON features (converted once, on first use). */
export function worldCountries(): FeatureCollection<Geometry, { name: string }> {
  outline ??= feature(
    countries110m as unknown as Atlas,
    (countries110m as unknown as Atlas).objects.countries,
  );
  return outline;
}
