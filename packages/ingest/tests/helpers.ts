import { extract } from '../src/index.js';
import type { ArticleMeta, Extraction } from '../src/types.js';

export function run(
  text: string,
  meta: ArticleMeta = {},
): Extraction & { nameOf: (ref: string | null) => string | null } {
  const x = extract(text, meta);
  const all = [...x.persons, ...x.organizations, ...x.places];
  return { ...x, nameOf: (ref) => all.find((r) => r.ref === ref)?.name ?? null };
}
