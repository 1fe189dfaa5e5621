// The reads the API needs, as relational-query filters and SQL expressions: the schema passes
// its arguments here and never writes SQL itself.
import { type SQL, sql } from 'drizzle-orm';
import type { relations } from './relations.js';
import type { actors } from './schema.js';

type Tables = typeof relations;
type Where<T extends keyof Tables> = NonNullable<
  Parameters<import('./client.js').Database['query'][T]['findMany']>[0]
>['where'];

/** `%word%` patterns for ILIKE, with LIKE's wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.trim())
    .filter(Boolean)
    .slice(0, 12);
}

/** Name or any alias contains the text (case-insensitive). */
function nameMatches(name: string) {
  const pattern = containsPattern(name.trim());
  return {
    RAW: (t: typeof actors) =>
      sql`(${t.name} ilike ${pattern} or exists (select 1 from unnest(${t.aliases}) as alias where alias ilike ${pattern}))`,
  };
}

export interface ActorFilter {
  name?: string | null;
}

export function personWhere(filter: ActorFilter = {}): Where<'actors'> {
  return { kind: 'person', ...(filter.name ? nameMatches(filter.name) : {}) };
}

export interface OrganizationFilter extends ActorFilter {
  kind?: string | null;
  /** Organizations with this member (a country, say). */
  member?: number | null;
  parent?: number | null;
}

export function organizationWhere(filter: OrganizationFilter = {}): Where<'actors'> {
  return {
    kind: 'organization',
    ...(filter.name ? nameMatches(filter.name) : {}),
    ...(filter.kind ? { orgKind: filter.kind } : {}),
    ...(filter.parent != null ? { parentId: filter.parent } : {}),
    ...(filter.member != null ? { members: { id: filter.member } } : {}),
  };
}

/** Alliances and the bodies under them (the CIS and its Council of Ministers of Defense). */
export function allianceWhere(filter: OrganizationFilter = {}): Where<'actors'> {
  return {
    ...(organizationWhere(filter) as object),
    OR: [{ orgKind: 'alliance' }, { parent: { orgKind: 'alliance' } }],
  } as Where<'actors'>;
}

export interface PlaceFilter extends ActorFilter {
  kind?: string | null;
  country?: number | null;
}

export function placeWhere(filter: PlaceFilter = {}): Where<'actors'> {
  return {
    kind: 'place',
    ...(filter.name ? nameMatches(filter.name) : {}),
    ...(filter.kind ? { placeKind: filter.kind } : {}),
    ...(filter.country != null ? { countryId: filter.country } : {}),
  };
}

export interface MeetingFilter {
  participant?: number | null;
  /** A country taking part (itself, or through a person, body or place of it). */
  country?: number | null;
  place?: number | null;
  /** The forum, or the alliance the forum is a body of. */
  forum?: number | null;
  kind?: string | null;
  from?: string | null;
  to?: string | null;
}

export function meetingWhere(filter: MeetingFilter = {}): Where<'meetings'> {
  const and: object[] = [];
  if (filter.participant != null) and.push({ participants: { id: filter.participant } });
  if (filter.country != null) {
    const c = filter.country;
    and.push({
      OR: [
        { participants: { id: c } },
        { participants: { countryId: c } },
        { participants: { roles: { countryId: c } } },
        { place: { OR: [{ id: c }, { countryId: c }] } },
      ],
    });
  }
  if (filter.place != null)
    and.push({ OR: [{ placeId: filter.place }, { place: { countryId: filter.place } }] });
  if (filter.forum != null)
    and.push({ OR: [{ forumId: filter.forum }, { forum: { parentId: filter.forum } }] });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.from) and.push({ date: { gte: filter.from } });
  if (filter.to) and.push({ date: { lte: filter.to } });
  return (and.length ? { AND: and } : {}) as Where<'meetings'>;
}

export interface StatementFilter {
  speaker?: number | null;
  channel?: string | null;
  meeting?: number | null;
  /** An organization (or a body of it) the statement names. */
  alliance?: number | null;
  /** Every word must occur in the quote (or, for indirect speech, the content). */
  quote?: string | null;
  from?: string | null;
  to?: string | null;
}

export function statementWhere(filter: StatementFilter = {}): Where<'statements'> {
  const and: object[] = [];
  if (filter.speaker != null) and.push({ speakerId: filter.speaker });
  if (filter.channel) and.push({ channel: filter.channel });
  if (filter.meeting != null) and.push({ aboutId: filter.meeting });
  if (filter.alliance != null)
    and.push({ mentions: { OR: [{ id: filter.alliance }, { parentId: filter.alliance }] } });
  for (const word of words(filter.quote ?? '')) {
    const pattern = containsPattern(word);
    and.push({
      OR: [{ quote: { ilike: pattern } }, { quote: { isNull: true }, content: { ilike: pattern } }],
    });
  }
  if (filter.from) and.push({ reportedOn: { gte: filter.from } });
  if (filter.to) and.push({ reportedOn: { lte: filter.to } });
  return (and.length ? { AND: and } : {}) as Where<'statements'>;
}

export interface DocumentFilter {
  publisher?: string | null;
  from?: string | null;
  to?: string | null;
}

export function documentWhere(filter: DocumentFilter = {}): Where<'documents'> {
  const and: object[] = [];
  if (filter.publisher) and.push({ publisher: { ilike: containsPattern(filter.publisher) } });
  if (filter.from) and.push({ publishedOn: { gte: filter.from } });
  if (filter.to) and.push({ publishedOn: { lte: filter.to } });
  return (and.length ? { AND: and } : {}) as Where<'documents'>;
}

/**
 * A sort key for "by date": the meeting's date, else the day it was first reported, as
 * fixed-width text (so cursors compare like the ordering) and never null (a null cannot be
 * paged past).
 */
export const meetingSortDate = (t: { date: unknown; reportedOn: unknown }): SQL =>
  sql`coalesce(${t.date}, ${t.reportedOn}, '0001-01-01')::text`;
export const statementSortDate = (t: { reportedOn: unknown }): SQL =>
  sql`coalesce(${t.reportedOn}, '0001-01-01')::text`;

const evidenceColumn = { actorId: 'actor_id', meetingId: 'meeting_id', statementId: 'statement_id' } as const;
/** A publisher as counted: trimmed, case-folded, and null when blank or missing. */
const knownPublisher = sql.raw(`lower(nullif(trim(d.publisher), ''))`);

/** Distinct known publishers behind a record's evidence (documents with none are not counted). */
export function corroborationCount(
  target: 'actorId' | 'meetingId' | 'statementId',
  id: unknown,
): SQL<number> {
  return sql<number>`(select count(distinct ${knownPublisher})::int from evidence e join documents d on d.id = e.document_id where e.${sql.raw(evidenceColumn[target])} = ${id})`;
}

/** Distinct documents behind a record's evidence that name no publisher. */
export function unattributedSourceCount(
  target: 'actorId' | 'meetingId' | 'statementId',
  id: unknown,
): SQL<number> {
  return sql<number>`(select count(distinct d.id)::int from evidence e join documents d on d.id = e.document_id where e.${sql.raw(evidenceColumn[target])} = ${id} and ${knownPublisher} is null)`;
}

type Queryable = 'documents' | 'actors' | 'meetings' | 'statements';
/** How many rows match a relational filter (for a connection's totalCount). */
export async function countWhere<T extends Queryable>(
  db: import('./client.js').Database,
  table: T,
  where: Where<T>,
): Promise<number> {
  const finder = db.query[table] as unknown as {
    findMany(config: { columns: { id: true }; where: unknown }): PromiseLike<unknown[]>;
  };
  return (await finder.findMany({ columns: { id: true }, where })).length;
}

/** Characters of context on each side of an evidence span (a TextQuoteSelector's prefix/suffix). */
export const EVIDENCE_CONTEXT = 32;

// Evidence offsets count UTF-16 code units (JavaScript's indices); PostgreSQL's substr counts
// characters, and a character outside the BMP (an emoji, say) is two code units. The "shadow"
// of a text follows every such character with U+FFFF, so that its character positions are the
// UTF-16 positions; cutting the shadow and dropping the marks gives JavaScript's slice (a cut
// through the middle of a pair keeps the whole character at the end, and drops its second half
// at the start). Only the text up to the window is read, and only inside the database.
const ASTRAL = '[\\U00010000-\\U0010FFFF]';
const shadow = (text: SQL): SQL => sql`regexp_replace(${text}, ${`(${ASTRAL})`}, '\\1' || chr(65535), 'g')`;
const unshadow = (text: SQL): SQL =>
  sql`regexp_replace(${text}, '^' || chr(65535) || ${`|(${ASTRAL})`} || chr(65535), '\\1', 'g')`;

/** `document.text.slice(from, to)` of the evidence's document, cut inside the database. */
function documentSlice(documentId: unknown, from: SQL, to: SQL): SQL<string> {
  return sql<string>`(select ${unshadow(sql`substr(${shadow(sql`left(d.text, ${to})`)}, ${from} + 1, ${to} - ${from})`)} from documents d where d.id = ${documentId})`;
}

/** Up to EVIDENCE_CONTEXT UTF-16 units before the span, never loading the document's text. */
export const evidencePrefix = (e: { documentId: unknown; start: unknown }): SQL<string> =>
  documentSlice(e.documentId, sql`greatest(${e.start} - ${EVIDENCE_CONTEXT}, 0)`, sql`${e.start}`);

/** Up to EVIDENCE_CONTEXT UTF-16 units after the span, never loading the document's text. */
export const evidenceSuffix = (e: { documentId: unknown; end: unknown }): SQL<string> =>
  documentSlice(e.documentId, sql`${e.end}`, sql`${e.end} + ${EVIDENCE_CONTEXT}`);

type EvidenceOwner = 'actorId' | 'meetingId' | 'statementId';
const OWNER_COLUMN: Record<EvidenceOwner, string> = {
  actorId: 'actor_id',
  meetingId: 'meeting_id',
  statementId: 'statement_id',
};

/** The ids of the distinct documents behind a record's evidence, at most `limit`, in id order. */
export function sourceDocumentIds(owner: EvidenceOwner, id: unknown, limit: number): SQL<number[]> {
  return sql<
    number[]
  >`array(select distinct e.document_id from evidence e where e.${sql.raw(OWNER_COLUMN[owner])} = ${id} order by 1 limit ${limit})`;
}
