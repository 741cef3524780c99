import { graphql } from './gql';
import { addMember, createTeam, signUp, type TestUser } from './support/factories';
import {
  startHiringSuite,
  agencyContract,
  acceptOffer,
  FIXED_OFFER,
  freelancer,
  HiringNodeDoc,
  HiringNowDoc,
  HiringSetClockDoc,
  sendOffer,
  type HiringWorld,
} from './support/hiring';
import type { TestServer } from './support/server';

const UpdateTermsDoc = graphql(`
  mutation UpdateContractTerms($input: UpdateContractTermsInput!) {
    updateContractTerms(input: $input) {
      contract { id title weeklyLimitHours hourlyRate { amount } history { field fromValue toValue changedAt changedBy { id } } }
      userErrors { code message field }
    }
  }
`);

const PauseDoc = graphql(`
  mutation PauseContract($input: PauseContractInput!) {
    pauseContract(input: $input) { contract { id status } userErrors { code message } }
  }
`);

const ResumeDoc = graphql(`
  mutation ResumeContract($input: ResumeContractInput!) {
    resumeContract(input: $input) { contract { id status } userErrors { code message } }
  }
`);

const EndDoc = graphql(`
  mutation EndContract($input: EndContractInput!) {
    endContract(input: $input) { contract { id status endedAt } userErrors { code message } }
  }
`);

const LogTimeDoc = graphql(`
  mutation LogTime($input: LogTimeInput!) {
    logTime(input: $input) {
      timeEntry { id minutes memo startedAt hourlyRate { amount } freelancer { id } }
      contract { id hoursThisWeek billableHoursThisWeek }
      userErrors { code message field }
    }
  }
`);

const AddMilestoneDoc = graphql(`
  mutation AddMilestone($input: AddMilestoneInput!) {
    addMilestone(input: $input) {
      milestone { id position status description amount { amount } dueAt }
      contract { id milestones { totalCount } }
      userErrors { code message field }
    }
  }
`);

const HiringRemoveMemberDoc = graphql(`
  mutation HiringRemoveMember($input: RemoveTeamMemberInput!) {
    removeTeamMember(input: $input) { member { id status } userErrors { code message } }
  }
`);

const ViewerWorkDoc = graphql(`
  query ViewerWork {
    viewer {
      proposals(first: 100) { totalCount }
      offers(first: 100) { totalCount }
      contracts(first: 100, filter: { status: [ACTIVE, PAUSED] }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount nodes { id status } }
    }
  }
`);

const TeamContractsDoc = graphql(`
  query TeamContracts($teamId: ID!) {
    team(id: $teamId) { contracts(first: 100) { totalCount nodes { id } } }
  }
`);

const StaffContractsDoc = graphql(`
  query StaffContracts($filter: ContractFilter) {
    contracts(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }
  }
`);

const ContractNodeDoc = graphql(`
  query ContractNode($id: ID!) {
    node(id: $id) {
      id
      ... on Contract {
        status hoursThisWeek
        history { id field }
        timeEntries(first: 10) { totalCount nodes { id } }
        milestones(first: 10) { nodes { id } }
      }
    }
  }
`);

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const api = () => server.api;

describe('contract terms (CT-2)', () => {
  it('CT-2: a business manager edits the rate, the client the weekly limit and title; every edit is in the history', async () => {
    const { contract } = await agencyContract(api(), world);
    const { updateContractTerms: byManager } = await api().ok(UpdateTermsDoc, { input: { contractId: contract.id, hourlyRate: '75.50' } }, world.manager.token);
    expect(byManager.contract!.hourlyRate).toEqual({ amount: '75.50' });
    const { updateContractTerms: byClient } = await api().ok(
      UpdateTermsDoc,
      { input: { contractId: contract.id, weeklyLimitHours: 20, title: 'Renamed' } },
      world.hiringManager.token,
    );
    expect(byClient.contract).toMatchObject({ title: 'Renamed', weeklyLimitHours: 20 });
    expect(byClient.contract!.history.map((h) => [h.field, h.fromValue, h.toValue, h.changedBy.id])).toEqual([
      ['HOURLY_RATE', '60.00', '75.50', world.manager.id],
      ['TITLE', 'The work', 'Renamed', world.hiringManager.id],
      ['WEEKLY_LIMIT_HOURS', '10', '20', world.hiringManager.id],
    ]);
  });

  it('CT-2: the freelancer of an agency contract does not edit terms; the client does not edit the rate; FINANCIAL does not edit', async () => {
    const { contract } = await agencyContract(api(), world);
    for (const [user, input] of [
      [world.member, { hourlyRate: '99' }],
      [world.member, { title: 'Mine' }],
      [world.hiringManager, { hourlyRate: '1' }],
      [world.manager, { weeklyLimitHours: 40 }],
      [world.clientFinancial, { title: 'x' }],
    ] as const) {
      expect(await api().errorCode(UpdateTermsDoc, { input: { contractId: contract.id, ...input } }, user.token)).toBe('FORBIDDEN');
    }
    expect(await server.sql('select 1 from contract_change where contract_id = $1', [contract.id])).toHaveLength(0);
  });

  it('CT-2: an independent freelancer edits their own rate', async () => {
    const indie = await freelancer(api(), 0);
    const offer = await sendOffer(api(), world.hiringManager, world.client.id, { freelancerId: indie.id });
    const { contract } = await acceptOffer(api(), indie, offer.id);
    const { updateContractTerms } = await api().ok(UpdateTermsDoc, { input: { contractId: contract!.id, hourlyRate: '65' } }, indie.token);
    expect(updateContractTerms.contract!.hourlyRate).toEqual({ amount: '65.00' });
  });
});

describe('contract status (CT-3)', () => {
  it('CT-3: either side pauses, resumes and ends; nothing is logged on a paused or ended contract', async () => {
    const { contract } = await agencyContract(api(), world);
    const { now } = await api().ok(HiringNowDoc, {}, world.member.token);
    const log = () => api().ok(LogTimeDoc, { input: { contractId: contract.id, startedAt: now, minutes: 30 } }, world.member.token);
    expect(await api().errorCode(PauseDoc, { input: { contractId: contract.id } }, world.member.token)).toBe('FORBIDDEN');
    const { pauseContract } = await api().ok(PauseDoc, { input: { contractId: contract.id } }, world.hiringManager.token);
    expect(pauseContract.contract!.status).toBe('PAUSED');
    expect((await log()).logTime.userErrors[0].code).toBe('CONTRACT_NOT_ACTIVE');
    const { resumeContract } = await api().ok(ResumeDoc, { input: { contractId: contract.id } }, world.manager.token);
    expect(resumeContract.contract!.status).toBe('ACTIVE');
    const { endContract } = await api().ok(EndDoc, { input: { contractId: contract.id } }, world.manager.token);
    expect(endContract.contract).toMatchObject({ status: 'ENDED', endedAt: expect.any(String) });
    expect((await log()).logTime.userErrors[0].code).toBe('CONTRACT_NOT_ACTIVE');
    const { endContract: again } = await api().ok(EndDoc, { input: { contractId: contract.id } }, world.hiringManager.token);
    expect(again.userErrors[0].code).toBe('CONTRACT_ENDED');
    const { updateContractTerms } = await api().ok(UpdateTermsDoc, { input: { contractId: contract.id, title: 'late' } }, world.hiringManager.token);
    expect(updateContractTerms.userErrors[0].code).toBe('CONTRACT_ENDED');
  });
});

describe('time (TM-1)', () => {
  it('TM-1: only the freelancer hired logs time: not the business manager, the owner or the client', async () => {
    const { contract } = await agencyContract(api(), world);
    const { now } = await api().ok(HiringNowDoc, {}, world.member.token);
    // TM-3: time is logged once worked.
    await api().ok(HiringSetClockDoc, { input: { now: new Date(Date.parse(now) + 3_600_000).toISOString() } }, staff.token);
    const input = { contractId: contract.id, startedAt: now, minutes: 45, memo: 'work' };
    for (const user of [world.manager, world.agencyOwner, world.hiringManager, world.clientOwner]) {
      expect(await api().errorCode(LogTimeDoc, { input }, user.token)).toBe('FORBIDDEN');
    }
    const { logTime } = await api().ok(LogTimeDoc, { input }, world.member.token);
    expect(logTime.timeEntry).toMatchObject({ minutes: 45, memo: 'work', hourlyRate: { amount: '60.00' }, freelancer: { id: world.member.id } });
    const { logTime: future } = await api().ok(
      LogTimeDoc,
      { input: { ...input, startedAt: new Date(Date.parse(now) + 2 * 3_600_000).toISOString() } },
      world.member.token,
    );
    expect(future.userErrors[0].code).toBe('INVALID_START');
  });

  it('TM-1, TM-2: the contract shows hours of this week (from Monday 00:00 UTC); the weekly limit caps billable hours; each entry keeps the rate in force when it was worked', async () => {
    // A week of January 2030: Monday 14th to Sunday 20th; the contract starts the Saturday before.
    const setClock = (now: string) => api().ok(HiringSetClockDoc, { input: { now } }, staff.token);
    await setClock('2030-01-12T12:00:00Z'); // Saturday
    const { contract } = await agencyContract(api(), world);
    await setClock('2030-01-16T10:00:00Z'); // Wednesday 10:00: the rate goes up
    await api().ok(UpdateTermsDoc, { input: { contractId: contract.id, hourlyRate: '80' } }, world.manager.token);
    await setClock('2030-01-16T12:00:00Z');
    const log = (startedAt: string, minutes: number) =>
      api().ok(LogTimeDoc, { input: { contractId: contract.id, startedAt, minutes } }, world.member.token);
    expect((await log('2030-01-13T10:00:00Z', 120)).logTime.userErrors).toEqual([]); // last Sunday: another week, at the old rate
    expect((await log('2030-01-15T08:00:00Z', 600)).logTime.userErrors).toEqual([]); // Tuesday: worked before the change, so at the old rate (logged after it)
    const { logTime } = await log('2030-01-16T10:30:00Z', 90); // Wednesday 10:30 to 12:00, after the change (TM-3: ended by now)
    expect(logTime.contract).toMatchObject({ hoursThisWeek: 11.5, billableHoursThisWeek: 10 });
    expect(logTime.timeEntry!.hourlyRate).toEqual({ amount: '80.00' });
    const rates = await server.sql<{ hourly_rate_cents: string }>('select hourly_rate_cents from time_entry where contract_id = $1 order by started_at', [contract.id]);
    expect(rates.map((r) => r.hourly_rate_cents)).toEqual(['6000', '6000', '8000']);
  });

  it('TM-1: a fixed-price contract takes no time', async () => {
    const { contract } = await agencyContract(api(), world, FIXED_OFFER);
    const { now } = await api().ok(HiringNowDoc, {}, world.member.token);
    const { logTime } = await api().ok(LogTimeDoc, { input: { contractId: contract.id, startedAt: now, minutes: 10 } }, world.member.token);
    expect(logTime.userErrors[0].code).toBe('NOT_HOURLY');
  });
});

describe('milestones', () => {
  it('MS-1: the client adds a milestone to an active fixed-price contract; others may not', async () => {
    const { contract } = await agencyContract(api(), world, FIXED_OFFER);
    const input = { contractId: contract.id, description: 'Polish', amount: '250.25', dueAt: '2031-05-01T00:00:00Z' };
    expect(await api().errorCode(AddMilestoneDoc, { input }, world.manager.token)).toBe('FORBIDDEN');
    expect(await api().errorCode(AddMilestoneDoc, { input }, world.clientFinancial.token)).toBe('FORBIDDEN');
    const { addMilestone } = await api().ok(AddMilestoneDoc, { input }, world.hiringManager.token);
    expect(addMilestone.milestone).toMatchObject({ position: 3, status: 'PENDING_FUNDING', amount: { amount: '250.25' } });
    expect(addMilestone.contract!.milestones.totalCount).toBe(3);
    const { addMilestone: bad } = await api().ok(AddMilestoneDoc, { input: { ...input, amount: '0' } }, world.hiringManager.token);
    expect(bad.userErrors[0].code).toBe('INVALID_AMOUNT');
    const hourly = await agencyContract(api(), world);
    const { addMilestone: notFixed } = await api().ok(AddMilestoneDoc, { input: { ...input, contractId: hourly.contract.id } }, world.hiringManager.token);
    expect(notFixed.userErrors[0].code).toBe('NOT_FIXED_PRICE');
  });
});

describe('members with contracts (AG-7)', () => {
  it('AG-7: a member who is the freelancer on an active contract cannot be removed until it ends', async () => {
    const member = await addMember(api(), world.agencyOwner, world.agency.id, ['MEMBER']);
    const own = { ...world, member };
    const { contract } = await agencyContract(api(), own);
    const { removeTeamMember: refused } = await api().ok(HiringRemoveMemberDoc, { input: { memberId: member.memberId } }, world.agencyOwner.token);
    expect(refused.userErrors[0].code).toBe('MEMBER_HAS_ACTIVE_CONTRACTS');
    await api().ok(EndDoc, { input: { contractId: contract.id } }, world.hiringManager.token);
    const { removeTeamMember } = await api().ok(HiringRemoveMemberDoc, { input: { memberId: member.memberId } }, world.agencyOwner.token);
    expect(removeTeamMember.member!.status).toBe('REMOVED');
  });
});

describe('who sees what (AC-1)', () => {
  it('AC-1: a user of another team gets NOT_FOUND for every id of the flow and sees none of it in any list', async () => {
    const { job, proposal, offer, contract } = await agencyContract(api(), world);
    const fixed = await agencyContract(api(), world, FIXED_OFFER);
    const { now } = await api().ok(HiringNowDoc, {}, world.member.token);
    await api().ok(HiringSetClockDoc, { input: { now: new Date(Date.parse(now) + 10 * 60_000).toISOString() } }, staff.token);
    const { logTime } = await api().ok(LogTimeDoc, { input: { contractId: contract.id, startedAt: now, minutes: 5 } }, world.member.token);
    await api().ok(UpdateTermsDoc, { input: { contractId: contract.id, title: 'Seen by few' } }, world.hiringManager.token);
    await api().ok(HiringSetClockDoc, { input: { now: new Date(Date.parse(now) + 11 * 60_000).toISOString() } }, staff.token);
    await server.sql(`update job set status = 'CLOSED' where id = $1`, [job.id]);
    const { node: seen } = await api().ok(ContractNodeDoc, { id: contract.id }, world.member.token);
    const ids = [
      job.id,
      proposal.id,
      offer.id,
      contract.id,
      logTime.timeEntry!.id,
      (seen as { history: { id: string }[] }).history[0].id,
      fixed.contract.milestones.nodes[0].id,
    ];
    const outsiderOwner = await signUp(api(), 'Other Owner');
    const otherAgency = await createTeam(api(), outsiderOwner, 'AGENCY');
    const otherClient = await createTeam(api(), outsiderOwner, 'CLIENT');
    const outsider = await addMember(api(), outsiderOwner, otherAgency.id, ['BUSINESS_MANAGER']);
    for (const user of [outsider, outsiderOwner]) {
      for (const id of ids) expect([id, await api().errorCode(HiringNodeDoc, { id }, user.token)]).toEqual([id, 'NOT_FOUND']);
      const { viewer } = await api().ok(ViewerWorkDoc, {}, user.token);
      expect(viewer).toMatchObject({ proposals: { totalCount: 0 }, offers: { totalCount: 0 }, contracts: { totalCount: 0 } });
      for (const teamId of [world.agency.id, world.client.id]) {
        expect(await api().errorCode(TeamContractsDoc, { teamId }, user.token)).toBe('NOT_FOUND');
      }
    }
    for (const teamId of [otherAgency.id, otherClient.id]) {
      const { team } = await api().ok(TeamContractsDoc, { teamId }, outsiderOwner.token);
      expect(team.contracts.totalCount).toBe(0);
    }
    // The people of the flow do see it.
    for (const user of [world.member, world.manager, world.hiringManager]) {
      for (const id of ids) expect((await api().ok(HiringNodeDoc, { id }, user.token)).node!.id).toBe(id);
    }
    // Another member of the agency sees its offers and contracts, not another member's proposal.
    for (const id of ids.filter((id) => id !== proposal.id)) expect((await api().ok(HiringNodeDoc, { id }, world.freeMember.token)).node!.id).toBe(id);
    expect(await api().errorCode(HiringNodeDoc, { id: proposal.id }, world.freeMember.token)).toBe('NOT_FOUND');
    const { viewer } = await api().ok(ViewerWorkDoc, {}, world.member.token);
    expect(viewer!.contracts!.nodes.map((c) => c.id)).toContain(contract.id);
  });

  it('staff list every contract, filtered by status, team, freelancer and dates; others are FORBIDDEN', async () => {
    const { contract } = await agencyContract(api(), world);
    const { now } = await api().ok(HiringNowDoc, {}, staff.token);
    const { contracts } = await api().ok(
      StaffContractsDoc,
      { filter: { status: ['ACTIVE'], teamId: world.agency.id, freelancerId: world.member.id, createdAfter: new Date(Date.parse(now) - 60_000).toISOString() } },
      staff.token,
    );
    expect(contracts.nodes.map((c) => c.id)).toContain(contract.id);
    expect(contracts.nodes.every((c) => c.status === 'ACTIVE' && c.freelancer.id === world.member.id)).toBe(true);
    const { contracts: none } = await api().ok(StaffContractsDoc, { filter: { createdBefore: '2000-01-01T00:00:00Z' } }, staff.token);
    expect(none.totalCount).toBe(0);
    const { contracts: noStatus } = await api().ok(StaffContractsDoc, { filter: { status: [], teamId: world.agency.id } }, staff.token);
    expect(noStatus.totalCount).toBe(0);
    expect(await api().errorCode(StaffContractsDoc, {}, world.agencyOwner.token)).toBe('FORBIDDEN');
  });

  it('CT-3, TM-1: time worked while the contract was paused is refused, also when logged after it resumed', async () => {
    const { now } = await api().ok(HiringNowDoc, {}, staff.token);
    const base = Date.parse(now) + 60_000;
    const iso = (ms: number) => new Date(ms).toISOString();
    await api().ok(HiringSetClockDoc, { input: { now: iso(base) } }, staff.token);
    const { contract } = await agencyContract(api(), world);
    await api().ok(HiringSetClockDoc, { input: { now: iso(base + 2 * 3_600_000) } }, staff.token);
    await api().ok(PauseDoc, { input: { contractId: contract.id } }, world.hiringManager.token);
    await api().ok(HiringSetClockDoc, { input: { now: iso(base + 5 * 3_600_000) } }, staff.token);
    await api().ok(ResumeDoc, { input: { contractId: contract.id } }, world.manager.token);
    await api().ok(HiringSetClockDoc, { input: { now: iso(base + 6 * 3_600_000) } }, staff.token);
    const log = (hoursAfterStart: number) =>
      api().ok(LogTimeDoc, { input: { contractId: contract.id, startedAt: iso(base + hoursAfterStart * 3_600_000), minutes: 30 } }, world.member.token);
    expect((await log(1)).logTime.userErrors).toEqual([]); // before the pause
    expect((await log(3)).logTime.userErrors[0].code).toBe('CONTRACT_NOT_ACTIVE'); // while paused
    expect((await log(5.5)).logTime.userErrors).toEqual([]); // after resuming
  });
});
