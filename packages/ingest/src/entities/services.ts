// What the later stages may ask of the entity stage. Events sometimes find words that name an
// entity the entity stage did not mark (the office whose spokesperson speaks, the "Russia-Ukraine"
// pair before a trigger); they ask here, and the registry is written by the entity stage alone
// (tests/layers.test.ts fails on a registry write in events/).
import { orgKey } from './organizations.js';
import type { Registry } from './registry.js';

/**
 * The office whose spokesperson speaks ("the press secretary of the President of Armenia"), as an
 * organization (a body) mentioned at [start, end); returns its ref.
 */
export function officeNamedAt(reg: Registry, name: string, start: number, end: number): string {
  const rec = reg.organization(orgKey(name), name, 'body');
  reg.mention(rec.ref, start, end, 'name');
  return rec.ref;
}

/** A record the text names by name at [start, end) that the entity stage's scan passed over. */
export function namedAt(reg: Registry, ref: string, start: number, end: number): void {
  reg.mention(ref, start, end, 'name');
}
