// The one write of the statements stage outside its own statements: a change to a meeting (an
// office it finds is made by the entity stage, entities/services.ts).
import type { Registry } from '../../entities/registry.js';
import type { MeetingRecord } from '../../types.js';
import { meetingKey } from '../meetings.js';

/** Adds a person who spoke at a sitting to its participants; the meeting's key follows them. */
export function addSittingParticipant(reg: Registry, m: MeetingRecord, person: string): void {
  m.participants.push(person);
  m.key = meetingKey(reg, m);
}
