/** One entry of a GraphQL response's `errors`. */
export interface DossierGraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * A request that did not give data: the server answered with GraphQL errors, with an HTTP error,
 * or not at all. `code` is the first GraphQL error's `extensions.code` (e.g. `UNAUTHENTICATED`,
 * `INVALID_PAGE_SIZE`, `BAD_FILTER`, `GRAPHQL_VALIDATION_FAILED`), or one of the client's own:
 * `HTTP_ERROR` (a non-2xx answer without GraphQL errors), `NETWORK_ERROR` (no answer),
 * `BAD_RESPONSE` (not a GraphQL response), `GRAPHQL_ERROR` (an error without a code).
 */
export class DossierClientError extends Error {
  override readonly name = 'DossierClientError';
  readonly code: string;
  /** Every error's code, in order (errors without a code are left out). */
  readonly codes: readonly string[];
  readonly errors: readonly DossierGraphQLError[];
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** Partial data sent along with the errors, if any. */
  readonly data: unknown;

  constructor(
    message: string,
    details: {
      code: string;
      errors?: readonly DossierGraphQLError[];
      status?: number | undefined;
      data?: unknown;
      cause?: unknown;
    },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
    this.errors = details.errors ?? [];
    this.codes = this.errors.flatMap((error) =>
      typeof error.extensions?.code === 'string' ? [error.extensions.code] : [],
    );
    this.status = details.status;
    this.data = details.data;
  }
}
