// Structured logs: one JSON object per line on stderr (stdout belongs to command output).
// Nothing that could hold a token or article text is written: no request bodies, no headers,
// no SQL parameters (drizzle puts them into its error messages, so those are cut off).
import type { LogLevel } from './config.js';

export type LogFields = Record<string, unknown>;

export interface Logger {
  readonly level: LogLevel;
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go (default: process.stderr). */
  write?: (line: string) => void;
  /** Fields added to every line. */
  base?: LogFields;
}

export function createLogger({ level, write, base = {} }: LoggerOptions): Logger {
  const out = write ?? ((line: string) => process.stderr.write(line));
  const emit = (at: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (RANK[at] < RANK[level]) return;
    out(`${JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...base, ...fields })}\n`);
  };
  return {
    level,
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
  };
}

/**
 * What may be logged of an error: its class, code and message up to any SQL parameters, and
 * the stack frames (without the message line, which would repeat the message uncut).
 */
export function describeError(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: { message: cut(String(error)) } };
  const described: LogFields = { name: error.name, message: cut(error.message) };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') described.code = code;
  const frames = error.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .map((line) => line.trim());
  if (frames?.length) described.stack = frames;
  if (error.cause !== undefined && error.cause !== error) {
    described.cause = (describeError(error.cause) as { error: LogFields }).error;
  }
  return { error: described };
}

function cut(message: string): string {
  // drizzle: "Failed query: <sql>\nparams: <values>" — the values may be article text.
  const params = message.search(/\n?params:/);
  const head = params >= 0 ? `${message.slice(0, params)} [params omitted]` : message;
  return head.length > 500 ? `${head.slice(0, 500)}…` : head;
}
