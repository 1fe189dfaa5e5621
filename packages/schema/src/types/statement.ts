import type { DocumentRow } from '@dossier/model';
import { countWhere, statementSortDate, statements, statementWhere } from '@dossier/model';
import { builder } from '../builder.js';
import { checkRange, idOf, loadPage } from '../errors.js';
import { BY_ID, BY_POSITION, capped, listArgOptions, listSize } from '../lists.js';
import { Actor } from './actor.js';
import { pageOf } from './connections.js';
import { Document } from './document.js';
import { Channel } from './enums.js';
import {
  corroborationDescription,
  corroborationSelection,
  sourceDocuments,
  sourcesSelection,
  unattributedDescription,
  unattributedSelection,
} from './provenance.js';
import { DateScalar } from './scalars.js';

export const Statement = builder.drizzleNode('statements', {
  name: 'Statement',
  description: 'Something a person or an institution said, merged across every source that reports it.',
  id: { column: (s) => s.id },
  fields: (t) => ({
    channel: t.field({
      type: Channel,
      nullable: true,
      description: 'The medium it was made through, where the sources say.',
      resolve: (s) => s.channel as typeof Channel.$inferType | null,
    }),
    quote: t.exposeString('quote', {
      nullable: true,
      description: 'The direct quotation, without quotation marks.',
    }),
    content: t.exposeString('content', { description: 'What was said: the quote or the reported clause.' }),
    reportedOn: t.field({
      type: DateScalar,
      nullable: true,
      description: 'The earliest publication day of a source reporting it.',
      resolve: (s) => s.reportedOn,
    }),
    speaker: t.relation('speaker', {
      type: Actor,
      nullable: true,
      description: 'Who said it: a person, or an institution speaking as one.',
    }),
    about: t.relation('about', { nullable: true, description: 'The meeting it reports on or was made at.' }),
    mentions: t.relation('mentions', {
      type: Actor,
      description: 'The persons, organizations and places it names.',
      args: { first: t.arg.int(listArgOptions('mentions')) },
      query: capped('mentions', BY_ID),
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
      select: (args) => sourcesSelection('statementId', listSize(args.first, 'sources')),
      resolve: (s) => sourceDocuments(s.sourceIds) as DocumentRow[],
    }),
    corroboration: t.int({
      description: corroborationDescription,
      select: corroborationSelection('statementId'),
      resolve: (s) => Number(s.corroboration),
    }),
    unattributedSources: t.int({
      description: unattributedDescription,
      select: unattributedSelection('statementId'),
      resolve: (s) => Number(s.unattributedSources),
    }),
  }),
});

const StatementFilter = builder.inputType('StatementFilter', {
  description: 'Which statements to list; every field given must match.',
  fields: (t) => ({
    speaker: t.id({ description: 'Said by this Person or Organization.' }),
    channel: t.field({ type: Channel, description: 'Made through this medium.' }),
    meeting: t.id({ description: 'About this Meeting.' }),
    alliance: t.id({ description: 'Names this organization or one of its bodies (an Organization id).' }),
    quote: t.string({ description: 'Every word occurs in the quote (or the content of indirect speech).' }),
    from: t.field({ type: DateScalar, description: 'Reported on or after this day.' }),
    to: t.field({ type: DateScalar, description: 'Reported on or before this day.' }),
  }),
});

const StatementOrder = builder.enumType('StatementOrder', {
  description: 'The order of a list of statements.',
  values: {
    INGESTED: { description: 'In the order they were first stored (default).' },
    DATE_ASC: { description: 'Oldest first, by the day first reported.' },
    DATE_DESC: { description: 'Newest first, by the day first reported.' },
  } as const,
});

type StatementFilterArgs =
  | {
      speaker?: string | number | null;
      channel?: string | null;
      meeting?: string | number | null;
      alliance?: string | number | null;
      quote?: string | null;
      from?: string | null;
      to?: string | null;
    }
  | null
  | undefined;

function statementFilterFrom(filter: StatementFilterArgs) {
  const str = (v: string | number | null | undefined) => (v == null ? null : String(v));
  checkRange(filter?.from, filter?.to, 'filter');
  return statementWhere({
    speaker: idOf(str(filter?.speaker), ['Person', 'Organization'], 'filter.speaker'),
    channel: filter?.channel,
    meeting: idOf(str(filter?.meeting), ['Meeting'], 'filter.meeting'),
    alliance: idOf(str(filter?.alliance), ['Organization'], 'filter.alliance'),
    quote: filter?.quote,
    from: filter?.from,
    to: filter?.to,
  });
}

builder.queryFields((t) => ({
  statements: t.drizzleConnection(
    {
      type: 'statements',
      description: 'Statements by persons and institutions.',
      args: {
        filter: t.arg({ type: StatementFilter, description: 'Only the statements that match.' }),
        orderBy: t.arg({ type: StatementOrder, description: 'The order (INGESTED by default).' }),
      },
      totalCount: (_parent, args, ctx) =>
        args.filter
          ? countWhere(ctx.store.db, 'statements', statementFilterFrom(args.filter))
          : ctx.store.db.$count(statements),
      resolve: (query, _parent, args, ctx) =>
        loadPage(args, () => {
          const where = statementFilterFrom(args.filter);
          const order = args.orderBy ?? 'INGESTED';
          if (order === 'INGESTED')
            return ctx.store.db.query.statements.findMany(query({ where, orderBy: { id: 'asc' } }));
          const direction = order === 'DATE_ASC' ? ('asc' as const) : ('desc' as const);
          return ctx.store.db.query.statements.findMany(
            query({
              where,
              extras: { sortDate: statementSortDate },
              orderBy: { sortDate: direction, id: direction },
            }),
          );
        }),
    },
    ...pageOf('Statement', 'statements'),
  ),
}));
