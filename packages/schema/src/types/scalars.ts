import { isoDay } from '@dossier/model';
import { GraphQLError, Kind } from 'graphql';
import { builder } from '../builder.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day of years 0001-9999 (what the database's date holds), or an error. */
function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || isoDay(value) !== value) {
    throw new GraphQLError(`Date must be an ISO calendar date (YYYY-MM-DD), got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = builder.scalarType('Date', {
  description: 'An ISO 8601 calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
