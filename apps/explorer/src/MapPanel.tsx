import type { ResultOf } from '@dossier/client';
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { useMemo, useState } from 'react';
import { dossier } from './client.ts';
import { FilterBar, TextFilter } from './controls.tsx';
import { enumLabel, names } from './format.ts';
import { buildMeetingMap, type MeetingPlace, placeTitle, pointRadius } from './geo.ts';
import { ListFooter, ListItem } from './list.tsx';
import { MapQuery } from './queries.ts';
import { routeHash } from './route.ts';
import { usePeriodMeetings } from './usePeriodMeetings.ts';
import { worldCountries } from './world.ts';

type Meeting = ResultOf<typeof MapQuery>['meetings']['edges'][number]['node'];

const WIDTH = 960;
const HEIGHT = 500;

/** The projection and the paths of the outline: computed once, they do not depend on the data. */
function useWorld() {
  return useMemo(() => {
    const projection = geoNaturalEarth1().fitExtent(
      [
        [4, 4],
        [WIDTH - 4, HEIGHT - 4],
      ],
      { type: 'Sphere' },
    );
    const path = geoPath(projection);
    return {
      projection,
      sphere: path({ type: 'Sphere' }) ?? '',
      graticule: path(geoGraticule10()) ?? '',
      countries: worldCountries().features.map((country, index) => ({
        key: `${country.id ?? index}`,
        name: country.properties.name,
        d: path(country) ?? '',
      })),
    };
  }, []);
}

export function MapPanel({
  selectedId,
  version,
}: {
  selectedId: string | null;
  /** Goes up when live updates say an article went in: reload. */
  version: number;
}) {
  const { filter, set, clear, state } = usePeriodMeetings(
    async (variables, signal) => (await dossier.request(MapQuery, variables, { signal })).meetings,
    version,
  );
  const meetings = state.data?.nodes;
  const map = useMemo(() => buildMeetingMap(meetings ?? []), [meetings]);
  const byId = useMemo(() => new Map((meetings ?? []).map((meeting) => [meeting.id, meeting])), [meetings]);
  const world = useWorld();
  const [selectedPlace, setSelectedPlace] = useState<string | null>(null);
  const place = map.places.find((candidate) => candidate.id === selectedPlace) ?? null;
  const openPlace = (id: string) => {
    setSelectedPlace(id);
    const first = map.places.find((candidate) => candidate.id === id)?.meetingIds[0];
    if (first) window.location.hash = routeHash({ tab: 'map', recordId: first });
  };
  return (
    <div className="panel">
      <FilterBar onClear={clear}>
        <TextFilter label="From" type="date" value={filter.from} onChange={set('from')} />
        <TextFilter label="To" type="date" value={filter.to} onChange={set('to')} />
      </FilterBar>
      <ListFooter state={state} shown={meetings?.length ?? 0} total={state.data?.totalCount} noun="meeting" />
      <svg
        className="map"
        data-testid="map"
        data-places={map.places.length}
        data-period={state.data?.period}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Map of ${map.places.length} meeting places`}
      >
        <path className="map-sphere" d={world.sphere} />
        <path className="map-graticule" d={world.graticule} />
        <g className="map-countries">
          {world.countries.map((country) => (
            <path key={country.key} d={country.d}>
              <title>{country.name}</title>
            </path>
          ))}
        </g>
        <g className="map-places">
          {map.places.map((point) => (
            <PlacePoint
              key={point.id}
              place={point}
              at={world.projection([point.longitude, point.latitude])}
              selected={point.id === selectedPlace}
              onOpen={openPlace}
            />
          ))}
        </g>
      </svg>
      <p className="network-legend">
        ● a meeting place, larger for more meetings; click it to read the meetings held there
        {map.unplaced ? ` · ${map.unplaced} at a place with no point (a venue or region)` : ''}
        {map.placeless ? ` · ${map.placeless} with no place named` : ''}
      </p>
      {place ? (
        <>
          <h3>{placeTitle(place)}</h3>
          <ul className="list" data-testid="place-meetings">
            {place.meetingIds.map((id) => (
              <PlaceMeeting key={id} meeting={byId.get(id)} id={id} selected={id === selectedId} />
            ))}
          </ul>
        </>
      ) : null}
      <details className="network-edges">
        <summary>Every meeting place ({map.places.length})</summary>
        <ul data-testid="map-places">
          {map.places.map((point) => (
            <li key={point.id}>
              <button
                type="button"
                className="linklike"
                data-place-id={point.id}
                data-meeting-ids={point.meetingIds.join(' ')}
                onClick={() => openPlace(point.id)}
              >
                {placeTitle(point)}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function PlacePoint({
  place,
  at,
  selected,
  onOpen,
}: {
  place: MeetingPlace;
  at: [number, number] | null;
  selected: boolean;
  onOpen: (id: string) => void;
}) {
  if (!at) return null;
  const title = placeTitle(place);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG point cannot be a <button>; the list under the map has buttons
    <circle
      className={selected ? 'map-place selected' : 'map-place'}
      data-testid="map-place"
      data-place-id={place.id}
      data-name={place.name}
      data-meetings={place.meetingIds.length}
      cx={Math.round(at[0] * 10) / 10}
      cy={Math.round(at[1] * 10) / 10}
      r={pointRadius(place.meetingIds.length)}
      role="button"
      tabIndex={0}
      aria-label={title}
      onClick={() => onOpen(place.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen(place.id);
        }
      }}
    >
      <title>{title}</title>
    </circle>
  );
}

function PlaceMeeting({
  meeting,
  id,
  selected,
}: {
  meeting: Meeting | undefined;
  id: string;
  selected: boolean;
}) {
  return (
    <ListItem tab="map" id={id} selected={selected} testId="place-meeting">
      <strong>
        {enumLabel(meeting?.kind)} meeting{meeting?.place ? ` in ${meeting.place.name}` : ''}
      </strong>
      <span className="meta">
        {meeting?.date ?? 'date not stated'}
        {meeting?.participants.length ? ` · ${names(meeting.participants)}` : ''}
      </span>
    </ListItem>
  );
}
