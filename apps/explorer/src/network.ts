// The meetings as a network: every named participant (person, country, body) is a node, and
// every pair of participants who met is one edge carrying the meetings they met at.

export type ActorKind = 'Person' | 'Place' | 'Organization';

export interface NetworkMeeting {
  id: string;
  participants: ReadonlyArray<{ __typename: ActorKind; id: string; name: string }>;
}

export interface NetworkNode {
  id: string;
  name: string;
  kind: ActorKind;
  /** How many meetings the actor took part in. */
  meetings: number;
}

export interface NetworkEdge {
  /** Stable: the two actor ids, in order. */
  id: string;
  source: string;
  target: string;
  meetingIds: string[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** Every unordered pair of distinct ids, each once (a, b with a < b). */
function pairs(ids: readonly string[]): Array<[string, string]> {
  const sorted = [...new Set(ids)].sort();
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b): [string, string] => [a, b]));
}

export function buildNetwork(meetings: readonly NetworkMeeting[]): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  for (const meeting of meetings) {
    for (const actor of new Map(meeting.participants.map((p) => [p.id, p])).values()) {
      const node = nodes.get(actor.id) ?? {
        id: actor.id,
        name: actor.name,
        kind: actor.__typename,
        meetings: 0,
      };
      node.meetings += 1;
      nodes.set(actor.id, node);
    }
    for (const [source, target] of pairs(meeting.participants.map((p) => p.id))) {
      const id = `${source}|${target}`;
      const edge = edges.get(id) ?? { id, source, target, meetingIds: [] };
      edge.meetingIds.push(meeting.id);
      edges.set(id, edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
