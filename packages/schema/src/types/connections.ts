// Connection types are named for what they list (`MeetingConnection`, `MeetingEdge`), not for
// the root field that first used them (`QueryMeetingsConnection`), and one list of a node type
// has one edge type however many fields return it.
import type { builder } from '../builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

interface CountedPage {
  /** Set by the drizzle plugin (and by hand-written connections) when the field counts. */
  totalCount?: () => number | Promise<number>;
}

/** The `totalCount` field of a connection, read from the thunk its resolver put on the page. */
export const totalCountField = (t: PothosSchemaTypes.ObjectFieldBuilder<Types, object>) => ({
  totalCount: t.int({
    description: 'How many items the list has over every page (with its filter applied).',
    // The drizzle plugin reads this marker to skip loading rows when only the count is asked.
    extensions: { pothosDrizzleTotalCount: true },
    resolve: async (page) => (await (page as CountedPage).totalCount?.()) ?? 0,
  }),
});

/** Connection and edge options for a list of `records`, whose items are `node`s. */
export function pageOf(node: string, records: string) {
  return [
    {
      name: `${node}Connection`,
      description: `A page of ${records}, with the cursors to page on and the total count.`,
      fields: totalCountField,
    },
    { name: `${node}Edge`, description: `One of the ${records} of a page, with its cursor.` },
  ] as const;
}
