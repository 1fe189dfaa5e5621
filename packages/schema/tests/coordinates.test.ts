import { actors, type Store } from '@dossier/model';
import { createTestStore } from '@dossier/model/testing';
import { type ExecutionResult, execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../src/index.js';
import { schema } from '../src/index.js';

let store: Store;

beforeAll(async () => {
  store = await createTestStore();
  await store.db.insert(actors).values([
    {
      kind: 'place',
      key: 'place:city:NO:oslo',
      name: 'Oslo',
      placeKind: 'city',
      countryCode: 'NO',
      latitude: 59.91,
      longitude: 10.75,
    },
    // a region has no point of its own
    { kind: 'place', key: 'place:region:northern europe', name: 'Northern Europe', placeKind: 'region' },
  ]);
});
afterAll(() => store?.close());

async function run(query: string): Promise<ExecutionResult<Record<string, unknown>>> {
  const contextValue: GraphQLContext = { store, canWrite: false, requestId: 'test' };
  return (await execute({ schema, document: parse(query), contextValue })) as ExecutionResult<
    Record<string, unknown>
  >;
}

describe('Place.coordinates', () => {
  it('gives the stored point of a city, and null for a place without one', async () => {
    const res = await run(
      '{ places(first: 10) { edges { node { name coordinates { latitude longitude } } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      places: {
        edges: [
          { node: { name: 'Oslo', coordinates: { latitude: 59.91, longitude: 10.75 } } },
          { node: { name: 'Northern Europe', coordinates: null } },
        ],
      },
    });
  });
});
