export { type Database, type Dialect, migrationsFolder, openPglite, openStore, type Store, StoreError, type StoreOptions } from './client.js';
export { contentHash, type DocumentRow, type IngestOptions, type IngestResult, ingestDocument } from './ingest.js';
export { DEFAULT_MAX_TEXT_BYTES, type IngestDocumentInput, InputError, type InputErrorCode, isoDay } from './input.js';
export type { MergeSummary, RecordKind, Tally } from './merge.js';
export { relations } from './relations.js';
export * from './schema.js';
