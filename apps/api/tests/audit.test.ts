// The GraphQL-over-HTTP specification's audit suite, against the real server on a socket:
// every MUST passes (SHOULD and MAY are reported, not required).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '@dossier/model';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from './helpers.js';

let store: Store;
let server: Server;
let url = '';

beforeAll(async () => {
  const created = await createTestServer();
  store = created.store;
  const yoga = created.yoga;
  server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await store?.close();
});

describe('GraphQL over HTTP audits', () => {
  const audits = serverAudits({ url: () => url });
  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    });
  }

  it('reports the SHOULD and MAY audits', async () => {
    const optional = audits.filter((a) => !a.name.startsWith('MUST'));
    const failed: string[] = [];
    for (const audit of optional) {
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${audit.name}: ${result.reason}`);
    }
    console.info(
      `[audit] ${optional.length - failed.length}/${optional.length} SHOULD/MAY audits pass${failed.length ? `; not passing:\n  ${failed.join('\n  ')}` : ''}`,
    );
    expect(optional.length).toBeGreaterThan(0);
  });
});
