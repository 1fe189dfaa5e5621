// The typed `graphql()` tag, bound to the committed schema. `src/graphql-env.ts` is generated
// from ../schema/schema.graphql by `gql-tada generate output` at every build, so the types
// cannot drift from the schema. Apps use the same tag to write their own typed operations.
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

export const graphql = initGraphQLTada<{
  introspection: typeof introspection;
  scalars: {
    /** ISO 8601 calendar date, YYYY-MM-DD. */
    Date: string;
    ID: string;
  };
}>();

export type { FragmentOf, ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
