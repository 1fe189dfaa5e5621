import { describe, expect, it } from 'vitest';
import { buildNetwork, type NetworkMeeting } from '../src/network.ts';

const ana = { __typename: 'Person', id: 'P1', name: 'Ana Kos' } as const;
const ben = { __typename: 'Person', id: 'P2', name: 'Ben Varga' } as const;
const freedonia = { __typename: 'Place', id: 'C1', name: 'Freedonia' } as const;
const council = { __typename: 'Organization', id: 'O1', name: 'River Council' } as const;

describe('buildNetwork', () => {
  it('joins the participants of each meeting pairwise, one edge per pair carrying every meeting', () => {
    const meetings: NetworkMeeting[] = [
      { id: 'M1', participants: [ana, ben] },
      { id: 'M2', participants: [ben, ana, freedonia] },
      { id: 'M3', participants: [council] },
    ];
    const network = buildNetwork(meetings);
    expect(network.nodes.map((node) => [node.id, node.kind, node.meetings])).toEqual([
      ['P1', 'Person', 2],
      ['P2', 'Person', 2],
      ['C1', 'Place', 1],
      ['O1', 'Organization', 1],
    ]);
    expect(network.edges).toEqual([
      { id: 'P1|P2', source: 'P1', target: 'P2', meetingIds: ['M1', 'M2'] },
      { id: 'C1|P1', source: 'C1', target: 'P1', meetingIds: ['M2'] },
      { id: 'C1|P2', source: 'C1', target: 'P2', meetingIds: ['M2'] },
    ]);
  });

  it('draws no edge from an actor to itself when it is listed twice', () => {
    const network = buildNetwork([{ id: 'M1', participants: [ana, ana] }]);
    expect(network.nodes).toHaveLength(1);
    expect(network.nodes[0]?.meetings).toBe(1);
    expect(network.edges).toEqual([]);
  });
});
