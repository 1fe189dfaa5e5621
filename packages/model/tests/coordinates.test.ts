import type { Extraction, PlaceRecord } from '@dossier/ingest';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { actors, ingestDocument, type Store } from '../src/index.js';
import { createTestStore, resetTestStore } from '../src/testing.js';
import { extraction, place, span } from './helpers.js';

// Invented reports that name the same city; the extraction is hand-built so that the merge of
// the coordinates is tested apart from the gazetteer.
const FIRST = 'The envoys met in Vienna on Monday.';
const SECOND = 'Talks went on in Vienna for a second day.';
const THIRD = 'Vienna hosted the closing session.';

function vienna(text: string, coordinates?: PlaceRecord['coordinates']): Extraction {
  return extraction({
    places: [
      place({
        ref: 'l1',
        key: 'place:city:AT:vienna',
        name: 'Vienna',
        placeKind: 'city',
        countryCode: 'AT',
        evidence: [span(text, 'Vienna')],
        ...(coordinates ? { coordinates } : {}),
      }),
    ],
  });
}

async function storedPoint(store: Store) {
  const [row] = await store.db
    .select({ latitude: actors.latitude, longitude: actors.longitude })
    .from(actors)
    .where(eq(actors.key, 'place:city:AT:vienna'));
  return row;
}

describe('place coordinates in the store', () => {
  // one store, emptied before each test (a new store per test costs a PGlite clone)
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore();
  });
  beforeEach(async () => {
    await resetTestStore(store);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('writes the point of a place record into latitude and longitude', async () => {
    await ingestDocument(store, { text: FIRST }, { extractor: (t) => vienna(t, { lat: 48.21, lon: 16.37 }) });
    expect(await storedPoint(store)).toEqual({ latitude: 48.21, longitude: 16.37 });
  });

  it('leaves both columns null for a place without a point', async () => {
    await ingestDocument(store, { text: FIRST }, { extractor: (t) => vienna(t) });
    expect(await storedPoint(store)).toEqual({ latitude: null, longitude: null });
  });

  it('fills a missing point from a later document, and keeps the first point stored', async () => {
    await ingestDocument(store, { text: FIRST }, { extractor: (t) => vienna(t) });
    await ingestDocument(
      store,
      { text: SECOND },
      { extractor: (t) => vienna(t, { lat: 48.21, lon: 16.37 }) },
    );
    expect(await storedPoint(store)).toEqual({ latitude: 48.21, longitude: 16.37 });
    // a different point later (a newer gazetteer) does not move it: the first non-null wins
    await ingestDocument(store, { text: THIRD }, { extractor: (t) => vienna(t, { lat: 48.2, lon: 16.4 }) });
    expect(await storedPoint(store)).toEqual({ latitude: 48.21, longitude: 16.37 });
  });

  it('refuses half a point or a latitude off the globe', async () => {
    await ingestDocument(store, { text: FIRST }, { extractor: (t) => vienna(t) });
    const set = (value: ReturnType<typeof sql>) =>
      store.db.execute(sql`update actors set ${value} where key = 'place:city:AT:vienna'`);
    await expect(set(sql`latitude = 48.2`)).rejects.toThrow();
    await expect(set(sql`latitude = 91, longitude = 16`)).rejects.toThrow();
    await set(sql`latitude = 48.2, longitude = 16.4`);
    expect(await storedPoint(store)).toEqual({ latitude: 48.2, longitude: 16.4 });
  });

  it('stores the gazetteer points the extractor gives a city and its country', async () => {
    await ingestDocument(store, { text: 'The ministers met in Minsk on Tuesday.' });
    const rows = await store.db
      .select({ name: actors.name, latitude: actors.latitude, longitude: actors.longitude })
      .from(actors)
      .where(eq(actors.kind, 'place'))
      .orderBy(actors.name);
    expect(rows).toEqual([
      { name: 'Belarus', latitude: 53, longitude: 28 },
      { name: 'Minsk', latitude: 53.9, longitude: 27.57 },
    ]);
  });
});
