import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PayoutPayload } from './payout.errors';
import { ConnectionArgs, ConnectionType, SortDirection } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DecimalScalar } from '../../graphql/scalars';
import { PayoutMethodKind, PayoutStatus } from './payout.entity';
import type { PayoutDetails } from './payout-method.details';

export { PayoutMethodKind, PayoutStatus };

registerEnumType(PayoutMethodKind, {
  name: 'PayoutMethodKind',
  description: 'How money is sent out (PO-1).',
  valuesConfig: {
    PAYPAL: { description: 'To a PayPal account, by email.' },
    ACH: { description: 'To a US bank account (routing and account number).' },
    BACS: { description: 'To a UK bank account (sort code and account number).' },
    CHECK: { description: 'A paper check mailed to a postal address.' },
  },
});

registerEnumType(PayoutStatus, {
  name: 'PayoutStatus',
  description: 'Where a payout stands (PO-2).',
  valuesConfig: {
    PENDING: { description: 'Requested; the money is set aside and on its way.' },
    PAID: { description: 'The money reached the payout method.' },
    FAILED: { description: 'Sending failed; the money returned to the available balance.' },
  },
});

export enum PayoutOutcome {
  PAID = 'PAID',
  FAILED = 'FAILED',
}
registerEnumType(PayoutOutcome, {
  name: 'PayoutOutcome',
  description: 'How a pending payout ended (PO-2).',
  valuesConfig: { PAID: { description: 'It was paid.' }, FAILED: { description: 'It failed; its money returns to the account.' } },
});

@ObjectType({ implements: Node, description: "Where a team's or user's money is sent (PO-1). Details are shown masked." })
export class PayoutMethod extends Node {
  @Field(() => PayoutMethodKind, { description: 'PayPal, ACH, BACS or check.' })
  kind: PayoutMethodKind;

  @Field({ description: 'When it was added.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was removed; null while usable.' })
  removedAt: Date | null;

  teamId: string | null;
  userId: string | null;
  details: PayoutDetails;
}

export const PAYOUT_METHOD_COLUMNS = `id, team_id as "teamId", user_id as "userId", kind, details, created_at as "createdAt", removed_at as "removedAt"`;

@ObjectType({ implements: Node, description: 'Money sent from an available balance to a payout method (PO-1, PO-2).' })
export class Payout extends Node {
  @Field(() => PayoutStatus, { description: 'PENDING, then PAID or FAILED.' })
  status: PayoutStatus;

  @Field({ description: 'When it was requested.' })
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was marked PAID or FAILED.' })
  settledAt: Date | null;

  teamId: string | null;
  userId: string | null;
  payoutMethodId: string;
  amountCents: string;
  currency: string;
  requestedById: string;
  settledById: string | null;
}

export const PAYOUT_COLUMNS = `id, team_id as "teamId", user_id as "userId", payout_method_id as "payoutMethodId", amount as "amountCents", currency, status,
  requested_by_id as "requestedById", requested_at as "requestedAt", settled_at as "settledAt", settled_by_id as "settledById"`;

export const PayoutMethodConnection = ConnectionType(PayoutMethod);
export const PayoutConnection = ConnectionType(Payout);

@ArgsType()
export class PayoutMethodsArgs extends ConnectionArgs {
  @Field({ defaultValue: false, description: 'Also list removed methods.' })
  includeRemoved: boolean;
}

@InputType({ description: 'A postal address for checks.' })
export class PostalAddressInput {
  @Field(() => String, { nullable: true, description: 'Who the check is made out to; the account holder when omitted.' })
  name?: string | null;

  @Field({ description: 'Street and number.' })
  line1: string;

  @Field(() => String, { nullable: true, description: 'Apartment, suite, building.' })
  line2?: string | null;

  @Field({ description: 'City or town.' })
  city: string;

  @Field(() => String, { nullable: true, description: 'State, province or county.' })
  region?: string | null;

  @Field({ description: 'ZIP or postal code.' })
  postalCode: string;

  @Field({ description: 'Two-letter ISO 3166 country code, e.g. "US".' })
  country: string;
}

@InputType({ description: 'A new payout method: the fields of its kind only.' })
export class AddPayoutMethodInput {
  @Field(() => ID, { nullable: true, description: "The team whose money it receives; omit for the caller's own account." })
  teamId?: string | null;

  @Field(() => PayoutMethodKind, { description: 'Which kind of method.' })
  kind: PayoutMethodKind;

  @Field(() => String, { nullable: true, description: 'PAYPAL: the PayPal account email.' })
  paypalEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'ACH: the 9-digit ABA routing number.' })
  routingNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'ACH: 4 to 17 digits; BACS: 8 digits.' })
  accountNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'BACS: the 6-digit sort code, dashes allowed ("12-34-56").' })
  sortCode?: string | null;

  @Field(() => PostalAddressInput, { nullable: true, description: 'CHECK: where to mail it.' })
  address?: PostalAddressInput | null;
}

@InputType({ description: 'The payout method to remove.' })
export class RemovePayoutMethodInput {
  @Field(() => ID, { description: 'The method to remove; past payouts keep referring to it.' })
  payoutMethodId: string;
}

@InputType({ description: 'Withdraw available money (PO-1).' })
export class RequestPayoutInput {
  @Field(() => ID, { nullable: true, description: "The team whose money to withdraw; omit for the caller's own." })
  teamId?: string | null;

  @Field(() => ID, { description: 'A payout method of that same account.' })
  payoutMethodId: string;

  @Field(() => DecimalScalar, { description: 'How much, e.g. "150.00"; at most the available balance.' })
  amount: string;

  @Field({ description: 'Repeating a key returns the first result and moves nothing again (MN-2).' })
  idempotencyKey: string;
}

@InputType({ description: 'How a pending payout ended (PO-2).' })
export class SettlePayoutInput {
  @Field(() => ID, { description: 'A PENDING payout.' })
  payoutId: string;

  @Field(() => PayoutOutcome, { description: 'PAID, or FAILED to return the money to the account.' })
  outcome: PayoutOutcome;

  @Field(() => String, { description: 'Repeating a key returns the first result and moves nothing again; the same key with other arguments is refused (MN-2). A payout settled under another key is refused with PAYOUT_NOT_PENDING.' })
  idempotencyKey: string;
}

@ObjectType({ description: 'The result of adding a payout method.' })
export class AddPayoutMethodPayload extends PayoutPayload {
  @Field(() => PayoutMethod, { nullable: true, description: 'The new method, masked.' })
  payoutMethod?: PayoutMethod;
}

@ObjectType({ description: 'The result of removing a payout method.' })
export class RemovePayoutMethodPayload extends PayoutPayload {
  @Field(() => PayoutMethod, { nullable: true, description: 'The removed method.' })
  payoutMethod?: PayoutMethod;
}

@ObjectType({ description: 'The result of requesting a payout.' })
export class RequestPayoutPayload extends PayoutPayload {
  @Field(() => Payout, { nullable: true, description: 'The payout, PENDING.' })
  payout?: Payout;
}

@ObjectType({ description: 'The result of settling a payout.' })
export class SettlePayoutPayload extends PayoutPayload {
  @Field(() => Payout, { nullable: true, description: 'The payout, PAID or FAILED.' })
  payout?: Payout;
}

export enum PayoutOrderField {
  REQUESTED_AT = 'REQUESTED_AT',
  AMOUNT = 'AMOUNT',
}
registerEnumType(PayoutOrderField, {
  name: 'PayoutOrderField',
  description: 'What to order payouts by.',
  valuesConfig: { REQUESTED_AT: { description: 'When requested.' }, AMOUNT: { description: 'The amount.' } },
});

@InputType({ description: 'An ordering of payouts.' })
export class PayoutOrder {
  @Field(() => PayoutOrderField, { description: 'The field to order by.' })
  field: PayoutOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'The direction.' })
  direction: SortDirection;
}

@InputType({ description: "Which of a team's or a user's payouts to list; all of them when omitted." })
export class OwnPayoutFilter {
  @Field(() => [PayoutStatus], { nullable: true, description: 'Only payouts with one of these statuses; every status when omitted.' })
  status?: PayoutStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Requested at or after this instant.' })
  requestedAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Requested before this instant.' })
  requestedBefore?: Date | null;
}

@InputType({ description: 'Which payouts to list.' })
export class PayoutFilter {
  @Field(() => [PayoutStatus], { nullable: true, description: 'Only payouts with one of these statuses; every status when omitted.' })
  status?: PayoutStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Only this team's payouts." })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this user's own payouts." })
  userId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Requested at or after this instant.' })
  requestedAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Requested before this instant.' })
  requestedBefore?: Date | null;

  @Field(() => Date, { nullable: true, deprecationReason: 'Use `requestedAfter` (the same instant the REQUESTED_AT order uses).', description: 'Requested at or after this instant.' })
  createdAfter?: Date | null;

  @Field(() => Date, { nullable: true, deprecationReason: 'Use `requestedBefore`.', description: 'Requested before this instant.' })
  createdBefore?: Date | null;
}

@ArgsType()
export class PayoutsArgs extends ConnectionArgs {
  @Field(() => PayoutStatus, { nullable: true, deprecationReason: 'Use `filter: { status: [...] }`, a list like every status filter.', description: 'Only payouts with this status.' })
  status?: PayoutStatus | null;

  @Field(() => OwnPayoutFilter, { nullable: true, description: 'Which payouts; all of them when omitted.' })
  filter?: OwnPayoutFilter | null;

  @Field(() => PayoutOrder, { nullable: true, description: 'The order; newest request first (REQUESTED_AT DESC) when omitted.' })
  orderBy?: PayoutOrder | null;
}
