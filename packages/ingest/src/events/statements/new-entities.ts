// The only place the statements stage writes to the registry. Entities are the entity stage's
// job; until it exports a function for this, the one write a statement rule needs is here.
import { orgKey } from '../../entities/organizations.js';
import type { Registry } from '../../entities/registry.js';

/**
 * Adds the office whose spokesperson speaks ("the press secretary of the President of Armenia")
 * as an organization (a body), with a mention of its words at [start, end); returns its ref.
 */
export function addSpeakingOffice(reg: Registry, name: string, start: number, end: number): string {
  const rec = reg.organization(orgKey(name), name, 'body');
  reg.mention(rec.ref, start, end, 'name');
  return rec.ref;
}
