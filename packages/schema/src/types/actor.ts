import type { actors, DocumentRow } from '@dossier/model';
import { builder } from '../builder.js';
import { BY_POSITION, capped, firstOf, listArgOptions, listSize } from '../lists.js';
import { Document } from './document.js';
import { ActorKind } from './enums.js';
import {
  corroborationDescription,
  corroborationSelection,
  sourceDocuments,
  sourcesSelection,
  unattributedDescription,
  unattributedSelection,
} from './provenance.js';

type ActorRow = typeof actors.$inferSelect;
/**
 * Pothos types a connection of a table *variant* as full rows while `query()` yields branded
 * partial rows; the rows are what the planner selected, so this only restates their type.
 */
export async function asActorRows(rows: PromiseLike<unknown>): Promise<ActorRow[]> {
  return (await rows) as ActorRow[];
}

const typeNames = { person: 'Person', organization: 'Organization', place: 'Place' } as const;

type ActorKindValue = typeof ActorKind.$inferType;

/** The finer kind of an actor: an organization's or a place's own kind, or `person`. */
function actorKindOf(actor: Pick<ActorRow, 'kind' | 'orgKind' | 'placeKind'>): ActorKindValue {
  if (actor.kind === 'organization') return (actor.orgKind ?? 'other') as ActorKindValue;
  if (actor.kind === 'place') return (actor.placeKind ?? 'city') as ActorKindValue;
  return 'person';
}

/** The columns loaded with every actor, whatever the fields asked: what its lists show. */
export const ACTOR_COLUMNS = { columns: { kind: true, name: true, aliases: true } } as const;

/** Persons, organizations and places share one table; this is what they have in common. */
export const Actor = builder.drizzleInterface('actors', {
  name: 'Actor',
  description: 'Someone or something that takes part in meetings, speaks, or belongs to an organization.',
  interfaces: [builder.nodeInterfaceRef()],
  // What every list of actors shows is loaded with every actor: fields that read only these
  // columns resolve from the row as it is, without the planner's per-field bookkeeping.
  select: ACTOR_COLUMNS,
  resolveType: (actor) => typeNames[actor.kind],
  fields: (t) => ({
    name: t.string({
      description: 'The name it is best known by in the sources.',
      resolve: (actor) => actor.name,
    }),
    kind: t.field({
      type: ActorKind,
      description: 'What sort of person, organization or place it is.',
      select: { columns: { orgKind: true, placeKind: true } },
      resolve: actorKindOf,
    }),
    aliases: t.stringList({
      description: 'Other names found in the sources.',
      args: { first: t.arg.int(listArgOptions('aliases')) },
      resolve: (actor, args) => firstOf(actor.aliases, args.first, 'aliases'),
    }),
    evidence: t.relation('evidence', {
      description: 'Every span of the sources that names it, in document order.',
      args: { first: t.arg.int(listArgOptions('evidence')) },
      query: capped('evidence', BY_POSITION),
    }),
    sources: t.field({
      type: [Document],
      description: 'The documents its evidence comes from, in the order they were ingested.',
      args: { first: t.arg.int(listArgOptions('sources')) },
      select: (args) => sourcesSelection('actorId', listSize(args.first, 'sources')),
      resolve: (actor) => sourceDocuments(actor.sourceIds) as DocumentRow[],
    }),
    corroboration: t.int({
      description: corroborationDescription,
      select: corroborationSelection('actorId'),
      resolve: (actor) => Number(actor.corroboration),
    }),
    unattributedSources: t.int({
      description: unattributedDescription,
      select: unattributedSelection('actorId'),
      resolve: (actor) => Number(actor.unattributedSources),
    }),
  }),
});
