import { userError } from '../../graphql/errors';
import { MAX_AMOUNT_CENTS, Money } from '../../shared/money';
import { MoneyErrorCode } from './money.errors';

/** A positive amount from a `Decimal` input, or INVALID_AMOUNT on `field`. */
export function parsePositiveAmount(decimal: string, field: string[] = ['input', 'amount']): Money {
  const money = Money.parse(decimal);
  if (!money || !money.isPositive() || money.cents > MAX_AMOUNT_CENTS) {
    throw userError(MoneyErrorCode.INVALID_AMOUNT, 'The amount must be above zero, with at most two decimal places.', field);
  }
  return money;
}
