import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql instance for the whole tree: without the alias vitest can load two copies
// ("Cannot use GraphQLSchema from another module or realm").
const require = createRequire(import.meta.url);
const graphqlPath = require.resolve('graphql/index.js');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlPath }] },
  test: {
    // Generous caps, not speed goals (those are pnpm bench's): many tests start a WASM
    // PostgreSQL, a child process or Chromium, and turbo runs every package's tests at once on
    // CI's two cores. A hang still fails, only later.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    include: ['tests/**/*.test.ts'],
  },
});
