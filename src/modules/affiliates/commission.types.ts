import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';

@ObjectType({
  implements: Node,
  description:
    "A change of an affiliate's commission on a referral (RF-2): earned on the referred client's first-contract spend, or (a negative amount) taken back when that spend was refunded before payment. Visible to its affiliate and staff only (RF-5).",
})
export class Commission extends Node {
  @Field({ description: 'When it was earned (or taken back).' })
  earnedAt: Date;

  @Field({ description: 'The calendar month (UTC, YYYY-MM) it counts for; paid Net 30 after that month ends (RF-4).' })
  month: string;

  affiliateId: string;
  referralId: string;
  contractId: string | null;
  amountCents: string;
  currency: string;
  payoutId: string | null;
}

export const COMMISSION_COLUMNS = `id, affiliate_id as "affiliateId", referral_id as "referralId", contract_id as "contractId", amount as "amountCents", currency,
  earned_at as "earnedAt", month, payout_id as "payoutId"`;

export const CommissionConnection = ConnectionType(Commission);
