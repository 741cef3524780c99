import { userError } from '../../graphql/errors';
import { Money } from '../../shared/money';
import { MoneyErrorCode } from './money.errors';

/** At most a billion dollars per movement: far above any real one, far below bigint's limits. */
export const MAX_AMOUNT_CENTS = 100_000_000_000n;

/** A positive amount from a `Decimal` input, or INVALID_AMOUNT on `field`. */
export function parsePositiveAmount(decimal: string, field: string[] = ['input', 'amount']): Money {
  const money = Money.parse(decimal);
  if (!money || !money.isPositive() || money.cents > MAX_AMOUNT_CENTS) {
    throw userError(MoneyErrorCode.INVALID_AMOUNT, 'The amount must be above zero, with at most two decimal places.', field);
  }
  return money;
}
