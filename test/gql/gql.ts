/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user { id email }\n      userErrors { code message field }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query Viewer {\n    viewer { id name email isStaff createdAt }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation UpdateContractTerms($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) {\n      contract { id title weeklyLimitHours hourlyRate { amount } history { field fromValue toValue changedAt changedBy { id } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateContractTermsDocument,
    "\n  mutation PauseContract($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n": typeof types.PauseContractDocument,
    "\n  mutation ResumeContract($input: ResumeContractInput!) {\n    resumeContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n": typeof types.ResumeContractDocument,
    "\n  mutation EndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status endedAt } userErrors { code message } }\n  }\n": typeof types.EndContractDocument,
    "\n  mutation LogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      timeEntry { id minutes memo startedAt hourlyRate { amount } freelancer { id } }\n      contract { id hoursThisWeek billableHoursThisWeek }\n      userErrors { code message field }\n    }\n  }\n": typeof types.LogTimeDocument,
    "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      milestone { id position status description amount { amount } dueAt }\n      contract { id milestones { totalCount } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation HiringRemoveMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) { member { id status } userErrors { code message } }\n  }\n": typeof types.HiringRemoveMemberDocument,
    "\n  query ViewerWork {\n    viewer {\n      proposals(first: 100) { totalCount }\n      offers(first: 100) { totalCount }\n      contracts(first: 100, filter: { status: [ACTIVE, PAUSED] }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount nodes { id status } }\n    }\n  }\n": typeof types.ViewerWorkDocument,
    "\n  query TeamContracts($teamId: ID!) {\n    team(id: $teamId) { contracts(first: 100) { totalCount nodes { id } } }\n  }\n": typeof types.TeamContractsDocument,
    "\n  query StaffContracts($filter: ContractFilter) {\n    contracts(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n": typeof types.StaffContractsDocument,
    "\n  query ContractNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Contract {\n        status hoursThisWeek\n        history { id field }\n        timeEntries(first: 10) { totalCount nodes { id } }\n        milestones(first: 10) { nodes { id } }\n      }\n    }\n  }\n": typeof types.ContractNodeDocument,
    "\n  query OpenJobs($filter: JobFilter) {\n    jobs(first: 100, filter: $filter) { totalCount nodes { id status kind } }\n  }\n": typeof types.OpenJobsDocument,
    "\n  query JobById($id: ID!) {\n    job(id: $id) { id title status clientTeam { id } postedBy { id } proposals(first: 10) { totalCount } }\n  }\n": typeof types.JobByIdDocument,
    "\n  query TeamJobs($teamId: ID!, $filter: JobFilter) {\n    team(id: $teamId) { jobs(first: 100, filter: $filter) { totalCount nodes { id status } } }\n  }\n": typeof types.TeamJobsDocument,
    "\n  query OfferNode($id: ID!) {\n    node(id: $id) { id ... on Offer { status contract { id } } }\n  }\n": typeof types.OfferNodeDocument,
    "\n  query TeamOffersNested($teamId: ID!, $first: Int) {\n    team(id: $teamId) {\n      offers(first: $first) {\n        totalCount\n        nodes {\n          id status title hourlyRate { amount } milestones { description amount { amount } }\n          freelancer { id name } agency { id name } job { id title status } clientTeam { id }\n          contract {\n            id status hoursThisWeek\n            freelancer { id } agency { id } job { id }\n            milestones(first: 10) { totalCount nodes { id status amount { amount } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamOffersNestedDocument,
    "\n  query StaffOffers($filter: OfferFilter) {\n    offers(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n": typeof types.StaffOffersDocument,
    "\n  query ProposalBalances($teamId: ID!) {\n    team(id: $teamId) { connectsBalance connectsHistory(first: 5) { nodes { kind change proposal { id } job { id } } } }\n    viewer { connectsBalance }\n  }\n": typeof types.ProposalBalancesDocument,
    "\n  query TeamProposals($teamId: ID!, $filter: ProposalFilter, $orderBy: ProposalOrder) {\n    team(id: $teamId) { proposals(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { id status createdAt freelancer { id } } } }\n  }\n": typeof types.TeamProposalsDocument,
    "\n  query ViewerProposals {\n    viewer { proposals(first: 50) { totalCount nodes { id agency { id } } } }\n  }\n": typeof types.ViewerProposalsDocument,
    "\n  query ProposalNode($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent job { id } agency { id } freelancer { id } } }\n  }\n": typeof types.ProposalNodeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name kind }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      invitation { id email roles relationship status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.InviteTeamMemberDocument,
    "\n  mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      member { id roles relationship status joinedAt user { id } team { id } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AcceptTeamInvitationDocument,
    "\n  mutation HiringPurchaseConnects($input: PurchaseConnectsInput!) {\n    purchaseConnects(input: $input) {\n      entry { id balanceAfter }\n      userErrors { code message field }\n    }\n  }\n": typeof types.HiringPurchaseConnectsDocument,
    "\n  mutation PostJob($input: PostJobInput!) {\n    postJob(input: $input) {\n      job { id title kind status connectsRequired budget { amount } hourlyRateMin { amount } clientTeam { id } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PostJobDocument,
    "\n  mutation CloseJob($input: CloseJobInput!) {\n    closeJob(input: $input) {\n      job { id status closedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CloseJobDocument,
    "\n  mutation CancelJob($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job { id status }\n      refundedProposals\n      userErrors { code message field }\n    }\n  }\n": typeof types.CancelJobDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        id status connectsSpent coverLetter\n        hourlyRate { amount currency } fixedPrice { amount }\n        job { id } freelancer { id } agency { id } submittedBy { id }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      proposal { id status withdrawnAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  mutation SendOffer($input: SendOfferInput!) {\n    sendOffer(input: $input) {\n      offer {\n        id status kind title weeklyLimitHours expiresAt\n        hourlyRate { amount } milestones { description amount { amount } dueAt }\n        freelancer { id } agency { id } job { id } proposal { id } clientTeam { id }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SendOfferDocument,
    "\n  mutation AcceptOffer($input: AcceptOfferInput!) {\n    acceptOffer(input: $input) {\n      offer { id status respondedAt }\n      contract {\n        id status kind title weeklyLimitHours hourlyRate { amount }\n        freelancer { id } agency { id } clientTeam { id } payeeTeam { id } payeeUser { id } offer { id }\n        milestones { totalCount nodes { id position description status amount { amount } } }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      offer { id status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.DeclineOfferDocument,
    "\n  mutation WithdrawOffer($input: WithdrawOfferInput!) {\n    withdrawOffer(input: $input) {\n      offer { id status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.WithdrawOfferDocument,
    "\n  mutation HiringSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n": typeof types.HiringSetClockDocument,
    "\n  mutation HiringRunDueWork {\n    runDueWork { reports { name changed } userErrors { code message } }\n  }\n": typeof types.HiringRunDueWorkDocument,
    "\n  query HiringNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": typeof types.HiringNodeDocument,
    "\n  query HiringNow { now }\n": typeof types.HiringNowDocument,
};
const documents: Documents = {
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user { id email }\n      userErrors { code message field }\n    }\n  }\n": types.LogInDocument,
    "\n  query Viewer {\n    viewer { id name email isStaff createdAt }\n  }\n": types.ViewerDocument,
    "\n  mutation UpdateContractTerms($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) {\n      contract { id title weeklyLimitHours hourlyRate { amount } history { field fromValue toValue changedAt changedBy { id } } }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateContractTermsDocument,
    "\n  mutation PauseContract($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n": types.PauseContractDocument,
    "\n  mutation ResumeContract($input: ResumeContractInput!) {\n    resumeContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n": types.ResumeContractDocument,
    "\n  mutation EndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status endedAt } userErrors { code message } }\n  }\n": types.EndContractDocument,
    "\n  mutation LogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      timeEntry { id minutes memo startedAt hourlyRate { amount } freelancer { id } }\n      contract { id hoursThisWeek billableHoursThisWeek }\n      userErrors { code message field }\n    }\n  }\n": types.LogTimeDocument,
    "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      milestone { id position status description amount { amount } dueAt }\n      contract { id milestones { totalCount } }\n      userErrors { code message field }\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation HiringRemoveMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) { member { id status } userErrors { code message } }\n  }\n": types.HiringRemoveMemberDocument,
    "\n  query ViewerWork {\n    viewer {\n      proposals(first: 100) { totalCount }\n      offers(first: 100) { totalCount }\n      contracts(first: 100, filter: { status: [ACTIVE, PAUSED] }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount nodes { id status } }\n    }\n  }\n": types.ViewerWorkDocument,
    "\n  query TeamContracts($teamId: ID!) {\n    team(id: $teamId) { contracts(first: 100) { totalCount nodes { id } } }\n  }\n": types.TeamContractsDocument,
    "\n  query StaffContracts($filter: ContractFilter) {\n    contracts(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n": types.StaffContractsDocument,
    "\n  query ContractNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Contract {\n        status hoursThisWeek\n        history { id field }\n        timeEntries(first: 10) { totalCount nodes { id } }\n        milestones(first: 10) { nodes { id } }\n      }\n    }\n  }\n": types.ContractNodeDocument,
    "\n  query OpenJobs($filter: JobFilter) {\n    jobs(first: 100, filter: $filter) { totalCount nodes { id status kind } }\n  }\n": types.OpenJobsDocument,
    "\n  query JobById($id: ID!) {\n    job(id: $id) { id title status clientTeam { id } postedBy { id } proposals(first: 10) { totalCount } }\n  }\n": types.JobByIdDocument,
    "\n  query TeamJobs($teamId: ID!, $filter: JobFilter) {\n    team(id: $teamId) { jobs(first: 100, filter: $filter) { totalCount nodes { id status } } }\n  }\n": types.TeamJobsDocument,
    "\n  query OfferNode($id: ID!) {\n    node(id: $id) { id ... on Offer { status contract { id } } }\n  }\n": types.OfferNodeDocument,
    "\n  query TeamOffersNested($teamId: ID!, $first: Int) {\n    team(id: $teamId) {\n      offers(first: $first) {\n        totalCount\n        nodes {\n          id status title hourlyRate { amount } milestones { description amount { amount } }\n          freelancer { id name } agency { id name } job { id title status } clientTeam { id }\n          contract {\n            id status hoursThisWeek\n            freelancer { id } agency { id } job { id }\n            milestones(first: 10) { totalCount nodes { id status amount { amount } } }\n          }\n        }\n      }\n    }\n  }\n": types.TeamOffersNestedDocument,
    "\n  query StaffOffers($filter: OfferFilter) {\n    offers(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n": types.StaffOffersDocument,
    "\n  query ProposalBalances($teamId: ID!) {\n    team(id: $teamId) { connectsBalance connectsHistory(first: 5) { nodes { kind change proposal { id } job { id } } } }\n    viewer { connectsBalance }\n  }\n": types.ProposalBalancesDocument,
    "\n  query TeamProposals($teamId: ID!, $filter: ProposalFilter, $orderBy: ProposalOrder) {\n    team(id: $teamId) { proposals(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { id status createdAt freelancer { id } } } }\n  }\n": types.TeamProposalsDocument,
    "\n  query ViewerProposals {\n    viewer { proposals(first: 50) { totalCount nodes { id agency { id } } } }\n  }\n": types.ViewerProposalsDocument,
    "\n  query ProposalNode($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent job { id } agency { id } freelancer { id } } }\n  }\n": types.ProposalNodeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name kind }\n      userErrors { code message field }\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      invitation { id email roles relationship status }\n      userErrors { code message field }\n    }\n  }\n": types.InviteTeamMemberDocument,
    "\n  mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      member { id roles relationship status joinedAt user { id } team { id } }\n      userErrors { code message field }\n    }\n  }\n": types.AcceptTeamInvitationDocument,
    "\n  mutation HiringPurchaseConnects($input: PurchaseConnectsInput!) {\n    purchaseConnects(input: $input) {\n      entry { id balanceAfter }\n      userErrors { code message field }\n    }\n  }\n": types.HiringPurchaseConnectsDocument,
    "\n  mutation PostJob($input: PostJobInput!) {\n    postJob(input: $input) {\n      job { id title kind status connectsRequired budget { amount } hourlyRateMin { amount } clientTeam { id } }\n      userErrors { code message field }\n    }\n  }\n": types.PostJobDocument,
    "\n  mutation CloseJob($input: CloseJobInput!) {\n    closeJob(input: $input) {\n      job { id status closedAt }\n      userErrors { code message field }\n    }\n  }\n": types.CloseJobDocument,
    "\n  mutation CancelJob($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job { id status }\n      refundedProposals\n      userErrors { code message field }\n    }\n  }\n": types.CancelJobDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        id status connectsSpent coverLetter\n        hourlyRate { amount currency } fixedPrice { amount }\n        job { id } freelancer { id } agency { id } submittedBy { id }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      proposal { id status withdrawnAt }\n      userErrors { code message field }\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  mutation SendOffer($input: SendOfferInput!) {\n    sendOffer(input: $input) {\n      offer {\n        id status kind title weeklyLimitHours expiresAt\n        hourlyRate { amount } milestones { description amount { amount } dueAt }\n        freelancer { id } agency { id } job { id } proposal { id } clientTeam { id }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.SendOfferDocument,
    "\n  mutation AcceptOffer($input: AcceptOfferInput!) {\n    acceptOffer(input: $input) {\n      offer { id status respondedAt }\n      contract {\n        id status kind title weeklyLimitHours hourlyRate { amount }\n        freelancer { id } agency { id } clientTeam { id } payeeTeam { id } payeeUser { id } offer { id }\n        milestones { totalCount nodes { id position description status amount { amount } } }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      offer { id status }\n      userErrors { code message field }\n    }\n  }\n": types.DeclineOfferDocument,
    "\n  mutation WithdrawOffer($input: WithdrawOfferInput!) {\n    withdrawOffer(input: $input) {\n      offer { id status }\n      userErrors { code message field }\n    }\n  }\n": types.WithdrawOfferDocument,
    "\n  mutation HiringSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n": types.HiringSetClockDocument,
    "\n  mutation HiringRunDueWork {\n    runDueWork { reports { name changed } userErrors { code message } }\n  }\n": types.HiringRunDueWorkDocument,
    "\n  query HiringNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": types.HiringNodeDocument,
    "\n  query HiringNow { now }\n": types.HiringNowDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user { id email }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user { id email }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { id name email isStaff createdAt }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { id name email isStaff createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContractTerms($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) {\n      contract { id title weeklyLimitHours hourlyRate { amount } history { field fromValue toValue changedAt changedBy { id } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContractTerms($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) {\n      contract { id title weeklyLimitHours hourlyRate { amount } history { field fromValue toValue changedAt changedBy { id } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseContract($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation PauseContract($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeContract($input: ResumeContractInput!) {\n    resumeContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation ResumeContract($input: ResumeContractInput!) {\n    resumeContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status endedAt } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation EndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status endedAt } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      timeEntry { id minutes memo startedAt hourlyRate { amount } freelancer { id } }\n      contract { id hoursThisWeek billableHoursThisWeek }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation LogTime($input: LogTimeInput!) {\n    logTime(input: $input) {\n      timeEntry { id minutes memo startedAt hourlyRate { amount } freelancer { id } }\n      contract { id hoursThisWeek billableHoursThisWeek }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      milestone { id position status description amount { amount } dueAt }\n      contract { id milestones { totalCount } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      milestone { id position status description amount { amount } dueAt }\n      contract { id milestones { totalCount } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HiringRemoveMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) { member { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation HiringRemoveMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) { member { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerWork {\n    viewer {\n      proposals(first: 100) { totalCount }\n      offers(first: 100) { totalCount }\n      contracts(first: 100, filter: { status: [ACTIVE, PAUSED] }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount nodes { id status } }\n    }\n  }\n"): (typeof documents)["\n  query ViewerWork {\n    viewer {\n      proposals(first: 100) { totalCount }\n      offers(first: 100) { totalCount }\n      contracts(first: 100, filter: { status: [ACTIVE, PAUSED] }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount nodes { id status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamContracts($teamId: ID!) {\n    team(id: $teamId) { contracts(first: 100) { totalCount nodes { id } } }\n  }\n"): (typeof documents)["\n  query TeamContracts($teamId: ID!) {\n    team(id: $teamId) { contracts(first: 100) { totalCount nodes { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffContracts($filter: ContractFilter) {\n    contracts(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n"): (typeof documents)["\n  query StaffContracts($filter: ContractFilter) {\n    contracts(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Contract {\n        status hoursThisWeek\n        history { id field }\n        timeEntries(first: 10) { totalCount nodes { id } }\n        milestones(first: 10) { nodes { id } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Contract {\n        status hoursThisWeek\n        history { id field }\n        timeEntries(first: 10) { totalCount nodes { id } }\n        milestones(first: 10) { nodes { id } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenJobs($filter: JobFilter) {\n    jobs(first: 100, filter: $filter) { totalCount nodes { id status kind } }\n  }\n"): (typeof documents)["\n  query OpenJobs($filter: JobFilter) {\n    jobs(first: 100, filter: $filter) { totalCount nodes { id status kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobById($id: ID!) {\n    job(id: $id) { id title status clientTeam { id } postedBy { id } proposals(first: 10) { totalCount } }\n  }\n"): (typeof documents)["\n  query JobById($id: ID!) {\n    job(id: $id) { id title status clientTeam { id } postedBy { id } proposals(first: 10) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamJobs($teamId: ID!, $filter: JobFilter) {\n    team(id: $teamId) { jobs(first: 100, filter: $filter) { totalCount nodes { id status } } }\n  }\n"): (typeof documents)["\n  query TeamJobs($teamId: ID!, $filter: JobFilter) {\n    team(id: $teamId) { jobs(first: 100, filter: $filter) { totalCount nodes { id status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferNode($id: ID!) {\n    node(id: $id) { id ... on Offer { status contract { id } } }\n  }\n"): (typeof documents)["\n  query OfferNode($id: ID!) {\n    node(id: $id) { id ... on Offer { status contract { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOffersNested($teamId: ID!, $first: Int) {\n    team(id: $teamId) {\n      offers(first: $first) {\n        totalCount\n        nodes {\n          id status title hourlyRate { amount } milestones { description amount { amount } }\n          freelancer { id name } agency { id name } job { id title status } clientTeam { id }\n          contract {\n            id status hoursThisWeek\n            freelancer { id } agency { id } job { id }\n            milestones(first: 10) { totalCount nodes { id status amount { amount } } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamOffersNested($teamId: ID!, $first: Int) {\n    team(id: $teamId) {\n      offers(first: $first) {\n        totalCount\n        nodes {\n          id status title hourlyRate { amount } milestones { description amount { amount } }\n          freelancer { id name } agency { id name } job { id title status } clientTeam { id }\n          contract {\n            id status hoursThisWeek\n            freelancer { id } agency { id } job { id }\n            milestones(first: 10) { totalCount nodes { id status amount { amount } } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOffers($filter: OfferFilter) {\n    offers(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n"): (typeof documents)["\n  query StaffOffers($filter: OfferFilter) {\n    offers(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalBalances($teamId: ID!) {\n    team(id: $teamId) { connectsBalance connectsHistory(first: 5) { nodes { kind change proposal { id } job { id } } } }\n    viewer { connectsBalance }\n  }\n"): (typeof documents)["\n  query ProposalBalances($teamId: ID!) {\n    team(id: $teamId) { connectsBalance connectsHistory(first: 5) { nodes { kind change proposal { id } job { id } } } }\n    viewer { connectsBalance }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamProposals($teamId: ID!, $filter: ProposalFilter, $orderBy: ProposalOrder) {\n    team(id: $teamId) { proposals(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { id status createdAt freelancer { id } } } }\n  }\n"): (typeof documents)["\n  query TeamProposals($teamId: ID!, $filter: ProposalFilter, $orderBy: ProposalOrder) {\n    team(id: $teamId) { proposals(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { id status createdAt freelancer { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerProposals {\n    viewer { proposals(first: 50) { totalCount nodes { id agency { id } } } }\n  }\n"): (typeof documents)["\n  query ViewerProposals {\n    viewer { proposals(first: 50) { totalCount nodes { id agency { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalNode($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent job { id } agency { id } freelancer { id } } }\n  }\n"): (typeof documents)["\n  query ProposalNode($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent job { id } agency { id } freelancer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name kind }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name kind }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      invitation { id email roles relationship status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      invitation { id email roles relationship status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      member { id roles relationship status joinedAt user { id } team { id } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      member { id roles relationship status joinedAt user { id } team { id } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HiringPurchaseConnects($input: PurchaseConnectsInput!) {\n    purchaseConnects(input: $input) {\n      entry { id balanceAfter }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation HiringPurchaseConnects($input: PurchaseConnectsInput!) {\n    purchaseConnects(input: $input) {\n      entry { id balanceAfter }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostJob($input: PostJobInput!) {\n    postJob(input: $input) {\n      job { id title kind status connectsRequired budget { amount } hourlyRateMin { amount } clientTeam { id } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PostJob($input: PostJobInput!) {\n    postJob(input: $input) {\n      job { id title kind status connectsRequired budget { amount } hourlyRateMin { amount } clientTeam { id } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseJob($input: CloseJobInput!) {\n    closeJob(input: $input) {\n      job { id status closedAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseJob($input: CloseJobInput!) {\n    closeJob(input: $input) {\n      job { id status closedAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJob($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job { id status }\n      refundedProposals\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelJob($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job { id status }\n      refundedProposals\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        id status connectsSpent coverLetter\n        hourlyRate { amount currency } fixedPrice { amount }\n        job { id } freelancer { id } agency { id } submittedBy { id }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        id status connectsSpent coverLetter\n        hourlyRate { amount currency } fixedPrice { amount }\n        job { id } freelancer { id } agency { id } submittedBy { id }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      proposal { id status withdrawnAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      proposal { id status withdrawnAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendOffer($input: SendOfferInput!) {\n    sendOffer(input: $input) {\n      offer {\n        id status kind title weeklyLimitHours expiresAt\n        hourlyRate { amount } milestones { description amount { amount } dueAt }\n        freelancer { id } agency { id } job { id } proposal { id } clientTeam { id }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SendOffer($input: SendOfferInput!) {\n    sendOffer(input: $input) {\n      offer {\n        id status kind title weeklyLimitHours expiresAt\n        hourlyRate { amount } milestones { description amount { amount } dueAt }\n        freelancer { id } agency { id } job { id } proposal { id } clientTeam { id }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($input: AcceptOfferInput!) {\n    acceptOffer(input: $input) {\n      offer { id status respondedAt }\n      contract {\n        id status kind title weeklyLimitHours hourlyRate { amount }\n        freelancer { id } agency { id } clientTeam { id } payeeTeam { id } payeeUser { id } offer { id }\n        milestones { totalCount nodes { id position description status amount { amount } } }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOffer($input: AcceptOfferInput!) {\n    acceptOffer(input: $input) {\n      offer { id status respondedAt }\n      contract {\n        id status kind title weeklyLimitHours hourlyRate { amount }\n        freelancer { id } agency { id } clientTeam { id } payeeTeam { id } payeeUser { id } offer { id }\n        milestones { totalCount nodes { id position description status amount { amount } } }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      offer { id status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) {\n      offer { id status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOffer($input: WithdrawOfferInput!) {\n    withdrawOffer(input: $input) {\n      offer { id status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawOffer($input: WithdrawOfferInput!) {\n    withdrawOffer(input: $input) {\n      offer { id status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HiringSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation HiringSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HiringRunDueWork {\n    runDueWork { reports { name changed } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation HiringRunDueWork {\n    runDueWork { reports { name changed } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HiringNode($id: ID!) {\n    node(id: $id) { id }\n  }\n"): (typeof documents)["\n  query HiringNode($id: ID!) {\n    node(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HiringNow { now }\n"): (typeof documents)["\n  query HiringNow { now }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;