import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer } from '../../auth/authorize';
import { selectOne } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import type { Context } from '../../graphql/context';
import { forbidden, userError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { toDate } from '../../graphql/scalars';
import { isIdOf } from '../../shared/ids';
import { Money } from '../../shared/money';
import { checkedText } from '../../shared/input';
import { ContractStatus } from '../contracts/contract.entity';
import { contractById } from '../contracts/contract.loaders';
import { findContract, lockContract } from '../contracts/contract.service';
import type { Contract } from '../contracts/contract.types';
import { ContractKind } from '../jobs/job.entity';
import { TimeEntryEntity } from './time-entry.entity';
import { TimeErrorCode } from './time.errors';
import { minutesInWeek, timeEntryById } from './time.loaders';
import { isActiveMember } from '../teams/membership';
import type { LogTimeInput, TimeEntry } from './time.types';

/** The database's exclusion constraint that keeps one freelancer's entries apart (TM-3). */
const NO_OVERLAP_CONSTRAINT = 'time_entry_no_overlap';

function isOverlap(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string } | null;
  return Boolean(e && e.code === '23P01' && (e.constraint === NO_OVERLAP_CONSTRAINT || e.message?.includes(NO_OVERLAP_CONSTRAINT)));
}

function overlaps() {
  return userError(TimeErrorCode.TIME_OVERLAPS, 'You already logged time overlapping this, on this or another contract: an hour is billed once (TM-3).', ['input', 'startedAt']);
}

/** TM-2: a week runs from Monday 00:00 UTC. */
export function weekStartOf(instant: Date): Date {
  const day = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 24 * 3600 * 1000);
}

/** A time entry is visible with its contract. */
export async function findTimeEntry(ctx: Context, id: string): Promise<TimeEntry | undefined> {
  const entry = isIdOf('TimeEntry', id) ? await timeEntryById(ctx).load(id) : undefined;
  return entry && (await findContract(ctx, entry.contractId)) ? entry : undefined;
}

registerNodeType('TimeEntry', findTimeEntry);

/** Hours logged on a contract in the week of the clock's now. */
export async function hoursThisWeek(ctx: Context, contractId: string): Promise<number> {
  const week = weekStartOf(await ctx.clock.now()).toISOString();
  const minutes = await minutesInWeek(ctx).load(`${contractId}@${week}`);
  return Math.round((minutes / 60) * 100) / 100;
}

/**
 * TM-2: the hourly rate in force when the time was worked: the rate a later change replaced
 * (from the contract's history), or the current one when it has not changed since. Raising the
 * rate and then logging earlier days of the week bills those days at the old rate.
 */
async function rateInForceAt(em: EntityManager, contract: Contract, workedAt: Date): Promise<bigint> {
  const later = await selectOne<{ fromValue: string }>(
    em,
    `select from_value as "fromValue" from contract_change
      where contract_id = ? and field = 'HOURLY_RATE' and changed_at > ? order by changed_at, id limit 1`,
    [contract.id, workedAt],
  );
  const replaced = later ? Money.parse(later.fromValue) : undefined;
  return replaced ? replaced.cents : BigInt(contract.hourlyRateCents!);
}

/**
 * TM-1: only the freelancer hired logs time, on an active hourly contract: not a business
 * manager, not the owner, not the client. The rate in force is stored with the entry, so the
 * weekly billing charges what applied when the work was done. The weekly limit is applied
 * when billing (TM-2), not here. TM-3: an entry ends no later than now, and a freelancer's
 * entries never overlap, across all their contracts: the database refuses an overlapping
 * entry (an exclusion constraint), so of concurrent overlapping logs exactly one is kept.
 */
export async function logTime(ctx: Context, input: LogTimeInput): Promise<{ timeEntry: TimeEntry; contract: Contract }> {
  const viewer = requireViewer(ctx);
  const memo = checkedText(input.memo ?? '', 1000, ['input', 'memo'], 'The memo', true);
  if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > 1440) {
    throw userError(TimeErrorCode.INVALID_MINUTES, 'Log 1 to 1,440 minutes at a time.', ['input', 'minutes']);
  }
  const entryId = await inTransaction(ctx, async (em, now) => {
    const contract = await lockContract(ctx, em, input.contractId);
    if (contract.freelancerId !== viewer.id) throw forbidden('Only the freelancer hired logs time on a contract (TM-1).');
    // AG-5: leaving the agency ends one's part in its contracts (the agency ends or replaces them).
    if (contract.agencyId && !(await isActiveMember(em, contract.agencyId, viewer.id))) {
      throw forbidden('You left the agency; its contracts are no longer yours to log time on (AG-5).');
    }
    if (contract.kind !== ContractKind.HOURLY) throw userError(TimeErrorCode.NOT_HOURLY, 'Time is logged on hourly contracts only.', ['input', 'contractId']);
    if (contract.status !== ContractStatus.ACTIVE) {
      throw userError(TimeErrorCode.CONTRACT_NOT_ACTIVE, 'Time is logged on active contracts only (CT-3).', ['input', 'contractId']);
    }
    if (input.startedAt.getTime() > now.getTime()) throw userError(TimeErrorCode.INVALID_START, 'Time cannot be logged in the future.', ['input', 'startedAt']);
    const endedAt = new Date(input.startedAt.getTime() + input.minutes * 60_000);
    if (endedAt.getTime() > now.getTime()) throw userError(TimeErrorCode.ENDS_IN_FUTURE, 'Time is logged once worked: an entry ends no later than now (TM-3).', ['input', 'minutes']);
    // TM-2: a week is billed up to its own limit, so an entry may not carry time into the next
    // week (Sunday 23:00 for ten hours would bill Monday's nine hours with the week before).
    if (weekStartOf(new Date(endedAt.getTime() - 1)).getTime() !== weekStartOf(input.startedAt).getTime()) {
      throw userError(TimeErrorCode.CROSSES_WEEK, 'An entry stays within one week (TM-2): log the time from Monday 00:00 UTC on as a separate entry.', ['input', 'minutes']);
    }
    if (input.startedAt.getTime() < toDate(contract.createdAt).getTime()) {
      throw userError(TimeErrorCode.BEFORE_CONTRACT, 'Time worked before the contract started cannot be logged on it.', ['input', 'startedAt']);
    }
    // CT-3: nothing is worked on a paused contract, also not when logged after it resumed.
    const statusThen = await selectOne<{ toValue: string }>(
      em,
      `select to_value as "toValue" from contract_change
        where contract_id = ? and field = 'STATUS' and changed_at <= ? order by changed_at desc, id desc limit 1`,
      [contract.id, input.startedAt],
    );
    if (statusThen && statusThen.toValue !== ContractStatus.ACTIVE) {
      throw userError(TimeErrorCode.CONTRACT_NOT_ACTIVE, 'The contract was paused at that time (CT-3).', ['input', 'startedAt']);
    }
    // Nor may an entry that started while it was active run on into a pause.
    const changedDuring = await selectOne(
      em,
      `select 1 from contract_change where contract_id = ? and field = 'STATUS' and to_value <> 'ACTIVE' and changed_at > ? and changed_at < ? limit 1`,
      [contract.id, input.startedAt, endedAt],
    );
    if (changedDuring) throw userError(TimeErrorCode.CONTRACT_NOT_ACTIVE, 'The contract was paused during that time (CT-3).', ['input', 'minutes']);
    // TM-2: a billed week is closed (the billing holds the same contract lock, so none slips in meanwhile).
    if (await selectOne(em, 'select 1 from invoice where contract_id = ? and week_start = ?', [contract.id, weekStartOf(input.startedAt)])) {
      throw userError(TimeErrorCode.WEEK_INVOICED, 'That week was invoiced already; time is logged into open weeks only.', ['input', 'startedAt']);
    }
    const entry = em.create(TimeEntryEntity, {
      contract: contract.id,
      freelancer: viewer.id,
      startedAt: input.startedAt,
      minutes: input.minutes,
      endedAt,
      memo,
      hourlyRateCents: await rateInForceAt(em, contract, input.startedAt),
      createdAt: now,
    });
    try {
      await em.flush();
    } catch (error) {
      if (isOverlap(error)) throw overlaps();
      throw error;
    }
    return entry.id;
  });
  const [timeEntry, contract] = await Promise.all([timeEntryById(ctx).load(entryId), contractById(ctx).load(input.contractId)]);
  return { timeEntry: timeEntry!, contract: contract! };
}
