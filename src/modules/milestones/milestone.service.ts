import { hasTeamPermission, requireTeamPermission, requireViewer } from '../../auth/authorize';
import { Permission } from '../../auth/permissions';
import { selectOne } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import type { Context } from '../../graphql/context';
import { forbidden, userError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { isIdOf } from '../../shared/ids';
import { checkedText, positiveCents } from '../../shared/input';
import { ContractStatus } from '../contracts/contract.entity';
import { contractById } from '../contracts/contract.loaders';
import { findContract, lockContract } from '../contracts/contract.service';
import type { Contract } from '../contracts/contract.types';
import { ContractKind } from '../jobs/job.entity';
import { MilestoneEntity } from './milestone.entity';
import { MilestoneErrorCode } from './milestone.errors';
import { milestoneById, milestoneChangeById } from './milestone.loaders';
import type { MilestoneChange } from './milestone-actions.types';
import type { AddMilestoneInput, Milestone } from './milestone.types';

/** A milestone is visible with its contract. */
export async function findMilestone(ctx: Context, id: string): Promise<Milestone | undefined> {
  const milestone = isIdOf('Milestone', id) ? await milestoneById(ctx).load(id) : undefined;
  return milestone && (await findContract(ctx, milestone.contractId)) ? milestone : undefined;
}

registerNodeType('Milestone', findMilestone);

/** A change is visible with its milestone. */
export async function findMilestoneChange(ctx: Context, id: string): Promise<MilestoneChange | undefined> {
  const change = isIdOf('MilestoneChange', id) ? await milestoneChangeById(ctx).load(id) : undefined;
  return change && (await findMilestone(ctx, change.milestoneId)) ? change : undefined;
}

registerNodeType('MilestoneChange', findMilestoneChange);

/** The client (PayForWork) adds a milestone to a live fixed-price contract; it waits for funding (MS-1). */
export async function addMilestone(ctx: Context, input: AddMilestoneInput): Promise<{ milestone: Milestone; contract: Contract }> {
  requireViewer(ctx);
  const description = checkedText(input.description, 500, ['input', 'description'], 'The description');
  const amountCents = positiveCents(input.amount, ['input', 'amount']);
  const milestoneId = await inTransaction(ctx, async (em, now) => {
    const contract = await lockContract(ctx, em, input.contractId);
    if (!(await hasTeamPermission(ctx, contract.clientTeamId, Permission.PayForWork))) throw forbidden('Only the client adds milestones.');
    await requireTeamPermission(ctx, contract.clientTeamId, Permission.PayForWork, em, 'Contract');
    if (contract.kind !== ContractKind.FIXED_PRICE) throw userError(MilestoneErrorCode.NOT_FIXED_PRICE, 'Only fixed-price contracts have milestones.', ['input', 'contractId']);
    if (contract.status !== ContractStatus.ACTIVE) throw userError(MilestoneErrorCode.CONTRACT_NOT_ACTIVE, 'Milestones are added to active contracts only (CT-3).', ['input', 'contractId']);
    const last = await selectOne<{ position: number | null }>(em, 'select max(position) as position from milestone where contract_id = ?', [contract.id]);
    const milestone = em.create(MilestoneEntity, {
      contract: contract.id,
      position: (last?.position ?? 0) + 1,
      description,
      amountCents,
      dueAt: input.dueAt ?? null,
      createdAt: now,
    });
    await em.flush();
    return milestone.id;
  });
  const [milestone, contract] = await Promise.all([milestoneById(ctx).load(milestoneId), contractById(ctx).load(input.contractId)]);
  return { milestone: milestone!, contract: contract! };
}
