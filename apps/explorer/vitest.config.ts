import { mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The two browser test files each start an API (an embedded PostgreSQL) and a Chromium: one at
// a time, so that they do not starve each other on CI's two cores.
export default mergeConfig(shared, { test: { fileParallelism: false } });
