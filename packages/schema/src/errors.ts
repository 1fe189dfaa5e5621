// Errors a client can act on: every one carries a stable `extensions.code`.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE } from './limits.js';

export type ErrorCode = 'INVALID_PAGE_SIZE' | 'INVALID_CURSOR' | 'INVALID_ID' | 'NOT_FOUND' | 'BAD_FILTER';

export function clientError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export function checkPageArgs(args: PageArgs): void {
  for (const key of ['first', 'last'] as const) {
    const n = args[key];
    if (n != null && (n < 0 || n > MAX_PAGE_SIZE)) {
      throw clientError('INVALID_PAGE_SIZE', `${key} must be between 0 and ${MAX_PAGE_SIZE}, got ${n}`);
    }
  }
}

/**
 * Runs a connection's load with its page arguments checked, turning the planner's cursor
 * failures into INVALID_CURSOR.
 */
export async function loadPage<T>(args: PageArgs, load: () => PromiseLike<T>): Promise<T> {
  checkPageArgs(args);
  try {
    return await load();
  } catch (error) {
    if (
      error instanceof Error &&
      /cursor|serialized data/i.test(error.message) &&
      !(error instanceof GraphQLError)
    ) {
      throw clientError(
        'INVALID_CURSOR',
        `invalid cursor: use an endCursor or startCursor this API returned`,
      );
    }
    throw error;
  }
}

/** The row id inside a global id of one of the expected types, or a BAD_FILTER / INVALID_ID error. */
export function idOf(
  globalId: string | null | undefined,
  types: readonly string[],
  field: string,
): number | null {
  if (globalId == null) return null;
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    throw clientError('INVALID_ID', `${field}: "${globalId}" is not an id this API returned`);
  }
  const id = Number(decoded.id);
  if (!Number.isInteger(id) || id <= 0)
    throw clientError('INVALID_ID', `${field}: "${globalId}" is not an id this API returned`);
  if (!types.includes(decoded.typename)) {
    throw clientError(
      'BAD_FILTER',
      `${field} must be the id of a ${types.join(' or ')}, got a ${decoded.typename}`,
    );
  }
  return id;
}

/** A date range whose ends are in order. */
export function checkRange(
  from: string | null | undefined,
  to: string | null | undefined,
  field: string,
): void {
  if (from && to && from > to)
    throw clientError('BAD_FILTER', `${field}: from (${from}) is after to (${to})`);
}
