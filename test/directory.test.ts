import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './gql';
import type { AgencyDirectoryFilter, FreelancerDirectoryFilter, UpdatePublicProfileInput } from './gql/graphql';
import { addMember, createTeam, signUp, type TestUser } from './support/factories';
import { buyConnects } from './support/hiring';
import { startTestServer, type TestServer } from './support/server';

/** The public directory: agencies and freelancers found by name and skills, public fields only. */

const UpdatePublicProfileDoc = graphql(`
  mutation UpdatePublicProfile($input: UpdatePublicProfileInput!) {
    updatePublicProfile(input: $input) {
      profile { id name headline skills availability }
      userErrors { code message field }
    }
  }
`);

const DirectoryUpdateTeamDoc = graphql(`
  mutation DirectoryUpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) { team { id skills } userErrors { code } }
  }
`);

const FreelancersDoc = graphql(`
  query Freelancers($filter: FreelancerDirectoryFilter, $first: Int, $after: String, $orderBy: ProfileOrder) {
    freelancers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name headline skills availability createdAt }
    }
  }
`);

const AgenciesDoc = graphql(`
  query Agencies($filter: AgencyDirectoryFilter) {
    agencies(filter: $filter, first: 100) {
      totalCount
      nodes { id name headline skills createdAt }
    }
  }
`);

const ProfileFieldsDoc = graphql(`
  query DirectoryProfileFields {
    agency: __type(name: "AgencyProfile") { fields { name type { name ofType { name ofType { name ofType { name } } } } } }
    freelancer: __type(name: "FreelancerProfile") { fields { name type { name ofType { name ofType { name ofType { name } } } } } }
  }
`);

let server: TestServer;
let ada: TestUser;
let bob: TestUser;
let quiet: TestUser;
let client: TestUser;
beforeAll(async () => {
  server = await startTestServer();
  [ada, bob, quiet, client] = [await signUp(server.api, 'Ada Lovelace'), await signUp(server.api, 'Bob Builder'), await signUp(server.api, 'Quiet Person'), await signUp(server.api, 'Client Carl')];
});
afterAll(() => server.close());

const profile = async (user: TestUser, input: UpdatePublicProfileInput) =>
  (await server.api.ok(UpdatePublicProfileDoc, { input }, user.token)).updatePublicProfile;

describe('freelancers', () => {
  it('a freelancer publishes a profile; anyone signed in finds it by skills, availability and search; an unlisted profile stays out', async () => {
    expect(await profile(ada, { headline: 'React and TypeScript developer', skills: ['React', 'TypeScript'], availability: 'FULL_TIME' })).toEqual({
      profile: { id: ada.id, name: 'Ada Lovelace', headline: 'React and TypeScript developer', skills: ['react', 'typescript'], availability: 'FULL_TIME' },
      userErrors: [],
    });
    await profile(bob, { headline: 'Python data pipelines', skills: ['python', 'typescript'], availability: 'PART_TIME' });
    await profile(quiet, { skills: ['typescript'], availability: 'FULL_TIME' }); // no headline: not listed

    const find = async (filter: FreelancerDirectoryFilter) => (await server.api.ok(FreelancersDoc, { filter }, client.token)).freelancers.nodes.map((node) => node.id);
    expect(await find({ skills: ['TypeScript'] })).toEqual([ada.id, bob.id]);
    expect(await find({ skills: ['typescript', 'react'] })).toEqual([ada.id]);
    expect(await find({ skills: ['typescript'], availability: ['PART_TIME'] })).toEqual([bob.id]);
    expect(await find({ availability: ['FULL_TIME', 'PART_TIME'] })).toEqual([ada.id, bob.id]);
    expect(await find({ search: 'pipelines' })).toEqual([bob.id]);
    expect(await find({ search: 'lovelace' })).toEqual([ada.id]);
    expect(await find({ skills: ['cobol'] })).toEqual([]);

    // Relay paging, by name unless ordered otherwise
    const first = (await server.api.ok(FreelancersDoc, { first: 1 }, client.token)).freelancers;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ id: ada.id }] });
    const second = (await server.api.ok(FreelancersDoc, { first: 1, after: first.pageInfo.endCursor }, client.token)).freelancers;
    expect(second.nodes.map((node) => node.id)).toEqual([bob.id]);
    const newest = (await server.api.ok(FreelancersDoc, { orderBy: { field: 'CREATED_AT', direction: 'DESC' } }, client.token)).freelancers;
    expect(newest.nodes.map((node) => node.id)).toEqual([bob.id, ada.id]);

    // clearing the headline unlists the profile
    await profile(bob, { headline: '' });
    expect(await find({})).toEqual([ada.id]);
  });

  it('refuses bad skills or a too long headline with typed userErrors', async () => {
    expect(await profile(ada, { skills: ['ok', 'drop table;'] })).toEqual({ profile: null, userErrors: [{ code: 'INVALID_SKILLS', message: expect.any(String), field: ['input', 'skills'] }] });
    expect(await profile(ada, { headline: 'x'.repeat(201) })).toEqual({ profile: null, userErrors: [{ code: 'INVALID_TEXT', message: expect.any(String), field: ['input', 'headline'] }] });
  });
});

describe('agencies', () => {
  it("anyone signed in finds agencies by name and skills from their public profile; client teams are not listed", async () => {
    const owner = await signUp(server.api, 'Agency Owner');
    const pixel = await createTeam(server.api, owner, 'AGENCY', 'Pixel Forge');
    const data = await createTeam(server.api, owner, 'AGENCY', 'Data Mill');
    await createTeam(server.api, owner, 'CLIENT', 'Pixel Buyers');
    await server.api.ok(DirectoryUpdateTeamDoc, { input: { teamId: pixel.id, headline: 'Pixel-perfect web apps', skills: ['design', 'React'] } }, owner.token);
    await server.api.ok(DirectoryUpdateTeamDoc, { input: { teamId: data.id, skills: ['python', 'react'] } }, owner.token);

    const find = async (filter?: AgencyDirectoryFilter) => (await server.api.ok(AgenciesDoc, { filter }, client.token)).agencies.nodes.map((node) => node.id);
    expect(await find()).toEqual([data.id, pixel.id]);
    expect(await find({ skills: ['react'] })).toEqual([data.id, pixel.id]);
    expect(await find({ skills: ['react', 'design'] })).toEqual([pixel.id]);
    expect(await find({ search: 'pixel' })).toEqual([pixel.id]);
    expect(await find({ search: 'perfect', skills: ['python'] })).toEqual([]);
    const [shown] = (await server.api.ok(AgenciesDoc, { filter: { search: 'forge' } }, client.token)).agencies.nodes;
    expect(shown).toEqual({ id: pixel.id, name: 'Pixel Forge', headline: 'Pixel-perfect web apps', skills: ['design', 'react'], createdAt: expect.any(String) });
  });

  it('needs a signed-in caller', async () => {
    expect(await server.api.errorCode(AgenciesDoc, {})).toBe('UNAUTHENTICATED');
    expect(await server.api.errorCode(FreelancersDoc, {})).toBe('UNAUTHENTICATED');
  });
});

describe('only public fields', () => {
  it('the profile types hold public scalars only: no email, balance, members, roles, or link to an object that has them', async () => {
    const { agency, freelancer } = await server.api.ok(ProfileFieldsDoc, {}, client.token);
    type TypeRef = { name?: string | null; ofType?: TypeRef | null };
    const named = (type: TypeRef | null | undefined): string | null | undefined => type && (type.name ?? named(type.ofType));
    const shape = (fields: { name: string; type: TypeRef }[]) => Object.fromEntries(fields.map((field) => [field.name, named(field.type)]));
    expect(shape(agency!.fields!)).toEqual({ id: 'ID', name: 'String', headline: 'String', skills: 'String', createdAt: 'DateTime' });
    expect(shape(freelancer!.fields!)).toEqual({ id: 'ID', name: 'String', headline: 'String', skills: 'String', availability: 'Availability', createdAt: 'DateTime' });
  });

  it('asking the directory for private fields is refused before it runs, and its answers carry no private data', async () => {
    for (const query of [
      '{ freelancers { nodes { id email } } }',
      '{ freelancers { nodes { id connectsBalance } } }',
      '{ agencies { nodes { id members { nodes { roles user { email } } } } } }',
      '{ agencies { nodes { id account { available { amount } } } } }',
      '{ agencies { nodes { id connectsBalance } } }',
    ]) {
      const result = await server.api.run(parse(query) as TypedDocumentNode<unknown, Record<string, never>>, {}, client.token);
      expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.data).toBeUndefined();
    }
    // an agency with members, roles and Connects: none of it shows in the directory's answer
    const owner = await signUp(server.api, 'Rich Owner');
    const rich = await createTeam(server.api, owner, 'AGENCY', 'Rich Agency');
    const worker = await addMember(server.api, owner, rich.id, ['BUSINESS_MANAGER'], 'NON_EXCLUSIVE');
    await buyConnects(server.api, owner, 40, rich.id);
    await profile(worker, { headline: 'Closer of deals', skills: ['sales'] });
    const raw = JSON.stringify([
      await server.api.run(AgenciesDoc, { filter: { search: 'rich' } }, client.token),
      await server.api.run(FreelancersDoc, { filter: { skills: ['sales'] } }, client.token),
    ]);
    expect(raw).toContain(rich.id);
    expect(raw).toContain(worker.id);
    for (const secret of [owner.email, worker.email, 'BUSINESS_MANAGER', 'NON_EXCLUSIVE', owner.id]) expect(raw).not.toContain(secret);
  });
});
