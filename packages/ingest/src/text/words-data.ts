// The word lists built by scripts/build-words.mjs (dist/words.json, from wink-lexicon and
// wink-lemmatizer, which are build-time dependencies only). Loaded once, on first use.
import { existsSync, readFileSync } from 'node:fs';

export interface WordData {
  /** an inflected form of a verb of saying or of a particle verb -> its lemma */
  verbLemmas: ReadonlyMap<string, string>;
  /** English words that are never proper nouns */
  common: ReadonlySet<string>;
  /** words that are only ever plural common nouns */
  plural: ReadonlySet<string>;
  /** given names ("Xavier", "Ingrid"), capitalised, none of them an ordinary English word */
  given: ReadonlySet<string>;
}

let cached: WordData | null = null;

export function wordData(): WordData {
  if (cached) return cached;
  // the bundle dist/index.js -> dist/words.json; dist/text/words-data.js -> dist/words.json;
  // src/text/words-data.ts (tests) -> dist/words.json
  for (const rel of ['./words.json', '../words.json', '../../dist/words.json']) {
    const file = new URL(rel, import.meta.url);
    if (!existsSync(file)) continue;
    const raw = JSON.parse(readFileSync(file, 'utf8')) as {
      verbLemmas: Record<string, string>;
      common: string;
      plural: string;
      given: string;
    };
    cached = {
      verbLemmas: new Map(Object.entries(raw.verbLemmas)),
      common: new Set(raw.common.split(' ')),
      plural: new Set(raw.plural.split(' ')),
      given: new Set(raw.given.split(' ')),
    };
    return cached;
  }
  throw new Error(
    '@dossier/ingest: dist/words.json is missing; build it with `pnpm --filter @dossier/ingest build`',
  );
}
