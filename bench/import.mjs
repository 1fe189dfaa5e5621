// What another team pays to load @dossier/ingest: the time to import the plain-text entry and
// the time of the first extract() (which loads the gazetteer), each in a fresh process, and
// whether any DOM library came along. Prints JSON: medians over `runs` processes, wall-clock and
// CPU time (the CPU figure is the steadier one on a loaded machine).
// Usage: node bench/import.mjs [runs]
import { execFileSync } from 'node:child_process';

const runs = Number(process.argv[2]) || 9;
const probe = `
const c0 = process.cpuUsage();
const t0 = performance.now();
const { extract } = await import('@dossier/ingest');
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
extract('Finnish Foreign Minister Aino Virta met Swedish Foreign Minister Nils Ek in Helsinki on Monday.', { publishedAt: '2025-03-06' });
const t2 = performance.now();
const c2 = process.cpuUsage(c0);
const dom = process.moduleLoadList.some((m) => /linkedom|readability/.test(m));
const cpuMs = (c) => (c.user + c.system) / 1000;
console.log(JSON.stringify({ importMs: t1 - t0, importCpuMs: cpuMs(c1), firstCallMs: t2 - t1, firstCallCpuMs: cpuMs(c2) - cpuMs(c1), dom }));
`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples = [];
for (let i = 0; i < runs; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
    cwd: import.meta.dirname,
    encoding: 'utf8',
  });
  samples.push(JSON.parse(out));
}
console.log(
  JSON.stringify({
    runs,
    importMs: median(samples.map((s) => s.importMs)),
    importCpuMs: median(samples.map((s) => s.importCpuMs)),
    firstCallMs: median(samples.map((s) => s.firstCallMs)),
    firstCallCpuMs: median(samples.map((s) => s.firstCallCpuMs)),
    dom: samples.some((s) => s.dom),
  }),
);
