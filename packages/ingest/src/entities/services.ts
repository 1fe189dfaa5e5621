// What the later stages may ask of the entity stage. Events sometimes find words that name an
// entity the entity stage did not mark (the office whose spokesperson speaks, the "Russia-Ukraine"
// pair before a trigger); they ask here, and the registry is written by the entity stage alone
// (tests/layers.test.ts fails on a registry write in events/).
import { foldName } from '../text/fold.js';
import { orgKey } from './organizations.js';
import { personKey } from './persons.js';
import { titleCase } from './places.js';
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

/**
 * A person named in a transcript's capitals ("CHIEF CABINET SECRETARY SUGA:") at [start, end),
 * which the entity stage reads as a heading: the person "Suga", with the capitals as an alias.
 */
export function personInCapitalsAt(reg: Registry, start: number, end: number): string {
  const name = titleCase(reg.text.slice(start, end));
  const rec = reg.person(personKey(name), name);
  reg.mention(rec.ref, start, end, 'name');
  // "TOMAS SOTO, PRIME MINISTER OF CHILE:" after "Prime Minister Soto": the surname alone is him
  const surname = foldName(name.split(/\s+/).pop() ?? '');
  const short = name.includes(' ')
    ? reg.persons.find((p) => p !== rec && !p.name.includes(' ') && foldName(p.name) === surname)
    : undefined;
  if (short) reg.mergePerson(short, rec);
  return rec.ref;
}

// A role of no stated country whose country a later stage read from the story (the host of a
// meeting in its own city) takes that country, with the ministry its title implies.
export { settleRoleCountry } from './roles.js';
