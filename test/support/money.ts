import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes, randomInt } from 'node:crypto';
import { chargeClient, makeAvailable, releaseEscrow, type Payee } from '../../src/modules/money/escrow.service';
import { databaseTestClock } from '../../src/shared/clock';
import { Money } from '../../src/shared/money';
import { graphql } from '../gql';
import type { Api } from './api';
import { createTeam, signUp, startStaffSuite, type TestUser } from './factories';
import type { TestServer } from './server';

export const AddPayoutMethodDoc = graphql(`
  mutation AddPayoutMethod($input: AddPayoutMethodInput!) {
    addPayoutMethod(input: $input) {
      payoutMethod { id kind display paypalEmail accountNumberLast4 routingNumberLast4 sortCode addressSummary removedAt }
      userErrors { code message field }
    }
  }
`);

export const RequestPayoutDoc = graphql(`
  mutation RequestPayout($input: RequestPayoutInput!) {
    requestPayout(input: $input) {
      payout { id status amount { amount currency } payoutMethod { id } team { id } user { id } requestedBy { id } }
      userErrors { code message field }
    }
  }
`);

export const SettlePayoutDoc = graphql(`
  mutation SettlePayout($input: SettlePayoutInput!) {
    settlePayout(input: $input) {
      payout { id status settledAt amount { amount } }
      userErrors { code message field }
    }
  }
`);

export const LedgerCheckDoc = graphql(`
  query LedgerCheck {
    ledgerCheck {
      ok unbalancedTransactions mismatchedAccounts negativeAccounts total { amount currency }
      accountMismatches mismatches { subjectId kind ownerId expected { amount } actual { amount } }
    }
  }
`);

export const TeamAccountDoc = graphql(`
  query TeamAccount($id: ID!) {
    team(id: $id) {
      id
      account { available { amount } pending { amount } inFlight { amount } inEscrow { amount } }
    }
  }
`);

export const ViewerAccountDoc = graphql(`
  query ViewerAccount {
    viewer { id account { available { amount } pending { amount } inFlight { amount } } }
  }
`);

export const RunDueWorkDoc = graphql(`
  mutation RunDueWorkForMoney {
    runDueWork { now reports { name changed } userErrors { code message } }
  }
`);

export const SetClockDoc = graphql(`
  mutation SetClockForMoney($input: SetClockInput!) {
    setClock(input: $input) { now userErrors { code message } }
  }
`);

export const NowDoc = graphql(`
  query NowForMoney { now }
`);

/** Runs `work` in one transaction of the test server's own ORM: setup that no API does yet. */
export async function inServerTransaction<T>(server: TestServer, work: (em: EntityManager, now: Date) => Promise<T>): Promise<T> {
  const em = server.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
  return em.transactional(async (tx) => work(tx as EntityManager, await databaseTestClock.now(tx as EntityManager)));
}

/** A test file's own server, with its staff user and a client team (of a 'Client Owner') to charge for the money moved. */
export async function startMoneySuite(): Promise<{ server: TestServer; staff: TestUser; clientTeamId: string }> {
  const { server, staff } = await startStaffSuite();
  const client = await signUp(server.api, 'Client Owner');
  return { server, staff, clientTeamId: (await createTeam(server.api, client, 'CLIENT')).id };
}

export const contractId = () => `ctr_${randomBytes(13).toString('hex').toUpperCase().slice(0, 26)}`;

/**
 * SETUP, not under test here: brings money into a payee's AVAILABLE part the way milestones
 * will (client charged into escrow, escrow released less the fee, pending made available at
 * once), through the ledger's own service functions. Returns what the payee nets.
 */
export async function seedAvailable(
  server: TestServer,
  options: { payee: Payee; clientTeamId: string; gross: string; feeBps?: number },
): Promise<{ net: Money; fee: Money; contractId: string }> {
  const gross = Money.parse(options.gross)!;
  const contract = contractId();
  return inServerTransaction(server, async (em, now) => {
    await chargeClient(em, { clientTeamId: options.clientTeamId, contractId: contract, amount: gross, now });
    const released = await releaseEscrow(em, {
      clientTeamId: options.clientTeamId,
      contractId: contract,
      payee: options.payee,
      gross,
      serviceFeeBps: options.feeBps ?? server.config.serviceFeeBps,
      now,
      availableAt: now,
    });
    await makeAvailable(em, released.pendingReleaseId!, now);
    return { net: released.net, fee: released.fee, contractId: contract };
  });
}

export async function addPaypal(api: Api, token: string, teamId?: string): Promise<string> {
  const { addPayoutMethod } = await api.ok(AddPayoutMethodDoc, { input: { teamId, kind: 'PAYPAL', paypalEmail: 'payee@example.com' } }, token);
  if (addPayoutMethod.userErrors.length) throw new Error(JSON.stringify(addPayoutMethod.userErrors));
  return addPayoutMethod.payoutMethod!.id;
}

/**
 * The random source of a randomized money run: mulberry32, a small seedable generator, started
 * from MONEY_SEED when set (so a failing run can be replayed) or else from a random seed, which
 * `seed` gives back for the test to report.
 */
export function seededRandom(seed = Number(process.env.MONEY_SEED ?? randomInt(100_000))) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(items: T[]): T => items[Math.floor(random() * items.length)];
  return { seed, random, pick };
}

export const key = () => `key-${randomBytes(8).toString('hex')}`;

export async function expectLedgerSound(api: Api, staffToken: string): Promise<void> {
  const { ledgerCheck } = await api.ok(LedgerCheckDoc, {}, staffToken);
  if (!ledgerCheck.ok) throw new Error(`ledger check failed: ${JSON.stringify(ledgerCheck)}`);
}
