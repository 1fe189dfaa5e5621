import type { ResultOf } from '@dossier/client';
import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { dossier } from './client.ts';
import { FilterBar, TextFilter } from './controls.tsx';
import { enumLabel } from './format.ts';
import { ListFooter, ListItem } from './list.tsx';
import { type ActorKind, buildNetwork, type Network, type NetworkEdge } from './network.ts';
import { NetworkQuery } from './queries.ts';
import { routeHash } from './route.ts';
import { usePeriodMeetings } from './usePeriodMeetings.ts';

type Meeting = ResultOf<typeof NetworkQuery>['meetings']['edges'][number]['node'];

const KIND_STYLE: Record<ActorKind, { color: string; shape: cytoscape.Css.NodeShape; label: string }> = {
  Person: { color: '#2f6fb0', shape: 'ellipse', label: 'person' },
  Place: { color: '#3c8d4f', shape: 'round-rectangle', label: 'country or place' },
  Organization: { color: '#c07a1c', shape: 'diamond', label: 'body' },
};

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      color: '#222',
      width: 'mapData(meetings, 1, 10, 14, 36)',
      height: 'mapData(meetings, 1, 10, 14, 36)',
    },
  },
  ...Object.entries(KIND_STYLE).map(([kind, look]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': look.color, shape: look.shape },
  })),
  {
    selector: 'edge',
    style: {
      width: 'mapData(count, 1, 6, 2, 9)',
      'line-color': '#9aa5b1',
      'curve-style': 'bezier',
    },
  },
  { selector: 'edge:selected', style: { 'line-color': '#d0342c' } },
];

function elements(network: Network): cytoscape.ElementDefinition[] {
  return [
    ...network.nodes.map((node) => ({ group: 'nodes' as const, data: { ...node } })),
    ...network.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.source, target: edge.target, count: edge.meetingIds.length },
    })),
  ];
}

/** Where each edge's middle is drawn, in pixels from the graph's top left corner. */
type Midpoints = Record<string, { x: number; y: number }>;

function midpoints(cy: cytoscape.Core): Midpoints {
  const points: Midpoints = {};
  cy.edges().forEach((edge) => {
    const { x, y } = edge.renderedMidpoint();
    points[edge.id()] = { x: Math.round(x), y: Math.round(y) };
  });
  return points;
}

/** Draws the network with Cytoscape; `onEdge` hears which edge was clicked. */
function useCytoscape(network: Network, selectedEdge: string | null, onEdge: (id: string) => void) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const onEdgeRef = useRef(onEdge);
  onEdgeRef.current = onEdge;
  const selectedRef = useRef(selectedEdge);
  selectedRef.current = selectedEdge;
  const [points, setPoints] = useState<Midpoints>({});
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: elements(network),
      style: STYLE,
      layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true },
      selectionType: 'single',
      boxSelectionEnabled: false,
      maxZoom: 2.5,
      wheelSensitivity: 0.3,
    });
    cyRef.current = cy;
    if (selectedRef.current) cy.getElementById(selectedRef.current).select();
    let frame = 0;
    const track = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPoints(midpoints(cy)));
    };
    cy.on('viewport layoutstop', track);
    cy.on('tap', 'edge', (event) => onEdgeRef.current(event.target.id()));
    track();
    return () => {
      cancelAnimationFrame(frame);
      cyRef.current = null;
      cy.destroy();
    };
  }, [network]);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.edges().unselect();
    if (selectedEdge) cy.getElementById(selectedEdge).select();
  }, [selectedEdge]);
  return { container, points };
}

export function NetworkPanel({
  selectedId,
  version,
}: {
  selectedId: string | null;
  /** Goes up when live updates say an article went in: reload. */
  version: number;
}) {
  const { filter, set, clear, state } = usePeriodMeetings(
    async (variables, signal) => (await dossier.request(NetworkQuery, variables, { signal })).meetings,
    version,
  );
  const meetings = state.data?.nodes;
  const network = useMemo(() => buildNetwork(meetings ?? []), [meetings]);
  const byId = useMemo(() => new Map((meetings ?? []).map((meeting) => [meeting.id, meeting])), [meetings]);
  const names = useMemo(() => new Map(network.nodes.map((node) => [node.id, node.name])), [network]);
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const edge = network.edges.find((candidate) => candidate.id === selectedEdge) ?? null;
  const openEdge = (id: string) => {
    setSelectedEdge(id);
    const first = network.edges.find((candidate) => candidate.id === id)?.meetingIds[0];
    if (first) window.location.hash = routeHash({ tab: 'network', recordId: first });
  };
  const { container, points } = useCytoscape(network, selectedEdge, openEdge);
  const edgeLabel = (e: NetworkEdge) => `${names.get(e.source)} — ${names.get(e.target)}`;
  return (
    <div className="panel">
      <FilterBar onClear={clear}>
        <TextFilter label="From" type="date" value={filter.from} onChange={set('from')} />
        <TextFilter label="To" type="date" value={filter.to} onChange={set('to')} />
      </FilterBar>
      <ListFooter state={state} shown={meetings?.length ?? 0} total={state.data?.totalCount} noun="meeting" />
      <div
        ref={container}
        className="network-graph"
        data-testid="network"
        data-nodes={network.nodes.length}
        data-edges={network.edges.length}
        data-period={state.data?.period}
        role="img"
        aria-label={`Network of ${network.nodes.length} actors joined by ${network.edges.length} pairs who met`}
      />
      <p className="network-legend">
        {Object.values(KIND_STYLE).map((look) => (
          <span key={look.label} style={{ color: look.color }}>
            ■ {look.label}{' '}
          </span>
        ))}
        · a line joins two actors who met; click it to read the meetings
      </p>
      {edge ? (
        <>
          <h3>{edgeLabel(edge)}</h3>
          <ul className="list" data-testid="edge-meetings">
            {edge.meetingIds.map((id) => (
              <EdgeMeeting key={id} meeting={byId.get(id)} id={id} selected={id === selectedId} />
            ))}
          </ul>
        </>
      ) : null}
      <details className="network-edges">
        <summary>Every pair who met ({network.edges.length})</summary>
        <ul data-testid="network-edges">
          {network.edges.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className="linklike"
                data-edge-id={e.id}
                data-meeting-ids={e.meetingIds.join(' ')}
                data-x={points[e.id]?.x}
                data-y={points[e.id]?.y}
                onClick={() => openEdge(e.id)}
              >
                {edgeLabel(e)} ({e.meetingIds.length})
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function EdgeMeeting({
  meeting,
  id,
  selected,
}: {
  meeting: Meeting | undefined;
  id: string;
  selected: boolean;
}) {
  return (
    <ListItem tab="network" id={id} selected={selected} testId="edge-meeting">
      <strong>
        {enumLabel(meeting?.kind)} meeting{meeting?.place ? ` in ${meeting.place.name}` : ''}
      </strong>
      <span className="meta">{meeting?.date ?? 'date not stated'}</span>
    </ListItem>
  );
}
