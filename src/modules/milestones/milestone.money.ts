/**
 * The money steps of a milestone that more than one workflow runs, each on rows the caller has
 * already locked and inside the caller's transaction: its status change with history, and its
 * funding (MS-1), which `fundMilestone` and `acceptOffer` (the first milestone at hire) share.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeSql } from '../../db/sql';
import { newId } from '../../shared/ids';
import { Money } from '../../shared/money';
import { PaymentEventType, recordPaymentEvent } from '../events/payment-events';
import { chargeClient } from '../money/escrow.service';
import { MilestoneStatus } from './milestone.entity';
import type { Milestone } from './milestone.types';

export type MilestoneStamp = 'funded_at' | 'submitted_at' | 'approved_at';

/** Moves a locked milestone to `to` and keeps the change in its history (who, when, from, to, why). */
export async function setMilestoneStatus(
  em: EntityManager,
  milestone: Pick<Milestone, 'id' | 'status'>,
  to: MilestoneStatus,
  change: { now: Date; actorId: string | null; message?: string | null; stamp?: MilestoneStamp },
): Promise<void> {
  await executeSql(em, `update milestone set status = ?${change.stamp ? `, ${change.stamp} = ?` : ''} where id = ?`, [
    to,
    ...(change.stamp ? [change.now] : []),
    milestone.id,
  ]);
  await executeSql(
    em,
    `insert into milestone_change (id, milestone_id, changed_by_id, changed_at, from_status, to_status, message) values (?, ?, ?, ?, ?, ?, ?)`,
    [newId('MilestoneChange'), milestone.id, change.actorId, change.now, milestone.status, to, change.message ?? null],
  );
}

/**
 * MS-1: charges a locked PENDING_FUNDING milestone's amount from the client into the contract's
 * escrow (the affiliate program's commission follows through the charge hook, RF-2), marks it
 * FUNDED and tells the client team (MILESTONE_FUNDED).
 */
export async function fundLockedMilestone(
  em: EntityManager,
  contract: { id: string; clientTeamId: string },
  milestone: Pick<Milestone, 'id' | 'status' | 'amountCents'>,
  change: { now: Date; actorId: string | null; message?: string | null },
): Promise<void> {
  const amount = Money.ofCents(milestone.amountCents);
  const { now, actorId } = change;
  await chargeClient(em, { clientTeamId: contract.clientTeamId, contractId: contract.id, amount, now, milestoneId: milestone.id, actorId });
  await setMilestoneStatus(em, milestone, MilestoneStatus.FUNDED, { ...change, stamp: 'funded_at' });
  await recordPaymentEvent(em, { type: PaymentEventType.MILESTONE_FUNDED, now, holder: { teamId: contract.clientTeamId }, amount, refs: { contractId: contract.id, milestoneId: milestone.id }, actorId });
}
