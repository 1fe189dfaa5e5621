// Limits on what one GraphQL request may ask, from a well-kept security layer (GraphQL Armor):
// depth, cost, aliases, directives and tokens, and no field suggestions for unknown fields
// (they map the schema for an attacker when introspection is off). A rejected request gets a
// 400 and errors with the stable code QUERY_TOO_COMPLEX.
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';

export interface QueryLimits {
  /** Deepest selection (the client contract needs 7). */
  maxDepth: number;
  /** Armor's cost: objects and scalars weighted by depth. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Tokens in the document: bounds parsing work before anything else runs. */
  maxTokens: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 20,
  maxDirectives: 30,
  maxTokens: 4_000,
};

const LIMIT_MESSAGE = /limit of \d+ exceeded/i;

export function queryLimitPlugins(limits: QueryLimits = DEFAULT_QUERY_LIMITS): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.maxTokens }),
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true }),
    costLimitPlugin({ maxCost: limits.maxCost }),
    maxAliasesPlugin({ n: limits.maxAliases }),
    maxDirectivesPlugin({ n: limits.maxDirectives }),
    blockFieldSuggestionsPlugin(),
    stableLimitErrors(),
  ] as Plugin[];
}

/** Gives the limits' rejections a stable extensions.code and a 400. */
function stableLimitErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      if (!result.errors.some((e) => LIMIT_MESSAGE.test(e.message))) return;
      setResult({
        ...result,
        errors: result.errors.map((e) =>
          LIMIT_MESSAGE.test(e.message)
            ? {
                message: e.message.replace(/^Syntax Error: /, ''),
                locations: e.locations,
                extensions: { ...e.extensions, code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
              }
            : e,
        ),
      } as typeof result);
    },
  };
}
