// Every write of the statements stage outside its own statements: one new organization and one
// change to a meeting. Entities and meetings are other stages' records; until those stages
// export functions for this, the writes are here, each in one small function.
import { orgKey } from '../../entities/organizations.js';
import type { Registry } from '../../entities/registry.js';
import type { MeetingRecord } from '../../types.js';
import { meetingKey } from '../meetings.js';

/**
 * Adds the office whose spokesperson speaks ("the press secretary of the President of Armenia")
 * to the registry as an organization (a body), with a mention at [start, end); returns its ref.
 */
export function addSpeakingOffice(reg: Registry, name: string, start: number, end: number): string {
  const rec = reg.organization(orgKey(name), name, 'body');
  reg.mention(rec.ref, start, end, 'name');
  return rec.ref;
}

/** Adds a person who spoke at a sitting to its participants; the meeting's key follows them. */
export function addSittingParticipant(reg: Registry, m: MeetingRecord, person: string): void {
  m.participants.push(person);
  m.key = meetingKey(reg, m);
}
