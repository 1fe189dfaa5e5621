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
import { and, eq, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
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
const EVIDENCE_BATCH = 500;

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
  const stored = await storedActors(tx, [...extraction.places, ...extraction.organizations]);
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
  for (const person of extraction.persons) {
    const { id, inserted } = await mergePerson(tx, person);
    ids.set(person.ref, id);
    count('persons', inserted, id);
    addEvidence(person.evidence, { target: `actor:${id}`, actorId: id });
  }
  // Relations between actors, now that every ref has an id.
  for (const org of extraction.organizations) {
    const orgId = ids.get(org.ref);
    const members = [...new Set(org.members.map((m) => ids.get(m)))]
      .filter((m): m is number => m != null && m !== orgId)
      .sort((a, b) => a - b);
    if (orgId != null && members.length) {
      await tx
        .insert(organizationMembers)
        .values(members.map((memberId) => ({ organizationId: orgId, memberId })))
        .onConflictDoNothing();
    }
  }
  for (const person of extraction.persons) {
    const personId = ids.get(person.ref)!;
    for (const role of person.roles) {
      const organizationId = ref(role.organization);
      const countryId = ref(role.country);
      const key = `${normaliseTitle(role.title)}|${organizationId ?? ''}|${countryId ?? ''}`;
      const [row] = await tx
        .insert(roles)
        .values({ personId, key, title: role.title, organizationId, countryId })
        // of two spellings of one title (Defence/Defense Minister), the first in code point
        // order, whichever document came first
        .onConflictDoUpdate({
          target: [roles.personId, roles.key],
          set: { title: sql`least(${roles.title} collate "C", excluded.title collate "C")` },
        })
        .returning({ id: roles.id });
      addEvidence(role.evidence, { target: `role:${row!.id}`, roleId: row!.id });
    }
  }

  // Two records of one document are two facts (the extractor already merged its own
  // retellings): rows this document wrote or joined are not candidates for its other records.
  // Its evidence rows are written at the end, so the SQL guard alone would not see them.
  const meetingsOfThisDocument = new Set<number>();
  const statementsOfThisDocument = new Set<number>();
  // Meetings: enclosing sessions before the meetings held within them; then the most specific
  // first, so that a retelling with place and date claims the stored meeting that has them
  // before a vaguer one of the same document can (which would make the graph depend on which
  // document came first).
  const orderedMeetings = [...extraction.meetings].sort(
    (a, b) =>
      Number(a.within != null) - Number(b.within != null) || specificity(b) - specificity(a) || byKey(a, b),
  );
  for (const meeting of orderedMeetings) {
    const { id, inserted } = await mergeMeeting(
      tx,
      meeting,
      ids,
      documentId,
      reportedOn,
      meetingsOfThisDocument,
    );
    meetingsOfThisDocument.add(id);
    ids.set(meeting.ref, id);
    count('meetings', inserted, id);
    addEvidence(meeting.evidence, { target: `meeting:${id}`, meetingId: id });
  }
  for (const meeting of extraction.meetings) {
    const withinId = ref(meeting.within);
    const id = ids.get(meeting.ref)!;
    if (withinId != null && withinId !== id) {
      await tx
        .update(meetings)
        .set({ withinId })
        .where(and(eq(meetings.id, id), isNull(meetings.withinId)));
    }
  }
  for (const statement of extraction.statements) {
    const { id, inserted } = await mergeStatement(
      tx,
      statement,
      ids,
      documentId,
      reportedOn,
      statementsOfThisDocument,
    );
    statementsOfThisDocument.add(id);
    ids.set(statement.ref, id);
    count('statements', inserted, id);
    addEvidence(statement.evidence, { target: `statement:${id}`, statementId: id });
  }

  for (let i = 0; i < evidenceRows.length; i += EVIDENCE_BATCH) {
    await tx
      .insert(evidence)
      .values(evidenceRows.slice(i, i + EVIDENCE_BATCH))
      .onConflictDoNothing();
  }
  return summary;
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

async function storedActors(
  tx: Tx,
  records: readonly (PlaceRecord | OrganizationRecord)[],
): Promise<Map<string, StoredActor>> {
  const keys = [...new Set(records.map((r) => r.key))];
  if (!keys.length) return new Map();
  const rows = await tx.select(storedActorColumns).from(actors).where(inArray(actors.key, keys));
  return new Map(rows.map((r) => [r.key, r]));
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
 */
async function mergePerson(tx: Tx, person: PersonRecord): Promise<{ id: number; inserted: boolean }> {
  const [, surname = '', initial = ''] = person.key.split(':');
  // guarded by the lock on `person:<surname>` (identityLock) the caller took
  const prefix = `person:${surname}:`;
  const candidates = await tx
    .select({ id: actors.id, key: actors.key, name: actors.name, aliases: actors.aliases })
    .from(actors)
    // the key prefix says "person" already; one condition, served by actors_key_prefix_idx
    .where(like(actors.key, `${escapeLike(prefix)}%`));
  let target = candidates.find((c) => c.key === person.key);
  if (!target && initial) target = candidates.find((c) => c.key === prefix);
  if (!target && !initial && candidates.length === 1) target = candidates[0];
  if (!target) {
    const [row] = await tx
      .insert(actors)
      .values({
        kind: 'person',
        key: person.key,
        name: person.name,
        aliases: mergeAliases(person.name, person.aliases),
      })
      .returning({ id: actors.id });
    return { id: row!.id, inserted: true };
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
  if (same) return { id: target.id, inserted: false };
  await tx
    .update(actors)
    .set({ name: fuller, aliases, ...(upgradeKey ? { key: person.key } : {}) })
    .where(eq(actors.id, target.id));
  return { id: target.id, inserted: false };
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
}

/**
 * The same meeting told by another document: same kind, reported within the merge window (or
 * on the same date), and what each telling pins down is equal (`sameMeeting`).
 */
async function mergeMeeting(
  tx: Tx,
  meeting: MeetingRecord,
  ids: Map<string, number>,
  documentId: number,
  reportedOn: string | null,
  taken: ReadonlySet<number>,
): Promise<{ id: number; inserted: boolean }> {
  const participants = [...new Set(meeting.participants.map((p) => ids.get(p)).filter((p) => p != null))];
  const placeId = meeting.place ? (ids.get(meeting.place) ?? null) : null;
  const forumId = meeting.forum ? (ids.get(meeting.forum) ?? null) : null;
  // A sitting "of the CIS" and one "of the CIS defence council" can be the same: a forum is
  // compatible with its parent body and its own bodies.
  const related = forumId != null ? await relatedForums(tx, forumId) : [];
  // Guarded by the caller's locks on every participant and, for a sitting of a forum (told
  // with or without its participants), on FORUM_MEETINGS_LOCK, so two writers cannot both
  // decide "new".

  let candidates: MeetingCandidate[] = [];
  const columns = {
    id: meetings.id,
    kind: meetings.kind,
    date: meetings.date,
    placeId: meetings.placeId,
    forumId: meetings.forumId,
    reportedOn: meetings.reportedOn,
  };
  // Candidates reported outside the merge window are refused below anyway; filtering them in
  // SQL keeps the candidate set (and the cost of a merge) bounded as the store grows.
  // Written as ranges, not abs(), so that the reported_on and date indexes serve them.
  const sameDate = meeting.date ? sql` or ${meetings.date} = ${meeting.date}::date` : sql``;
  const meetingWindow = reportedOn
    ? sql`(${inWindow(meetings.reportedOn, reportedOn)}${sameDate})`
    : sql`(${meetings.reportedOn} is null${sameDate})`;
  const notFromThisDocument = sql`not exists (select 1 from ${evidence} where ${evidence.meetingId} = ${meetings.id} and ${evidence.documentId} = ${documentId})`;
  if (participants.length) {
    candidates = await tx
      .selectDistinct(columns)
      .from(meetings)
      .innerJoin(meetingParticipants, eq(meetingParticipants.meetingId, meetings.id))
      .where(
        and(
          eq(meetings.kind, meeting.meetingKind),
          inArray(meetingParticipants.actorId, participants),
          notFromThisDocument,
          meetingWindow,
        ),
      );
  }
  // a sitting told with its participants is also the same forum's sitting told without them
  if (forumId != null) {
    const known = new Set(candidates.map((c) => c.id));
    const byForum = await tx
      .select(columns)
      .from(meetings)
      .where(
        and(
          eq(meetings.kind, meeting.meetingKind),
          inArray(meetings.forumId, related),
          notFromThisDocument,
          meetingWindow,
        ),
      );
    for (const c of byForum) if (!known.has(c.id)) candidates.push(c);
  }
  const participantsOf = new Map<number, Set<number>>();
  if (candidates.length) {
    const rows = await tx
      .select({ meetingId: meetingParticipants.meetingId, actorId: meetingParticipants.actorId })
      .from(meetingParticipants)
      .where(
        inArray(
          meetingParticipants.meetingId,
          candidates.map((c) => c.id),
        ),
      );
    for (const r of rows) {
      const set = participantsOf.get(r.meetingId) ?? new Set<number>();
      set.add(r.actorId);
      participantsOf.set(r.meetingId, set);
    }
  }
  const telling: MeetingTelling = {
    date: meeting.date,
    placeId,
    forumId,
    participants: new Set(participants),
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

  let id: number;
  let inserted = false;
  if (best) {
    id = best.c.id;
    await tx
      .update(meetings)
      .set({
        date: sql`coalesce(${meetings.date}, ${meeting.date})`,
        placeId: sql`coalesce(${meetings.placeId}, ${placeId})`,
        // keep the more specific forum: a body rather than the organization it belongs to
        forumId:
          forumId != null &&
          best.c.forumId != null &&
          forumId !== best.c.forumId &&
          (await isBodyOf(tx, forumId, best.c.forumId))
            ? forumId
            : sql`coalesce(${meetings.forumId}, ${forumId})`,
        topics: sql`array(select distinct t from unnest(${meetings.topics} || ${sql.param(meeting.topics)}::text[]) as t)`,
        reportedOn: sql`least(${meetings.reportedOn}, ${reportedOn}::date)`,
        // a meeting reported as held by anyone was held
        status: meeting.status === 'held' ? 'held' : sql`${meetings.status}`,
      })
      .where(eq(meetings.id, id));
  } else {
    // The key is unique; a second meeting with the same key that failed the fuzzy test (told a
    // year later, say) is a different meeting and gets the document as a suffix.
    const [row] = await tx
      .insert(meetings)
      .values({
        key: meeting.key,
        kind: meeting.meetingKind,
        status: meeting.status,
        date: meeting.date,
        placeId,
        forumId,
        topics: meeting.topics,
        reportedOn,
      })
      .onConflictDoNothing({ target: meetings.key })
      .returning({ id: meetings.id });
    if (row) id = row.id;
    else {
      const [again] = await tx
        .insert(meetings)
        .values({
          key: `${meeting.key}#doc${documentId}:${meeting.ref}`,
          kind: meeting.meetingKind,
          status: meeting.status,
          date: meeting.date,
          placeId,
          forumId,
          topics: meeting.topics,
          reportedOn,
        })
        .onConflictDoUpdate({ target: meetings.key, set: { kind: sql`${meetings.kind}` } })
        .returning({ id: meetings.id });
      id = again!.id;
    }
    inserted = true;
  }
  if (participants.length) {
    await tx
      .insert(meetingParticipants)
      .values(participants.map((actorId) => ({ meetingId: id, actorId })))
      .onConflictDoNothing();
  }
  return { id, inserted };
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
async function mergeStatement(
  tx: Tx,
  statement: StatementRecord,
  ids: Map<string, number>,
  documentId: number,
  reportedOn: string | null,
  taken: ReadonlySet<number>,
): Promise<{ id: number; inserted: boolean }> {
  const speakerId = statement.speaker ? (ids.get(statement.speaker) ?? null) : null;
  const aboutId = statement.about ? (ids.get(statement.about) ?? null) : null;
  const mentions = [...new Set(statement.mentions.map((m) => ids.get(m)).filter((m) => m != null))];
  let target: number | null = null;
  if (speakerId != null) {
    // guarded by the caller's lock on the speaker
    const candidates = await tx
      .select({
        id: statements.id,
        quote: statements.quote,
        content: statements.content,
        aboutId: statements.aboutId,
        reportedOn: statements.reportedOn,
        mentions: sql<
          number[]
        >`coalesce((select array_agg(${statementMentions.actorId}) from ${statementMentions} where ${statementMentions.statementId} = ${statements.id}), '{}')`,
      })
      .from(statements)
      .where(
        and(
          eq(statements.speakerId, speakerId),
          reportedOn
            ? sql`(${statements.reportedOn} is null or ${inWindow(statements.reportedOn, reportedOn)})`
            : undefined,
          // about the same meeting, or about the session it was held within (or a meeting
          // held within it): outlets attach a remark to either
          aboutId == null
            ? undefined
            : or(
                isNull(statements.aboutId),
                eq(statements.aboutId, aboutId),
                sql`${statements.aboutId} = (select ${meetings.withinId} from ${meetings} where ${meetings.id} = ${aboutId})`,
                sql`${statements.aboutId} in (select ${meetings.id} from ${meetings} where ${meetings.withinId} = ${aboutId})`,
              ),
          sql`not exists (select 1 from ${evidence} where ${evidence.statementId} = ${statements.id} and ${evidence.documentId} = ${documentId})`,
        ),
      );
    let bestScore = 0;
    for (const c of candidates) {
      if (taken.has(c.id) || !withinWindow(reportedOn, c.reportedOn)) continue;
      const score = retellingScore(statement, mentions, c);
      if (score > bestScore) {
        bestScore = score;
        target = c.id;
      }
    }
  }
  const inserted = target == null;
  if (target != null) {
    // A full quote beats a partial one; the longer content is the more complete telling.
    await tx
      .update(statements)
      .set({
        quote: statement.quote ? fuller(statements.quote, statement.quote) : sql`${statements.quote}`,
        content: fuller(statements.content, statement.content),
        channel: statement.channel
          ? moreDirect(statements.channel, statement.channel)
          : sql`${statements.channel}`,
        aboutId: sql`coalesce(${statements.aboutId}, ${aboutId}::integer)`,
      })
      .where(eq(statements.id, target));
  } else {
    const [row] = await tx
      .insert(statements)
      .values({
        key: `${statement.key}#doc${documentId}:${statement.ref}`,
        speakerId,
        channel: statement.channel,
        quote: statement.quote,
        content: statement.content,
        aboutId,
        reportedOn,
      })
      .onConflictDoUpdate({ target: statements.key, set: { content: sql`${statements.content}` } })
      .returning({ id: statements.id });
    target = row!.id;
  }
  if (mentions.length) {
    await tx
      .insert(statementMentions)
      .values(mentions.map((actorId) => ({ statementId: target!, actorId })))
      .onConflictDoNothing();
  }
  return { id: target, inserted };
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

/** The forum, the organization it is a body of, and its own bodies. */
async function relatedForums(tx: Tx, forumId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: actors.id, parentId: actors.parentId })
    .from(actors)
    .where(or(eq(actors.id, forumId), eq(actors.parentId, forumId)));
  const ids = new Set<number>([forumId]);
  for (const r of rows) {
    ids.add(r.id);
    if (r.id === forumId && r.parentId != null) ids.add(r.parentId);
  }
  return [...ids];
}

async function isBodyOf(tx: Tx, body: number, organization: number): Promise<boolean> {
  const [row] = await tx.select({ parentId: actors.parentId }).from(actors).where(eq(actors.id, body));
  return row?.parentId === organization;
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

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
