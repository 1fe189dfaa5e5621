import { MAX_SEARCH_QUERY_LENGTH, type SearchHit as SearchHitRow, searchRecords } from '@dossier/model';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { clientError, loadPage } from '../errors.js';

const SearchHit = builder.objectRef<SearchHitRow>('SearchHit').implement({
  description: 'A record or document whose words match the query.',
  fields: (t) => ({
    rank: t.exposeFloat('rank', { description: 'Relevance; higher is better.' }),
    node: t.node({ id: (hit) => ({ type: hit.type, id: String(hit.id) }) }),
  }),
});

builder.queryFields((t) => ({
  search: t.connection({
    type: SearchHit,
    description:
      'Full-text search over persons, organizations, places, meetings, statements and documents, best match first. Web-search syntax: "quoted phrase", -excluded, or.',
    args: { query: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      loadPage(args, () => {
        if (args.query.length > MAX_SEARCH_QUERY_LENGTH) {
          throw clientError('BAD_FILTER', `query is longer than ${MAX_SEARCH_QUERY_LENGTH} characters`);
        }
        return resolveOffsetConnection({ args }, ({ limit, offset }) =>
          searchRecords(ctx.store.db, args.query, { limit, offset }),
        );
      }),
  }),
}));
