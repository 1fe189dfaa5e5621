// The Pothos builder: plugins, scalars and context. Nothing else lives here.
import type { IngestOptions, JobQueue, Store } from '@dossier/model';
import { relations } from '@dossier/model';
import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './limits.js';
import { edgesDescription, nodeDescription, relayDescriptions } from './relay-descriptions.js';
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
  /** The ingestion job queue (PostgreSQL stores): `jobs`, `Job` and queued ingests read it. */
  jobs?: JobQueue;
  /**
   * Set when ingestDocument queues documents for workers instead of writing them itself: how
   * long it waits for a worker before it answers with the job instead of the document.
   */
  enqueueIngests?: { waitMs: number };
}

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
    ...relayDescriptions,
    edgesFieldOptions: { nullable: false, description: edgesDescription },
    nodeFieldOptions: { nullable: false, description: nodeDescription },
    clientMutationId: 'omit',
    cursorType: 'String',
    // node and nodes are defined in types/node.ts, with stable error codes per id.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  drizzle: {
    client: (ctx) => ctx.store.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
});
