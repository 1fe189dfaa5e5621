// The meetings as points on a map: every meeting place with a known point is one point carrying
// the meetings held there. Meetings with no place, or at a place with no point (a region, a
// venue), are counted so that the legend can say what the map leaves out.

export interface GeoMeeting {
  id: string;
  place: {
    id: string;
    name: string;
    coordinates: { latitude: number; longitude: number } | null;
  } | null;
}

export interface MeetingPlace {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** The meetings held there, in the order given. */
  meetingIds: string[];
}

export interface MeetingMap {
  /** Most meetings first (drawn first, so that smaller points stay on top and clickable). */
  places: MeetingPlace[];
  /** Meetings whose place has no point on the map. */
  unplaced: number;
  /** Meetings that name no place. */
  placeless: number;
}

export function buildMeetingMap(meetings: readonly GeoMeeting[]): MeetingMap {
  const places = new Map<string, MeetingPlace>();
  let unplaced = 0;
  let placeless = 0;
  for (const meeting of meetings) {
    const place = meeting.place;
    if (!place) {
      placeless += 1;
      continue;
    }
    if (!place.coordinates) {
      unplaced += 1;
      continue;
    }
    const point = places.get(place.id) ?? {
      id: place.id,
      name: place.name,
      latitude: place.coordinates.latitude,
      longitude: place.coordinates.longitude,
      meetingIds: [],
    };
    point.meetingIds.push(meeting.id);
    places.set(place.id, point);
  }
  const sorted = [...places.values()].sort(
    (a, b) => b.meetingIds.length - a.meetingIds.length || a.name.localeCompare(b.name),
  );
  return { places: sorted, unplaced, placeless };
}

/** A point's radius in pixels: its area grows with the number of meetings. */
export function pointRadius(meetings: number): number {
  return Math.min(22, 3 + 3 * Math.sqrt(Math.max(1, meetings)));
}

/** "Minsk: 7 meetings" */
export function placeTitle(place: MeetingPlace): string {
  const n = place.meetingIds.length;
  return `${place.name}: ${n} ${n === 1 ? 'meeting' : 'meetings'}`;
}
