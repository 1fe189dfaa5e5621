import { mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The extractor's test files (over 200) only call pure functions: they share one module graph
// instead of each importing the extractor anew and building its lazily loaded gazetteer,
// lexicon and word lists again (isolated, the loading cost more than the tests themselves).
// What stays in memory between files is those read-only tables and memoised pure results.
export default mergeConfig(shared, { test: { isolate: false } });
