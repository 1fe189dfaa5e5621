// Every table of the Dossier graph. Persons, organizations and places share one `actors` table
// (with a `kind` discriminator and per-kind nullable columns) so that the GraphQL interface
// Actor — meeting participants, statement speakers, organization members — is one table that
// Pothos' drizzle plugin can plan in a single query.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const actorKinds = ['person', 'organization', 'place'] as const;
export type ActorKind = (typeof actorKinds)[number];

export const documents = pgTable(
  'documents',
  {
    id: serial('id').primaryKey(),
    /** sha256 of the text, hex: the same text ingested twice is one document. */
    contentHash: text('content_hash').notNull(),
    /** Stored exactly as given: evidence offsets index into it. */
    text: text('text').notNull(),
    title: text('title'),
    url: text('url'),
    publisher: text('publisher'),
    /** ISO 8601 date or date-time, as given. */
    publishedAt: text('published_at'),
    /** The date part of publishedAt, for ordering and filters. */
    publishedOn: date('published_on', { mode: 'string' }),
    language: text('language').notNull().default('en'),
    /** What was handed in: plain text, or an HTML page whose article body became `text`. */
    sourceFormat: text('source_format').notNull().default('text'),
    warnings: text('warnings').array().notNull().default(sql`'{}'::text[]`),
    ingestedAt: timestamp('ingested_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('documents_content_hash_key').on(t.contentHash),
    index('documents_published_on_idx').on(t.publishedOn),
    // full-text search (see search.ts: the expressions must stay identical to be used)
    index('documents_search_idx').using(
      'gin',
      sql`to_tsvector('english', coalesce(${t.title}, '') || ' ' || ${t.text})`,
    ),
  ],
);

export const actors = pgTable(
  'actors',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: actorKinds }).notNull(),
    /** Deterministic identity (see @dossier/ingest keys): the merge upserts on it. */
    key: text('key').notNull(),
    name: text('name').notNull(),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    // organizations
    orgKind: text('org_kind'),
    acronym: text('acronym'),
    parentId: integer('parent_id').references((): AnyPgColumn => actors.id),
    founded: integer('founded'),
    // places (and the country of a national organization)
    placeKind: text('place_kind'),
    countryId: integer('country_id').references((): AnyPgColumn => actors.id),
    countryCode: text('country_code'),
    /** Where a city or country lies (WGS 84 degrees, from the gazetteer); both or neither. */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('actors_key_key').on(t.key),
    index('actors_kind_idx').on(t.kind, t.id),
    index('actors_parent_idx').on(t.parentId),
    // a surname's persons are found by key prefix ("person:revenko:%"): LIKE can use a btree
    // index under any collation only with the pattern operator class
    index('actors_key_prefix_idx').on(t.key.op('text_pattern_ops')),
    check('actors_kind_check', sql`${t.kind} in ('person', 'organization', 'place')`),
    check(
      'actors_coordinates_check',
      sql`(${t.latitude} is null) = (${t.longitude} is null) and ${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180`,
    ),
  ],
);

export const roles = pgTable(
  'roles',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => actors.id),
    /** Folded title + organization + country: one row per distinct position. */
    key: text('key').notNull(),
    title: text('title').notNull(),
    organizationId: integer('organization_id').references(() => actors.id),
    countryId: integer('country_id').references(() => actors.id),
  },
  (t) => [uniqueIndex('roles_person_key_key').on(t.personId, t.key)],
);

export const organizationMembers = pgTable(
  'organization_members',
  {
    organizationId: integer('organization_id')
      .notNull()
      .references(() => actors.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => actors.id),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.memberId] })],
);

export const meetings = pgTable(
  'meetings',
  {
    id: serial('id').primaryKey(),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('held'),
    date: date('date', { mode: 'string' }),
    placeId: integer('place_id').references(() => actors.id),
    forumId: integer('forum_id').references(() => actors.id),
    withinId: integer('within_id').references((): AnyPgColumn => meetings.id),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    /** Earliest publication date of a reporting document: bounds fuzzy merges in time. */
    reportedOn: date('reported_on', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('meetings_key_key').on(t.key),
    index('meetings_date_idx').on(t.date),
    index('meetings_forum_idx').on(t.forumId),
    // merge candidates are searched within a window of publication dates
    index('meetings_reported_on_idx').on(t.reportedOn),
    // a statement's candidates include those about meetings held within the one it is about
    index('meetings_within_idx').on(t.withinId),
  ],
);

export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.actorId] }),
    index('meeting_participants_actor_idx').on(t.actorId),
  ],
);

export const statements = pgTable(
  'statements',
  {
    id: serial('id').primaryKey(),
    key: text('key').notNull(),
    speakerId: integer('speaker_id').references(() => actors.id),
    channel: text('channel'),
    quote: text('quote'),
    content: text('content').notNull(),
    aboutId: integer('about_id').references(() => meetings.id),
    reportedOn: date('reported_on', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('statements_key_key').on(t.key),
    // a speaker's statements within the merge window: the candidates of a retelling
    index('statements_speaker_reported_idx').on(t.speakerId, t.reportedOn),
    index('statements_about_idx').on(t.aboutId),
    index('statements_search_idx').using(
      'gin',
      sql`to_tsvector('english', coalesce(${t.quote}, '') || ' ' || ${t.content})`,
    ),
  ],
);

export const statementMentions = pgTable(
  'statement_mentions',
  {
    statementId: integer('statement_id')
      .notNull()
      .references(() => statements.id),
    actorId: integer('actor_id')
      .notNull()
      .references(() => actors.id),
  },
  (t) => [
    primaryKey({ columns: [t.statementId, t.actorId] }),
    index('statement_mentions_actor_idx').on(t.actorId),
  ],
);

/**
 * A span of a document that supports a record. Exactly one of actorId / roleId / meetingId /
 * statementId is set; `target` ("actor:12") makes the unique key so that re-adding the same
 * span is a no-op.
 */
export const evidence = pgTable(
  'evidence',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    target: text('target').notNull(),
    actorId: integer('actor_id').references(() => actors.id),
    roleId: integer('role_id').references(() => roles.id),
    meetingId: integer('meeting_id').references(() => meetings.id),
    statementId: integer('statement_id').references(() => statements.id),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    exact: text('exact').notNull(),
  },
  (t) => [
    uniqueIndex('evidence_target_span_key').on(t.target, t.documentId, t.start, t.end),
    index('evidence_actor_idx').on(t.actorId),
    index('evidence_role_idx').on(t.roleId),
    index('evidence_meeting_idx').on(t.meetingId),
    index('evidence_statement_idx').on(t.statementId),
    index('evidence_document_idx').on(t.documentId),
    index('evidence_search_idx').using('gin', sql`to_tsvector('english', ${t.exact})`),
    check(
      'evidence_one_target',
      sql`num_nonnulls(${t.actorId}, ${t.roleId}, ${t.meetingId}, ${t.statementId}) = 1`,
    ),
    check('evidence_span_check', sql`${t.start} >= 0 and ${t.end} > ${t.start}`),
  ],
);
