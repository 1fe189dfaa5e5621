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
import { GraphQLError } from 'graphql';
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
  /** Characters of the query text: white space and comments are not tokens, but still weigh. */
  maxQueryLength: number;
  /** Nesting of the variables (objects and lists): the schema's inputs need 3. */
  maxVariableDepth: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 20,
  maxDirectives: 30,
  maxTokens: 4_000,
  maxQueryLength: 100_000,
  maxVariableDepth: 32,
};

const LIMIT_MESSAGE = /limit of \d+ exceeded/i;

export function queryLimitPlugins(limits: QueryLimits = DEFAULT_QUERY_LIMITS): Plugin[] {
  return [
    requestShapePlugin(limits),
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

/**
 * Refuses, before parsing, a query text longer than `maxQueryLength` and variables nested
 * deeper than `maxVariableDepth` (walked without recursion: a million levels must not overflow
 * the stack here or anywhere later). Large values, such as an article, belong in variables.
 */
function requestShapePlugin(limits: QueryLimits): Plugin {
  return {
    onParams({ params, setResult }) {
      const refuse = (message: string) =>
        setResult({
          errors: [
            new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } }),
          ],
        });
      if (typeof params.query === 'string' && params.query.length > limits.maxQueryLength) {
        return refuse(
          `The query text is ${params.query.length} characters; the limit is ${limits.maxQueryLength}. ` +
            'Pass large values (an article text) as variables.',
        );
      }
      if (nestingExceeds(params.variables, limits.maxVariableDepth)) {
        return refuse(`Variables nest deeper than ${limits.maxVariableDepth} levels.`);
      }
    },
  };
}

/** Whether objects and arrays inside `value` nest deeper than `maxDepth`, walked iteratively. */
export function nestingExceeds(value: unknown, maxDepth: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length) {
    const [item, depth] = pending.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= maxDepth) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}
