import { userError } from '../graphql/errors';
import { MAX_AMOUNT_CENTS, Money } from './money';

/** Codes shared by every feature that reads amounts and text from inputs. */
export enum InputErrorCode {
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  INVALID_TEXT = 'INVALID_TEXT',
}

/** A positive amount from a `Decimal` input, at most MAX_AMOUNT_CENTS, in cents; anything else is INVALID_AMOUNT. */
export function positiveCents(decimal: string, field: string[]): bigint {
  const money = Money.parse(decimal);
  if (!money || !money.isPositive() || money.cents > MAX_AMOUNT_CENTS) {
    throw userError(InputErrorCode.INVALID_AMOUNT, 'The amount must be a positive decimal such as "150.00", at most 1000000000.00.', field);
  }
  return money.cents;
}

export function optionalPositiveCents(decimal: string | null | undefined, field: string[]): bigint | null {
  return decimal == null ? null : positiveCents(decimal, field);
}

/** Trimmed text of 1 to `max` characters (or 0 when `allowEmpty`). */
export function checkedText(value: string, max: number, field: string[], what: string, allowEmpty = false): string {
  const text = value.trim();
  if ((!text && !allowEmpty) || text.length > max) {
    throw userError(InputErrorCode.INVALID_TEXT, `${what} must be ${allowEmpty ? 'at most' : '1 to'} ${max} characters long.`, field);
  }
  return text;
}
