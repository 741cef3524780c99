import { userError } from '../../graphql/errors';
import { PayoutMethodKind } from './payout.entity';
import { PayoutErrorCode } from './payout.errors';

export interface PostalAddress {
  name?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
}

export type PayoutDetails =
  | { kind: PayoutMethodKind.PAYPAL; paypalEmail: string }
  | { kind: PayoutMethodKind.ACH; routingNumber: string; accountNumber: string }
  | { kind: PayoutMethodKind.BACS; sortCode: string; accountNumber: string }
  | { kind: PayoutMethodKind.CHECK; address: PostalAddress };

export interface PayoutDetailsInput {
  kind: PayoutMethodKind;
  paypalEmail?: string | null;
  routingNumber?: string | null;
  accountNumber?: string | null;
  sortCode?: string | null;
  address?: PostalAddress | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELDS_BY_KIND: Record<PayoutMethodKind, (keyof PayoutDetailsInput)[]> = {
  [PayoutMethodKind.PAYPAL]: ['paypalEmail'],
  [PayoutMethodKind.ACH]: ['routingNumber', 'accountNumber'],
  [PayoutMethodKind.BACS]: ['sortCode', 'accountNumber'],
  [PayoutMethodKind.CHECK]: ['address'],
};
const ALL_FIELDS: (keyof PayoutDetailsInput)[] = ['paypalEmail', 'routingNumber', 'accountNumber', 'sortCode', 'address'];

/** ABA routing numbers carry a checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function isValidAbaRoutingNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
  return sum % 10 === 0 && digits !== '000000000';
}

function invalid(code: PayoutErrorCode, message: string, field: string): never {
  throw userError(code, message, ['input', field]);
}

function text(value: string | null | undefined, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed && trimmed.length <= max ? trimmed : null;
}

function address(input: PostalAddress | null | undefined): PostalAddress {
  if (!input) invalid(PayoutErrorCode.INVALID_ADDRESS, 'A check needs a postal address.', 'address');
  const required = (key: 'line1' | 'city' | 'postalCode', max: number) =>
    text(input[key], max) ?? invalid(PayoutErrorCode.INVALID_ADDRESS, `The address needs a ${key} of at most ${max} characters.`, 'address');
  const country = input.country?.trim().toUpperCase() ?? '';
  if (!/^[A-Z]{2}$/.test(country)) invalid(PayoutErrorCode.INVALID_ADDRESS, 'The country must be a two-letter ISO 3166 code, e.g. "US".', 'address');
  return {
    name: text(input.name, 200),
    line1: required('line1', 200),
    line2: text(input.line2, 200),
    city: required('city', 100),
    region: text(input.region, 100),
    postalCode: required('postalCode', 20),
    country,
  };
}

/** Validates and normalizes a payout method's details (PO-1); refuses fields of another kind. */
export function validatePayoutDetails(input: PayoutDetailsInput): PayoutDetails {
  for (const field of ALL_FIELDS) {
    if (input[field] != null && !FIELDS_BY_KIND[input.kind].includes(field)) {
      invalid(PayoutErrorCode.FIELD_NOT_ALLOWED, `A ${input.kind} payout method does not take ${field}.`, field);
    }
  }
  switch (input.kind) {
    case PayoutMethodKind.PAYPAL: {
      const email = input.paypalEmail?.trim().toLowerCase() ?? '';
      if (!EMAIL.test(email) || email.length > 320) invalid(PayoutErrorCode.INVALID_PAYPAL_EMAIL, 'That is not a valid PayPal email address.', 'paypalEmail');
      return { kind: input.kind, paypalEmail: email };
    }
    case PayoutMethodKind.ACH: {
      const routing = input.routingNumber?.trim() ?? '';
      if (!isValidAbaRoutingNumber(routing)) invalid(PayoutErrorCode.INVALID_ROUTING_NUMBER, 'The routing number must be 9 digits with a valid ABA checksum.', 'routingNumber');
      const account = input.accountNumber?.trim() ?? '';
      if (!/^\d{4,17}$/.test(account)) invalid(PayoutErrorCode.INVALID_ACCOUNT_NUMBER, 'The account number must be 4 to 17 digits.', 'accountNumber');
      return { kind: input.kind, routingNumber: routing, accountNumber: account };
    }
    case PayoutMethodKind.BACS: {
      const sortCode = input.sortCode?.trim() ?? '';
      if (!/^\d{2}-?\d{2}-?\d{2}$/.test(sortCode)) invalid(PayoutErrorCode.INVALID_SORT_CODE, 'The sort code must be 6 digits, e.g. "12-34-56".', 'sortCode');
      const account = input.accountNumber?.trim() ?? '';
      if (!/^\d{8}$/.test(account)) invalid(PayoutErrorCode.INVALID_ACCOUNT_NUMBER, 'The account number must be 8 digits.', 'accountNumber');
      return { kind: input.kind, sortCode: sortCode.replace(/-/g, ''), accountNumber: account };
    }
    case PayoutMethodKind.CHECK:
      return { kind: input.kind, address: address(input.address) };
  }
}

/** What the API shows of a method: never a full account number or email. */
export interface MaskedDetails {
  display: string;
  paypalEmail: string | null;
  accountNumberLast4: string | null;
  routingNumberLast4: string | null;
  sortCodeMasked: string | null;
  addressSummary: string | null;
}

function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local[0]}***@${domain}`;
}

export function maskPayoutDetails(details: PayoutDetails): MaskedDetails {
  const none = { paypalEmail: null, accountNumberLast4: null, routingNumberLast4: null, sortCodeMasked: null, addressSummary: null };
  switch (details.kind) {
    case PayoutMethodKind.PAYPAL: {
      const masked = maskEmail(details.paypalEmail);
      return { ...none, display: `PayPal ${masked}`, paypalEmail: masked };
    }
    case PayoutMethodKind.ACH: {
      const last4 = details.accountNumber.slice(-4);
      return { ...none, display: `ACH account ending ${last4}`, accountNumberLast4: last4, routingNumberLast4: details.routingNumber.slice(-4) };
    }
    case PayoutMethodKind.BACS: {
      const last4 = details.accountNumber.slice(-4);
      return { ...none, display: `BACS account ending ${last4}`, accountNumberLast4: last4, sortCodeMasked: `**-**-${details.sortCode.slice(-2)}` };
    }
    case PayoutMethodKind.CHECK: {
      const summary = `${details.address.city}, ${details.address.country}`;
      return { ...none, display: `Check to ${summary}`, addressSummary: summary };
    }
  }
}
