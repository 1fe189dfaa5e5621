import type { ArticleMeta, Extraction } from './types.js';

/** Placeholder until the rule pipeline lands: returns no records. */
export function extract(text: string, _meta: ArticleMeta = {}): Extraction {
  void text;
  return { sentences: [], mentions: [], persons: [], organizations: [], places: [], meetings: [], statements: [], language: 'en', warnings: [] };
}
