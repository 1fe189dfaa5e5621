// The response cache never serves a result from before an ingest: an ingest written straight
// into the store (not through this server's mutation, as another process or replica would) is
// heard through store.onIngest and refreshes the lists it added to.
import { ingestDocument, type Store } from '@dossier/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierYoga } from '../src/yoga.js';
import { createTestServer } from './helpers.js';

const MEETINGS = /* GraphQL */ `
  query Meetings($first: Int!) {
    meetings(first: $first) {
      edges { node { id kind place { name } participants { __typename name } evidence { exact } } }
    }
  }
`;

const FIRST = `Russian Defense Minister Andrei Belousov met Belarusian Defense Minister Viktor Khrenin in Minsk on Tuesday. "Our cooperation is growing," Belousov said.`;
const SECOND = `Kazakh Foreign Minister Murat Nurtleu held talks with Armenian Foreign Minister Ararat Mirzoyan in Astana on Friday. "We agreed to deepen trade," Nurtleu said.`;

describe('response cache', () => {
  let store: Store;
  let yoga: DossierYoga;
  beforeAll(async () => {
    ({ store, yoga } = await createTestServer());
  }, 30_000);
  afterAll(async () => {
    await store.close();
  });

  const meetingPlaces = async (): Promise<string[]> => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: MEETINGS, variables: { first: 50 } }),
    });
    const body = (await response.json()) as {
      data: { meetings: { edges: Array<{ node: { place: { name: string } | null } }> } };
    };
    return body.data.meetings.edges.map((edge) => edge.node.place?.name ?? '').sort();
  };

  it('answers again from the store after an ingest by another writer', async () => {
    await ingestDocument(store, { text: FIRST, publishedAt: '2024-05-16' });
    const before = await meetingPlaces();
    expect(before).toContain('Minsk');
    expect(await meetingPlaces()).toEqual(before); // cached now

    await ingestDocument(store, { text: SECOND, publishedAt: '2024-05-17' });
    // The notification is asynchronous: wait (bounded) until the cache has heard it.
    let after = await meetingPlaces();
    for (let i = 0; i < 50 && after.length === before.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await meetingPlaces();
    }
    expect(after.length).toBe(before.length + 1); // the Astana talks (named Nur-Sultan or Astana)
    expect(after).toContain('Minsk');
  }, 30_000);
});
