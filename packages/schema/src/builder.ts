// The Pothos builder: plugins, scalars and context. Nothing else lives here.
import type { IngestOptions, Store } from '@dossier/model';
import { relations } from '@dossier/model';
import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import StableErrorsPlugin from './stable-errors.js';

export interface GraphQLContext {
  store: Store;
  /** Whether this request may run mutations (decided by the server from its token rules). */
  canWrite: boolean;
  requestId: string;
  /** Largest document text accepted, in UTF-8 bytes (the server's configuration). */
  maxTextBytes?: number;
  /** Runs extraction for ingests (a server's worker pool); default: on the request's thread. */
  extract?: IngestOptions['extractor'];
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface DossierTypes {
  Context: GraphQLContext;
  DrizzleRelations: typeof relations;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
  };
}

export const builder = new SchemaBuilder<DossierTypes>({
  plugins: [StableErrorsPlugin, RelayPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  relay: {
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: {
      nullable: true,
      // A well-formed id of a record that does not exist is an error a client can act on.
      resolve: async (_root, args, _ctx, _info, resolveNode) => {
        const node = await resolveNode(args.id);
        if (node == null) {
          throw new GraphQLError(`no ${args.id.typename} with this id`, {
            extensions: { code: 'NOT_FOUND' },
          });
        }
        return node;
      },
    },
  },
  drizzle: {
    client: (ctx) => ctx.store.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
});
