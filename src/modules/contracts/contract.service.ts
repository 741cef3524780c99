import type { EntityManager } from '@mikro-orm/postgresql';
import { hasTeamPermission, requireStaff, requireTeamPermission, requireViewer } from '../../auth/authorize';
import { Permission, TeamKind } from '../../auth/permissions';
import { canSeeWork } from '../../auth/work-access';
import { executeSql, selectOne } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import { loadPage, SortDirection, type ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { forbidden, notFound, userError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { isIdOf } from '../../shared/ids';
import { checkedText, positiveCents } from '../../shared/input';
import { Money } from '../../shared/money';
import { ContractKind } from '../jobs/job.entity';
import { addMemberRemovalGuard } from '../teams/team.service';
import { ContractChangeEntity, ContractStatus } from './contract.entity';
import { ContractErrorCode } from './contract.errors';
import {
  contractById,
  contractChangeById,
  contractFilterSql,
  contractsOfAgency,
  contractsOfClientTeam,
  contractsOfFreelancer,
  type ContractListArgs,
} from './contract.loaders';
import { CONTRACT_COLUMNS, type Contract, type ContractChange, type ContractFilter, type ContractOrder, type UpdateContractTermsInput } from './contract.types';

/**
 * Work another module does inside the transaction that ends a contract, after the status
 * changed (the contract row is locked): the milestones refund their unused escrow (CT-3).
 */
export type ContractEndHook = (em: EntityManager, contract: Contract, change: { actorId: string; now: Date }) => Promise<void>;
const endHooks: ContractEndHook[] = [];

export function addContractEndHook(hook: ContractEndHook): void {
  endHooks.push(hook);
}

// ---- reading ------------------------------------------------------------------------------

export async function findContract(ctx: Context, id: string): Promise<Contract | undefined> {
  requireViewer(ctx);
  const contract = isIdOf('Contract', id) ? await contractById(ctx).load(id) : undefined;
  return contract && (await canSeeWork(ctx, contract)) ? contract : undefined;
}

export async function getContract(ctx: Context, id: string): Promise<Contract> {
  const contract = await findContract(ctx, id);
  if (!contract) throw notFound('Contract');
  return contract;
}

/** A change is visible with its contract. */
export async function findContractChange(ctx: Context, id: string): Promise<ContractChange | undefined> {
  const change = isIdOf('ContractChange', id) ? await contractChangeById(ctx).load(id) : undefined;
  return change && (await findContract(ctx, change.contractId)) ? change : undefined;
}

registerNodeType('Contract', findContract);
registerNodeType('ContractChange', findContractChange);

/** The contracts a user works on as the freelancer: the user and staff only. */
export function userContracts(ctx: Context, userId: string, args: ContractListArgs): Promise<Page<Contract>> | null {
  if (!ctx.viewer || (ctx.viewer.id !== userId && !ctx.viewer.isStaff)) return null;
  return contractsOfFreelancer(ctx, userId, args);
}

/** AC-1: a team's contracts, agency or client side, for its members and staff. */
export async function teamContracts(ctx: Context, team: { id: string; kind: TeamKind }, args: ContractListArgs): Promise<Page<Contract>> {
  await requireTeamPermission(ctx, team.id, Permission.ViewWork);
  return (team.kind === TeamKind.AGENCY ? contractsOfAgency : contractsOfClientTeam)(ctx, team.id, args);
}

/** Staff's list of every contract, for internal tools. */
export async function listContracts(ctx: Context, args: ConnectionArgs, filter?: ContractFilter | null, order?: ContractOrder | null): Promise<Page<Contract>> {
  requireStaff(ctx);
  const where: string[] = [];
  const params: unknown[] = [];
  contractFilterSql(filter, where, params);
  return loadPage<Contract>(
    ctx.em,
    {
      sql: `select ${CONTRACT_COLUMNS} from contract c ${where.length ? 'where ' + where.join(' and ') : ''}`,
      params,
      sort: { column: 'createdAt', type: 'timestamptz', direction: order?.direction ?? SortDirection.DESC },
    },
    args,
  );
}

// ---- changing -----------------------------------------------------------------------------

/** A visible contract, its row locked for the change; its status is the locked one. */
export async function lockContract(ctx: Context, em: EntityManager, contractId: string): Promise<Contract> {
  const contract = await getContract(ctx, contractId);
  const locked = await selectOne<Contract>(em, `select ${CONTRACT_COLUMNS} from contract c where c.id = ? for update`, [contract.id]);
  return locked!;
}

/** Whether the caller acts for the client (ManageContracts on the client team), locking that membership. */
async function actsForClient(ctx: Context, em: EntityManager, contract: Contract): Promise<boolean> {
  if (!(await hasTeamPermission(ctx, contract.clientTeamId, Permission.ManageContracts))) return false;
  await requireTeamPermission(ctx, contract.clientTeamId, Permission.ManageContracts, em, 'Contract');
  return true;
}

/**
 * Whether the caller acts for the freelancer's side: for an agency contract its business
 * managers and owner (ManageContracts), never the freelancer (CT-2); otherwise the freelancer.
 */
async function actsForFreelancer(ctx: Context, em: EntityManager, contract: Contract): Promise<boolean> {
  if (!contract.agencyId) return contract.freelancerId === ctx.viewer?.id;
  if (!(await hasTeamPermission(ctx, contract.agencyId, Permission.ManageContracts))) return false;
  await requireTeamPermission(ctx, contract.agencyId, Permission.ManageContracts, em, 'Contract');
  return true;
}

async function recordChange(em: EntityManager, contractId: string, changedBy: string, now: Date, field: string, from: unknown, to: unknown) {
  em.create(ContractChangeEntity, {
    contract: contractId,
    changedBy,
    changedAt: now,
    field,
    fromValue: from == null ? null : String(from),
    toValue: to == null ? null : String(to),
  });
  await em.flush();
}

const decimal = (cents: string | bigint | null) => (cents == null ? null : Money.ofCents(cents).amount);

/** CT-2: each side edits its own terms of a live contract; every edit is kept in the history. */
export async function updateContractTerms(ctx: Context, input: UpdateContractTermsInput): Promise<{ contract: Contract }> {
  const viewer = requireViewer(ctx);
  await inTransaction(ctx, async (em, now) => {
    const contract = await lockContract(ctx, em, input.contractId);
    const clientFields = input.title != null || input.weeklyLimitHours != null;
    const freelancerFields = input.hourlyRate != null;
    if (!clientFields && !freelancerFields) throw userError(ContractErrorCode.NOTHING_TO_CHANGE, 'Give at least one term to change.', ['input']);
    if (clientFields && !(await actsForClient(ctx, em, contract))) throw forbidden('Only the client edits the title and weekly limit.');
    if (freelancerFields && !(await actsForFreelancer(ctx, em, contract))) {
      throw forbidden("Only the freelancer's side edits the rate: an agency's business managers or owner, or an independent freelancer (CT-2).");
    }
    if (contract.status === ContractStatus.ENDED) throw userError(ContractErrorCode.CONTRACT_ENDED, 'The contract has ended (CT-3).', ['input', 'contractId']);
    const hourly = contract.kind === ContractKind.HOURLY;
    if ((input.weeklyLimitHours != null || input.hourlyRate != null) && !hourly) {
      throw userError(ContractErrorCode.NOT_HOURLY, 'Only hourly contracts have a rate and a weekly limit.', ['input', input.hourlyRate != null ? 'hourlyRate' : 'weeklyLimitHours']);
    }
    const sets: string[] = [];
    const params: unknown[] = [];
    if (input.title != null) {
      const title = checkedText(input.title, 200, ['input', 'title'], 'The title');
      if (title !== contract.title) {
        sets.push('title = ?'), params.push(title);
        await recordChange(em, contract.id, viewer.id, now, 'TITLE', contract.title, title);
      }
    }
    if (input.weeklyLimitHours != null) {
      const limit = input.weeklyLimitHours;
      if (!Number.isInteger(limit) || limit < 1 || limit > 168) {
        throw userError(ContractErrorCode.INVALID_WEEKLY_LIMIT, 'The weekly limit is 1 to 168 hours.', ['input', 'weeklyLimitHours']);
      }
      if (limit !== contract.weeklyLimitHours) {
        sets.push('weekly_limit_hours = ?'), params.push(limit);
        await recordChange(em, contract.id, viewer.id, now, 'WEEKLY_LIMIT_HOURS', contract.weeklyLimitHours, limit);
      }
    }
    if (input.hourlyRate != null) {
      const cents = positiveCents(input.hourlyRate, ['input', 'hourlyRate']);
      if (String(cents) !== String(contract.hourlyRateCents)) {
        sets.push('hourly_rate_cents = ?'), params.push(cents.toString());
        await recordChange(em, contract.id, viewer.id, now, 'HOURLY_RATE', decimal(contract.hourlyRateCents), decimal(cents));
      }
    }
    if (sets.length) await executeSql(em, `update contract set ${sets.join(', ')} where id = ?`, [...params, contract.id]);
  });
  return { contract: (await contractById(ctx).load(input.contractId))! };
}

/** CT-3: either side (the client's hiring roles, or the freelancer's side) moves a contract between statuses. */
async function changeStatus(ctx: Context, contractId: string, from: ContractStatus[], to: ContractStatus, refusal: () => Error): Promise<{ contract: Contract }> {
  const viewer = requireViewer(ctx);
  await inTransaction(ctx, async (em, now) => {
    const contract = await lockContract(ctx, em, contractId);
    if (!(await actsForClient(ctx, em, contract)) && !(await actsForFreelancer(ctx, em, contract))) {
      throw forbidden('Only the client or the freelancer\'s side (an agency\'s business managers or owner) manages the contract.');
    }
    if (contract.status === ContractStatus.ENDED) throw userError(ContractErrorCode.CONTRACT_ENDED, 'The contract has ended (CT-3).', ['input', 'contractId']);
    if (!from.includes(contract.status)) throw refusal();
    const ending = to === ContractStatus.ENDED;
    await executeSql(em, `update contract set status = ?, ended_at = ?, ended_by_id = ? where id = ?`, [to, ending ? now : null, ending ? viewer.id : null, contract.id]);
    await recordChange(em, contract.id, viewer.id, now, 'STATUS', contract.status, to);
    if (ending) for (const hook of endHooks) await hook(em, contract, { actorId: viewer.id, now });
  });
  return { contract: (await contractById(ctx).load(contractId))! };
}

export function pauseContract(ctx: Context, contractId: string) {
  return changeStatus(ctx, contractId, [ContractStatus.ACTIVE], ContractStatus.PAUSED, () =>
    userError(ContractErrorCode.CONTRACT_NOT_ACTIVE, 'Only an active contract can be paused.', ['input', 'contractId']),
  );
}

export function resumeContract(ctx: Context, contractId: string) {
  return changeStatus(ctx, contractId, [ContractStatus.PAUSED], ContractStatus.ACTIVE, () =>
    userError(ContractErrorCode.CONTRACT_NOT_PAUSED, 'Only a paused contract can be resumed.', ['input', 'contractId']),
  );
}

export function endContract(ctx: Context, contractId: string) {
  return changeStatus(ctx, contractId, [ContractStatus.ACTIVE, ContractStatus.PAUSED], ContractStatus.ENDED, () =>
    userError(ContractErrorCode.CONTRACT_ENDED, 'The contract has ended (CT-3).', ['input', 'contractId']),
  );
}

// AG-7: a member who is the freelancer on a live contract of the agency stays until it is ended.
addMemberRemovalGuard(async (em, member) => {
  const live = await selectOne(
    em,
    `select 1 from contract where agency_id = ? and freelancer_id = ? and status in ('ACTIVE', 'PAUSED') limit 1`,
    [member.teamId, member.userId],
  );
  return live ? 'That member has active contracts with the agency; end or reassign them first (AG-7).' : undefined;
});
