import { Field, ObjectType } from 'type-graphql';
import { CurrencyCode, DecimalScalar } from '../graphql/scalars';

/**
 * The largest amount any input may state: a billion dollars, far above any real one and far
 * below what bigint sums can hold. Larger amounts are INVALID_AMOUNT.
 */
export const MAX_AMOUNT_CENTS = 100_000_000_000n;

const DECIMAL = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

/** An exact amount of money: integer minor units (cents), formatted as a decimal string at the edge. */
@ObjectType('Money', { description: 'An exact amount of money.' })
export class Money {
  constructor(
    readonly cents: bigint,
    currency: string = 'USD',
  ) {
    this.currency = currency;
  }

  @Field(() => CurrencyCode, { description: 'ISO 4217 currency code; always USD for now.' })
  currency: string;

  @Field(() => DecimalScalar, { description: 'The amount as a decimal string with two places, e.g. "150.00".' })
  get amount(): string {
    const negative = this.cents < 0n;
    const abs = negative ? -this.cents : this.cents;
    const whole = abs / 100n;
    const fraction = (abs % 100n).toString().padStart(2, '0');
    return `${negative ? '-' : ''}${whole}.${fraction}`;
  }

  static zero(currency = 'USD'): Money {
    return new Money(0n, currency);
  }

  static ofCents(cents: bigint | number | string, currency = 'USD'): Money {
    return new Money(BigInt(cents), currency);
  }

  /** Parses "150", "150.5" or "150.00"; anything else (floats beyond cents, exponents, junk) is undefined. */
  static parse(decimal: string, currency = 'USD'): Money | undefined {
    const match = DECIMAL.exec(decimal.trim());
    if (!match) return undefined;
    const cents = BigInt(match[2]) * 100n + BigInt((match[3] ?? '0').padEnd(2, '0'));
    return new Money(match[1] ? -cents : cents, currency);
  }

  plus(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.cents + other.cents, this.currency);
  }

  minus(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.cents - other.cents, this.currency);
  }

  /** The share in basis points, rounded half up to the cent. */
  percentBps(bps: number): Money {
    return new Money((this.cents * BigInt(bps) + 5000n) / 10000n, this.currency);
  }

  negate(): Money {
    return new Money(-this.cents, this.currency);
  }

  min(other: Money): Money {
    return this.cents <= other.cents ? this : other;
  }

  isPositive(): boolean {
    return this.cents > 0n;
  }

  isNegative(): boolean {
    return this.cents < 0n;
  }

  equals(other: Money): boolean {
    return this.cents === other.cents && this.currency === other.currency;
  }

  toString(): string {
    return `${this.amount} ${this.currency}`;
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) throw new Error(`currency mismatch: ${this.currency} and ${other.currency}`);
  }
}
