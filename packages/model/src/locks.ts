// The advisory locks a document's merge needs, computed from its extraction alone and taken
// in one global order at the start of its transaction. Two writers that need overlapping locks
// then always queue in the same order, so they cannot deadlock on them (taking them one by one
// as the merge went — persons, then meeting participants, then speakers — could).
import { createHash } from 'node:crypto';
import type { Extraction } from '@dossier/ingest';
import { sql } from 'drizzle-orm';
import type { Tx } from './merge.js';

/**
 * The one lock every sitting of a forum takes: one told with its participants may be the same
 * forum's sitting told without them, and the other way round.
 */
export const FORUM_MEETINGS_LOCK = 'meeting:forum';

/**
 * The lock that guards every fuzzy decision about an actor: a person by surname (a bare
 * "Revenko" may join any stored Revenko), any other actor by its key (keys are its identity).
 */
export function identityLock(record: { kind: string; key: string }): string {
  if (record.kind !== 'person') return `actor:${record.key}`;
  const [, surname = ''] = record.key.split(':');
  return `person:${surname}`;
}

/**
 * Every lock the merge of `extraction` takes: each person's surname (merging persons), each
 * meeting participant (deciding "same meeting"), the sittings of forums, and each speaker
 * (deciding "same statement").
 */
export function lockKeys(extraction: Extraction): string[] {
  const byRef = new Map<string, { kind: string; key: string }>();
  for (const r of [...extraction.persons, ...extraction.organizations, ...extraction.places])
    byRef.set(r.ref, r);
  const keys = new Set<string>();
  const add = (ref: string | null | undefined) => {
    const record = ref ? byRef.get(ref) : undefined;
    if (record) keys.add(identityLock(record));
  };
  for (const person of extraction.persons) keys.add(identityLock(person));
  for (const meeting of extraction.meetings) {
    const participants = meeting.participants.filter((p) => byRef.has(p));
    for (const p of participants) add(p);
    if (meeting.forum && byRef.has(meeting.forum)) keys.add(FORUM_MEETINGS_LOCK);
  }
  for (const statement of extraction.statements) add(statement.speaker);
  return [...keys];
}

/** A lock key as PostgreSQL's 64-bit advisory lock id (the first 8 bytes of its SHA-256). */
export function lockId(key: string): bigint {
  return createHash('sha256').update(key, 'utf8').digest().readBigInt64BE(0);
}

/**
 * Takes the locks, ordered by id (the order PostgreSQL sees, so that even two keys whose ids
 * collide keep one global order), in one round trip. Held until the transaction ends.
 */
export async function takeLocks(tx: Tx, keys: readonly string[]): Promise<void> {
  const ids = [...new Set(keys.map(lockId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!ids.length) return;
  // The ids are integers we computed, never text from a document: safe to inline, and a DO
  // block runs the statements in exactly this order.
  const body = ids.map((id) => `perform pg_advisory_xact_lock(${id.toString()});`).join(' ');
  await tx.execute(sql.raw(`do $$ begin ${body} end $$`));
}
