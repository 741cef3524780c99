import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { registerEnumType } from 'type-graphql';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A Date, or a timestamp as PostgreSQL prints it ("2026-11-22 02:03:13.009+00"): rows are read
 * without hydration, so instants arrive in either form.
 */
export function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
}

/** The instants an input may state: from 1970 up to (not including) 2200; others are BAD_USER_INPUT. */
export const EARLIEST_INSTANT = new Date('1970-01-01T00:00:00Z');
export const LATEST_INSTANT = new Date('2200-01-01T00:00:00Z');

function parseInstant(value: unknown): Date {
  const date = typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime must be an ISO 8601 instant with a time zone, e.g. "2026-03-31T00:00:00Z".', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  if (date < EARLIEST_INSTANT || date >= LATEST_INSTANT) {
    throw new GraphQLError('DateTime must be between 1970-01-01T00:00:00Z and 2200-01-01T00:00:00Z.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

/** ISO 8601 instants, always printed in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with a time zone, e.g. "2026-03-31T00:00:00.000Z"; always returned in UTC.',
  specifiedByURL: 'https://scalars.graphql.org/andimarek/date-time',
  serialize: (value) => toDate(value as Date | string).toISOString(),
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});

const DECIMAL_TEXT = /^-?\d{1,13}(\.\d{1,2})?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL_TEXT.test(value.trim())) {
    throw new GraphQLError('Decimal must be a string such as "150.00" with at most two decimal places.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value.trim();
}

/** Exact decimal amounts as strings, so money never passes through a float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number written as a string, e.g. "150.00". Never a float.',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Decimal must be written as a string, e.g. "150.00".', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseDecimal(ast.value);
  },
});

export enum CurrencyCode {
  USD = 'USD',
}

registerEnumType(CurrencyCode, {
  name: 'CurrencyCode',
  description: 'ISO 4217 currency codes the marketplace settles in.',
  valuesConfig: { USD: { description: 'United States dollar.' } },
});

