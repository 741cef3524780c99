import { graphql } from './gql';
import type { UpdateJobInput, UpdateTeamInput } from './gql/graphql';
import { addMember, signUp } from './support/factories';
import { CloseJobDoc, startHiringWorld, postJob, type HiringWorld } from './support/hiring';
import type { TestServer } from './support/server';

/** updateTeam and updateJob: who may change what, and what is refused. */

const UpdateTeamDoc = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      team { id name headline skills }
      userErrors { code message field }
    }
  }
`);

const UpdateJobDoc = graphql(`
  mutation UpdateJob($input: UpdateJobInput!) {
    updateJob(input: $input) {
      job { id title description kind budget { amount } hourlyRateMin { amount } hourlyRateMax { amount } status }
      userErrors { code message field }
    }
  }
`);

let server: TestServer;
let world: HiringWorld;
beforeAll(async () => ({ server, world } = await startHiringWorld({}, 0)));
afterAll(() => server.close());

describe('updateTeam', () => {
  it("the OWNER changes the name and public profile; skills are trimmed, lower-cased and de-duplicated; left-out fields stay", async () => {
    const { updateTeam } = await server.api.ok(
      UpdateTeamDoc,
      { input: { teamId: world.agency.id, name: ' Pixel Works ', headline: 'Web apps, fast', skills: ['TypeScript', ' typescript ', 'Node.js', 'C++'] } },
      world.agencyOwner.token,
    );
    expect(updateTeam).toEqual({
      team: { id: world.agency.id, name: 'Pixel Works', headline: 'Web apps, fast', skills: ['typescript', 'node.js', 'c++'] },
      userErrors: [],
    });
    const { updateTeam: again } = await server.api.ok(UpdateTeamDoc, { input: { teamId: world.agency.id, headline: '' } }, world.agencyOwner.token);
    expect(again.team).toEqual({ id: world.agency.id, name: 'Pixel Works', headline: null, skills: ['typescript', 'node.js', 'c++'] });
  });

  it('an ADMIN of either kind of team may; FINANCIAL, HIRING_MANAGER, BUSINESS_MANAGER and MEMBER may not (FORBIDDEN), outsiders neither', async () => {
    const agencyAdmin = await addMember(server.api, world.agencyOwner, world.agency.id, ['ADMIN'], 'NON_EXCLUSIVE');
    const clientAdmin = await addMember(server.api, world.clientOwner, world.client.id, ['ADMIN']);
    for (const [user, teamId] of [
      [agencyAdmin, world.agency.id],
      [clientAdmin, world.client.id],
      [world.clientOwner, world.client.id],
    ] as const) {
      const { updateTeam } = await server.api.ok(UpdateTeamDoc, { input: { teamId, skills: ['design'] } }, user.token);
      expect(updateTeam.userErrors).toEqual([]);
      expect(updateTeam.team!.skills).toEqual(['design']);
    }
    for (const [user, teamId] of [
      [world.clientFinancial, world.client.id],
      [world.hiringManager, world.client.id],
      [world.manager, world.agency.id],
      [world.member, world.agency.id],
    ] as const) {
      expect(await server.api.errorCode(UpdateTeamDoc, { input: { teamId, name: 'Taken over' } }, user.token)).toBe('FORBIDDEN');
    }
    const outsider = await signUp(server.api, 'Outsider');
    expect(await server.api.errorCode(UpdateTeamDoc, { input: { teamId: world.agency.id, name: 'Taken over' } }, outsider.token)).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
  });

  it('refuses a bad name, headline or skills with typed userErrors and changes nothing', async () => {
    const attempts: [Omit<UpdateTeamInput, 'teamId'>, string, string[]][] = [
      [{ name: '  ' }, 'INVALID_NAME', ['input', 'name']],
      [{ headline: 'x'.repeat(201) }, 'INVALID_TEXT', ['input', 'headline']],
      [{ skills: Array.from({ length: 21 }, (_, i) => `skill ${i}`) }, 'INVALID_SKILLS', ['input', 'skills']],
      [{ skills: ['ok', '<script>'] }, 'INVALID_SKILLS', ['input', 'skills']],
      [{ name: 'Fine', skills: [''] }, 'INVALID_SKILLS', ['input', 'skills']],
    ];
    for (const [change, code, field] of attempts) {
      const { updateTeam } = await server.api.ok(UpdateTeamDoc, { input: { teamId: world.client.id, ...change } }, world.clientOwner.token);
      expect(updateTeam).toEqual({ team: null, userErrors: [{ code, message: expect.any(String), field }] });
    }
    const { updateTeam: unchanged } = await server.api.ok(UpdateTeamDoc, { input: { teamId: world.client.id } }, world.clientOwner.token);
    expect(unchanged.team).toEqual({ id: world.client.id, name: world.client.name, headline: null, skills: ['design'] });
  });
});

describe('updateJob', () => {
  it("JB-1: the HIRING_MANAGER or OWNER edits an open job's text and rates; left-out fields stay", async () => {
    const job = await postJob(server.api, world.hiringManager, world.client.id, { hourlyRateMin: '30.00', hourlyRateMax: '60.00' });
    const { updateJob } = await server.api.ok(UpdateJobDoc, { input: { jobId: job.id, title: 'Build a better website', hourlyRateMax: '80.00' } }, world.hiringManager.token);
    expect(updateJob).toEqual({
      job: {
        id: job.id,
        title: 'Build a better website',
        description: 'A nice one',
        kind: 'HOURLY',
        budget: null,
        hourlyRateMin: { amount: '30.00' },
        hourlyRateMax: { amount: '80.00' },
        status: 'OPEN',
      },
      userErrors: [],
    });
    const { updateJob: byOwner } = await server.api.ok(UpdateJobDoc, { input: { jobId: job.id, description: 'Now with a shop' } }, world.clientOwner.token);
    expect(byOwner.job).toMatchObject({ title: 'Build a better website', description: 'Now with a shop' });
  });

  it('FINANCIAL members, the agency and outsiders may not edit a job', async () => {
    const job = await postJob(server.api, world.hiringManager, world.client.id);
    expect(await server.api.errorCode(UpdateJobDoc, { input: { jobId: job.id, title: 'Mine now' } }, world.clientFinancial.token)).toBe('FORBIDDEN');
    for (const user of [world.agencyOwner, await signUp(server.api, 'Stranger')]) {
      expect(await server.api.errorCode(UpdateJobDoc, { input: { jobId: job.id, title: 'Mine now' } }, user.token)).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    }
  });

  it('refuses a closed job, fields of the other kind and an inverted rate range', async () => {
    const hourly = await postJob(server.api, world.hiringManager, world.client.id, { hourlyRateMin: '30.00' });
    const fixed = await postJob(server.api, world.hiringManager, world.client.id, { kind: 'FIXED_PRICE', budget: '500.00' });
    const refusals: [UpdateJobInput, string, string[]][] = [
      [{ jobId: hourly.id, budget: '100.00' }, 'FIELD_NOT_FOR_KIND', ['input', 'budget']],
      [{ jobId: fixed.id, hourlyRateMin: '10.00' }, 'FIELD_NOT_FOR_KIND', ['input', 'hourlyRateMin']],
      [{ jobId: hourly.id, hourlyRateMax: '20.00' }, 'INVALID_RATE_RANGE', ['input', 'hourlyRateMax']],
      [{ jobId: fixed.id, budget: '-5' }, 'INVALID_AMOUNT', ['input', 'budget']],
      [{ jobId: fixed.id, title: '' }, 'INVALID_TEXT', ['input', 'title']],
    ];
    for (const [input, code, field] of refusals) {
      const { updateJob } = await server.api.ok(UpdateJobDoc, { input }, world.hiringManager.token);
      expect(updateJob).toEqual({ job: null, userErrors: [{ code, message: expect.any(String), field }] });
    }
    const { updateJob: budget } = await server.api.ok(UpdateJobDoc, { input: { jobId: fixed.id, budget: '750.00' } }, world.hiringManager.token);
    expect(budget.job!.budget).toEqual({ amount: '750.00' });

    await server.api.ok(CloseJobDoc, { input: { jobId: fixed.id } }, world.hiringManager.token);
    const { updateJob: closed } = await server.api.ok(UpdateJobDoc, { input: { jobId: fixed.id, title: 'Too late' } }, world.hiringManager.token);
    expect(closed).toEqual({ job: null, userErrors: [{ code: 'JOB_NOT_OPEN', message: expect.any(String), field: ['input', 'jobId'] }] });
  });
});
