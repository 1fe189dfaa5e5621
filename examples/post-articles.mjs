#!/usr/bin/env node
// Sends every .txt/.md file of a directory to a running Dossier API with the contract's
// Ingest mutation. Node 20, no dependencies.
//   node examples/post-articles.mjs [DIR] [--endpoint URL]   (or $DOSSIER_ENDPOINT; token: $DOSSIER_WRITE_TOKEN)
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--endpoint');
const endpoint =
  at >= 0
    ? args.splice(at, 2)[1]
    : // biome-ignore lint/suspicious/noUndeclaredEnvVars: a standalone script, not a turbo task
      (process.env.DOSSIER_ENDPOINT ?? 'http://127.0.0.1:4000/graphql');
const dir = args[0] ?? new URL('./articles', import.meta.url).pathname;

const INGEST = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { created document { id contentHash } }
}`;

const headers = { 'content-type': 'application/json' };
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a standalone script, not a turbo task
const token = process.env.DOSSIER_WRITE_TOKEN;
if (token) headers.authorization = `Bearer ${token}`;

const files = (await readdir(dir)).filter((f) => ['.txt', '.md'].includes(extname(f))).sort();
let failed = 0;
for (const file of files) {
  const text = await readFile(join(dir, file), 'utf8');
  const response = await fetch(endpoint, {
    method: 'POST',
    headers,
    // The example articles open with their headline.
    body: JSON.stringify({
      query: INGEST,
      variables: { input: { text, title: text.trim().split('\n')[0] } },
    }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    failed++;
    console.error(
      `${file}: ${body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ')}`,
    );
  } else {
    const { created, document } = body.data.ingestDocument;
    console.log(`${file}: ${created ? 'created' : 'already stored'} as document ${document.id}`);
  }
}
process.exitCode = failed ? 1 : 0;
