// Serves the explorer web app (apps/explorer, built by Vite into apps/explorer/dist) under
// /explorer/ from the API's own origin, so the page reads /graphql without CORS. Self-contained:
// a yoga plugin that answers only GET/HEAD under /explorer and leaves every other request alone.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { pageSecurityHeaders } from './page-headers.js';

export const EXPLORER_PATH = '/explorer';

/** apps/explorer/dist, seen from apps/api/dist (or apps/api/src under the tests). */
const DEFAULT_EXPLORER_DIR = fileURLToPath(new URL('../../explorer/dist/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** What to do when the app is not built: the root scripts build its dependencies first. */
export const NOT_BUILT =
  'The explorer is not built: run `pnpm start` (builds everything, then serves) or `pnpm build` at the repository root.';

/** Whether the built app is there to serve. */
export async function explorerIsBuilt(dir: string = DEFAULT_EXPLORER_DIR): Promise<boolean> {
  return (await stat(resolve(dir, 'index.html')).catch(() => null))?.isFile() === true;
}

export interface ExplorerOptions {
  /** The built app (default: apps/explorer/dist beside this package). */
  dir?: string;
}

export function explorerPlugin(options: ExplorerOptions = {}): Plugin {
  const root = resolve(options.dir ?? DEFAULT_EXPLORER_DIR);
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      const { pathname } = url;
      if (pathname !== EXPLORER_PATH && !pathname.startsWith(`${EXPLORER_PATH}/`)) return;
      const text = (status: number, body: string, headers: Record<string, string> = {}) =>
        endResponse(
          new fetchAPI.Response(body, {
            status,
            headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
          }),
        );
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return text(405, 'Method not allowed\n', { allow: 'GET, HEAD' });
      if (pathname === EXPLORER_PATH) {
        return endResponse(
          new fetchAPI.Response(null, {
            status: 308,
            headers: { location: `${EXPLORER_PATH}/${url.search}` },
          }),
        );
      }
      let relative: string;
      try {
        relative = decodeURIComponent(pathname.slice(EXPLORER_PATH.length + 1)) || 'index.html';
      } catch {
        return text(400, 'Bad path\n');
      }
      const file = resolve(root, relative);
      // Decoded "..", "%2F.." or absolute paths must never leave the app's folder.
      if (relative.includes('\0') || !file.startsWith(root + sep)) return text(404, 'Not found\n');
      const found = await stat(file).catch(() => null);
      if (!found?.isFile()) {
        return (await explorerIsBuilt(root)) ? text(404, 'Not found\n') : text(404, `${NOT_BUILT}\n`);
      }
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return endResponse(
        new fetchAPI.Response(body, {
          status: 200,
          headers: {
            'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
            'content-length': String(found.size),
            ...pageSecurityHeaders({ workers: false }),
            // Vite puts a content hash in every asset name; index.html must always be fresh.
            'cache-control': relative.startsWith('assets/')
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
          },
        }),
      );
    },
  };
}
