// Every list field is capped: it takes `first` (how many items, in its stated order) with a
// default sized for real records and a hard maximum, so that no single field of a single record
// can make a response unbounded. Records whose lists are longer say so by returning exactly
// `first` items; a client that needs more asks again with a larger `first`.
import { clientError } from './errors.js';

/** The largest `first` any list field accepts. */
export const MAX_LIST_SIZE = 1000;

/** Defaults per list: generous enough that real records come back whole. */
export const LIST_DEFAULTS = {
  evidence: 500,
  sources: 200,
  participants: 100,
  members: 250,
  bodies: 100,
  roles: 100,
  statements: 100,
  sideMeetings: 100,
  mentions: 100,
  aliases: 100,
  topics: 50,
  warnings: 50,
} as const;

export type ListName = keyof typeof LIST_DEFAULTS;

/** The `first` argument of a list field, as its field definition spells it. */
export function listArgOptions(list: ListName) {
  return {
    defaultValue: LIST_DEFAULTS[list],
    description: `How many to return (default ${LIST_DEFAULTS[list]}, at most ${MAX_LIST_SIZE}).`,
  };
}

/** A checked `first`: a client asking for more than the maximum gets INVALID_PAGE_SIZE. */
export function listSize(first: number | null | undefined, list: ListName): number {
  const n = first ?? LIST_DEFAULTS[list];
  if (!Number.isInteger(n) || n < 0 || n > MAX_LIST_SIZE) {
    throw clientError('INVALID_PAGE_SIZE', `first must be between 0 and ${MAX_LIST_SIZE}, got ${n}`);
  }
  return n;
}

/** The first `first` items of a list stored in a column (aliases, topics). */
export function firstOf<T>(items: readonly T[], first: number | null | undefined, list: ListName): T[] {
  return items.slice(0, listSize(first, list));
}

/** A relation's query with its `first` applied as a LIMIT, in the given order. */
export function capped<Order>(list: ListName, orderBy: Order) {
  return (args: { first?: number | null | undefined }) => ({ orderBy, limit: listSize(args.first, list) });
}

export const BY_ID = { id: 'asc' } as const;
export const BY_POSITION = { documentId: 'asc', start: 'asc' } as const;
