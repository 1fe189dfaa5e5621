// Build step: bundles the compiled entries (dist/index.js, dist/html.js) into one file each, plus
// the chunk they share, so that importing the package loads a few files instead of ~90 modules
// (Node's ESM loader was most of the import time). tsc's per-module output stays for the types.
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';

const dist = join(import.meta.dirname, '../dist');
const out = join(dist, '.bundle');
rmSync(out, { recursive: true, force: true });
await build({
  input: { index: join(dist, 'index.js'), html: join(dist, 'html.js') },
  platform: 'node',
  external: [/^node:/, 'franc-min', 'linkedom', '@mozilla/readability', 'htmlparser2'],
  output: { dir: out, format: 'esm', chunkFileNames: 'shared-[hash].js', minify: true, keepNames: true },
  logLevel: 'warn',
});
for (const file of readdirSync(join(dist))) if (/^shared-.*\.js$/.test(file)) rmSync(join(dist, file));
for (const file of readdirSync(out)) renameSync(join(out, file), join(dist, file));
rmSync(out, { recursive: true, force: true });
