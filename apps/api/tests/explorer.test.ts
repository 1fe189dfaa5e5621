// The explorer's static files under /explorer/: content types, caching, and no way out of the
// app's folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerPlugin } from '../src/explorer.js';

const schema = createSchema({
  typeDefs: 'type Query { ok: Boolean }',
  resolvers: { Query: { ok: () => true } },
});

describe('explorerPlugin', () => {
  let dir: string;
  let outside: string;
  let yoga: ReturnType<typeof createYoga>;
  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'dossier-explorer-'));
    dir = join(outside, 'dist');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Dossier explorer</title>');
    writeFileSync(join(dir, 'assets/app-1234.js'), 'console.log(1);');
    writeFileSync(join(dir, 'assets/app-1234.css'), 'body{}');
    writeFileSync(join(outside, 'secret.txt'), 'not for the web');
    yoga = createYoga({ schema, plugins: [explorerPlugin({ dir })], logging: false });
  });
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  const get = (path: string, init: RequestInit = {}) => yoga.fetch(`http://localhost${path}`, init);

  it('forbids framing, inline scripts and sniffing on its pages', async () => {
    const page = await get('/explorer/');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html at /explorer/ and redirects /explorer there', async () => {
    const page = await get('/explorer/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('Dossier explorer');
    const bare = await get('/explorer?endpoint=x');
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/explorer/?endpoint=x');
  });

  it('serves assets with their content type, cached for good', async () => {
    const script = await get('/explorer/assets/app-1234.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(await script.text()).toBe('console.log(1);');
    expect((await get('/explorer/assets/app-1234.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    const head = await get('/explorer/assets/app-1234.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('15');
  });

  it('never serves a file outside the app folder', async () => {
    for (const path of [
      '/explorer/%2e%2e/secret.txt',
      '/explorer/..%2fsecret.txt',
      '/explorer/assets/..%2f..%2fsecret.txt',
      `/explorer/${encodeURIComponent(join(outside, 'secret.txt'))}`,
      '/explorer/%00',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('not for the web');
    }
    expect((await get('/explorer/%E0%A4%A')).status).toBe(400);
  });

  it('answers 404 for missing files, 405 for writes, and leaves other paths to GraphQL', async () => {
    expect((await get('/explorer/nope.js')).status).toBe(404);
    expect((await get('/explorer/', { method: 'POST' })).status).toBe(405);
    const graphql = await get('/graphql?query=%7Bok%7D');
    expect(await graphql.json()).toEqual({ data: { ok: true } });
  });

  it('says how to build the app when it is not built', async () => {
    const empty = createYoga({
      schema,
      plugins: [explorerPlugin({ dir: join(outside, 'none') })],
      logging: false,
    });
    const response = await empty.fetch('http://localhost/explorer/');
    expect(response.status).toBe(404);
    const hint = await response.text();
    // `pnpm --filter @dossier/explorer build` fails on a fresh clone: @dossier/client is not built.
    expect(hint).not.toContain('--filter');
    expect(hint).toContain('`pnpm start`');
    expect(hint).toContain('`pnpm build`');
  });
});
