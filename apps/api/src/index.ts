export {
  assertSafeBinding,
  type Config,
  ConfigError,
  type ConfigFlags,
  DEFAULT_HOST,
  DEFAULT_MAX_TEXT_BYTES,
  DEFAULT_PORT,
  ENVIRONMENT,
  type IngestMode,
  isLoopbackHost,
  type LogLevel,
  loadConfig,
  type MetricsAccess,
} from './config.js';
export { createLogger, type Logger } from './logger.js';
export { createMetrics, type DossierMetrics, METRICS_ENDPOINT } from './metrics.js';
export { closeOnSignals, type RunningServer, startServer } from './server.js';
export { type RunningWorker, startWorker } from './worker.js';
export {
  createDossierYoga,
  createWriteAuthorizer,
  type DossierContext,
  type DossierYoga,
  type DossierYogaOptions,
  GRAPHQL_ENDPOINT,
  HEALTH_ENDPOINT,
} from './yoga.js';
