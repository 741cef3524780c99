import { graphql } from './gql';
import { addMember, type TestUser } from './support/factories';
import { agencyContract, FIXED_OFFER, startHiringSuite, sendOffer, type HiringWorld } from './support/hiring';
import { RunDueWorkDoc } from './support/money';
import type { TestServer } from './support/server';
import { BillingLogTimeDoc } from './support/work-money';
import { settle, Subscriber } from './support/ws';
import { setClockTo } from './support/clock';

const FiguresContractDoc = graphql(`
  query FiguresContract($id: ID!) {
    node(id: $id) {
      id
      ... on Contract {
        hourlyRate { amount }
        offer { hourlyRate { amount } milestones { amount { amount } } }
        milestones { nodes { id amount { amount } } }
        invoices { nodes { id amount { amount } fee { amount } } }
        timeEntries { nodes { id hourlyRate { amount } } }
        history { field fromValue toValue }
      }
    }
  }
`);

const FiguresNodesDoc = graphql(`
  query FiguresNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Milestone { amount { amount } }
      ... on Invoice { amount { amount } fee { amount } }
      ... on TimeEntry { hourlyRate { amount } }
      ... on Offer { hourlyRate { amount } milestones { amount { amount } } }
    }
  }
`);

const FiguresTeamDoc = graphql(`
  query FiguresTeam($id: ID!) {
    team(id: $id) {
      contracts(first: 100) { nodes { id hourlyRate { amount } milestones { nodes { amount { amount } } } invoices { nodes { amount { amount } } } } }
      offers(first: 100) { nodes { id hourlyRate { amount } milestones { amount { amount } } contract { id hourlyRate { amount } } } }
    }
  }
`);

const FiguresOfferEventsDoc = graphql(`
  subscription FiguresOfferEvents($teamId: ID) {
    offerEvents(teamId: $teamId) { id type offer { id hourlyRate { amount } milestones { amount { amount } } } }
  }
`);

const FiguresRateDoc = graphql(`
  mutation FiguresRate($input: UpdateContractTermsInput!) {
    updateContractTerms(input: $input) { contract { id } userErrors { code } }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
let financial: TestUser;
let admin: TestUser;
let hourly: { id: string; offerId: string; entryId: string; invoiceId: string };
let fixed: { id: string; offerId: string; milestoneIds: string[] };

const api = () => server.api;
const setNow = (iso: string) => setClockTo(api(), staff, iso);

beforeAll(async () => {
  ({ server, world, staff } = await startHiringSuite());
  financial = await addMember(server.api, world.agencyOwner, world.agency.id, ['FINANCIAL'], 'NON_EXCLUSIVE');
  admin = await addMember(server.api, world.agencyOwner, world.agency.id, ['ADMIN'], 'NON_EXCLUSIVE');
  // world.member works on both contracts; world.freeMember (a plain MEMBER) on neither.
  await setNow('2030-03-04T08:00:00Z'); // Monday
  const h = await agencyContract(server.api, world, { hourlyRate: '60.00', weeklyLimitHours: 20 });
  await setNow('2030-03-05T08:00:00Z');
  await server.api.ok(FiguresRateDoc, { input: { contractId: h.contract.id, hourlyRate: '65.00' } }, world.manager.token);
  const logged = await server.api.ok(BillingLogTimeDoc, { input: { contractId: h.contract.id, startedAt: '2030-03-04T09:00:00Z', minutes: 90 } }, world.member.token);
  await setNow('2030-03-11T01:00:00Z');
  await server.api.ok(RunDueWorkDoc, {}, staff.token);
  const [invoice] = await server.sql<{ id: string }>('select id from invoice where contract_id = $1', [h.contract.id]);
  hourly = { id: h.contract.id, offerId: h.offer.id, entryId: logged.logTime.timeEntry!.id, invoiceId: invoice.id };
  const f = await agencyContract(server.api, world, FIXED_OFFER);
  fixed = { id: f.contract.id, offerId: f.offer.id, milestoneIds: f.contract.milestones.nodes.map((m) => m.id) };
});
afterAll(() => server.close());

type ContractFigures = {
  hourlyRate: { amount: string } | null;
  offer: { hourlyRate: { amount: string } | null; milestones: { amount: { amount: string } | null }[] };
  milestones: { nodes: { amount: { amount: string } | null }[] };
  invoices: { nodes: { amount: { amount: string } | null; fee: { amount: string } | null }[] };
  timeEntries: { nodes: { hourlyRate: { amount: string } | null }[] };
  history: { field: string; fromValue: string | null; toValue: string | null }[];
};

async function contractFigures(id: string, reader: TestUser): Promise<ContractFigures> {
  return (await api().ok(FiguresContractDoc, { id }, reader.token)).node as unknown as ContractFigures;
}

/** Every figure a reader gets of the two contracts, by node, as plain values (null where hidden). */
async function figuresSeen(reader: TestUser) {
  const h = await contractFigures(hourly.id, reader);
  const f = await contractFigures(fixed.id, reader);
  return {
    rate: h.hourlyRate?.amount ?? null,
    offerRate: h.offer.hourlyRate?.amount ?? null,
    invoice: h.invoices.nodes.map((i) => [i.amount?.amount ?? null, i.fee?.amount ?? null]),
    entries: h.timeEntries.nodes.map((e) => e.hourlyRate?.amount ?? null),
    rateHistory: h.history.filter((c) => c.field === 'HOURLY_RATE').map((c) => [c.fromValue, c.toValue]),
    milestones: f.milestones.nodes.map((m) => m.amount?.amount ?? null),
    offerMilestones: f.offer.milestones.map((m) => m.amount?.amount ?? null),
  };
}

const VISIBLE = {
  rate: '65.00',
  offerRate: '60.00',
  invoice: [['90.00', '9.00']], // worked on Monday at 60.00 (the raise came on Tuesday): 1.5 h x 60, fee 10%
  entries: ['60.00'],
  rateHistory: [['60.00', '65.00']],
  milestones: ['500.00', '1500.50'],
  offerMilestones: ['500.00', '1500.50'],
};

const HIDDEN = { rate: null, offerRate: null, invoice: [[null, null]], entries: [null], rateHistory: [[null, null]], milestones: [null, null], offerMilestones: [null, null] };

describe("colleagues' figures (AC-1)", () => {
  it('AC-1: the freelancer on the contracts, the agency OWNER, ADMIN, FINANCIAL and BUSINESS_MANAGER, the client side and staff see every figure', async () => {
    for (const reader of [world.member, world.agencyOwner, admin, financial, world.manager, world.hiringManager, world.clientFinancial, staff]) {
      expect({ reader: reader.name, ...(await figuresSeen(reader)) }).toEqual({ reader: reader.name, ...VISIBLE });
    }
  });

  it('AC-1: a plain MEMBER sees the contracts they do not work on, but no rate, milestone amount, invoice figure or rate change, by node and nested', async () => {
    expect(await figuresSeen(world.freeMember)).toEqual(HIDDEN);
    const h = await contractFigures(hourly.id, world.freeMember);
    // The rest of the contract is there: what was invoiced, when, and the non-money history.
    expect(h.invoices.nodes).toHaveLength(1);
    const ids = [hourly.offerId, hourly.entryId, hourly.invoiceId, fixed.offerId, ...fixed.milestoneIds];
    const { nodes } = await api().ok(FiguresNodesDoc, { ids }, world.freeMember.token);
    expect(nodes).toEqual([
      { id: hourly.offerId, hourlyRate: null, milestones: [] },
      { id: hourly.entryId, hourlyRate: null },
      { id: hourly.invoiceId, amount: null, fee: null },
      { id: fixed.offerId, hourlyRate: null, milestones: [{ amount: null }, { amount: null }] },
      { id: fixed.milestoneIds[0], amount: null },
      { id: fixed.milestoneIds[1], amount: null },
    ]);
    const seen = await api().ok(FiguresNodesDoc, { ids }, world.member.token);
    expect(seen.nodes[2]).toEqual({ id: hourly.invoiceId, amount: { amount: '90.00' }, fee: { amount: '9.00' } });
  });

  it("AC-1: in the agency's lists a plain MEMBER sees figures of their own contracts only", async () => {
    const own = await agencyContract(api(), { ...world, member: world.freeMember }, { hourlyRate: '41.00', weeklyLimitHours: 5 });
    const { team } = await api().ok(FiguresTeamDoc, { id: world.agency.id }, world.freeMember.token);
    const contracts = team!.contracts.nodes;
    expect(contracts.find((c) => c.id === own.contract.id)!.hourlyRate).toEqual({ amount: '41.00' });
    for (const c of contracts.filter((c) => c.id !== own.contract.id)) {
      expect([c.hourlyRate, ...c.milestones.nodes.map((m) => m.amount), ...c.invoices.nodes.map((i) => i.amount)].every((v) => v === null)).toBe(true);
    }
    for (const o of team!.offers.nodes) {
      const mine = o.id === own.offer.id;
      expect([o.id, o.hourlyRate === null, o.milestones.every((m) => m.amount === null), o.contract?.hourlyRate == null]).toEqual([o.id, !mine, true, !mine]);
    }
    const asManager = await api().ok(FiguresTeamDoc, { id: world.agency.id }, world.manager.token);
    expect(asManager.team!.contracts.nodes.every((c) => c.hourlyRate !== null || c.milestones.nodes.length > 0)).toBe(true);
    expect(asManager.team!.contracts.nodes.flatMap((c) => c.milestones.nodes).every((m) => m.amount !== null)).toBe(true);
  });

  it("AC-1: offer events carry the figures only to those who may see them", async () => {
    const plain = await Subscriber.connect(server.wsUrl, world.freeMember.token);
    const manager = await Subscriber.connect(server.wsUrl, world.manager.token);
    const plainStream = plain.subscribe(FiguresOfferEventsDoc, { teamId: world.agency.id });
    const managerStream = manager.subscribe(FiguresOfferEventsDoc, { teamId: world.agency.id });
    await settle();
    await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: world.member.id, ...FIXED_OFFER });
    await plainStream.waitFor(1);
    await managerStream.waitFor(1);
    expect(plainStream.received.map((d) => d.data!.offerEvents.offer)).toEqual([expect.objectContaining({ hourlyRate: null, milestones: [{ amount: null }, { amount: null }] })]);
    expect(managerStream.received.map((d) => d.data!.offerEvents.offer)).toEqual([
      expect.objectContaining({ hourlyRate: null, milestones: [{ amount: { amount: '500.00' } }, { amount: { amount: '1500.50' } }] }),
    ]);
    plain.close();
    manager.close();
  });
});
