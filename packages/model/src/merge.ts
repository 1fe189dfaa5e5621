// Writing one extraction into the graph, merging with what other documents already said.
//
// Identity is data: every actor, role, meeting and statement row has a unique `key`, so a
// merge that is sure of itself is an upsert, idempotent and safe when writers race. Where the
// decision is fuzzy (a bare surname, a meeting told with fewer details, a statement quoted in
// full by one outlet and in part by another) the candidate set is guarded by a
// transaction-scoped advisory lock, so two writers cannot both decide "new". The caller takes
// every lock of `lockKeys(extraction)` (locks.ts) at the start of the transaction, in one
// global order; rows are written in a global order too (places and organizations by key), so
// two writers never wait on each other in a cycle.
//
// Round trips: a record never joins a row its own document wrote or joined, so the candidates
// of every record of a kind are read in one query once the locks are held, the choices are made
// in memory in the same order as one by one, and the rows are written in multi-row statements.
// A document costs about the same number of statements whatever its number of records.
import type {
  Channel,
  Extraction,
  MeetingRecord,
  OrganizationRecord,
  PersonRecord,
  PlaceRecord,
  Span,
  StatementRecord,
} from '@dossier/ingest';
import { and, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from './client.js';
import {
  actors,
  evidence,
  meetingParticipants,
  meetings,
  organizationMembers,
  roles,
  statementMentions,
  statements,
} from './schema.js';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type RecordKind = 'persons' | 'organizations' | 'places' | 'meetings' | 'statements';
export type Tally = Record<RecordKind, number>;
export type RecordType = 'Person' | 'Organization' | 'Place' | 'Meeting' | 'Statement';
export interface TouchedRecord {
  type: RecordType;
  id: number;
  /** true: the document created it; false: it existed and gained evidence. */
  created: boolean;
}
export interface MergeSummary {
  created: Tally;
  merged: Tally;
  records: TouchedRecord[];
}

/** Retellings further apart than this (by publication date) are never merged on fuzzy grounds. */
const MERGE_WINDOW_DAYS = 14;
// multi-row inserts stay under PostgreSQL's 65,535 parameters (at most 9 a row here)
const EVIDENCE_BATCH = 5000;

interface EvidenceRow {
  documentId: number;
  target: string;
  actorId?: number;
  roleId?: number;
  meetingId?: number;
  statementId?: number;
  start: number;
  end: number;
  exact: string;
}

const emptyTally = (): Tally => ({ persons: 0, organizations: 0, places: 0, meetings: 0, statements: 0 });

export async function mergeExtraction(
  tx: Tx,
  extraction: Extraction,
  documentId: number,
  reportedOn: string | null,
): Promise<MergeSummary> {
  const summary: MergeSummary = { created: emptyTally(), merged: emptyTally(), records: [] };
  const typeOf: Record<RecordKind, RecordType> = {
    persons: 'Person',
    organizations: 'Organization',
    places: 'Place',
    meetings: 'Meeting',
    statements: 'Statement',
  };
  const seen = new Set<string>();
  const count = (kind: RecordKind, inserted: boolean, id: number) => {
    // two refs of one document can merge into one row: count that row once
    if (seen.has(`${kind}:${id}`)) return;
    seen.add(`${kind}:${id}`);
    summary[inserted ? 'created' : 'merged'][kind]++;
    summary.records.push({ type: typeOf[kind], id, created: inserted });
  };
  const ids = new Map<string, number>(); // local ref -> row id
  const evidenceRows: EvidenceRow[] = [];
  const addEvidence = (
    spans: Span[],
    target: Omit<EvidenceRow, 'documentId' | 'start' | 'end' | 'exact'>,
  ) => {
    for (const s of spans) {
      if (s.end <= s.start || s.start < 0) continue;
      evidenceRows.push({ documentId, start: s.start, end: s.end, exact: s.exact, ...target });
    }
  };
  const ref = (r: string | null | undefined) => (r ? (ids.get(r) ?? null) : null);

  // Places and organizations are mostly rows every other document names too (Russia, the
  // CIS): read them in one query, and write only what a document adds, so that hot rows are
  // not rewritten (and row-locked until commit) by every ingest.
  // Persons are read with them: the lock on each surname is held, and no place or organization
  // written below is a person.
  const { stored, persons } = await storedRecords(tx, extraction);
  // Places: countries first, since cities point at them; then by key, one order for every writer.
  const places = [...extraction.places].sort((a, b) => rank(a) - rank(b) || byKey(a, b));
  for (const place of places) {
    const { id, inserted } = await upsertActor(tx, place, { country: ref(place.country) }, stored);
    ids.set(place.ref, id);
    count('places', inserted, id);
    addEvidence(place.evidence, { target: `actor:${id}`, actorId: id });
  }
  for (const org of orderByParent([...extraction.organizations].sort(byKey))) {
    const { id, inserted } = await upsertActor(
      tx,
      org,
      { country: ref(org.country), parent: ref(org.parent) },
      stored,
    );
    ids.set(org.ref, id);
    count('organizations', inserted, id);
    addEvidence(org.evidence, { target: `actor:${id}`, actorId: id });
  }
  const personRows = extraction.persons.map((person) => mergePerson(person, persons));
  await writePersons(
    tx,
    personRows.map((p) => p.row),
  );
  for (const [i, person] of extraction.persons.entries()) {
    const { row, inserted } = personRows[i]!;
    ids.set(person.ref, row.id);
    count('persons', inserted, row.id);
    addEvidence(person.evidence, { target: `actor:${row.id}`, actorId: row.id });
  }
  // Relations between actors, now that every ref has an id.
  await insertMembers(tx, extraction.organizations, ids);
  const personRoles = extraction.persons.flatMap((person) =>
    person.roles.map((role) => ({ role, row: roleRow(ids.get(person.ref)!, role, ref) })),
  );
  const roleIds = await upsertRoles(
    tx,
    personRoles.map((r) => r.row),
  );
  for (const { role, row } of personRoles) {
    const id = roleIds.get(roleIdentity(row))!;
    addEvidence(role.evidence, { target: `role:${id}`, roleId: id });
  }

  // Meetings: enclosing sessions before the meetings held within them; then the most specific
  // first, so that a retelling with place and date claims the stored meeting that has them
  // before a vaguer one of the same document can (which would make the graph depend on which
  // document came first).
  const orderedMeetings = [...extraction.meetings].sort(
    (a, b) =>
      Number(a.within != null) - Number(b.within != null) || specificity(b) - specificity(a) || byKey(a, b),
  );
  const mergedMeetings = await mergeMeetings(tx, orderedMeetings, ids, documentId, reportedOn);
  for (const { record, id, inserted } of mergedMeetings) {
    ids.set(record.ref, id);
    count('meetings', inserted, id);
    addEvidence(record.evidence, { target: `meeting:${id}`, meetingId: id });
  }
  const sessions = await linkWithin(tx, mergedMeetings, ids);
  for (const { record, id, inserted } of await mergeStatements(
    tx,
    extraction.statements,
    ids,
    sessions,
    documentId,
    reportedOn,
  )) {
    ids.set(record.ref, id);
    count('statements', inserted, id);
    addEvidence(record.evidence, { target: `statement:${id}`, statementId: id });
  }

  for (let i = 0; i < evidenceRows.length; i += EVIDENCE_BATCH) {
    await tx
      .insert(evidence)
      .values(evidenceRows.slice(i, i + EVIDENCE_BATCH))
      .onConflictDoNothing();
  }
  return summary;
}

/** Who belongs to which organization, in one statement (conflicts: already known). */
async function insertMembers(
  tx: Tx,
  organizations: readonly OrganizationRecord[],
  ids: ReadonlyMap<string, number>,
): Promise<void> {
  const rows = organizations.flatMap((org) => {
    const organizationId = ids.get(org.ref);
    if (organizationId == null) return [];
    return [...new Set(org.members.map((m) => ids.get(m)))]
      .filter((m): m is number => m != null && m !== organizationId)
      .sort((a, b) => a - b)
      .map((memberId) => ({ organizationId, memberId }));
  });
  for (const chunk of chunked(rows, 30_000))
    await tx.insert(organizationMembers).values(chunk).onConflictDoNothing();
}

type RoleRow = Omit<typeof roles.$inferInsert, 'id'>;

function roleRow(
  personId: number,
  role: PersonRecord['roles'][number],
  ref: (r: string | null | undefined) => number | null,
): RoleRow {
  const organizationId = ref(role.organization);
  const countryId = ref(role.country);
  const key = `${normaliseTitle(role.title)}|${organizationId ?? ''}|${countryId ?? ''}`;
  return { personId, key, title: role.title, organizationId, countryId };
}

const roleIdentity = (row: { personId: number; key: string }) => `${row.personId}|${row.key}`;

/**
 * Every role of the document in one upsert (per 10,000): a role already stored keeps its
 * title. Returns the row id of each role by `roleIdentity`.
 */
async function upsertRoles(tx: Tx, rows: readonly RoleRow[]): Promise<Map<string, number>> {
  // one statement cannot upsert a row twice. Of two spellings of one title (Defence/Defense
  // Minister) the first in code point order is kept, whichever telling or document came first.
  const distinct = new Map<string, RoleRow>();
  for (const row of rows) {
    const seen = distinct.get(roleIdentity(row));
    if (!seen || row.title < seen.title) distinct.set(roleIdentity(row), row);
  }
  const idOf = new Map<string, number>();
  for (const chunk of chunked([...distinct.values()], 10_000)) {
    const returned = await tx
      .insert(roles)
      .values(chunk)
      .onConflictDoUpdate({
        target: [roles.personId, roles.key],
        set: { title: sql`least(${roles.title} collate "C", excluded.title collate "C")` },
      })
      .returning({ id: roles.id, personId: roles.personId, key: roles.key });
    for (const r of returned) idOf.set(roleIdentity(r), r.id);
  }
  return idOf;
}

/** How much a meeting record pins down: place and date weigh most, then forum and parties. */
function specificity(meeting: MeetingRecord): number {
  return (
    (meeting.place ? 4 : 0) +
    (meeting.date ? 4 : 0) +
    (meeting.forum ? 2 : 0) +
    Math.min(meeting.participants.length, 1)
  );
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function rank(place: PlaceRecord): number {
  return place.placeKind === 'country' ? 0 : 1;
}

/** Parents before their bodies; a cycle (never expected) falls back to input order. */
function orderByParent(orgs: OrganizationRecord[]): OrganizationRecord[] {
  const byRef = new Map(orgs.map((o) => [o.ref, o]));
  const out: OrganizationRecord[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (o: OrganizationRecord) => {
    if (state.get(o.ref)) return;
    state.set(o.ref, 'visiting');
    const parent = o.parent ? byRef.get(o.parent) : undefined;
    if (parent && state.get(parent.ref) !== 'visiting') visit(parent);
    state.set(o.ref, 'done');
    out.push(o);
  };
  for (const o of orgs) visit(o);
  return out;
}

/** Aliases of a record, without its name and without duplicates (case-insensitive). */
function mergeAliases(name: string, ...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  for (const list of lists)
    for (const alias of list) {
      const k = alias.toLowerCase();
      if (!alias.trim() || seen.has(k)) continue;
      seen.add(k);
      out.push(alias);
    }
  return out;
}

const storedActorColumns = {
  id: actors.id,
  key: actors.key,
  name: actors.name,
  aliases: actors.aliases,
  acronym: actors.acronym,
  parentId: actors.parentId,
  founded: actors.founded,
  countryId: actors.countryId,
  countryCode: actors.countryCode,
  latitude: actors.latitude,
};
type StoredActor = Pick<typeof actors.$inferSelect, keyof typeof storedActorColumns>;

/**
 * The stored places and organizations of the document by key, and the stored persons of its
 * surnames: one round trip for a document of fewer than 1,000 surnames.
 */
async function storedRecords(
  tx: Tx,
  extraction: Extraction,
): Promise<{ stored: Map<string, StoredActor>; persons: StoredPersons }> {
  const keys = [...new Set([...extraction.places, ...extraction.organizations].map((r) => r.key))];
  const prefixes = [...new Set(extraction.persons.map((p) => personPrefix(p.key)))];
  const stored = new Map<string, StoredActor>();
  const persons: StoredPersons = new Map(prefixes.map((p) => [p, []]));
  const wanted = new Set(keys);
  const slices = chunked(prefixes, 1000);
  if (!slices.length && keys.length) slices.push([]);
  for (const [i, slice] of slices.entries()) {
    const rows = await tx
      .select(storedActorColumns)
      .from(actors)
      .where(
        or(
          i === 0 && keys.length ? inArray(actors.key, keys) : undefined,
          // the key prefix says "person" already; each is served by actors_key_prefix_idx
          ...slice.map((prefix) => like(actors.key, `${escapeLike(prefix)}%`)),
        ),
      );
    for (const row of rows) {
      if (wanted.has(row.key)) stored.set(row.key, row);
      else
        persons
          .get(personPrefix(row.key))
          ?.push({ id: row.id, key: row.key, name: row.name, aliases: row.aliases, state: 'stored' });
    }
  }
  return { stored, persons };
}

/** Whether the upsert below would change a stored row (new aliases, or a field it lacks). */
function addsTo(row: StoredActor, values: typeof actors.$inferInsert): boolean {
  const have = new Set(row.aliases ?? []);
  const name = row.name.toLowerCase();
  if ((values.aliases ?? []).some((a) => !have.has(a) && a.toLowerCase() !== name)) return true;
  const fills = (stored: unknown, incoming: unknown) => stored == null && incoming != null;
  return (
    fills(row.acronym, values.acronym) ||
    fills(row.parentId, values.parentId) ||
    fills(row.founded, values.founded) ||
    fills(row.countryId, values.countryId) ||
    fills(row.countryCode, values.countryCode) ||
    fills(row.latitude, values.latitude)
  );
}

async function upsertActor(
  tx: Tx,
  record: PlaceRecord | OrganizationRecord,
  links: { country: number | null; parent?: number | null },
  stored: ReadonlyMap<string, StoredActor>,
): Promise<{ id: number; inserted: boolean }> {
  const values = {
    kind: record.kind,
    key: record.key,
    name: record.name,
    aliases: mergeAliases(record.name, record.aliases),
    countryId: links.country,
    ...(record.kind === 'organization'
      ? {
          orgKind: record.orgKind,
          acronym: record.acronym,
          parentId: links.parent ?? null,
          founded: record.founded,
        }
      : {
          placeKind: record.placeKind,
          countryCode: record.countryCode,
          latitude: record.coordinates?.lat ?? null,
          longitude: record.coordinates?.lon ?? null,
        }),
  } satisfies typeof actors.$inferInsert;
  const known = stored.get(record.key);
  if (known && !addsTo(known, values)) return { id: known.id, inserted: false };
  const [row] = await tx
    .insert(actors)
    .values(values)
    .onConflictDoUpdate({
      target: actors.key,
      set: {
        aliases: sql`array(select distinct a from unnest(${actors.aliases} || excluded.aliases) as a where lower(a) <> lower(${actors.name}))`,
        acronym: sql`coalesce(${actors.acronym}, excluded.acronym)`,
        parentId: sql`coalesce(${actors.parentId}, excluded.parent_id)`,
        founded: sql`coalesce(${actors.founded}, excluded.founded)`,
        countryId: sql`coalesce(${actors.countryId}, excluded.country_id)`,
        countryCode: sql`coalesce(${actors.countryCode}, excluded.country_code)`,
        // the first point stored wins, and latitude and longitude come as a pair
        latitude: sql`case when ${actors.latitude} is null then excluded.latitude else ${actors.latitude} end`,
        longitude: sql`case when ${actors.latitude} is null then excluded.longitude else ${actors.longitude} end`,
      },
    })
    .returning({ id: actors.id, inserted: sql<boolean>`(xmax = 0)` });
  return { id: row!.id, inserted: Boolean(row!.inserted) };
}

/**
 * Persons are keyed `person:<surname>:<given initial>`. A bare surname ("Revenko") joins the
 * one person of that surname already stored; a full name upgrades a bare-surname record.
 * Decided on the rows read up front (and those earlier records of the document made, kept in
 * `stored`); writePersons writes the outcome.
 */
function mergePerson(person: PersonRecord, stored: StoredPersons): { row: PersonRow; inserted: boolean } {
  const initial = person.key.split(':')[2] ?? '';
  // guarded by the lock on `person:<surname>` (identityLock) the caller took
  const prefix = personPrefix(person.key);
  const candidates = stored.get(prefix) ?? [];
  stored.set(prefix, candidates);
  let target = candidates.find((c) => c.key === person.key);
  if (!target && initial) target = candidates.find((c) => c.key === prefix);
  if (!target && !initial && candidates.length === 1) target = candidates[0];
  if (!target) {
    const aliases = mergeAliases(person.name, person.aliases);
    const row: PersonRow = { id: 0, key: person.key, name: person.name, aliases, state: 'new' };
    candidates.push(row);
    return { row, inserted: true };
  }
  // Keep the fuller name (of equal ones, the first in code point order, so that the name does
  // not depend on which spelling was stored first); every other spelling becomes an alias.
  const fuller = initial && preferredName(person.name, target.name) ? person.name : target.name;
  const upgradeKey = initial && target.key === prefix;
  const aliases = mergeAliases(fuller, target.aliases, [target.name, person.name], person.aliases);
  const same =
    fuller === target.name &&
    !upgradeKey &&
    aliases.length === target.aliases.length &&
    aliases.every((a, i) => a === target.aliases[i]);
  // a person named again as before changes nothing: no write, no row lock held to commit
  if (same) return { row: target, inserted: false };
  Object.assign(target, {
    name: fuller,
    aliases,
    key: upgradeKey ? person.key : target.key,
    state: target.state === 'new' ? 'new' : 'changed',
  });
  return { row: target, inserted: false };
}

/**
 * Writes what the persons' merge decided: each stored row it changed (in its final state),
 * then every new row in multi-row inserts. Changed rows go first: one may give up the bare
 * key (`person:<surname>:`) that a new row takes.
 */
async function writePersons(tx: Tx, rows: readonly PersonRow[]): Promise<void> {
  const distinct = [...new Set(rows)];
  for (const row of distinct.filter((r) => r.state === 'changed')) {
    await tx
      .update(actors)
      .set({ name: row.name, aliases: row.aliases, key: row.key })
      .where(eq(actors.id, row.id));
  }
  for (const chunk of chunked(
    distinct.filter((r) => r.state === 'new'),
    10_000,
  )) {
    const inserted = await tx
      .insert(actors)
      .values(chunk.map((r) => ({ kind: 'person' as const, key: r.key, name: r.name, aliases: r.aliases })))
      .returning({ id: actors.id, key: actors.key });
    const idOf = new Map(inserted.map((r) => [r.key, r.id]));
    for (const row of chunk) row.id = idOf.get(row.key)!;
  }
}

/** A person row as the merge leaves it: as stored, changed, or new (its id known once inserted). */
interface PersonRow extends Pick<typeof actors.$inferSelect, 'id' | 'key' | 'name' | 'aliases'> {
  state: 'stored' | 'changed' | 'new';
}
/** A surname's persons by key prefix (`person:<surname>:`), kept up to date as the merge decides. */
type StoredPersons = Map<string, PersonRow[]>;

function personPrefix(key: string): string {
  const [, surname = ''] = key.split(':');
  return `person:${surname}:`;
}

/** Whether `name` is the better name for a person than `stored`: longer, or as long and first. */
function preferredName(name: string, stored: string): boolean {
  return name.length > stored.length || (name.length === stored.length && name < stored);
}

interface MeetingCandidate {
  id: number;
  kind: string;
  date: string | null;
  placeId: number | null;
  forumId: number | null;
  reportedOn: string | null;
  /** The session it was held within. */
  withinId: number | null;
}

/** A meeting record's links as row ids. */
interface MeetingFacts {
  participants: number[];
  placeId: number | null;
  forumId: number | null;
  /** The forum, the organization it is a body of, and its own bodies (empty without a forum). */
  related: number[];
}

/** A record of the document and the row it became (inserted) or joined. */
interface Merged<R> {
  record: R;
  id: number;
  inserted: boolean;
}

interface MergedMeeting extends Merged<MeetingRecord> {
  /** The session the row was held within before this document (null for a new row). */
  withinId: number | null;
}

/**
 * The meetings of a document, in the given order, each joined to the same meeting told by
 * another document (see chooseMeeting) or inserted. Candidates are read for all records at
 * once: a record never joins a row of its own document, so what earlier records of the
 * document write cannot change a later record's candidates, except that a row one record
 * joined is taken. Guarded by the caller's locks on every participant and, for a sitting of a
 * forum (told with or without its participants), on FORUM_MEETINGS_LOCK, so two writers cannot
 * both decide "new".
 */
async function mergeMeetings(
  tx: Tx,
  records: readonly MeetingRecord[],
  ids: ReadonlyMap<string, number>,
  documentId: number,
  reportedOn: string | null,
): Promise<MergedMeeting[]> {
  if (!records.length) return [];
  const forumIds = records.map((m) => (m.forum ? (ids.get(m.forum) ?? null) : null));
  const forums = await forumFamilies(
    tx,
    forumIds.filter((f) => f != null),
  );
  const facts = records.map((m, i) => meetingFacts(m, ids, forumIds[i] ?? null, forums));
  const pool = await meetingCandidates(tx, records, facts, documentId, reportedOn);
  const taken = new Set<number>();
  const joined = records.map((meeting, i) => {
    const mine = facts[i]!;
    const best = chooseMeeting(
      meeting,
      mine,
      candidatesFor(meeting, mine, pool, reportedOn),
      pool.participantsOf,
      reportedOn,
      taken,
    );
    if (best) taken.add(best.id);
    return best;
  });
  for (const [i, best] of joined.entries())
    if (best) await updateJoinedMeeting(tx, records[i]!, facts[i]!, best, forums, reportedOn);
  const fresh = records.flatMap((record, i) => (joined[i] ? [] : [{ record, facts: facts[i]! }]));
  const insertedIds = await insertMeetings(tx, fresh, documentId, reportedOn);
  let next = 0;
  const merged = records.map((record, i) => {
    const best = joined[i];
    return best
      ? { record, id: best.id, inserted: false, withinId: best.withinId }
      : { record, id: insertedIds[next++]!, inserted: true, withinId: null };
  });
  await insertParticipants(
    tx,
    merged.flatMap(({ id }, i) => facts[i]!.participants.map((actorId) => ({ meetingId: id, actorId }))),
  );
  return merged;
}

function meetingFacts(
  meeting: MeetingRecord,
  ids: ReadonlyMap<string, number>,
  forumId: number | null,
  forums: ReadonlyMap<number, ForumFamily>,
): MeetingFacts {
  return {
    participants: [...new Set(meeting.participants.map((p) => ids.get(p)).filter((p) => p != null))],
    placeId: meeting.place ? (ids.get(meeting.place) ?? null) : null,
    forumId,
    // A sitting "of the CIS" and one "of the CIS defence council" can be the same: a forum is
    // compatible with its parent body and its own bodies.
    related: forumId != null ? (forums.get(forumId)?.related ?? [forumId]) : [],
  };
}

/** The stored meetings that may be a record's retelling, indexed for candidatesFor. */
interface MeetingPool {
  byParticipant: Map<number, MeetingCandidate[]>;
  byForum: Map<number, MeetingCandidate[]>;
  participantsOf: Map<number, Set<number>>;
}

/**
 * In two round trips, every stored meeting that is a candidate of at least one record: of a
 * kind the records have, with one of their participants or forums, reported within the merge
 * window (or on a date a record has), and not told by this document.
 */
async function meetingCandidates(
  tx: Tx,
  records: readonly MeetingRecord[],
  facts: readonly MeetingFacts[],
  documentId: number,
  reportedOn: string | null,
): Promise<MeetingPool> {
  const pool: MeetingPool = { byParticipant: new Map(), byForum: new Map(), participantsOf: new Map() };
  const participants = [...new Set(facts.flatMap((f) => f.participants))];
  const forums = [...new Set(facts.flatMap((f) => f.related))];
  if (!participants.length && !forums.length) return pool;
  const kinds = [...new Set(records.map((m) => m.meetingKind))];
  const dates = [...new Set(records.flatMap((m) => (m.date ? [m.date] : [])))];
  // Candidates reported outside the merge window are refused anyway; filtering them in SQL
  // keeps the candidate set (and the cost of a merge) bounded as the store grows. Written as
  // ranges, not abs(), so that the reported_on and date indexes serve them.
  const meetingWindow = reportedOn
    ? sql`(${meetings.reportedOn} is null or ${inWindow(meetings.reportedOn, reportedOn)}${dates.length ? sql` or ${meetings.date} = any(${sql.param(dates)}::date[])` : sql``})`
    : undefined;
  const rows = await tx
    .select({
      id: meetings.id,
      kind: meetings.kind,
      date: meetings.date,
      placeId: meetings.placeId,
      forumId: meetings.forumId,
      reportedOn: meetings.reportedOn,
      withinId: meetings.withinId,
    })
    .from(meetings)
    .where(
      and(
        sql`${meetings.kind} = any(${sql.param(kinds)}::text[])`,
        or(
          participants.length
            ? sql`${meetings.id} in (select ${meetingParticipants.meetingId} from ${meetingParticipants} where ${meetingParticipants.actorId} = any(${sql.param(participants)}::integer[]))`
            : undefined,
          forums.length ? sql`${meetings.forumId} = any(${sql.param(forums)}::integer[])` : undefined,
        ),
        sql`not exists (select 1 from ${evidence} where ${evidence.meetingId} = ${meetings.id} and ${evidence.documentId} = ${documentId})`,
        meetingWindow,
      ),
    )
    .orderBy(meetings.id);
  if (!rows.length) return pool;
  const links = await tx
    .select({ meetingId: meetingParticipants.meetingId, actorId: meetingParticipants.actorId })
    .from(meetingParticipants)
    .where(sql`${meetingParticipants.meetingId} = any(${sql.param(rows.map((r) => r.id))}::integer[])`);
  for (const r of links) {
    const set = pool.participantsOf.get(r.meetingId) ?? new Set<number>();
    set.add(r.actorId);
    pool.participantsOf.set(r.meetingId, set);
  }
  const file = (index: Map<number, MeetingCandidate[]>, key: number, c: MeetingCandidate) => {
    const list = index.get(key) ?? [];
    list.push(c);
    index.set(key, list);
  };
  for (const c of rows) {
    for (const actorId of pool.participantsOf.get(c.id) ?? []) file(pool.byParticipant, actorId, c);
    if (c.forumId != null) file(pool.byForum, c.forumId, c);
  }
  return pool;
}

/**
 * A record's candidates from the pool, as a query of its own would read them: of its kind,
 * within the merge window (or on its date), sharing a participant, then (for a sitting of a
 * forum) of a related forum; each group by id.
 */
function candidatesFor(
  meeting: MeetingRecord,
  facts: MeetingFacts,
  pool: MeetingPool,
  reportedOn: string | null,
): MeetingCandidate[] {
  // reported within the merge window of each other, or both on no known day, or on the same date
  const fits = (c: MeetingCandidate) =>
    c.kind === meeting.meetingKind &&
    (reportedTogether(reportedOn, c.reportedOn) || (!!meeting.date && c.date === meeting.date));
  const byId = (a: MeetingCandidate, b: MeetingCandidate) => a.id - b.id;
  const sharing = facts.participants.flatMap((p) => pool.byParticipant.get(p) ?? []);
  const sameForum = facts.related.flatMap((f) => pool.byForum.get(f) ?? []);
  const out = new Map<number, MeetingCandidate>();
  for (const c of [...sharing.filter(fits).sort(byId), ...sameForum.filter(fits).sort(byId)])
    if (!out.has(c.id)) out.set(c.id, c);
  return [...out.values()];
}

/**
 * The same meeting told by another document: same kind, reported within the merge window (or
 * on the same date), and what each telling pins down is equal (`sameMeeting`).
 */
function chooseMeeting(
  meeting: MeetingRecord,
  facts: MeetingFacts,
  candidates: readonly MeetingCandidate[],
  participantsOf: ReadonlyMap<number, ReadonlySet<number>>,
  reportedOn: string | null,
  taken: ReadonlySet<number>,
): MeetingCandidate | null {
  const { placeId, forumId, related } = facts;
  const telling: MeetingTelling = {
    date: meeting.date,
    placeId,
    forumId,
    participants: new Set(facts.participants),
  };
  let best: { c: MeetingCandidate; score: number } | null = null;
  for (const c of candidates) {
    if (taken.has(c.id)) continue;
    if (!reportedTogether(reportedOn, c.reportedOn) && !(meeting.date && meeting.date === c.date)) continue;
    const stored: MeetingTelling = {
      date: c.date,
      placeId: c.placeId,
      forumId: c.forumId,
      participants: participantsOf.get(c.id) ?? new Set<number>(),
    };
    if (!sameMeeting(telling, stored, related)) continue;
    // Of two sittings that qualify, the one of this very forum, then the one that knows its
    // place: the choice a document telling both would make (its most specific telling claims
    // first), so that it does not matter which was stored first.
    const score = (forumId != null && forumId === c.forumId ? 2 : 0) + (c.placeId != null ? 1 : 0);
    if (!best || score > best.score) best = { c, score };
  }
  return best?.c ?? null;
}

/** A joined meeting gains what the retelling adds: date, place, a more specific forum, topics. */
async function updateJoinedMeeting(
  tx: Tx,
  meeting: MeetingRecord,
  facts: MeetingFacts,
  joined: MeetingCandidate,
  forums: ReadonlyMap<number, ForumFamily>,
  reportedOn: string | null,
): Promise<void> {
  const { placeId, forumId } = facts;
  await tx
    .update(meetings)
    .set({
      date: sql`coalesce(${meetings.date}, ${meeting.date})`,
      placeId: sql`coalesce(${meetings.placeId}, ${placeId})`,
      // keep the more specific forum: a body rather than the organization it belongs to
      forumId:
        forumId != null &&
        joined.forumId != null &&
        forumId !== joined.forumId &&
        forums.get(forumId)?.parentId === joined.forumId
          ? forumId
          : sql`coalesce(${meetings.forumId}, ${forumId})`,
      topics: sql`array(select distinct t from unnest(${meetings.topics} || ${sql.param(meeting.topics)}::text[]) as t)`,
      reportedOn: sql`least(${meetings.reportedOn}, ${reportedOn}::date)`,
      // a meeting reported as held by anyone was held
      status: meeting.status === 'held' ? 'held' : sql`${meetings.status}`,
    })
    .where(eq(meetings.id, joined.id));
}

/**
 * New meetings in multi-row inserts; returns their ids in order. The key is unique; a second
 * meeting with the same key that failed the fuzzy test (told a year later, say, or twice in
 * this document) is a different meeting and gets the document as a suffix.
 */
async function insertMeetings(
  tx: Tx,
  fresh: readonly { record: MeetingRecord; facts: MeetingFacts }[],
  documentId: number,
  reportedOn: string | null,
): Promise<number[]> {
  const row = ({ record, facts }: (typeof fresh)[number], key: string) => ({
    key,
    kind: record.meetingKind,
    status: record.status,
    date: record.date,
    placeId: facts.placeId,
    forumId: facts.forumId,
    topics: record.topics,
    reportedOn,
  });
  const byKey = new Map<string, number>();
  for (const chunk of chunked(fresh, 5000)) {
    const rows = await tx
      .insert(meetings)
      .values(chunk.map((m) => row(m, m.record.key)))
      .onConflictDoNothing({ target: meetings.key })
      .returning({ id: meetings.id, key: meetings.key });
    for (const r of rows) byKey.set(r.key, r.id);
  }
  // the first record of a key got the row (rows are inserted in order); the others, suffixes
  const ids = fresh.map((m) => {
    const id = byKey.get(m.record.key);
    byKey.delete(m.record.key);
    return id;
  });
  const suffixed = (m: (typeof fresh)[number]) => `${m.record.key}#doc${documentId}:${m.record.ref}`;
  const rest = fresh.filter((_, i) => ids[i] == null);
  for (const chunk of chunked(rest, 5000)) {
    const rows = await tx
      .insert(meetings)
      .values(chunk.map((m) => row(m, suffixed(m))))
      .onConflictDoUpdate({ target: meetings.key, set: { kind: sql`${meetings.kind}` } })
      .returning({ id: meetings.id, key: meetings.key });
    for (const r of rows) byKey.set(r.key, r.id);
  }
  return fresh.map((m, i) => ids[i] ?? byKey.get(suffixed(m))!);
}

async function insertParticipants(
  tx: Tx,
  rows: readonly { meetingId: number; actorId: number }[],
): Promise<void> {
  for (const chunk of chunked(rows, 30_000))
    await tx.insert(meetingParticipants).values(chunk).onConflictDoNothing();
}

/**
 * Meetings held within a session point at it (a meeting keeps the session it was first given).
 * Returns the session of every meeting of the document, as stored now.
 */
async function linkWithin(
  tx: Tx,
  merged: readonly MergedMeeting[],
  ids: ReadonlyMap<string, number>,
): Promise<Map<number, number | null>> {
  const sessions = new Map<number, number | null>();
  const links: { id: number; withinId: number }[] = [];
  for (const { record, id, withinId: stored } of merged) {
    const withinId = record.within ? (ids.get(record.within) ?? null) : null;
    const link = withinId != null && withinId !== id ? withinId : null;
    if (link != null && stored == null) links.push({ id, withinId: link });
    sessions.set(id, stored ?? link);
  }
  for (const chunk of chunked(links, 20_000)) {
    await tx.execute(sql`update ${meetings} set within_id = v.within_id
      from unnest(${sql.param(chunk.map((l) => l.id))}::integer[], ${sql.param(chunk.map((l) => l.withinId))}::integer[]) as v(id, within_id)
      where ${meetings.id} = v.id and ${meetings.withinId} is null`);
  }
  return sessions;
}

interface StatementFacts {
  speakerId: number | null;
  aboutId: number | null;
  mentions: number[];
}

interface StatementCandidate {
  id: number;
  quote: string | null;
  content: string;
  aboutId: number | null;
  /** The session the meeting this statement is about was held within. */
  aboutWithinId: number | null;
  reportedOn: string | null;
  mentions: number[];
}

/**
 * The statements of a document, each joined to the same statement retold by another document
 * (see chooseStatement) or inserted. As for meetings, candidates are read for all records at
 * once (a record never joins a row of its own document), guarded by the caller's lock on each
 * speaker.
 */
async function mergeStatements(
  tx: Tx,
  records: readonly StatementRecord[],
  ids: ReadonlyMap<string, number>,
  sessions: ReadonlyMap<number, number | null>,
  documentId: number,
  reportedOn: string | null,
): Promise<Merged<StatementRecord>[]> {
  if (!records.length) return [];
  const ref = (r: string | null | undefined) => (r ? (ids.get(r) ?? null) : null);
  const facts: StatementFacts[] = records.map((s) => ({
    speakerId: ref(s.speaker),
    aboutId: ref(s.about),
    mentions: [...new Set(s.mentions.map((m) => ids.get(m)).filter((m) => m != null))],
  }));
  const pool = await statementCandidates(tx, facts, documentId, reportedOn);
  const taken = new Set<number>();
  const joined = records.map((statement, i) => {
    const { speakerId, aboutId, mentions } = facts[i]!;
    if (speakerId == null) return null;
    const candidates = (pool.get(speakerId) ?? []).filter((c) => aboutFits(aboutId, c, sessions));
    const target = chooseStatement(statement, mentions, candidates, reportedOn, taken);
    if (target != null) taken.add(target);
    return target;
  });
  for (const [i, target] of joined.entries())
    if (target != null) await updateJoinedStatement(tx, records[i]!, facts[i]!, target);
  const fresh = records.flatMap((record, i) => (joined[i] == null ? [{ record, facts: facts[i]! }] : []));
  const insertedIds = await insertStatements(tx, fresh, documentId, reportedOn);
  let next = 0;
  const merged = records.map((record, i) => {
    const target = joined[i];
    return target != null
      ? { record, id: target, inserted: false }
      : { record, id: insertedIds[next++]!, inserted: true };
  });
  const mentionRows = merged.flatMap(({ id }, i) =>
    facts[i]!.mentions.map((actorId) => ({ statementId: id, actorId })),
  );
  for (const chunk of chunked(mentionRows, 30_000))
    await tx.insert(statementMentions).values(chunk).onConflictDoNothing();
  return merged;
}

/** In one round trip, the stored statements of the records' speakers, by speaker and id. */
async function statementCandidates(
  tx: Tx,
  facts: readonly StatementFacts[],
  documentId: number,
  reportedOn: string | null,
): Promise<Map<number, StatementCandidate[]>> {
  const speakers = [...new Set(facts.flatMap((f) => (f.speakerId != null ? [f.speakerId] : [])))];
  const bySpeaker = new Map<number, StatementCandidate[]>();
  if (!speakers.length) return bySpeaker;
  const rows = await tx
    .select({
      id: statements.id,
      speakerId: statements.speakerId,
      quote: statements.quote,
      content: statements.content,
      aboutId: statements.aboutId,
      aboutWithinId: sql<
        number | null
      >`(select ${meetings.withinId} from ${meetings} where ${meetings.id} = ${statements.aboutId})`,
      reportedOn: statements.reportedOn,
      mentions: sql<
        number[]
      >`coalesce((select array_agg(${statementMentions.actorId}) from ${statementMentions} where ${statementMentions.statementId} = ${statements.id}), '{}')`,
    })
    .from(statements)
    .where(
      and(
        sql`${statements.speakerId} = any(${sql.param(speakers)}::integer[])`,
        reportedOn
          ? sql`(${statements.reportedOn} is null or ${inWindow(statements.reportedOn, reportedOn)})`
          : undefined,
        sql`not exists (select 1 from ${evidence} where ${evidence.statementId} = ${statements.id} and ${evidence.documentId} = ${documentId})`,
      ),
    )
    .orderBy(statements.id);
  for (const { speakerId, ...c } of rows) {
    const list = bySpeaker.get(speakerId!) ?? [];
    list.push(c);
    bySpeaker.set(speakerId!, list);
  }
  return bySpeaker;
}

/**
 * A candidate about no meeting, the same meeting, or the session it was held within (or a
 * meeting held within it): outlets attach a remark to either.
 */
function aboutFits(
  aboutId: number | null,
  c: StatementCandidate,
  withinOf: ReadonlyMap<number, number | null>,
): boolean {
  if (aboutId == null || c.aboutId == null || c.aboutId === aboutId) return true;
  return c.aboutId === (withinOf.get(aboutId) ?? null) || c.aboutWithinId === aboutId;
}

/** What a telling of a meeting pins down, or what the stored meeting has gathered. */
interface MeetingTelling {
  date: string | null;
  placeId: number | null;
  forumId: number | null;
  participants: ReadonlySet<number>;
}

/**
 * Whether two tellings of the same kind are one meeting. Each thing they pin down must be
 * equal (both unknown, or the same), not merely free of conflict: "no conflict" is not
 * transitive — an undated telling agrees with a meeting on Monday and with another on
 * Friday — so a vaguer telling would join whichever of them was stored first, and the graph
 * would depend on the order documents arrive in. With equality, "same meeting" is an
 * equivalence and every order gives the same meetings.
 *
 * A sitting of a forum (both tellings name one: the same, or a body and the organization it
 * belongs to) is the forum's sitting on that date: who an outlet names as present, and whether
 * it names the place, does not make it another sitting; two places do.
 */
export function sameMeeting(
  telling: MeetingTelling,
  stored: MeetingTelling,
  relatedForums: readonly number[],
): boolean {
  if ((telling.date ?? null) !== (stored.date ?? null)) return false;
  if (telling.forumId != null && stored.forumId != null) {
    if (!relatedForums.includes(stored.forumId)) return false;
    return telling.placeId == null || stored.placeId == null || telling.placeId === stored.placeId;
  }
  if (telling.placeId !== stored.placeId) return false;
  return sameSet(telling.participants, stored.participants) && telling.participants.size > 0;
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * The same statement retold: same speaker, compatible meeting, within the merge window, and
 * words that agree — a quote contained in the other's content, similar content, or the same
 * named actors (at least two, most of the shorter list).
 */
function chooseStatement(
  statement: StatementRecord,
  mentions: number[],
  candidates: readonly StatementCandidate[],
  reportedOn: string | null,
  taken: ReadonlySet<number>,
): number | null {
  let target: number | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    if (taken.has(c.id) || !withinWindow(reportedOn, c.reportedOn)) continue;
    const score = retellingScore(statement, mentions, c);
    if (score > bestScore) {
      bestScore = score;
      target = c.id;
    }
  }
  return target;
}

/**
 * A full quote beats a partial one; the longer content is the more complete telling; the more
 * direct channel wins. Each choice is the same whichever telling was stored first.
 */
async function updateJoinedStatement(
  tx: Tx,
  statement: StatementRecord,
  facts: StatementFacts,
  target: number,
): Promise<void> {
  await tx
    .update(statements)
    .set({
      quote: statement.quote ? fuller(statements.quote, statement.quote) : sql`${statements.quote}`,
      content: fuller(statements.content, statement.content),
      channel: statement.channel
        ? moreDirect(statements.channel, statement.channel)
        : sql`${statements.channel}`,
      aboutId: sql`coalesce(${statements.aboutId}, ${facts.aboutId}::integer)`,
    })
    .where(eq(statements.id, target));
}

/** New statements in multi-row inserts (keys name the document and record); ids in order. */
async function insertStatements(
  tx: Tx,
  fresh: readonly { record: StatementRecord; facts: StatementFacts }[],
  documentId: number,
  reportedOn: string | null,
): Promise<number[]> {
  const keyOf = (s: StatementRecord) => `${s.key}#doc${documentId}:${s.ref}`;
  const byKey = new Map<string, number>();
  for (const chunk of chunked(fresh, 5000)) {
    const rows = await tx
      .insert(statements)
      .values(
        chunk.map(({ record, facts }) => ({
          key: keyOf(record),
          speakerId: facts.speakerId,
          channel: record.channel,
          quote: record.quote,
          content: record.content,
          aboutId: facts.aboutId,
          reportedOn,
        })),
      )
      .onConflictDoUpdate({ target: statements.key, set: { content: sql`${statements.content}` } })
      .returning({ id: statements.id, key: statements.key });
    for (const r of rows) byKey.set(r.key, r.id);
  }
  return fresh.map(({ record }) => byKey.get(keyOf(record))!);
}

/**
 * The more complete of a stored text and a retelling's: the longer (in characters, counted by
 * the database), and of two as long the first in code point order, so that the text kept does
 * not depend on which telling was stored first.
 */
function fuller(column: AnyPgColumn, text: string): SQL {
  const told = sql`${text}::text`;
  return sql`case when ${column} is null or length(${column}) < length(${told})
    or (length(${column}) = length(${told}) and ${told} collate "C" < ${column} collate "C")
    then ${told} else ${column} end`;
}

/**
 * Channels from the speaker's own post to an outlet's label for it: of two tellings that name
 * different channels, the store keeps the one earlier here (a Telegram post the press service
 * put out is more precisely "telegram" than "press_release"), whichever came first.
 */
const CHANNEL_PRECEDENCE = [
  'x',
  'telegram',
  'facebook',
  'website',
  'tv',
  'interview',
  'press_conference',
  'press_release',
] as const satisfies readonly Channel[];

/** The more direct of a stored channel and a retelling's (`CHANNEL_PRECEDENCE`). */
function moreDirect(column: AnyPgColumn, channel: Channel): SQL {
  const order = sql`${sql.param([...CHANNEL_PRECEDENCE])}::text[]`;
  const rank = (value: SQL | AnyPgColumn) =>
    sql`coalesce(array_position(${order}, ${value}), ${CHANNEL_PRECEDENCE.length})`;
  const told = sql`${channel}::text`;
  return sql`case when ${column} is null or ${rank(told)} < ${rank(column)}
    or (${rank(told)} = ${rank(column)} and ${told} collate "C" < ${column} collate "C")
    then ${told} else ${column} end`;
}

/** How strongly two tellings agree (0 = not the same statement). */
export function retellingScore(
  statement: Pick<StatementRecord, 'quote' | 'content'>,
  mentions: number[],
  other: { quote: string | null; content: string; mentions: number[] },
): number {
  const mine = [statement.quote, statement.content].filter((s): s is string => !!s);
  const theirs = [other.quote, other.content].filter((s): s is string => !!s);
  let best = 0;
  for (const a of mine)
    for (const b of theirs) {
      const f = tokenOverlap(a, b);
      if (f > best) best = f;
    }
  if (best >= 0.5) return 1 + best;
  const shared = mentions.filter((m) => other.mentions.includes(m)).length;
  const smaller = Math.min(mentions.length, other.mentions.length);
  if (shared >= 2 && shared / smaller >= 0.6) return 0.5 + shared / 100;
  return 0;
}

const STOP = new Set(
  'a an the of to in on at for and or but with by from as that this these those is are was were be been has have had it its their his her he she they we our about amid over which who what'.split(
    ' ',
  ),
);
function contentTokens(s: string): string[] {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .match(/\p{L}[\p{L}\p{N}'’-]*|\p{N}+/gu) ?? []
  ).filter((t) => !STOP.has(t));
}
/** Containment of the shorter text's content words in the longer one's. */
export function tokenOverlap(a: string, b: string): number {
  const ta = contentTokens(a);
  const tb = contentTokens(b);
  if (!ta.length || !tb.length) return 0;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const bag = new Map<string, number>();
  for (const t of long) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of short) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  // a three-word phrase inside a long paragraph proves little: damp very short tellings
  return (common / short.length) * Math.min(1, short.length / 4);
}

function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/defence/g, 'defense')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface ForumFamily {
  parentId: number | null;
  /** The forum, the organization it is a body of, and its own bodies. */
  related: number[];
}

/** Each forum's parent and family, in one round trip. */
async function forumFamilies(tx: Tx, forumIds: readonly number[]): Promise<Map<number, ForumFamily>> {
  const forums = [...new Set(forumIds)];
  if (!forums.length) return new Map();
  const param = sql.param(forums);
  const rows = await tx
    .select({ id: actors.id, parentId: actors.parentId })
    .from(actors)
    .where(sql`${actors.id} = any(${param}::integer[]) or ${actors.parentId} = any(${param}::integer[])`);
  const families = new Map<number, ForumFamily>(forums.map((f) => [f, { parentId: null, related: [f] }]));
  const add = (forum: number, id: number) => {
    const family = families.get(forum)!;
    if (!family.related.includes(id)) family.related.push(id);
  };
  for (const r of rows) {
    if (families.has(r.id)) {
      families.get(r.id)!.parentId = r.parentId;
      if (r.parentId != null) add(r.id, r.parentId);
    }
    if (r.parentId != null && families.has(r.parentId)) add(r.parentId, r.id);
  }
  return families;
}

/** `column` within the merge window around `day`, as a range an index on the column can serve. */
function inWindow(column: AnyPgColumn, day: string): SQL {
  return sql`${column} between ${day}::date - ${MERGE_WINDOW_DAYS}::integer and ${day}::date + ${MERGE_WINDOW_DAYS}::integer`;
}

/**
 * Whether two undated tellings were reported close enough to be one meeting. One reported on
 * no known day is so only with others reported on none: "unknown" agreeing with every day
 * would let it join a meeting of 2021 or one of 2000, whichever was stored first.
 */
function reportedTogether(a: string | null, b: string | null): boolean {
  if (!a || !b) return !a && !b;
  return withinWindow(a, b);
}

function withinWindow(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return days <= MERGE_WINDOW_DAYS;
}

/** `items` in slices of at most `size`: one statement's parameters stay under PostgreSQL's 65,535. */
function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
