// GraphiQL, served offline from @graphql-yoga/render-graphiql's bundle, but as static files:
// the package renders one 9 MB page per GET (its scripts, styles and workers inlined), which
// costs that much memory per concurrent request and can never be cached. Here the page is a
// few hundred bytes; the scripts, styles and workers are files under /graphiql/ with a content
// hash in their names, served once compressed and cached by the browser for good.
//
// The page runs no inline script, so a strict Content-Security-Policy holds, and it may not be
// framed. It does not prefill a query from the URL: a link to it cannot put a mutation in front
// of a user who is allowed to write.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlibConstants } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { pageSecurityHeaders } from './page-headers.js';

export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

interface Asset {
  name: string;
  type: string;
  body: Buffer;
  gzip?: Promise<Buffer>;
  brotli?: Promise<Buffer>;
}

interface GraphiQLBundle {
  assets: Map<string, Asset>;
  url: (key: 'css' | 'js' | 'start' | 'favicon') => string;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

function asset(base: string, extension: string, type: string, body: Buffer): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { name: `${base}-${hash}.${extension}`, type, body };
}

interface BundleStrings {
  css: string;
  js: string;
  favicon: string;
  editorWorkerService: string;
  jsonWorker: string;
  graphqlWorker: string;
}

/**
 * The strings the package's renderer inlines, from the module beside its entry point (the
 * package exports only its renderer; the file is part of the same published build).
 */
async function importBundleStrings(): Promise<BundleStrings> {
  const entry = import.meta.resolve('@graphql-yoga/render-graphiql');
  return (await import(new URL('graphiql.js', entry).href)) as BundleStrings;
}

/** The package's bundle as files, built once on first use (it is 9 MB of strings). */
let bundle: Promise<GraphiQLBundle> | undefined;
function loadBundle(): Promise<GraphiQLBundle> {
  bundle ??= (async () => {
    const parts = await importBundleStrings();
    const js = 'text/javascript; charset=utf-8';
    const workers = {
      editorWorkerService: asset('editor-worker', 'js', js, Buffer.from(parts.editorWorkerService)),
      json: asset('json-worker', 'js', js, Buffer.from(parts.jsonWorker)),
      graphql: asset('graphql-worker', 'js', js, Buffer.from(parts.graphqlWorker)),
    };
    const workerUrls = Object.fromEntries(
      Object.entries(workers).map(([label, file]) => [label, `${GRAPHIQL_ASSETS_PATH}${file.name}`]),
    );
    const start = asset('start', 'js', js, Buffer.from(startScript(workerUrls)));
    const favicon = /^data:([^;,]+);base64,(.*)$/s.exec(parts.favicon);
    const named = {
      css: asset('graphiql', 'css', 'text/css; charset=utf-8', Buffer.from(parts.css)),
      js: asset('graphiql', 'js', js, Buffer.from(parts.js)),
      start,
      favicon: asset(
        'favicon',
        'ico',
        favicon?.[1] ?? 'image/x-icon',
        Buffer.from(favicon?.[2] ?? '', 'base64'),
      ),
    };
    const assets = new Map<string, Asset>();
    for (const file of [...Object.values(named), ...Object.values(workers)]) assets.set(file.name, file);
    return { assets, url: (key) => `${GRAPHIQL_ASSETS_PATH}${named[key].name}` };
  })();
  return bundle;
}

/**
 * What the package's page ran inline: workers from our files, then GraphiQL with the options
 * the page carries as JSON data (data is not script, so the CSP needs no 'unsafe-inline').
 */
function startScript(workerUrls: Record<string, string>): string {
  return `(function () {
  var workers = ${JSON.stringify(workerUrls)};
  self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: function (_id, label) { return workers[label]; } };
  var url = new URL(window.location.href);
  ['query', 'variables', 'headers', 'operationName'].forEach(function (name) { url.searchParams.delete(name); });
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  var options = JSON.parse(document.getElementById('graphiql-options').textContent || '{}');
  YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), options);
})();
`;
}

/** JSON that is safe inside a <script type="application/json"> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value ?? {}).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The `renderGraphiQL` yoga calls for GET /graphql from a browser: a small page of links. */
export async function renderGraphiQLPage(
  options?: { title?: string } & Record<string, unknown>,
): Promise<string> {
  const { url } = await loadBundle();
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options?.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${url('favicon')}" />
    <link rel="stylesheet" href="${url('css')}" />
    <script type="application/json" id="graphiql-options">${scriptJson(options)}</script>
    <script defer src="${url('js')}"></script>
    <script defer src="${url('start')}"></script>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
  </body>
</html>
`;
}

/** Compressed once per encoding, on first request, off the event loop (zlib's thread pool). */
function encoded(file: Asset, encoding: 'br' | 'gzip'): Promise<Buffer> {
  if (encoding === 'br') {
    file.brotli ??= brotliAsync(file.body, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 9,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: file.body.length,
      },
    });
    return file.brotli;
  }
  file.gzip ??= gzipAsync(file.body, { level: 9 });
  return file.gzip;
}

function preferredEncoding(accept: string | null): 'br' | 'gzip' | null {
  const offered = (accept ?? '')
    .toLowerCase()
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name);
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return null;
}

/**
 * Serves GraphiQL's files under /graphiql/ and gives the GraphiQL page its security headers.
 * Only when GraphiQL is enabled.
 */
export function graphiqlPlugin(graphqlEndpoint: string): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS_PATH)) return;
      const file = (await loadBundle()).assets.get(url.pathname.slice(GRAPHIQL_ASSETS_PATH.length));
      if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
        return endResponse(new fetchAPI.Response('Not found\n', { status: 404 }));
      }
      const encoding = preferredEncoding(request.headers.get('accept-encoding'));
      const body = encoding ? await encoded(file, encoding) : file.body;
      const headers: Record<string, string> = {
        'content-type': file.type,
        'content-length': String(body.length),
        'cache-control': 'public, max-age=31536000, immutable',
        vary: 'accept-encoding',
        'x-content-type-options': 'nosniff',
        ...(encoding ? { 'content-encoding': encoding } : {}),
      };
      return endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
          status: 200,
          headers,
        }),
      );
    },
    onResponse({ request, response }) {
      const { pathname } = new URL(request.url, 'http://localhost');
      if (pathname !== graphqlEndpoint || !response.headers.get('content-type')?.startsWith('text/html'))
        return;
      for (const [name, value] of Object.entries(pageSecurityHeaders({ workers: true })))
        response.headers.set(name, value);
      response.headers.set('cache-control', 'no-cache');
    },
  };
}
