import { describe, expect, it } from 'vitest';
import { buildMeetingMap, type GeoMeeting, placeTitle, pointRadius } from '../src/geo.ts';

const minsk = { id: 'L1', name: 'Minsk', coordinates: { latitude: 53.9, longitude: 27.57 } };
const sochi = { id: 'L2', name: 'Sochi', coordinates: { latitude: 43.6, longitude: 39.73 } };
const kremlin = { id: 'L3', name: 'Kremlin', coordinates: null };

describe('buildMeetingMap', () => {
  it('makes one point per place with a point, carrying its meetings, most meetings first', () => {
    const meetings: GeoMeeting[] = [
      { id: 'M1', place: sochi },
      { id: 'M2', place: minsk },
      { id: 'M3', place: minsk },
    ];
    const map = buildMeetingMap(meetings);
    expect(map.places).toEqual([
      { id: 'L1', name: 'Minsk', latitude: 53.9, longitude: 27.57, meetingIds: ['M2', 'M3'] },
      { id: 'L2', name: 'Sochi', latitude: 43.6, longitude: 39.73, meetingIds: ['M1'] },
    ]);
    expect(placeTitle(map.places[0]!)).toBe('Minsk: 2 meetings');
    expect(placeTitle(map.places[1]!)).toBe('Sochi: 1 meeting');
  });

  it('leaves out, and counts, meetings at a place with no point and meetings with no place', () => {
    const map = buildMeetingMap([
      { id: 'M1', place: kremlin },
      { id: 'M2', place: null },
      { id: 'M3', place: null },
      { id: 'M4', place: minsk },
    ]);
    expect(map.places.map((place) => place.name)).toEqual(['Minsk']);
    expect(map.unplaced).toBe(1);
    expect(map.placeless).toBe(2);
  });

  it('orders places with as many meetings by name', () => {
    const map = buildMeetingMap([
      { id: 'M1', place: sochi },
      { id: 'M2', place: minsk },
    ]);
    expect(map.places.map((place) => place.name)).toEqual(['Minsk', 'Sochi']);
  });
});

describe('pointRadius', () => {
  it('grows with the meetings held there, and stops growing at a cap', () => {
    expect(pointRadius(1)).toBe(6);
    expect(pointRadius(4)).toBe(9);
    expect(pointRadius(4)).toBeGreaterThan(pointRadius(3));
    expect(pointRadius(1000)).toBe(22);
  });
});
