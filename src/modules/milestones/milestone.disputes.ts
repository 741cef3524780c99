/**
 * CT-3, CT-4: what ending a fixed-price contract does to its milestones, and staff's resolution
 * of the disputes it opens.
 *
 * FUNDED --the contract ends--> REFUNDED                        (escrow back to the client)
 * SUBMITTED | CHANGES_REQUESTED --the contract ends--> DISPUTED  (escrow stays; nothing moves)
 * DISPUTED --resolveDispute (staff)--> RESOLVED                  (payee's part released, the rest refunded)
 *
 * Money follows the ledger's own flows: a refund is `refundEscrow` (its hook reduces an unpaid
 * referral commission, RF-2), a release is `releaseEscrow` less the service fee, pending for the
 * security period (MN-3, MS-4). Every step is a payment event of the account it touches.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireStaff } from '../../auth/authorize';
import { executeSql, selectRows } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import type { Context } from '../../graphql/context';
import { notFound, userError } from '../../graphql/errors';
import { isIdOf } from '../../shared/ids';
import { checkedText, InputErrorCode } from '../../shared/input';
import { Money } from '../../shared/money';
import { addContractEndHook } from '../contracts/contract.service';
import type { Contract } from '../contracts/contract.types';
import { PaymentEventType, recordPaymentEvent } from '../events/payment-events';
import { once } from '../idempotency/idempotency.service';
import { refundEscrow, releaseEscrow } from '../money/escrow.service';
import { MilestoneStatus } from './milestone.entity';
import { MilestoneErrorCode } from './milestone.errors';
import { milestoneById } from './milestone.loaders';
import { setMilestoneStatus } from './milestone.money';
import { MILESTONE_COLUMNS, type Milestone } from './milestone.types';
import { changed, lockMilestone, payeeOf, type Changed } from './milestone.workflow';

/** CT-3: gives a locked milestone's escrow (or `amount` of it) back to the client, with the client's event. */
async function refund(em: EntityManager, contract: Contract, milestone: Milestone, amount: Money, now: Date, actorId: string | null): Promise<void> {
  await refundEscrow(em, { clientTeamId: contract.clientTeamId, contractId: contract.id, amount, now, milestoneId: milestone.id, actorId });
  await recordPaymentEvent(em, { type: PaymentEventType.MILESTONE_REFUNDED, now, holder: { teamId: contract.clientTeamId }, amount, refs: { contractId: contract.id, milestoneId: milestone.id } });
}

/**
 * CT-3, CT-4: when a contract ends, its funded milestones not yet submitted give their escrow
 * back to the client (REFUNDED). Work already submitted (SUBMITTED, or sent back with
 * CHANGES_REQUESTED) is not taken back by ending: it becomes DISPUTED, its escrow kept until
 * staff resolve it, and both sides hear of it (DISPUTE_OPENED).
 */
addContractEndHook(async (em, contract, { actorId, now }) => {
  const open = await selectRows<Milestone>(
    em,
    `select ${MILESTONE_COLUMNS} from milestone where contract_id = ? and status in ('FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED') order by position for update`,
    [contract.id],
  );
  for (const milestone of open) {
    const amount = Money.ofCents(milestone.amountCents);
    const refs = { contractId: contract.id, milestoneId: milestone.id };
    if (milestone.status === MilestoneStatus.FUNDED) {
      await refund(em, contract, milestone, amount, now, actorId);
      await setMilestoneStatus(em, milestone, MilestoneStatus.REFUNDED, { now, actorId, message: 'The contract ended before the work was submitted: escrow returned to the client (CT-3).' });
    } else {
      await setMilestoneStatus(em, milestone, MilestoneStatus.DISPUTED, { now, actorId, message: 'The contract ended after the work was submitted: the escrow waits for staff to resolve the dispute (CT-4).' });
      await recordPaymentEvent(em, { type: PaymentEventType.DISPUTE_OPENED, now, holder: { teamId: contract.clientTeamId }, amount, refs });
      await recordPaymentEvent(em, { type: PaymentEventType.DISPUTE_OPENED, now, holder: payeeOf(contract), amount, refs });
    }
  }
});

export interface ResolveDisputeInput {
  milestoneId: string;
  /** What the payee earns of the milestone (gross, before the service fee): 0 to its amount. */
  payeeAmount: string;
  note: string;
  idempotencyKey: string;
}

/** The payee's part: a decimal from 0 to the milestone's amount. */
function payeePart(decimal: string, milestone: Milestone): Money {
  const part = Money.parse(decimal);
  const amount = Money.ofCents(milestone.amountCents);
  if (!part || part.isNegative() || part.cents > amount.cents) {
    throw userError(InputErrorCode.INVALID_AMOUNT, `The payee's part is a decimal from 0.00 to the milestone's ${amount.amount}.`, ['input', 'payeeAmount']);
  }
  return part;
}

/**
 * CT-4: staff decide a disputed milestone: `payeeAmount` of its escrow is released to the payee
 * (less the service fee, pending for the security period) and the rest refunded to the client,
 * in one transaction; the milestone is RESOLVED with the note in its history. MN-2: keyed per
 * staff member; of concurrent resolutions one moves the money (the row is locked), the others
 * find it no longer DISPUTED.
 */
export async function resolveDispute(ctx: Context, input: ResolveDisputeInput): Promise<Changed> {
  const staff = requireStaff(ctx);
  const note = checkedText(input.note, 2000, ['input', 'note'], 'The note');
  const { milestoneId } = await inTransaction(ctx, async (em, now) => {
    const found = isIdOf('Milestone', input.milestoneId) ? await milestoneById(ctx).load(input.milestoneId) : undefined;
    if (!found) throw notFound('Milestone');
    const args = { milestoneId: input.milestoneId, payeeAmount: Money.parse(input.payeeAmount)?.cents.toString() ?? input.payeeAmount, note };
    return once(em, { actorId: staff.id, key: input.idempotencyKey, operation: 'resolveDispute', args, now }, async () => {
      const { contract, milestone } = await lockMilestone(em, found.contractId, found.id);
      if (milestone.status !== MilestoneStatus.DISPUTED) {
        throw userError(MilestoneErrorCode.MILESTONE_NOT_DISPUTED, 'Only a disputed milestone is resolved (CT-4).', ['input', 'milestoneId']);
      }
      const toPayee = payeePart(input.payeeAmount, milestone);
      const toClient = Money.ofCents(milestone.amountCents).minus(toPayee);
      const refs = { contractId: contract.id, milestoneId: milestone.id };
      const payee = payeeOf(contract);
      let net = Money.zero(toPayee.currency);
      if (toPayee.isPositive()) {
        const released = await releaseEscrow(em, {
          clientTeamId: contract.clientTeamId,
          contractId: contract.id,
          payee,
          gross: toPayee,
          serviceFeeBps: ctx.config.serviceFeeBps,
          now,
          milestoneId: milestone.id,
          actorId: staff.id,
          memo: 'Dispute resolved (CT-4)',
        });
        net = released.net;
      }
      if (toClient.isPositive()) await refund(em, contract, milestone, toClient, now, staff.id);
      await executeSql(em, 'update milestone set resolved_at = ?, resolved_payee_cents = ? where id = ?', [now, toPayee.cents.toString(), milestone.id]);
      await setMilestoneStatus(em, milestone, MilestoneStatus.RESOLVED, { now, actorId: staff.id, message: note });
      await recordPaymentEvent(em, { type: PaymentEventType.DISPUTE_RESOLVED, now, holder: payee, amount: net, refs });
      await recordPaymentEvent(em, { type: PaymentEventType.DISPUTE_RESOLVED, now, holder: { teamId: contract.clientTeamId }, amount: toClient, refs });
      return { milestoneId: milestone.id };
    });
  });
  return changed(ctx, milestoneId);
}
