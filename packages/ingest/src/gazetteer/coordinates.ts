// Where a place lies, from the gazetteer alone (no document needed).
import type { Coordinates, PlaceKind } from '../types.js';
import { cityByDisplayName } from './cities.js';
import { countryByCode } from './countries.js';

/**
 * Where a place lies, from the gazetteer: a city by its display name and country, a country by
 * its code. Regions and venues have no point of their own.
 */
export function placeCoordinates(
  placeKind: PlaceKind,
  name: string,
  countryCode: string | null,
): Coordinates | undefined {
  if (!countryCode) return undefined;
  if (placeKind === 'city') return cityByDisplayName(name, countryCode)?.coordinates;
  if (placeKind === 'country') return countryByCode(countryCode)?.coordinates;
  return undefined;
}
