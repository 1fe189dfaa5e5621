import {
  countSearchHits,
  MAX_SEARCH_QUERY_LENGTH,
  type SearchHit as SearchHitRow,
  searchRecords,
} from '@dossier/model';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { clientError, loadPage } from '../errors.js';
import { pageOf } from './connections.js';

const SearchHit = builder.objectRef<SearchHitRow>('SearchHit').implement({
  description: 'A record or document whose words match the query.',
  fields: (t) => ({
    rank: t.exposeFloat('rank', { description: 'Relevance; higher is better.' }),
    node: t.node({
      description: 'The record or document that matched.',
      id: (hit) => ({ type: hit.type, id: String(hit.id) }),
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchHit,
      description:
        'Full-text search over persons, organizations, places, meetings, statements and documents, best match first. Web-search syntax: "quoted phrase", -excluded, or.',
      args: {
        query: t.arg.string({
          required: true,
          description: `What to look for (at most ${MAX_SEARCH_QUERY_LENGTH} characters).`,
        }),
      },
      resolve: (_root, args, ctx) =>
        loadPage(args, async () => {
          if (args.query.length > MAX_SEARCH_QUERY_LENGTH) {
            throw clientError('BAD_FILTER', `query is longer than ${MAX_SEARCH_QUERY_LENGTH} characters`);
          }
          const page = await resolveOffsetConnection({ args }, ({ limit, offset }) =>
            searchRecords(ctx.store.db, args.query, { limit, offset }),
          );
          // Counted only when a client selects totalCount (see connections.ts).
          return { ...page, totalCount: () => countSearchHits(ctx.store.db, args.query) };
        }),
    },
    ...pageOf('SearchHit', 'search hits'),
  ),
}));
