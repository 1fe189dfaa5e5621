// `node(id:)` and `nodes(ids:)`, written here rather than left to the relay plugin so that every
// id a client gets wrong has a stable code: a string that is not a global id is INVALID_ID; a
// well-formed id of a type that is not a Node, or of a record that does not exist (or cannot:
// a row number past the id column's range) is NOT_FOUND. `nodes` reports each bad id on its own
// item, so one bad id does not lose the others.
import { isJobId } from '@dossier/model';
import { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import { type GraphQLResolveInfo, isObjectType } from 'graphql';
import { builder, type GraphQLContext } from '../builder.js';
import { clientError } from '../errors.js';

/** Row ids are PostgreSQL `serial`s: a larger number names no record. */
const MAX_ROW_ID = 2_147_483_647;

interface ParsedId {
  typename: string;
  id: string;
}

/** The type and row id inside a global id, or the error a client should see for it. */
export function parseNodeId(globalId: string, info: GraphQLResolveInfo): ParsedId | Error {
  let decoded: ParsedId;
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    return clientError('INVALID_ID', `"${globalId}" is not an id this API returned`);
  }
  // row ids are numbers; a job's (types/job.ts) is the queue's UUID
  const numeric = /^\d+$/.test(decoded.id);
  if (!numeric && !(decoded.typename === 'Job' && isJobId(decoded.id)))
    return clientError('INVALID_ID', `"${globalId}" is not an id this API returned`);
  const type = info.schema.getType(decoded.typename);
  const nodeInterface = info.schema.getType('Node');
  const isNode =
    isObjectType(type) && nodeInterface != null && type.getInterfaces().some((i) => i === nodeInterface);
  if (!isNode) return clientError('NOT_FOUND', `no record has the id "${globalId}"`);
  if (numeric && (Number(decoded.id) < 1 || Number(decoded.id) > MAX_ROW_ID))
    return clientError('NOT_FOUND', `no ${decoded.typename} has the id "${globalId}"`);
  return decoded;
}

/** The records behind the ids, in order; an Error in place of each id that names none. */
async function loadNodes(
  globalIds: readonly string[],
  context: GraphQLContext,
  info: GraphQLResolveInfo,
): Promise<unknown[]> {
  const parsed = globalIds.map((id) => parseNodeId(id, info));
  const valid = parsed.filter((p): p is ParsedId => !(p instanceof Error));
  const loaded = await resolveNodes(builder, context, info, valid);
  let next = 0;
  return parsed.map((p, index) => {
    if (p instanceof Error) return p;
    const node = loaded[next++];
    return node ?? clientError('NOT_FOUND', `no ${p.typename} has the id "${globalIds[index]}"`);
  });
}

const NodeRef = builder.nodeInterfaceRef();

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    nullable: true,
    description: 'Any record or document by its global id (INVALID_ID or NOT_FOUND when it names none).',
    args: { id: t.arg.id({ required: true, description: 'A global id this API returned.' }) },
    resolve: async (_root, args, context, info) => {
      const [node] = await loadNodes([String(args.id)], context, info);
      if (node instanceof Error) throw node;
      return node as never;
    },
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    description:
      'Records and documents by their global ids, in the same order; an id that names none is null with its own error.',
    args: { ids: t.arg.idList({ required: true, description: 'Global ids this API returned.' }) },
    // An Error in the list is reported on its item alone (the items are nullable).
    resolve: (_root, args, context, info) =>
      loadNodes(args.ids.map(String), context, info) as Promise<never[]>,
  }),
}));
