// A small Pothos plugin: the root fields' failures that a client caused (a bad cursor, an id
// that decodes to nothing, a page too large) become GraphQL errors with a stable
// `extensions.code`, wherever in the plugin stack they were thrown. Only root fields are
// wrapped, so nested resolvers pay nothing.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';
import { checkPageArgs, clientError } from './errors.js';

const pluginName = 'stableErrors';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      stableErrors: StableErrorsPlugin<Types>;
    }
  }
}

export function toClientError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  if (error instanceof GraphQLError && error.extensions?.code) return error;
  const message = error.message;
  if (/invalid cursor|invalid serialized data|cursor must/i.test(message)) {
    return clientError('INVALID_CURSOR', 'invalid cursor: use an endCursor or startCursor this API returned');
  }
  if (/^Model \w+\(.*\) not found/.test(message)) return clientError('NOT_FOUND', 'no record with this id');
  if (/global ?id|base64|decode/i.test(message))
    return clientError('INVALID_ID', 'not an id this API returned');
  return error;
}

export class StableErrorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (fieldConfig.parentType !== 'Query') return resolver;
    return async (parent, args, context, info) => {
      try {
        checkPageArgs(args as Parameters<typeof checkPageArgs>[0]);
        return await resolver(parent, args, context, info);
      } catch (error) {
        throw toClientError(error);
      }
    };
  }
}

SchemaBuilder.registerPlugin(pluginName, StableErrorsPlugin);

export default pluginName;
