import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { registerEnumType } from 'type-graphql';

/** ISO 8601 instants in UTC. */
export const DateTimeScalar = DateTimeResolver;

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

export const CurrencyCodeEnum = CurrencyCode;
