/**
 * TM-2: hourly contracts are billed week by week. For every fully closed week (Monday 00:00
 * UTC to the next Monday) with unbilled time, `hourly.invoice-weeks` makes one invoice: the
 * week's time entries in the order they were logged, up to the contract's weekly limit, each
 * minute at the rate stored on its entry; the client is charged into escrow and the escrow is
 * released at once to the payee (less the fee, MN-3), pending until 10 days after the week ends.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { executeSql, selectOne, selectRows } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { registerNodeType } from '../../graphql/node';
import { isIdOf, newId } from '../../shared/ids';
import { Money } from '../../shared/money';
import { findContract } from '../contracts/contract.service';
import { CONTRACT_COLUMNS, type Contract } from '../contracts/contract.types';
import { PaymentEventType, recordPaymentEvent } from '../events/payment-events';
import { chargeClient, releaseEscrow } from '../money/escrow.service';
import { payeeOf } from '../milestones/milestone.workflow';
import { registerDueWork } from '../scheduler/due-work';
import { weekStartOf } from '../time/time.service';
import { invoiceById } from './invoice.loaders';
import { transaction } from '../../db/transaction';
import type { Invoice } from './invoice.types';

const DAY_MS = 24 * 3600 * 1000;
const WEEK_MS = 7 * DAY_MS;
/** TM-2: the payee's share of a week becomes available this long after the week ends. */
export const HOURLY_AVAILABLE_AFTER_DAYS = 10;

/** An invoice is visible with its contract. */
export async function findInvoice(ctx: Context, id: string): Promise<Invoice | undefined> {
  const invoice = isIdOf('Invoice', id) ? await invoiceById(ctx).load(id) : undefined;
  return invoice && (await findContract(ctx, invoice.contractId)) ? invoice : undefined;
}

registerNodeType('Invoice', findInvoice);

/** Whether a week of a contract is invoiced already: time is no longer logged into it. */
export async function isWeekInvoiced(em: EntityManager, contractId: string, weekStart: Date): Promise<boolean> {
  return Boolean(await selectOne(em, 'select 1 from invoice where contract_id = ? and week_start = ?', [contractId, weekStart]));
}

interface Entry {
  id: string;
  minutes: number;
  rateCents: string;
}

/** The week's entries in logging order, up to `limitMinutes`; the amount rounded half up to the cent once. */
export function billEntries(entries: Entry[], limitMinutes: number | null): { billed: Map<string, number>; minutes: number; amountCents: bigint } {
  const billed = new Map<string, number>();
  let left = limitMinutes ?? Number.MAX_SAFE_INTEGER;
  let minutes = 0;
  let minuteCents = 0n;
  for (const entry of entries) {
    const take = Math.max(0, Math.min(entry.minutes, left));
    billed.set(entry.id, take);
    left -= take;
    minutes += take;
    minuteCents += BigInt(take) * BigInt(entry.rateCents);
  }
  return { billed, minutes, amountCents: (minuteCents + 30n) / 60n };
}

/**
 * TM-2: the weekly limit that applied to a week is the one in force when the week ended; a
 * change made after that (before the Monday billing, say) does not reach back into it.
 */
async function weeklyLimitAt(em: EntityManager, contract: Contract, weekEnd: Date): Promise<number | null> {
  const later = await selectOne<{ fromValue: string | null }>(
    em,
    `select from_value as "fromValue" from contract_change
      where contract_id = ? and field = 'WEEKLY_LIMIT_HOURS' and changed_at >= ? order by changed_at, id limit 1`,
    [contract.id, weekEnd],
  );
  if (!later) return contract.weeklyLimitHours ?? null;
  return later.fromValue == null ? null : Number(later.fromValue);
}

/**
 * Bills one closed week of one contract in its own transaction. The contract row is locked
 * (logTime takes the same lock), and the (contract, week) pair is unique: a week is billed once.
 */
async function billWeek(em: EntityManager, contractId: string, weekStart: Date, now: Date, config: Config): Promise<boolean> {
  return transaction(em, async (txEm) => {
    const tx = txEm as EntityManager;
    const contract = (await selectOne<Contract>(tx, `select ${CONTRACT_COLUMNS} from contract c where c.id = ? for update`, [contractId]))!;
    if (await isWeekInvoiced(tx, contractId, weekStart)) return false;
    const weekEnd = new Date(weekStart.getTime() + WEEK_MS);
    const entries = await selectRows<Entry>(
      tx,
      `select id, minutes, hourly_rate_cents as "rateCents" from time_entry
        where contract_id = ? and started_at >= ? and started_at < ? and invoice_id is null order by created_at, id`,
      [contractId, weekStart, weekEnd],
    );
    const limitHours = await weeklyLimitAt(tx, contract, weekEnd);
    const bill = billEntries(entries, limitHours == null ? null : limitHours * 60);
    if (!bill.minutes) return false;
    const invoiceId = newId('Invoice');
    const inserted = await selectRows(
      tx,
      `insert into invoice (id, contract_id, week_start, week_end, minutes, amount_cents, fee_cents, created_at)
       values (?, ?, ?, ?, ?, ?::bigint, 0, ?) on conflict (contract_id, week_start) do nothing returning id`,
      [invoiceId, contractId, weekStart, weekEnd, bill.minutes, bill.amountCents.toString(), now],
    );
    if (!inserted.length) return false;
    for (const [entryId, minutes] of bill.billed) {
      await executeSql(tx, 'update time_entry set invoice_id = ?, billed_minutes = ? where id = ?', [invoiceId, minutes, entryId]);
    }
    const amount = Money.ofCents(bill.amountCents);
    if (!amount.isPositive()) return true;
    const memo = `Hours for the week of ${weekStart.toISOString().slice(0, 10)}`;
    const payee = payeeOf(contract);
    await chargeClient(tx, { clientTeamId: contract.clientTeamId, contractId, amount, now, invoiceId, memo });
    const released = await releaseEscrow(tx, {
      clientTeamId: contract.clientTeamId,
      contractId,
      payee,
      gross: amount,
      serviceFeeBps: config.serviceFeeBps,
      now,
      availableAt: new Date(weekEnd.getTime() + HOURLY_AVAILABLE_AFTER_DAYS * DAY_MS),
      invoiceId,
      memo,
    });
    await executeSql(tx, 'update invoice set fee_cents = ?::bigint where id = ?', [released.fee.cents.toString(), invoiceId]);
    const refs = { contractId, invoiceId };
    await recordPaymentEvent(tx, { type: PaymentEventType.INVOICE_BILLED, now, holder: { teamId: contract.clientTeamId }, amount, refs });
    if (released.net.isPositive()) await recordPaymentEvent(tx, { type: PaymentEventType.INVOICE_BILLED, now, holder: payee, amount: released.net, refs });
    return true;
  });
}

const BATCH = 100;

/**
 * TM-2: every closed week with unbilled time of every hourly contract (ended ones too), from
 * the week the contract started; weeks before it are never billed. Safe to run concurrently.
 */
export async function invoiceClosedWeeks(em: EntityManager, now: Date, config: Config): Promise<number> {
  const currentWeek = weekStartOf(now);
  let count = 0;
  for (;;) {
    const due = await selectRows<{ contractId: string; weekStart: string }>(
      em,
      `select distinct t.contract_id as "contractId", date_trunc('week', t.started_at at time zone 'UTC') at time zone 'UTC' as "weekStart"
         from time_entry t join contract c on c.id = t.contract_id
        where t.invoice_id is null and c.kind = 'HOURLY' and t.started_at < ?
          and t.started_at >= date_trunc('week', c.created_at at time zone 'UTC') at time zone 'UTC'
          and not exists (select 1 from invoice i where i.contract_id = t.contract_id
                           and i.week_start = date_trunc('week', t.started_at at time zone 'UTC') at time zone 'UTC')
        order by 2, 1 limit ${BATCH}`,
      [currentWeek],
    );
    let billed = 0;
    for (const week of due) if (await billWeek(em, week.contractId, new Date(week.weekStart), now, config)) billed++;
    count += billed;
    if (due.length < BATCH || !billed) return count;
  }
}

registerDueWork({ name: 'hourly.invoice-weeks', run: invoiceClosedWeeks });
