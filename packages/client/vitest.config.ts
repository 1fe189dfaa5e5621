import { mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The test files run one after another in one worker (CI has two cores) and share its module
// graph: each file no longer imports the API, schema and store modules anew (about 2 s a file).
// Every file closes what it opens (stores, servers, child processes, timers) in its own hooks.
export default mergeConfig(shared, { test: { isolate: false } });
