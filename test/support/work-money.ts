import { graphql } from '../gql';
import type { Api } from './api';
import type { TestUser } from './factories';
import { check } from './hiring';
import { key } from './money';

export const FundMilestoneDoc = graphql(`
  mutation FundMilestone($input: FundMilestoneInput!) {
    fundMilestone(input: $input) {
      milestone { id status fundedAt amount { amount } }
      contract { id }
      userErrors { code message field }
    }
  }
`);

export const SubmitMilestoneDoc = graphql(`
  mutation SubmitMilestone($input: SubmitMilestoneInput!) {
    submitMilestone(input: $input) {
      milestone { id status submittedAt }
      userErrors { code message field }
    }
  }
`);

export const RequestMilestoneChangesDoc = graphql(`
  mutation RequestMilestoneChanges($input: RequestMilestoneChangesInput!) {
    requestMilestoneChanges(input: $input) {
      milestone { id status }
      userErrors { code message field }
    }
  }
`);

export const ApproveMilestoneDoc = graphql(`
  mutation ApproveMilestone($input: ApproveMilestoneInput!) {
    approveMilestone(input: $input) {
      milestone { id status approvedAt }
      contract { id }
      userErrors { code message field }
    }
  }
`);

export const MilestoneHistoryDoc = graphql(`
  query MilestoneHistory($id: ID!) {
    node(id: $id) {
      ... on Milestone {
        id status
        history { id fromStatus toStatus message changedAt changedBy { id } }
      }
    }
  }
`);

export const EndForMoneyDoc = graphql(`
  mutation EndContractForMoney($input: EndContractInput!) {
    endContract(input: $input) { contract { id status } userErrors { code } }
  }
`);

export const BillingLogTimeDoc = graphql(`
  mutation BillingLogTime($input: LogTimeInput!) {
    logTime(input: $input) { timeEntry { id } userErrors { code message field } }
  }
`);

export const AccountEntriesDoc = graphql(`
  query WorkAccountEntries($teamId: ID!) {
    team(id: $teamId) {
      account {
        available { amount } pending { amount } inEscrow { amount }
        entries(first: 100) {
          totalCount
          nodes {
            id kind accountKind amount { amount } description
            contract { id } milestone { id status } invoice { id weekStart } payout { id }
          }
        }
      }
    }
  }
`);

export const MyEntriesDoc = graphql(`
  query WorkMyEntries {
    viewer {
      account {
        available { amount } pending { amount }
        entries(first: 100) { totalCount nodes { id kind accountKind amount { amount } contract { id } milestone { id } invoice { id } } }
      }
    }
  }
`);

export async function fund(api: Api, user: TestUser, milestoneId: string) {
  return check((await api.ok(FundMilestoneDoc, { input: { milestoneId, idempotencyKey: key() } }, user.token)).fundMilestone);
}

export async function submit(api: Api, user: TestUser, milestoneId: string, message = 'Done, please review') {
  return check((await api.ok(SubmitMilestoneDoc, { input: { milestoneId, message } }, user.token)).submitMilestone);
}

export async function approve(api: Api, user: TestUser, milestoneId: string) {
  return check((await api.ok(ApproveMilestoneDoc, { input: { milestoneId, idempotencyKey: key() } }, user.token)).approveMilestone);
}

/** CT-3: ends a contract (a FIXED_PRICE one refunds its funded milestones not yet delivered). */
export async function endContract(api: Api, user: TestUser, contractId: string) {
  const { endContract: payload } = await api.ok(EndForMoneyDoc, { input: { contractId } }, user.token);
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
  return payload.contract!;
}

/** TM-1: the freelancer hired logs `minutes` from `startedAt` on an hourly contract. */
export async function logTime(api: Api, user: TestUser, contractId: string, startedAt: string, minutes: number) {
  return check((await api.ok(BillingLogTimeDoc, { input: { contractId, startedAt, minutes } }, user.token)).logTime);
}

export const ResolveDisputeDoc = graphql(`
  mutation ResolveDispute($input: ResolveDisputeInput!) {
    resolveDispute(input: $input) {
      milestone { id status resolvedAt resolvedPayeeAmount { amount } amount { amount } }
      contract { id status }
      userErrors { code message field }
    }
  }
`);

/** CT-4: staff split a DISPUTED milestone: `payeeAmount` to the payee (before the fee), the rest back to the client. */
export async function resolveDispute(api: Api, staff: TestUser, milestoneId: string, payeeAmount: string, note = 'Half the work was delivered') {
  return check((await api.ok(ResolveDisputeDoc, { input: { milestoneId, payeeAmount, note, idempotencyKey: key() } }, staff.token)).resolveDispute);
}
