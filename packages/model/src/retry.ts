// Retrying a write transaction that PostgreSQL aborted for a race it could not order: a
// serialization failure (40001) or a deadlock (40P01). Either leaves nothing written, so the
// whole transaction runs again; if it keeps failing the caller gets a coded, retryable error.

/** SQLSTATEs of aborts that a new attempt of the same transaction can get past. */
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);

export interface RetryPolicy {
  /** Attempts in all, the first included (default 5). */
  attempts?: number;
  /** Delay before the second attempt; it doubles each time, with jitter (default 20 ms). */
  baseDelayMs?: number;
  /** Told of every abort that is retried (tests count them; servers may log them). */
  onRetry?: (sqlState: string, attempt: number) => void;
}

/** A write that kept racing with others: nothing was written, and sending it again is safe. */
export class WriteConflictError extends Error {
  readonly code = 'RETRY_LATER';
  readonly retryable = true;
  constructor(
    readonly sqlState: string,
    readonly attempts: number,
    options?: ErrorOptions,
  ) {
    super(
      `the write conflicted with concurrent writes ${attempts} times (SQLSTATE ${sqlState}); nothing was written, send it again`,
      options,
    );
    this.name = 'WriteConflictError';
  }
}

/** The SQLSTATE of a database error, looking through the wrappers drizzle puts around it. */
export function sqlStateOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export async function withWriteRetry<T>(run: () => Promise<T>, policy: RetryPolicy = {}): Promise<T> {
  const attempts = policy.attempts ?? 5;
  const base = policy.baseDelayMs ?? 20;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const state = sqlStateOf(error);
      if (!state || !RETRYABLE_SQLSTATES.has(state)) throw error;
      if (attempt >= attempts) throw new WriteConflictError(state, attempt, { cause: error });
      policy.onRetry?.(state, attempt);
      const delay = base * 2 ** (attempt - 1);
      await new Promise((r) => setTimeout(r, delay / 2 + Math.random() * delay));
    }
  }
}
