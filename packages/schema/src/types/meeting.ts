import type { DocumentRow } from '@dossier/model';
import { countWhere, meetingSortDate, meetings, meetingWhere } from '@dossier/model';
import { builder } from '../builder.js';
import { checkRange, idOf, loadPage } from '../errors.js';
import { BY_ID, BY_POSITION, capped, firstOf, listArgOptions, listSize } from '../lists.js';
import { Actor } from './actor.js';
import { pageOf } from './connections.js';
import { Document } from './document.js';
import { MeetingKind, MeetingStatus } from './enums.js';
import { Organization } from './organization.js';
import { Place } from './place.js';
import {
  corroborationDescription,
  corroborationSelection,
  sourceDocuments,
  sourcesSelection,
  unattributedDescription,
  unattributedSelection,
} from './provenance.js';
import { DateScalar } from './scalars.js';

const ACTOR_TYPES = ['Person', 'Organization', 'Place'] as const;

export const Meeting = builder.drizzleNode('meetings', {
  name: 'Meeting',
  description: 'A meeting, session, summit or call, merged across every source that reports it.',
  id: { column: (m) => m.id },
  fields: (t) => ({
    kind: t.field({
      type: MeetingKind,
      description: 'How the parties met.',
      resolve: (m) => m.kind as typeof MeetingKind.$inferType,
    }),
    status: t.field({
      type: MeetingStatus,
      description: 'Whether it was held or is planned.',
      resolve: (m) => m.status as typeof MeetingStatus.$inferType,
    }),
    date: t.field({
      type: DateScalar,
      nullable: true,
      description: 'The day it was held (or is planned for), where the sources give one.',
      resolve: (m) => m.date,
    }),
    topics: t.stringList({
      description: 'What it was about, in the words of the sources.',
      args: { first: t.arg.int(listArgOptions('topics')) },
      // A meeting's row is always loaded whole (the type selects every column): no select here.
      resolve: (m, args) => firstOf(m.topics, args.first, 'topics'),
    }),
    place: t.relation('place', { type: Place, nullable: true, description: 'Where it was held.' }),
    forum: t.relation('forum', {
      type: Organization,
      nullable: true,
      description: 'The body it is a sitting of.',
    }),
    within: t.relation('within', {
      nullable: true,
      description: 'The session or summit it took place within.',
    }),
    sideMeetings: t.relation('sideMeetings', {
      description: 'The meetings held within it (bilaterals on the sidelines of a summit).',
      args: { first: t.arg.int(listArgOptions('sideMeetings')) },
      query: capped('sideMeetings', BY_ID),
    }),
    participants: t.relation('participants', {
      type: Actor,
      description: 'Who took part: persons, organizations and countries.',
      args: { first: t.arg.int(listArgOptions('participants')) },
      query: capped('participants', BY_ID),
    }),
    statements: t.relation('statements', {
      description: 'Statements made at it or about it.',
      args: { first: t.arg.int(listArgOptions('statements')) },
      query: capped('statements', BY_ID),
    }),
    evidence: t.relation('evidence', {
      description: 'The spans of the sources that report it, in document order.',
      args: { first: t.arg.int(listArgOptions('evidence')) },
      query: capped('evidence', BY_POSITION),
    }),
    sources: t.field({
      type: [Document],
      description: 'The documents its evidence comes from, in the order they were ingested.',
      args: { first: t.arg.int(listArgOptions('sources')) },
      select: (args) => sourcesSelection('meetingId', listSize(args.first, 'sources')),
      resolve: (m) => sourceDocuments(m.sourceIds) as DocumentRow[],
    }),
    corroboration: t.int({
      description: corroborationDescription,
      select: corroborationSelection('meetingId'),
      resolve: (m) => Number(m.corroboration),
    }),
    unattributedSources: t.int({
      description: unattributedDescription,
      select: unattributedSelection('meetingId'),
      resolve: (m) => Number(m.unattributedSources),
    }),
  }),
});

const MeetingFilter = builder.inputType('MeetingFilter', {
  description: 'Which meetings to list; every field given must match.',
  fields: (t) => ({
    participant: t.id({ description: 'A participant: a Person, Organization or Place id.' }),
    country: t.id({
      description:
        'A country taking part, itself or through its officials, bodies or a place in it (a Place id).',
    }),
    place: t.id({ description: 'Held in this place, or in a place of this country (a Place id).' }),
    forum: t.id({
      description: 'A sitting of this body, or of a body of this alliance (an Organization id).',
    }),
    kind: t.field({ type: MeetingKind, description: 'Meetings of this kind.' }),
    from: t.field({ type: DateScalar, description: 'Held on or after this day.' }),
    to: t.field({ type: DateScalar, description: 'Held on or before this day.' }),
  }),
});

export const MeetingOrder = builder.enumType('MeetingOrder', {
  description: 'The order of a list of meetings.',
  values: {
    INGESTED: { description: 'In the order they were first stored (default).' },
    DATE_ASC: { description: 'Oldest first, by date (or the day first reported).' },
    DATE_DESC: { description: 'Newest first, by date (or the day first reported).' },
  } as const,
});

type MeetingFilterArgs =
  | {
      participant?: string | number | null;
      country?: string | number | null;
      place?: string | number | null;
      forum?: string | number | null;
      kind?: string | null;
      from?: string | null;
      to?: string | null;
    }
  | null
  | undefined;

function meetingFilterFrom(filter: MeetingFilterArgs) {
  const str = (v: string | number | null | undefined) => (v == null ? null : String(v));
  checkRange(filter?.from, filter?.to, 'filter');
  return meetingWhere({
    participant: idOf(str(filter?.participant), ACTOR_TYPES, 'filter.participant'),
    country: idOf(str(filter?.country), ['Place'], 'filter.country'),
    place: idOf(str(filter?.place), ['Place'], 'filter.place'),
    forum: idOf(str(filter?.forum), ['Organization'], 'filter.forum'),
    kind: filter?.kind,
    from: filter?.from,
    to: filter?.to,
  });
}

builder.queryFields((t) => ({
  meetings: t.drizzleConnection(
    {
      type: 'meetings',
      description: 'Meetings, sessions, summits and calls.',
      args: {
        filter: t.arg({ type: MeetingFilter, description: 'Only the meetings that match.' }),
        orderBy: t.arg({ type: MeetingOrder, description: 'The order (INGESTED by default).' }),
      },
      totalCount: (_parent, args, ctx) =>
        args.filter
          ? countWhere(ctx.store.db, 'meetings', meetingFilterFrom(args.filter))
          : ctx.store.db.$count(meetings),
      resolve: (query, _parent, args, ctx) =>
        loadPage(args, () => {
          const where = meetingFilterFrom(args.filter);
          const order = args.orderBy ?? 'INGESTED';
          if (order === 'INGESTED')
            return ctx.store.db.query.meetings.findMany(query({ where, orderBy: { id: 'asc' } }));
          const direction = order === 'DATE_ASC' ? ('asc' as const) : ('desc' as const);
          return ctx.store.db.query.meetings.findMany(
            query({
              where,
              extras: { sortDate: meetingSortDate },
              orderBy: { sortDate: direction, id: direction },
            }),
          );
        }),
    },
    ...pageOf('Meeting', 'meetings'),
  ),
}));
