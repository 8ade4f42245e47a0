import { DATE_RANGE, isDateInRange, isIsoDate } from '@helsefellesskap/calendar';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * A date without time, YYYY-MM-DD, as PostgreSQL `date` columns hold it, and only within the product's
 * range (1900-01-01 to 2199-12-31): a year 1, a year 0050 or a year 9999 is refused before any rule or
 * query sees it, with the same reason wherever the date is given.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: `A calendar date without time or time zone, written YYYY-MM-DD (e.g. 2025-01-01), from ${DATE_RANGE.min} to ${DATE_RANGE.max}.`,
  serialize: (value) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw new GraphQLError(`LocalDate cannot represent ${String(value)}.`);
    return value;
  },
  parseValue: (value) => parseLocalDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalidDate(ast.kind);
    return parseLocalDate(ast.value);
  },
});

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw invalidDate(value);
  if (!isDateInRange(value)) {
    throw new GraphQLError(`must be a date from ${DATE_RANGE.min} to ${DATE_RANGE.max} (got "${value}")`, {
      extensions: { code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE', params: { min: DATE_RANGE.min, max: DATE_RANGE.max } },
    });
  }
  return value;
}

function invalidDate(value: unknown): GraphQLError {
  return new GraphQLError(`must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(value) ?? String(value)})`, {
    extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_A_DATE', params: {} },
  });
}
