export { type AnalyzeOptions, analyzeStore } from './analyze.js';
export {
  type Database,
  type Dialect,
  INGEST_CHANNEL,
  type IngestEvent,
  type IngestListenOptions,
  migrationsFolder,
  openPglite,
  openStore,
  type PoolStats,
  type Store,
  StoreError,
  type StoreOptions,
} from './client.js';
export {
  contentHash,
  type DocumentRow,
  type IngestOptions,
  type IngestResult,
  ingestDocument,
} from './ingest.js';
export {
  DEFAULT_MAX_TEXT_BYTES,
  type DocumentFormat,
  type IngestDocumentInput,
  InputError,
  type InputErrorCode,
  isoDay,
} from './input.js';
export {
  describeJobError,
  INGEST_QUEUE,
  type IngestJob,
  type IngestJobData,
  type IngestJobOutput,
  isFinalJobState,
  isJobId,
  JOB_STATES,
  type JobCounts,
  type JobError,
  type JobQueue,
  type JobQueueOptions,
  type JobState,
  type ListJobsOptions,
  openJobQueue,
  type WorkOptions,
  waitForJob,
  watchJob,
} from './jobs.js';
export type { MergeSummary, RecordKind, RecordType, Tally, TouchedRecord } from './merge.js';
export * from './queries.js';
export { relations } from './relations.js';
export { type RetryPolicy, WriteConflictError } from './retry.js';
export * from './schema.js';
export {
  countSearchHits,
  MAX_SEARCH_QUERY_LENGTH,
  type SearchHit,
  type SearchHitType,
  searchRecords,
} from './search.js';
