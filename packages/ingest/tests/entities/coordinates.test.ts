import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

function placeNamed(text: string, name: string) {
  return extract(text).places.find((p) => p.name === name);
}

describe('place coordinates', () => {
  it('gives a city the point of its gazetteer entry, rounded to 2 decimals', () => {
    expect(placeNamed('The ministers met in Minsk on Tuesday.', 'Minsk')?.coordinates).toEqual({
      lat: 53.9,
      lon: 27.57,
    });
  });
  it('follows a historic name to the city it names (Alma-Ata is Almaty)', () => {
    expect(placeNamed('The ministers met in Alma-Ata on Tuesday.', 'Almaty')?.coordinates).toEqual({
      lat: 43.26,
      lon: 76.93,
    });
  });
  it('gives a renamed display name the point of the GeoNames city it shows (Astana)', () => {
    expect(placeNamed('The ministers met in Astana on Tuesday.', 'Astana')?.coordinates).toEqual({
      lat: 51.18,
      lon: 71.45,
    });
  });
  it('places Washington at the capital, not at a smaller town of that name', () => {
    const c = placeNamed('The envoys met in Washington on Tuesday.', 'Washington')?.coordinates;
    expect(c).toEqual({ lat: 38.9, lon: -77.04 });
  });
  it("gives a country world-countries' representative point", () => {
    expect(placeNamed('Belarus and Russia signed a treaty.', 'Belarus')?.coordinates).toEqual({
      lat: 53,
      lon: 28,
    });
  });
  it('gives a region and a venue no coordinates', () => {
    const x = extract('Leaders from Central Asia met at the Kremlin in Moscow on Tuesday.');
    const region = x.places.find((p) => p.placeKind === 'region');
    const venue = x.places.find((p) => p.placeKind === 'venue');
    expect(region?.name).toBe('Central Asia');
    expect(region && 'coordinates' in region).toBe(false);
    expect(venue?.name).toBe('Kremlin');
    expect(venue && 'coordinates' in venue).toBe(false);
  });
  it('does not let one extraction change the coordinates another one returns', () => {
    const first = placeNamed('The ministers met in Minsk on Tuesday.', 'Minsk');
    if (first?.coordinates) first.coordinates.lat = 0;
    expect(placeNamed('The ministers met in Minsk on Tuesday.', 'Minsk')?.coordinates?.lat).toBe(53.9);
  });
});
