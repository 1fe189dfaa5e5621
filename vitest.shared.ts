import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql instance for the whole tree: without the alias vitest can load two copies
// ("Cannot use GraphQLSchema from another module or realm").
const require = createRequire(import.meta.url);
const graphqlPath = require.resolve('graphql/index.js');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlPath }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ['tests/**/*.test.ts'],
  },
});
