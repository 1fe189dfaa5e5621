import { mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The test files run one after another in one worker (CI has two cores) and share its module
// graph: each file no longer imports the store's modules anew, and the migrated PGlite that
// createTestStore clones is made once for the run instead of once per file (seconds each).
// Every file closes what it opens (stores, child processes, directories) in its own hooks.
export default mergeConfig(shared, { test: { isolate: false } });
