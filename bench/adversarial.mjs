// Extraction time per KB of hostile text at 10 KB, 100 KB and 1 MB, on one core (the parent
// pins this process with taskset). Linear extraction keeps each input's figure flat across the
// sizes; a rule that rescans the text for every candidate makes it grow with the size.
// Usage: node adversarial.mjs [--quick]   (prints JSON: one entry per input)
import { readFileSync } from 'node:fs';
import { extract } from '@dossier/ingest';

/**
 * Each input is one short unit repeated to the size; none has a line break. The list is the
 * one the ingest package's linear-work property tests use.
 */
export const ADVERSARIAL = JSON.parse(
  readFileSync(new URL('../packages/ingest/tests/hostile-inputs.json', import.meta.url), 'utf8'),
);

const KB = 1024;
const textOf = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU ms per KB of one extraction of `text`, repeated until `minMs` of CPU time is spent. */
function msPerKb(text, minMs) {
  let reps = 0;
  const t0 = cpuMs();
  do {
    extract(text);
    reps++;
  } while (cpuMs() - t0 < minMs);
  return (cpuMs() - t0) / reps / (text.length / KB);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const sizes = quick ? [10, 100] : [10, 100, 1024];
  // the JIT compiles the rules on the first documents: warm up on every input first
  for (let i = 0; i < (quick ? 2 : 5); i++)
    for (const unit of Object.values(ADVERSARIAL)) extract(textOf(unit, 10 * KB));
  const results = [];
  for (const [name, unit] of Object.entries(ADVERSARIAL)) {
    const perKb = sizes.map((kb) => msPerKb(textOf(unit, kb * KB), quick ? 100 : 400));
    results.push({ name, unit, sizes, perKb });
  }
  process.stdout.write(JSON.stringify(results));
}
