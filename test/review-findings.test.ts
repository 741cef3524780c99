/**
 * Findings of a hostile review: each test names the rule it proves (DOMAIN.md / API.md).
 */
import { addMember, createTeam, signUp, type TestUser } from './support/factories';
import { postGraphQL } from './support/raw';
import { freelancer, sendOffer, startHiringSuite, type HiringWorld } from './support/hiring';
import type { TestServer } from './support/server';

let server: TestServer;
let world: HiringWorld;
let staff: TestUser;
beforeAll(async () => ({ server, world, staff } = await startHiringSuite()));
afterAll(() => server.close());

const gql = (query: string, variables: unknown, token?: string) => postGraphQL(server.url, query, variables, { token });

const ACCEPT = `mutation($id: ID!) { acceptOffer(input: { offerId: $id }) {
  contract { id agency { id } payeeTeam { id } payeeUser { id } }
  userErrors { code message } } }`;

describe('review findings', () => {
  it('AG-2: an independent offer cannot be accepted as independent work once the freelancer is an exclusive agency member', async () => {
    const indie = await freelancer(server.api, 0, 'Later Exclusive');
    const offer = await sendOffer(server.api, world.hiringManager, world.client.id, { freelancerId: indie.id });
    expect(offer.agency).toBeNull();
    // The freelancer then joins an agency exclusively (AG-2: everything of theirs is now the agency's).
    const agencyOwner = await signUp(server.api, 'Other Agency Owner');
    const agency = await createTeam(server.api, agencyOwner, 'AGENCY');
    await addMember(server.api, agencyOwner, agency.id, ['MEMBER'], 'EXCLUSIVE', indie);
    const res = await gql(ACCEPT, { id: offer.id }, indie.token);
    const payload = (res.body.data as any).acceptOffer;
    // Either refused, or the contract is the agency's: never an independent contract paying the freelancer.
    if (!payload.userErrors.length) {
      expect(payload.contract.agency?.id).toBe(agency.id);
    } else {
      expect(payload.contract).toBeNull();
    }
  });

  it('AG-7: removing a member and accepting an agency offer for them at the same moment never leaves a removed member with an active contract', async () => {
    const REMOVE = `mutation($id: ID!) { removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } } }`;
    let violations = 0;
    for (let round = 0; round < 12; round++) {
      const member = await addMember(server.api, world.agencyOwner, world.agency.id, ['MEMBER'], 'NON_EXCLUSIVE');
      const offer = await sendOffer(server.api, world.hiringManager, world.client.id, { freelancerId: member.id, agencyId: world.agency.id });
      const [removed, accepted] = await Promise.all([
        gql(REMOVE, { id: member.memberId }, world.agencyOwner.token),
        gql(ACCEPT, { id: offer.id }, world.manager.token),
      ]);
      const removedOk = (removed.body.data as any)?.removeTeamMember?.member?.status === 'REMOVED';
      const acceptedOk = Boolean((accepted.body.data as any)?.acceptOffer?.contract?.id);
      expect(removed.body.errors ?? []).toEqual([]);
      expect(accepted.body.errors ?? []).toEqual([]);
      if (removedOk && acceptedOk) violations++;
    }
    expect(violations).toBe(0);
  });
});
