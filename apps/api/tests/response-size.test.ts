// The size check serializes a result once, and yoga sends that very text: the body must be
// what a second serialization would have given, with and without errors yoga has to strip.
import { GraphQLError } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { responseBytes, responseSizePlugin } from '../src/response-size.js';

const yoga = (maxBytes?: number) =>
  createYoga({
    schema: createSchema({
      typeDefs: 'type Query { words(n: Int!): [String!]! failing: String }',
      resolvers: {
        Query: {
          words: (_: unknown, { n }: { n: number }) => Array.from({ length: n }, (_v, i) => `wörd ${i}`),
          failing: () => {
            throw new GraphQLError('refused', { extensions: { code: 'NOPE', http: { status: 400 } } });
          },
        },
      },
    }),
    plugins: [responseSizePlugin(maxBytes)],
    logging: false,
  });

const post = async (server: ReturnType<typeof yoga>, query: string) => {
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, text: await response.text() };
};

describe('responseSizePlugin', () => {
  it('sends the text it measured, byte for byte, and measures it in UTF-8', async () => {
    const { text } = await post(yoga(), '{ words(n: 3) }');
    expect(text).toBe(JSON.stringify({ data: { words: ['wörd 0', 'wörd 1', 'wörd 2'] } }));
    expect(responseBytes({ data: { words: ['wörd 0'] } })).toBe(
      Buffer.byteLength('{"data":{"words":["wörd 0"]}}'),
    );
  });

  it('leaves a result with errors to yoga, which strips their internals', async () => {
    const { status, text } = await post(yoga(), '{ failing }');
    expect(status).toBe(400);
    const body = JSON.parse(text);
    expect(body.errors[0].extensions).toEqual({ code: 'NOPE' });
    expect(text).not.toContain('"http"');
  });

  it('refuses a response over the limit with RESPONSE_TOO_LARGE', async () => {
    const { text } = await post(yoga(200), '{ words(n: 50) }');
    expect(JSON.parse(text).errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
  });
});
