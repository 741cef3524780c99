/**
 * The money side of milestones (MS-1 to MS-4, MN-2, MN-3, CT-1, CT-3):
 *
 * PENDING_FUNDING --fundMilestone (client; the first at acceptOffer)--> FUNDED --submitMilestone (freelancer side)--> SUBMITTED
 * SUBMITTED --requestMilestoneChanges (client)--> CHANGES_REQUESTED --submitMilestone--> SUBMITTED
 * SUBMITTED --approveMilestone (client), or 14 days untouched (MS-3)--> APPROVED (escrow released)
 * Ending the contract (CT-3, CT-4): FUNDED --> REFUNDED; SUBMITTED | CHANGES_REQUESTED --> DISPUTED
 * --resolveDispute (staff)--> RESOLVED: see milestone.disputes.ts.
 *
 * Every change locks the contract (shared) and then the milestone row, so of concurrent
 * requests exactly one moves a milestone; the money moves in the same transaction, and the
 * payment event is written last.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasTeamPermission, requireTeamPermission, requireViewer } from '../../auth/authorize';
import { Permission } from '../../auth/permissions';
import type { Config } from '../../config';
import { selectOne } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import type { Context } from '../../graphql/context';
import { forbidden, notFound, userError } from '../../graphql/errors';
import { checkedText } from '../../shared/input';
import { Money } from '../../shared/money';
import { ContractStatus } from '../contracts/contract.entity';
import { contractById } from '../contracts/contract.loaders';
import { CONTRACT_COLUMNS, type Contract } from '../contracts/contract.types';
import { PaymentEventType, recordPaymentEvent } from '../events/payment-events';
import { once } from '../idempotency/idempotency.service';
import { releaseEscrow, type Payee } from '../money/escrow.service';
import { fundLockedMilestone, setMilestoneStatus } from './milestone.money';
import { registerDueWork } from '../scheduler/due-work';
import { MilestoneStatus } from './milestone.entity';
import { MilestoneErrorCode } from './milestone.errors';
import { milestoneById } from './milestone.loaders';
import { findMilestone } from './milestone.service';
import { transaction } from '../../db/transaction';
import { isActiveMember } from '../teams/membership';
import { MILESTONE_COLUMNS, type Milestone } from './milestone.types';

/** MS-3: a submitted milestone the client leaves alone this long is approved. */
export const AUTO_APPROVE_AFTER_DAYS = 14;
const DAY_MS = 24 * 3600 * 1000;

export type Changed = { milestone: Milestone; contract: Contract };

/** CT-1: the agency for agency work, the freelancer otherwise. */
export function payeeOf(contract: Contract): Payee {
  return contract.payeeTeamId ? { teamId: contract.payeeTeamId } : { userId: contract.payeeUserId! };
}

export async function changed(ctx: Context, milestoneId: string): Promise<Changed> {
  const milestone = (await milestoneById(ctx).load(milestoneId))!;
  return { milestone, contract: (await contractById(ctx).load(milestone.contractId))! };
}

/** The visible milestone's contract; NOT_FOUND for what the caller may not see. */
async function visibleContract(ctx: Context, milestoneId: string): Promise<Contract> {
  const milestone = await findMilestone(ctx, milestoneId);
  if (!milestone) throw notFound('Milestone');
  return (await contractById(ctx).load(milestone.contractId))!;
}

/** The contract (shared: it cannot end meanwhile) and then the milestone (for update), in that order everywhere. */
export async function lockMilestone(em: EntityManager, contractId: string, milestoneId: string): Promise<Changed> {
  const contract = await selectOne<Contract>(em, `select ${CONTRACT_COLUMNS} from contract c where c.id = ? for share`, [contractId]);
  const milestone = await selectOne<Milestone>(em, `select ${MILESTONE_COLUMNS} from milestone where id = ? for update`, [milestoneId]);
  return { contract: contract!, milestone: milestone! };
}

/** The client's side: PayForWork on the client team (its membership locked until commit). */
async function requireClient(ctx: Context, em: EntityManager, contract: Contract, refusal: string): Promise<void> {
  if (!(await hasTeamPermission(ctx, contract.clientTeamId, Permission.PayForWork))) throw forbidden(refusal);
  await requireTeamPermission(ctx, contract.clientTeamId, Permission.PayForWork, em, 'Milestone');
}

/** MS-2: the freelancer hired, or the agency's business managers and owner (SubmitMilestones). */
async function requireSubmitter(ctx: Context, em: EntityManager, contract: Contract): Promise<void> {
  const viewer = requireViewer(ctx);
  // AG-5: a freelancer who left the agency no longer works its contracts; its managers still may.
  if (contract.freelancerId === viewer.id && (!contract.agencyId || (await isActiveMember(em, contract.agencyId, viewer.id)))) return;
  if (contract.agencyId && (await hasTeamPermission(ctx, contract.agencyId, Permission.SubmitMilestones))) {
    await requireTeamPermission(ctx, contract.agencyId, Permission.SubmitMilestones, em, 'Milestone');
    return;
  }
  throw forbidden("Only the freelancer or the agency's business managers submit milestones (MS-2).");
}

function requireLive(contract: Contract, allowPaused = false): void {
  if (contract.status === ContractStatus.ENDED) throw userError(MilestoneErrorCode.CONTRACT_ENDED, 'The contract has ended (CT-3).', ['input', 'milestoneId']);
  if (contract.status === ContractStatus.PAUSED && !allowPaused) {
    throw userError(MilestoneErrorCode.CONTRACT_NOT_ACTIVE, 'The contract is paused; resume it first.', ['input', 'milestoneId']);
  }
}

/**
 * MS-1: the client funds a milestone into the contract's escrow before work on it starts (the
 * first one is funded when the offer is accepted); none can be submitted before it is funded. Active contracts only (CT-3: not ended; a paused one is resumed first).
 * MN-2: keyed per caller.
 */
export async function fundMilestone(ctx: Context, input: { milestoneId: string; idempotencyKey: string }): Promise<Changed> {
  const viewer = requireViewer(ctx);
  const { milestoneId } = await inTransaction(ctx, async (em, now) => {
    const visible = await visibleContract(ctx, input.milestoneId);
    await requireClient(ctx, em, visible, 'Only the client funds milestones (MS-1).');
    return once(em, { actorId: viewer.id, key: input.idempotencyKey, operation: 'fundMilestone', args: { milestoneId: input.milestoneId }, now }, async () => {
      const { contract, milestone } = await lockMilestone(em, visible.id, input.milestoneId);
      requireLive(contract);
      if (milestone.status !== MilestoneStatus.PENDING_FUNDING) {
        throw userError(MilestoneErrorCode.MILESTONE_NOT_PENDING_FUNDING, 'This milestone is already funded.', ['input', 'milestoneId']);
      }
      await fundLockedMilestone(em, contract, milestone, { now, actorId: viewer.id });
      return { milestoneId: milestone.id };
    });
  });
  return changed(ctx, milestoneId);
}

/** MS-2: the freelancer side submits a funded milestone (or one sent back) of an active contract. */
export async function submitMilestone(ctx: Context, input: { milestoneId: string; message: string }): Promise<Changed> {
  const viewer = requireViewer(ctx);
  const message = checkedText(input.message, 2000, ['input', 'message'], 'The message');
  await inTransaction(ctx, async (em, now) => {
    const visible = await visibleContract(ctx, input.milestoneId);
    await requireSubmitter(ctx, em, visible);
    const { contract, milestone } = await lockMilestone(em, visible.id, input.milestoneId);
    requireLive(contract);
    if (milestone.status !== MilestoneStatus.FUNDED && milestone.status !== MilestoneStatus.CHANGES_REQUESTED) {
      const why = milestone.status === MilestoneStatus.PENDING_FUNDING ? 'The client funds a milestone before work on it is submitted (MS-1).' : 'This milestone is not open for submission.';
      throw userError(MilestoneErrorCode.MILESTONE_NOT_SUBMITTABLE, why, ['input', 'milestoneId']);
    }
    await setMilestoneStatus(em, milestone, MilestoneStatus.SUBMITTED, { now, actorId: viewer.id, message, stamp: 'submitted_at' });
  });
  return changed(ctx, input.milestoneId);
}

/** MS-2: the client sends a submitted milestone back, with what to change. */
export async function requestMilestoneChanges(ctx: Context, input: { milestoneId: string; message: string }): Promise<Changed> {
  const viewer = requireViewer(ctx);
  const message = checkedText(input.message, 2000, ['input', 'message'], 'The message');
  await inTransaction(ctx, async (em, now) => {
    const visible = await visibleContract(ctx, input.milestoneId);
    await requireClient(ctx, em, visible, 'Only the client requests changes (MS-2).');
    const { contract, milestone } = await lockMilestone(em, visible.id, input.milestoneId);
    requireLive(contract, true);
    if (milestone.status !== MilestoneStatus.SUBMITTED) throw userError(MilestoneErrorCode.MILESTONE_NOT_SUBMITTED, 'Only a submitted milestone is sent back.', ['input', 'milestoneId']);
    await setMilestoneStatus(em, milestone, MilestoneStatus.CHANGES_REQUESTED, { now, actorId: viewer.id, message });
  });
  return changed(ctx, input.milestoneId);
}

/**
 * MS-2, MN-3, MS-4, CT-1: releases a locked SUBMITTED milestone's escrow to the payee, less the
 * service fee (its own entry), pending for the security period; then the payee's event.
 */
async function release(em: EntityManager, contract: Contract, milestone: Milestone, now: Date, serviceFeeBps: number, actorId: string | null, message: string | null) {
  const payee = payeeOf(contract);
  const released = await releaseEscrow(em, {
    clientTeamId: contract.clientTeamId,
    contractId: contract.id,
    payee,
    gross: Money.ofCents(milestone.amountCents),
    serviceFeeBps,
    now,
    milestoneId: milestone.id,
    actorId,
  });
  await setMilestoneStatus(em, milestone, MilestoneStatus.APPROVED, { now, actorId, message, stamp: 'approved_at' });
  await recordPaymentEvent(em, { type: PaymentEventType.MILESTONE_RELEASED, now, holder: payee, amount: released.net, refs: { contractId: contract.id, milestoneId: milestone.id }, actorId });
}

/**
 * MS-2: the client approves a submitted milestone, releasing it (also on a paused or ended
 * contract: the work was delivered). Of concurrent approvals one releases; MN-2: keyed per caller.
 */
export async function approveMilestone(ctx: Context, input: { milestoneId: string; idempotencyKey: string }): Promise<Changed> {
  const viewer = requireViewer(ctx);
  const { milestoneId } = await inTransaction(ctx, async (em, now) => {
    const visible = await visibleContract(ctx, input.milestoneId);
    await requireClient(ctx, em, visible, 'Only the client approves milestones (MS-2).');
    return once(em, { actorId: viewer.id, key: input.idempotencyKey, operation: 'approveMilestone', args: { milestoneId: input.milestoneId }, now }, async () => {
      const { contract, milestone } = await lockMilestone(em, visible.id, input.milestoneId);
      if (milestone.status !== MilestoneStatus.SUBMITTED) throw userError(MilestoneErrorCode.MILESTONE_NOT_SUBMITTED, 'Only a submitted milestone is approved.', ['input', 'milestoneId']);
      await release(em, contract, milestone, now, ctx.config.serviceFeeBps, viewer.id, null);
      return { milestoneId: milestone.id };
    });
  });
  return changed(ctx, milestoneId);
}

/**
 * MS-3: approves and releases every milestone SUBMITTED for 14 days or more, each in its own
 * transaction under its row lock (others running this skip it), whatever the contract's status.
 */
export async function autoApproveDue(em: EntityManager, now: Date, config: Config): Promise<number> {
  const cutoff = new Date(now.getTime() - AUTO_APPROVE_AFTER_DAYS * DAY_MS);
  let count = 0;
  for (;;) {
    const done = await transaction(em, async (tx) => {
      const milestone = await selectOne<Milestone>(
        tx as EntityManager,
        `select ${MILESTONE_COLUMNS} from milestone where status = 'SUBMITTED' and submitted_at <= ? order by submitted_at, id limit 1 for update skip locked`,
        [cutoff],
      );
      if (!milestone) return false;
      const contract = await selectOne<Contract>(tx as EntityManager, `select ${CONTRACT_COLUMNS} from contract c where c.id = ?`, [milestone.contractId]);
      await release(tx as EntityManager, contract!, milestone, now, config.serviceFeeBps, null, `Approved automatically: no review for ${AUTO_APPROVE_AFTER_DAYS} days (MS-3).`);
      return true;
    });
    if (!done) return count;
    count++;
  }
}

registerDueWork({ name: 'milestones.auto-approve', run: autoApproveDue });
