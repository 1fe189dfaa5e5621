// possible-types.json is what Apollo Client's InMemoryCache needs to match fragments on the
// Actor and Node interfaces; it must say what the running API says.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './server.js';

const INTROSPECT_ABSTRACT_TYPES = '{ __schema { types { name possibleTypes { name } } } }';

interface Introspection {
  data: { __schema: { types: { name: string; possibleTypes: { name: string }[] | null }[] } };
}

describe('possible-types.json', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists the implementations of every interface, as the API introspects them', async () => {
    const response = await fetch(server.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: INTROSPECT_ABSTRACT_TYPES }),
    });
    const { data } = (await response.json()) as Introspection;
    const fromApi = Object.fromEntries(
      data.__schema.types
        .filter((type) => type.possibleTypes && !type.name.startsWith('__'))
        .map((type) => [type.name, type.possibleTypes!.map((t) => t.name).sort()]),
    );
    const committed = JSON.parse(readFileSync(new URL('../possible-types.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(fromApi);
    expect(committed.Actor).toEqual(['Organization', 'Person', 'Place']);
  });
});
