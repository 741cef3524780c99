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
    "\n  query AccessReviewTeamWalk($id: ID!) {\n    team(id: $id) {\n      id name\n      offers(first: 10) { nodes { id proposal { id coverLetter } contract { id } } }\n      contracts(first: 10) { nodes { id offer { proposal { id } } job { id } milestones { nodes { id amount { amount } } } } }\n    }\n  }\n": typeof types.AccessReviewTeamWalkDocument,
    "\n  query AccessReviewTeamMoney($id: ID!) {\n    team(id: $id) { id account { available { amount } } }\n  }\n": typeof types.AccessReviewTeamMoneyDocument,
    "\n  query AccessReviewTeamPayouts($id: ID!) {\n    team(id: $id) { id payouts(first: 5) { totalCount } }\n  }\n": typeof types.AccessReviewTeamPayoutsDocument,
    "\n  query AccessReviewTeamMembers($id: ID!) {\n    team(id: $id) { id members(first: 20) { nodes { id user { id email connectsBalance } } } }\n  }\n": typeof types.AccessReviewTeamMembersDocument,
    "\n  query AccessReviewTeamInvitations($id: ID!) {\n    team(id: $id) { id pendingInvitations { id email } }\n  }\n": typeof types.AccessReviewTeamInvitationsDocument,
    "\n  query AccessReviewNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": typeof types.AccessReviewNodeDocument,
    "\n  query AccessReviewUser($id: ID!) {\n    node(id: $id) {\n      id\n      ... on User { email connectsBalance memberships { id } offers(first: 5) { totalCount } contracts(first: 5) { totalCount } account { available { amount } } affiliate { id } }\n    }\n  }\n": typeof types.AccessReviewUserDocument,
    "\n  mutation AccessReviewLeave($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) { member { id status } userErrors { code message } }\n  }\n": typeof types.AccessReviewLeaveDocument,
    "\n  mutation AccessReviewAccept($input: AcceptOfferInput!) {\n    acceptOffer(input: $input) { offer { id status } userErrors { code message } }\n  }\n": typeof types.AccessReviewAcceptDocument,
    "\n  mutation AccessReviewPause($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n": typeof types.AccessReviewPauseDocument,
    "\n  mutation AccessReviewLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code message } }\n  }\n": typeof types.AccessReviewLogTimeDocument,
    "\n  mutation AccessReviewSubmit($input: SubmitMilestoneInput!) {\n    submitMilestone(input: $input) { milestone { id status } userErrors { code message } }\n  }\n": typeof types.AccessReviewSubmitDocument,
    "\n  query AccessReviewStaffView($id: ID!) {\n    team(id: $id) { id account { available { amount } } members(first: 5) { totalCount } }\n  }\n": typeof types.AccessReviewStaffViewDocument,
    "\n  query AccessReviewIsStaff($id: ID!) {\n    node(id: $id) { ... on User { id isStaff } }\n  }\n": typeof types.AccessReviewIsStaffDocument,
    "\n  subscription AccountOfferEvents {\n    offerEvents { id type }\n  }\n": typeof types.AccountOfferEventsDocument,
    "\n  query AccountMe {\n    viewer { id name email emailVerified pendingEmail isStaff invitations { id } }\n  }\n": typeof types.AccountMeDocument,
    "\n  mutation AccountLogIn($input: LogInInput!) {\n    logIn(input: $input) { token user { id } userErrors { code } }\n  }\n": typeof types.AccountLogInDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail { user { id emailVerified } userErrors { code } }\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation AccountSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code } }\n  }\n": typeof types.AccountSetClockDocument,
    "\n  query InvitationNode($id: ID!) {\n    node(id: $id) { id ... on TeamInvitation { status } }\n  }\n": typeof types.InvitationNodeDocument,
    "\n  mutation AccountRequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) { payout { id } userErrors { code message } }\n  }\n": typeof types.AccountRequestPayoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { revokedCount user { id } userErrors { code field } }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { userErrors { code message } }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token user { id emailVerified } userErrors { code field } }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MySessions {\n    viewer { sessions(first: 10) { totalCount nodes { id current userAgent createdAt lastSeenAt expiresAt } } }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation LogOut($input: LogOutInput) {\n    logOut(input: $input) { revokedCount userErrors { code } }\n  }\n": typeof types.LogOutDocument,
    "\n  mutation LogOutEverywhere($input: LogOutEverywhereInput) {\n    logOutEverywhere(input: $input) { revokedCount userErrors { code } }\n  }\n": typeof types.LogOutEverywhereDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id name } userErrors { code field } }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) { user { id email pendingEmail emailVerified } userErrors { code field } }\n  }\n": typeof types.ChangeEmailDocument,
    "\n  query MyAffiliate {\n    viewer {\n      id\n      affiliate {\n        id status code trackingUrl country trafficSources audience createdAt reviewedAt decisionReason\n        user { id }\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n    }\n  }\n": typeof types.MyAffiliateDocument,
    "\n  query UserAffiliateByNode($id: ID!) {\n    node(id: $id) { id ... on User { affiliate { id status } } }\n  }\n": typeof types.UserAffiliateByNodeDocument,
    "\n  query AffiliateNode($id: ID!) {\n    node(id: $id) { id ... on Affiliate { status code } ... on PromotionalMaterial { kind } }\n  }\n": typeof types.AffiliateNodeDocument,
    "\n  query StaffAffiliates($filter: AffiliateFilter, $orderBy: AffiliateOrder, $first: Int) {\n    affiliates(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status country user { id } }\n    }\n  }\n": typeof types.StaffAffiliatesDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user { id email }\n      userErrors { code message field }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query Viewer {\n    viewer { id name email isStaff createdAt }\n  }\n": typeof types.ViewerDocument,
    "\n  query BrandingProfile($id: ID!) {\n    node(id: $id) { id ... on User { name representedAgency { id name } } }\n  }\n": typeof types.BrandingProfileDocument,
    "\n  query BrandingWork($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Proposal { agency { id } freelancer { id representedAgency { id } } }\n      ... on Offer { agency { id } freelancer { id representedAgency { id } } }\n    }\n  }\n": typeof types.BrandingWorkDocument,
    "\n  mutation BrandingSetDefault($input: SetDefaultTeamInput!) {\n    setDefaultTeam(input: $input) { user { id defaultTeam { id } representedAgency { id } } userErrors { code message field } }\n  }\n": typeof types.BrandingSetDefaultDocument,
    "\n  mutation BrandingLeave($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) { userErrors { code } }\n  }\n": typeof types.BrandingLeaveDocument,
    "\n      query BrandingMembers($id: ID!) {\n        team(id: $id) { members(first: 100) { nodes { user { id representedAgency { id name } } } } }\n      }\n    ": typeof types.BrandingMembersDocument,
    "\n  subscription ChaosPaymentEvents($teamId: ID, $after: String) {\n    paymentEvents(teamId: $teamId, after: $after) { id type }\n  }\n": typeof types.ChaosPaymentEventsDocument,
    "\n  query CommissionDashboard {\n    viewer {\n      affiliate {\n        id\n        referrals(first: 100) { nodes { id referredUser { id } commission { amount currency } } }\n        commissions(first: 100) {\n          totalCount\n          nodes { id amount { amount } earnedAt month paid contract { id } payout { id } referral { id } }\n        }\n        payouts(first: 100) { totalCount nodes { id status amount { amount } payoutMethod { id } } }\n        monthlyTotals(months: 120) { month clicks signups commission { amount } paid { amount } }\n      }\n    }\n  }\n": typeof types.CommissionDashboardDocument,
    "\n  query StaffCommissions($affiliateId: ID!) {\n    referrals(filter: { affiliateId: $affiliateId }, first: 100) { totalCount nodes { id commission { amount } } }\n    affiliates(first: 100) { nodes { id commissions(first: 100) { totalCount nodes { id amount { amount } contract { id } } } } }\n  }\n": typeof types.StaffCommissionsDocument,
    "\n  query CommissionNode($id: ID!) {\n    node(id: $id) { id ... on Commission { amount { amount } paid } }\n  }\n": typeof types.CommissionNodeDocument,
    "\n  query CommissionNow { now }\n": typeof types.CommissionNowDocument,
    "\n  query CompiledNestedList {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      totalCount\n      nodes { id name members(first: 10) { nodes { id roles relationship user { id name } } } }\n    }\n  }\n": typeof types.CompiledNestedListDocument,
    "\n  query CompiledDashboard($id: ID!) {\n    team(id: $id) {\n      offers(first: 50) {\n        nodes { status job { title } freelancer { name } contract { status milestones(first: 10) { nodes { amount { amount } status } } } }\n      }\n    }\n  }\n": typeof types.CompiledDashboardDocument,
    "\n  query CompiledStaffContracts {\n    contracts(first: 100) {\n      totalCount\n      nodes {\n        id title status createdAt\n        clientTeam { name } agency { name } freelancer { name }\n        invoices(first: 10) { nodes { weekStart hours amount { amount } fee { amount } } }\n      }\n    }\n  }\n": typeof types.CompiledStaffContractsDocument,
    "\n  query CompiledArguments($id: ID!) {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      nodes { id members(first: 10, orderBy: { field: JOINED_AT, direction: DESC }) { nodes { id } } }\n    }\n    team(id: $id) {\n      members(first: 10, filter: { status: [ACTIVE] }) { nodes { id status } }\n      former: members(first: 10, status: LEFT) { nodes { id status } }\n      offers(first: 50) { nodes { contract { milestones(first: 10, orderBy: { field: POSITION, direction: DESC }) { nodes { status } } } } }\n    }\n    contracts(first: 100) { nodes { id invoices(first: 10, orderBy: { field: WEEK_START, direction: ASC }) { nodes { weekStart } } } }\n  }\n": typeof types.CompiledArgumentsDocument,
    "\n  query CompiledWide($id: ID!, $first: Int) {\n    mine: team(id: $id) {\n      __typename id name kind createdAt\n      members(first: $first) { __typename totalCount nodes { __typename id status joinedAt leftAt roles user { id name } } }\n      offers(first: $first) {\n        totalCount\n        nodes {\n          id title kind createdAt expiresAt status\n          clientTeam { id name kind } agency { id name } job { id title kind }\n          contract {\n            id kind endedAt job { title } freelancer { id }\n            milestones { totalCount nodes { id position description dueAt status amount { amount currency __typename } } }\n            invoices(first: 1) { totalCount nodes { id weekEnd hours fee { amount currency } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompiledWideDocument,
    "\n  mutation PurchaseConnects($input: PurchaseConnectsInput!) {\n    purchaseConnects(input: $input) {\n      entry { id kind change balanceAfter occurredAt }\n      team { id connectsBalance }\n      user { id connectsBalance }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PurchaseConnectsDocument,
    "\n  query TeamConnects($id: ID!, $first: Int, $after: String) {\n    team(id: $id) {\n      connectsBalance\n      connectsHistory(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id kind change balanceAfter } }\n      }\n    }\n  }\n": typeof types.TeamConnectsDocument,
    "\n  query MyConnects {\n    viewer { connectsBalance connectsHistory(first: 100) { totalCount nodes { change kind } } }\n  }\n": typeof types.MyConnectsDocument,
    "\n  mutation ContentionAddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) { milestone { id } userErrors { code } }\n  }\n": typeof types.ContentionAddMilestoneDocument,
    "\n  query ContentionViewer { viewer { id } }\n": typeof types.ContentionViewerDocument,
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
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Team { name }\n      ... on User { name }\n      ... on Member { roles }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": typeof types.NodesByIdsDocument,
    "\n  query StaffTeams($first: Int, $last: Int, $after: String, $before: String, $filter: TeamFilter, $orderBy: TeamOrder) {\n    teams(first: $first, last: $last, after: $after, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id name kind } }\n    }\n  }\n": typeof types.StaffTeamsDocument,
    "\n  query StaffUsers($filter: UserFilter, $orderBy: UserOrder) {\n    users(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes { id name email }\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  query NestedMembers($id: ID!) {\n    team(id: $id) {\n      members(first: 100) { edges { node { user { name } } } }\n    }\n  }\n": typeof types.NestedMembersDocument,
    "\n  query StaffNested {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      nodes { id name members(first: 100) { totalCount nodes { roles user { name } } } }\n    }\n  }\n": typeof types.StaffNestedDocument,
    "\n  mutation SetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code } }\n  }\n": typeof types.SetClockDocument,
    "\n  query Now { now }\n": typeof types.NowDocument,
    "\n  mutation RunDueWork {\n    runDueWork { now reports { name changed } userErrors { code } }\n  }\n": typeof types.RunDueWorkDocument,
    "\n  mutation RunSomeDueWork($input: RunDueWorkInput) {\n    runDueWork(input: $input) { reports { name } userErrors { code field } }\n  }\n": typeof types.RunSomeDueWorkDocument,
    "\n  mutation UpdatePublicProfile($input: UpdatePublicProfileInput!) {\n    updatePublicProfile(input: $input) {\n      profile { id name headline skills availability }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdatePublicProfileDocument,
    "\n  mutation DirectoryUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id skills } userErrors { code } }\n  }\n": typeof types.DirectoryUpdateTeamDocument,
    "\n  query Freelancers($filter: FreelancerDirectoryFilter, $first: Int, $after: String, $orderBy: ProfileOrder) {\n    freelancers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name headline skills availability createdAt }\n    }\n  }\n": typeof types.FreelancersDocument,
    "\n  query Agencies($filter: AgencyDirectoryFilter) {\n    agencies(filter: $filter, first: 100) {\n      totalCount\n      nodes { id name headline skills createdAt }\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  query DirectoryProfileFields {\n    agency: __type(name: \"AgencyProfile\") { fields { name type { name ofType { name ofType { name ofType { name } } } } } }\n    freelancer: __type(name: \"FreelancerProfile\") { fields { name type { name ofType { name ofType { name ofType { name } } } } } }\n  }\n": typeof types.DirectoryProfileFieldsDocument,
    "\n  query OfferHistory($teamId: ID!, $first: Int, $after: String, $filter: OfferEventFilter, $orderBy: EventOrder) {\n    team(id: $teamId) {\n      offerEvents(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n        latestEventId\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id type occurredAt offer { id } actor { id name } }\n      }\n    }\n  }\n": typeof types.OfferHistoryDocument,
    "\n  query PaymentHistory($teamId: ID!, $filter: PaymentEventFilter) {\n    team(id: $teamId) {\n      paymentEvents(filter: $filter) {\n        latestEventId\n        totalCount\n        nodes { id type amount { amount } payout { id } actor { id } }\n      }\n    }\n  }\n": typeof types.PaymentHistoryDocument,
    "\n  subscription HistoryOfferEvents($teamId: ID, $after: String) {\n    offerEvents(teamId: $teamId, after: $after) { id type offer { id } actor { id } }\n  }\n": typeof types.HistoryOfferEventsDocument,
    "\n  subscription OfferEvents($teamId: ID, $after: String) {\n    offerEvents(teamId: $teamId, after: $after) { id type occurredAt offer { id status } }\n  }\n": typeof types.OfferEventsDocument,
    "\n  subscription PaymentEvents($teamId: ID, $after: String) {\n    paymentEvents(teamId: $teamId, after: $after) {\n      id type occurredAt amount { amount currency }\n      payout { id status } contract { id } milestone { id status } invoice { id }\n    }\n  }\n": typeof types.PaymentEventsDocument,
    "\n  mutation LeaveForEvents($input: LeaveTeamInput!) { leaveTeam(input: $input) { member { status } userErrors { code } } }\n": typeof types.LeaveForEventsDocument,
    "\n  mutation DemoteForEvents($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { member { roles } userErrors { code } } }\n": typeof types.DemoteForEventsDocument,
    "query NowForEvents { now }": typeof types.NowForEventsDocument,
    "\n  query FiguresContract($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Contract {\n        hourlyRate { amount }\n        offer { hourlyRate { amount } milestones { amount { amount } } }\n        milestones { nodes { id amount { amount } } }\n        invoices { nodes { id amount { amount } fee { amount } } }\n        timeEntries { nodes { id hourlyRate { amount } } }\n        history { field fromValue toValue }\n      }\n    }\n  }\n": typeof types.FiguresContractDocument,
    "\n  query FiguresNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Milestone { amount { amount } }\n      ... on Invoice { amount { amount } fee { amount } }\n      ... on TimeEntry { hourlyRate { amount } }\n      ... on Offer { hourlyRate { amount } milestones { amount { amount } } }\n    }\n  }\n": typeof types.FiguresNodesDocument,
    "\n  query FiguresTeam($id: ID!) {\n    team(id: $id) {\n      contracts(first: 100) { nodes { id hourlyRate { amount } milestones { nodes { amount { amount } } } invoices { nodes { amount { amount } } } } }\n      offers(first: 100) { nodes { id hourlyRate { amount } milestones { amount { amount } } contract { id hourlyRate { amount } } } }\n    }\n  }\n": typeof types.FiguresTeamDocument,
    "\n  subscription FiguresOfferEvents($teamId: ID) {\n    offerEvents(teamId: $teamId) { id type offer { id hourlyRate { amount } milestones { amount { amount } } } }\n  }\n": typeof types.FiguresOfferEventsDocument,
    "\n  mutation FiguresRate($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id } userErrors { code } }\n  }\n": typeof types.FiguresRateDocument,
    "\n  mutation BillingChangeLimit($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id weeklyLimitHours } userErrors { code } }\n  }\n": typeof types.BillingChangeLimitDocument,
    "\n  mutation BillingChangeRate($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id hourlyRate { amount } } userErrors { code } }\n  }\n": typeof types.BillingChangeRateDocument,
    "\n  mutation BillingEndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status } userErrors { code } }\n  }\n": typeof types.BillingEndContractDocument,
    "\n  query ContractInvoices($id: ID!) {\n    node(id: $id) {\n      ... on Contract {\n        id\n        invoices(first: 10) { totalCount nodes { id weekStart weekEnd hours amount { amount } fee { amount } createdAt contract { id } } }\n      }\n    }\n  }\n": typeof types.ContractInvoicesDocument,
    "\n  query BillingContractHours($id: ID!) {\n    node(id: $id) { ... on Contract { id hoursThisWeek } }\n  }\n": typeof types.BillingContractHoursDocument,
    "\n  query OpenJobs($filter: JobFilter) {\n    jobs(first: 100, filter: $filter) { totalCount nodes { id status kind } }\n  }\n": typeof types.OpenJobsDocument,
    "\n  query JobById($id: ID!) {\n    job(id: $id) { id title status clientTeam { id } postedBy { id } proposals(first: 10) { totalCount } }\n  }\n": typeof types.JobByIdDocument,
    "\n  query TeamJobs($teamId: ID!, $filter: JobFilter) {\n    team(id: $teamId) { jobs(first: 100, filter: $filter) { totalCount nodes { id status } } }\n  }\n": typeof types.TeamJobsDocument,
    "\n  query ListMembers($teamId: ID!, $filter: MemberFilter, $orderBy: MemberOrder, $status: MemberStatus) {\n    team(id: $teamId) {\n      members(filter: $filter, orderBy: $orderBy, status: $status, first: 100) { totalCount nodes { status user { id } } }\n    }\n  }\n": typeof types.ListMembersDocument,
    "\n  mutation ListLeave($input: LeaveTeamInput!) { leaveTeam(input: $input) { userErrors { code } } }\n": typeof types.ListLeaveDocument,
    "\n  query ListTeamPayouts($teamId: ID!, $filter: OwnPayoutFilter, $orderBy: PayoutOrder, $status: PayoutStatus) {\n    team(id: $teamId) {\n      payouts(filter: $filter, orderBy: $orderBy, status: $status) { totalCount nodes { status amount { amount } } }\n    }\n  }\n": typeof types.ListTeamPayoutsDocument,
    "\n  query ContractLists($id: ID!, $entries: TimeEntryFilter, $entryOrder: TimeEntryOrder, $milestones: MilestoneFilter, $milestoneOrder: MilestoneOrder, $invoices: InvoiceFilter) {\n    node(id: $id) {\n      ... on Contract {\n        timeEntries(filter: $entries, orderBy: $entryOrder) { totalCount nodes { startedAt minutes } }\n        milestones(filter: $milestones, orderBy: $milestoneOrder) { totalCount nodes { description status } }\n        invoices(filter: $invoices) { totalCount }\n      }\n    }\n  }\n": typeof types.ContractListsDocument,
    "\n  query AccountEntriesList($teamId: ID!, $filter: AccountEntryFilter, $orderBy: AccountEntryOrder) {\n    team(id: $teamId) { account { entries(filter: $filter, orderBy: $orderBy, first: 100) { totalCount nodes { kind occurredAt } } } }\n  }\n": typeof types.AccountEntriesListDocument,
    "\n  query PagedLists($teamId: ID!, $first: Int, $after: String) {\n    team(id: $teamId) {\n      pendingInvitationsConnection(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { email } }\n    }\n  }\n": typeof types.PagedListsDocument,
    "\n  query AffiliateLists($filter: DateRangeFilter, $orderBy: ChronologicalOrder) {\n    viewer {\n      affiliate {\n        clicks(filter: $filter, orderBy: $orderBy) { totalCount nodes { id occurredAt } }\n        referrals(filter: $filter, orderBy: $orderBy) { totalCount }\n        commissions(filter: $filter, orderBy: $orderBy) { totalCount }\n        materialsConnection(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } }\n        sitesConnection { totalCount nodes { url } }\n      }\n    }\n  }\n": typeof types.AffiliateListsDocument,
    "\n  query MyMemberships($filter: MemberFilter) {\n    viewer { membershipsConnection(filter: $filter) { totalCount nodes { status team { id } } } }\n  }\n": typeof types.MyMembershipsDocument,
    "\n  mutation RacesTransferOwnership($input: TransferTeamOwnershipInput!) {\n    transferTeamOwnership(input: $input) { newOwner { id roles } userErrors { code } }\n  }\n": typeof types.RacesTransferOwnershipDocument,
    "\n  mutation RacesUpdateMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) { member { id roles } userErrors { code } }\n  }\n": typeof types.RacesUpdateMemberDocument,
    "\n  mutation RacesRemoveMember($id: ID!) {\n    removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } }\n  }\n": typeof types.RacesRemoveMemberDocument,
    "\n  query RacesTeam($id: ID!) {\n    team(id: $id) {\n      owner { id }\n      members(first: 20, status: null) { nodes { status roles user { id } } }\n    }\n  }\n": typeof types.RacesTeamDocument,
    "\n  mutation PauseContractForMoney($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code } }\n  }\n": typeof types.PauseContractForMoneyDocument,
    "\n  query ViewerAccountEntries($accountKinds: [LedgerAccountKind!]) {\n    viewer {\n      account {\n        entries(first: 50, accountKinds: $accountKinds) {\n          totalCount\n          nodes { id accountKind kind amount { amount currency } occurredAt description transactionId contractId milestoneId invoiceId payoutId }\n        }\n      }\n    }\n  }\n": typeof types.ViewerAccountEntriesDocument,
    "\n  query UserAccountByNode($id: ID!) {\n    node(id: $id) { ... on User { id account { available { amount } } } }\n  }\n": typeof types.UserAccountByNodeDocument,
    "\n  query AccountEntryNode($id: ID!) {\n    node(id: $id) { ... on AccountEntry { id amount { amount } } }\n  }\n": typeof types.AccountEntryNodeDocument,
    "\n  mutation RandomEndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id } userErrors { code } }\n  }\n": typeof types.RandomEndContractDocument,
    "\n  mutation RandomLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code } }\n  }\n": typeof types.RandomLogTimeDocument,
    "\n  query OfferNode($id: ID!) {\n    node(id: $id) { id ... on Offer { status contract { id } } }\n  }\n": typeof types.OfferNodeDocument,
    "\n  query TeamOffersNested($teamId: ID!, $first: Int, $filter: OfferFilter) {\n    team(id: $teamId) {\n      offers(first: $first, filter: $filter) {\n        totalCount\n        nodes {\n          id status title hourlyRate { amount } milestones { description amount { amount } }\n          freelancer { id name } agency { id name } job { id title status } clientTeam { id }\n          contract {\n            id status hoursThisWeek\n            freelancer { id } agency { id } job { id }\n            milestones(first: 10) { totalCount nodes { id status amount { amount } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamOffersNestedDocument,
    "\n  query StaffOffers($filter: OfferFilter) {\n    offers(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n": typeof types.StaffOffersDocument,
    "\n  mutation RemovePayoutMethod($input: RemovePayoutMethodInput!) {\n    removePayoutMethod(input: $input) {\n      payoutMethod { id removedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.RemovePayoutMethodDocument,
    "\n  query ViewerPayoutMethods($includeRemoved: Boolean) {\n    viewer { payoutMethods(includeRemoved: $includeRemoved) { totalCount nodes { id kind display } } }\n  }\n": typeof types.ViewerPayoutMethodsDocument,
    "\n  query TeamPayouts($id: ID!) {\n    team(id: $id) {\n      payoutMethods { totalCount nodes { id kind } }\n      payouts { totalCount nodes { id status amount { amount } requestedBy { id } } }\n    }\n  }\n": typeof types.TeamPayoutsDocument,
    "\n  query ViewerPayouts($status: PayoutStatus) {\n    viewer {\n      payouts(status: $status) { totalCount nodes { id status amount { amount } } }\n      account { entries(first: 10, accountKinds: [PAYOUTS_IN_FLIGHT, PAID_OUT]) { nodes { kind accountKind amount { amount } payoutId } } }\n    }\n  }\n": typeof types.ViewerPayoutsDocument,
    "\n  query StaffPayouts($filter: PayoutFilter, $orderBy: PayoutOrder, $first: Int) {\n    payouts(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status amount { amount } team { id } user { id } payoutMethod { id kind } }\n    }\n  }\n": typeof types.StaffPayoutsDocument,
    "\n  query PayoutNode($id: ID!) {\n    node(id: $id) { ... on Payout { id status } }\n  }\n": typeof types.PayoutNodeDocument,
    "\n  query StatesProposal($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent } }\n  }\n": typeof types.StatesProposalDocument,
    "\n  query StatesBalances($teamId: ID!) {\n    team(id: $teamId) { id connectsBalance }\n  }\n": typeof types.StatesBalancesDocument,
    "\n  query StatesOwnBalance {\n    viewer { id connectsBalance }\n  }\n": typeof types.StatesOwnBalanceDocument,
    "\n  query ProposalBalances($teamId: ID!) {\n    team(id: $teamId) { connectsBalance connectsHistory(first: 5) { nodes { kind change proposal { id } job { id } } } }\n    viewer { connectsBalance }\n  }\n": typeof types.ProposalBalancesDocument,
    "\n  query TeamProposals($teamId: ID!, $filter: ProposalFilter, $orderBy: ProposalOrder) {\n    team(id: $teamId) { proposals(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { id status createdAt freelancer { id } } } }\n  }\n": typeof types.TeamProposalsDocument,
    "\n  query ViewerProposals {\n    viewer { proposals(first: 50) { totalCount nodes { id agency { id } } } }\n  }\n": typeof types.ViewerProposalsDocument,
    "\n  query ProposalJob($id: ID!) {\n    job(id: $id) { id status }\n  }\n": typeof types.ProposalJobDocument,
    "\n  query ProposalNode($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent job { id } agency { id } freelancer { id } } }\n  }\n": typeof types.ProposalNodeDocument,
    "\n  mutation RaceRevokeInvitation($input: RevokeTeamInvitationInput!) {\n    revokeTeamInvitation(input: $input) { invitation { id status } userErrors { code } }\n  }\n": typeof types.RaceRevokeInvitationDocument,
    "\n  query AffiliateDashboard($months: Int) {\n    viewer {\n      affiliate {\n        id\n        materials { id kind clickCount }\n        clicks(first: 100) { totalCount nodes { id referrer occurredAt material { id kind } } }\n        referrals(first: 100) {\n          totalCount\n          nodes { id signedUpAt affiliate { id } referredUser { id name email } click { id } }\n        }\n        monthlyTotals(months: $months) { month clicks signups }\n      }\n    }\n  }\n": typeof types.AffiliateDashboardDocument,
    "\n  query StaffReferrals($filter: ReferralFilter, $orderBy: ReferralOrder) {\n    referrals(filter: $filter, orderBy: $orderBy, first: 100) {\n      totalCount\n      nodes { id signedUpAt affiliate { id } referredUser { id } click { id } }\n    }\n  }\n": typeof types.StaffReferralsDocument,
    "\n  query StaffAffiliateOverview($first: Int) {\n    affiliates(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      nodes {\n        id trackingUrl user { id name }\n        materials { id kind trackingUrl clickCount }\n        clicks(first: 5) { totalCount nodes { id material { id kind } } }\n        referrals(first: 5) { totalCount nodes { id referredUser { id } click { id occurredAt } affiliate { id } } }\n        monthlyTotals { month clicks signups }\n      }\n    }\n  }\n": typeof types.StaffAffiliateOverviewDocument,
    "\n  query ReferralNode($id: ID!) {\n    node(id: $id) { id ... on Referral { signedUpAt } ... on ReferralClick { occurredAt } }\n  }\n": typeof types.ReferralNodeDocument,
    "\n  query RoundingDashboard {\n    viewer { affiliate { referrals(first: 100) { nodes { referredUser { id } commission { amount } } } commissions(first: 100) { nodes { amount { amount } } } } }\n  }\n": typeof types.RoundingDashboardDocument,
    "\n  mutation EdgeLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code } }\n  }\n": typeof types.EdgeLogTimeDocument,
    "\n  mutation EdgeAcceptOffer($id: ID!) {\n    acceptOffer(input: { offerId: $id }) {\n      contract { id agency { id } payeeTeam { id } payeeUser { id } }\n      userErrors { code message }\n    }\n  }\n": typeof types.EdgeAcceptOfferDocument,
    "\n  mutation EdgeRemoveTeamMember($id: ID!) {\n    removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } }\n  }\n": typeof types.EdgeRemoveTeamMemberDocument,
    "\n  mutation EdgeRunDueWork {\n    runDueWork { userErrors { code } }\n  }\n": typeof types.EdgeRunDueWorkDocument,
    "\n  query EdgeContractInvoices($id: ID!) {\n    node(id: $id) { ... on Contract { invoices { nodes { weekStart hours } } } }\n  }\n": typeof types.EdgeContractInvoicesDocument,
    "\n  mutation EdgePauseContract($id: ID!) {\n    pauseContract(input: { contractId: $id }) { contract { status } userErrors { code } }\n  }\n": typeof types.EdgePauseContractDocument,
    "\n  mutation EdgeResumeContract($id: ID!) {\n    resumeContract(input: { contractId: $id }) { contract { status } userErrors { code } }\n  }\n": typeof types.EdgeResumeContractDocument,
    "\n  subscription EdgeHttpPaymentEvents($teamId: ID) {\n    paymentEvents(teamId: $teamId) { id type }\n  }\n": typeof types.EdgeHttpPaymentEventsDocument,
    "\n  subscription EdgeHttpOfferEvents {\n    offerEvents { id type }\n  }\n": typeof types.EdgeHttpOfferEventsDocument,
    "\n  mutation EdgeAddMilestone($i: AddMilestoneInput!) {\n    addMilestone(input: $i) { milestone { id } userErrors { code } }\n  }\n": typeof types.EdgeAddMilestoneDocument,
    "\n  subscription EdgePaymentEvents($t: ID!) {\n    paymentEvents(teamId: $t) { id type amount { amount } }\n  }\n": typeof types.EdgePaymentEventsDocument,
    "\n  mutation EdgeFundMilestone($i: FundMilestoneInput!) {\n    fundMilestone(input: $i) { milestone { status } userErrors { code } }\n  }\n": typeof types.EdgeFundMilestoneDocument,
    "\n  mutation EdgeUpdateTeamMember($i: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $i) { member { roles } userErrors { code } }\n  }\n": typeof types.EdgeUpdateTeamMemberDocument,
    "\n  mutation EdgeRecordReferralClick($code: String!) {\n    recordReferralClick(input: { code: $code }) { clickId userErrors { code } }\n  }\n": typeof types.EdgeRecordReferralClickDocument,
    "\n  mutation EdgeSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token userErrors { code } }\n  }\n": typeof types.EdgeSignUpDocument,
    "\n  query WhoAmI { viewer { id name } }\n": typeof types.WhoAmIDocument,
    "\n  mutation ApplyAsAffiliate($input: ApplyAsAffiliateInput!) {\n    applyAsAffiliate(input: $input) {\n      affiliate {\n        id status code trackingUrl country trafficSources decisionReason reviewedAt\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ApplyAsAffiliateDocument,
    "\n  mutation ReviewAffiliate($input: ReviewAffiliateInput!) {\n    reviewAffiliate(input: $input) {\n      affiliate { id status trackingUrl decisionReason reviewedAt materials { id kind } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ReviewAffiliateDocument,
    "\n  mutation RecordReferralClick($input: RecordReferralClickInput!) {\n    recordReferralClick(input: $input) {\n      clickId\n      userErrors { code message field }\n    }\n  }\n": typeof types.RecordReferralClickDocument,
    "\n  query AffiliateNow { now }\n": typeof types.AffiliateNowDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user { id email emailVerified isStaff pendingEmail }\n      userErrors { code message field }\n    }\n  }\n": typeof types.VerifyEmailDocument,
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
    "\n  mutation AddPayoutMethod($input: AddPayoutMethodInput!) {\n    addPayoutMethod(input: $input) {\n      payoutMethod { id kind display paypalEmail accountNumberLast4 routingNumberLast4 sortCode addressSummary removedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AddPayoutMethodDocument,
    "\n  mutation RequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) {\n      payout { id status amount { amount currency } payoutMethod { id } team { id } user { id } requestedBy { id } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.RequestPayoutDocument,
    "\n  mutation SettlePayout($input: SettlePayoutInput!) {\n    settlePayout(input: $input) {\n      payout { id status settledAt amount { amount } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SettlePayoutDocument,
    "\n  query LedgerCheck {\n    ledgerCheck {\n      ok unbalancedTransactions mismatchedAccounts negativeAccounts total { amount currency }\n      accountMismatches mismatches { subjectId kind ownerId expected { amount } actual { amount } }\n    }\n  }\n": typeof types.LedgerCheckDocument,
    "\n  query TeamAccount($id: ID!) {\n    team(id: $id) {\n      id\n      account { available { amount } pending { amount } inFlight { amount } inEscrow { amount } }\n    }\n  }\n": typeof types.TeamAccountDocument,
    "\n  query ViewerAccount {\n    viewer { id account { available { amount } pending { amount } inFlight { amount } } }\n  }\n": typeof types.ViewerAccountDocument,
    "\n  mutation RunDueWorkForMoney {\n    runDueWork { now reports { name changed } userErrors { code message } }\n  }\n": typeof types.RunDueWorkForMoneyDocument,
    "\n  mutation SetClockForMoney($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n": typeof types.SetClockForMoneyDocument,
    "\n  query NowForMoney { now }\n": typeof types.NowForMoneyDocument,
    "\n  mutation FundMilestone($input: FundMilestoneInput!) {\n    fundMilestone(input: $input) {\n      milestone { id status fundedAt amount { amount } }\n      contract { id }\n      userErrors { code message field }\n    }\n  }\n": typeof types.FundMilestoneDocument,
    "\n  mutation SubmitMilestone($input: SubmitMilestoneInput!) {\n    submitMilestone(input: $input) {\n      milestone { id status submittedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SubmitMilestoneDocument,
    "\n  mutation RequestMilestoneChanges($input: RequestMilestoneChangesInput!) {\n    requestMilestoneChanges(input: $input) {\n      milestone { id status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.RequestMilestoneChangesDocument,
    "\n  mutation ApproveMilestone($input: ApproveMilestoneInput!) {\n    approveMilestone(input: $input) {\n      milestone { id status approvedAt }\n      contract { id }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ApproveMilestoneDocument,
    "\n  query MilestoneHistory($id: ID!) {\n    node(id: $id) {\n      ... on Milestone {\n        id status\n        history { id fromStatus toStatus message changedAt changedBy { id } }\n      }\n    }\n  }\n": typeof types.MilestoneHistoryDocument,
    "\n  mutation EndContractForMoney($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status } userErrors { code } }\n  }\n": typeof types.EndContractForMoneyDocument,
    "\n  mutation BillingLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code message field } }\n  }\n": typeof types.BillingLogTimeDocument,
    "\n  query WorkAccountEntries($teamId: ID!) {\n    team(id: $teamId) {\n      account {\n        available { amount } pending { amount } inEscrow { amount }\n        entries(first: 100) {\n          totalCount\n          nodes {\n            id kind accountKind amount { amount } description\n            contract { id } milestone { id status } invoice { id weekStart } payout { id }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkAccountEntriesDocument,
    "\n  query WorkMyEntries {\n    viewer {\n      account {\n        available { amount } pending { amount }\n        entries(first: 100) { totalCount nodes { id kind accountKind amount { amount } contract { id } milestone { id } invoice { id } } }\n      }\n    }\n  }\n": typeof types.WorkMyEntriesDocument,
    "\n  mutation ResolveDispute($input: ResolveDisputeInput!) {\n    resolveDispute(input: $input) {\n      milestone { id status resolvedAt resolvedPayeeAmount { amount } amount { amount } }\n      contract { id status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ResolveDisputeDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team { id name headline skills }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateTeamDocument,
    "\n  mutation UpdateJob($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      job { id title description kind budget { amount } hourlyRateMin { amount } hourlyRateMax { amount } status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateJobDocument,
    "\n  query TeamMembers($id: ID!, $status: MemberStatus) {\n    team(id: $id) {\n      id name kind\n      owner { id }\n      members(first: 100, status: $status) {\n        totalCount\n        edges { node { id roles relationship status joinedAt leftAt user { id name } } }\n      }\n    }\n  }\n": typeof types.TeamMembersDocument,
    "\n  query TeamProfile($id: ID!) {\n    team(id: $id) { id name kind viewerMembership { id roles } }\n  }\n": typeof types.TeamProfileDocument,
    "\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      member { id roles relationship }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      member { id status leftAt }\n      userErrors { code message }\n    }\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  mutation LeaveTeam($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) {\n      member { id status leftAt }\n      userErrors { code message }\n    }\n  }\n": typeof types.LeaveTeamDocument,
    "\n  mutation TransferTeamOwnership($input: TransferTeamOwnershipInput!) {\n    transferTeamOwnership(input: $input) {\n      team { id owner { id } }\n      newOwner { id roles }\n      previousOwner { id roles }\n      userErrors { code message }\n    }\n  }\n": typeof types.TransferTeamOwnershipDocument,
    "\n  mutation SetDefaultTeam($input: SetDefaultTeamInput!) {\n    setDefaultTeam(input: $input) {\n      user { id defaultTeam { id } }\n      userErrors { code message }\n    }\n  }\n": typeof types.SetDefaultTeamDocument,
    "\n  query MyWorld {\n    viewer {\n      id\n      defaultTeam { id }\n      memberships { id roles relationship team { id name } }\n      invitations { id email roles team { id name } invitedBy { id } }\n    }\n  }\n": typeof types.MyWorldDocument,
    "\n  mutation DeclineTeamInvitation($input: DeclineTeamInvitationInput!) {\n    declineTeamInvitation(input: $input) {\n      invitation { id status }\n      userErrors { code }\n    }\n  }\n": typeof types.DeclineTeamInvitationDocument,
    "mutation CreateBlankTeam { createTeam(input: { name: \"  \", kind: AGENCY }) { team { id } userErrors { code field } } }": typeof types.CreateBlankTeamDocument,
    "\n  query OverlapInvoices($id: ID!) {\n    node(id: $id) { ... on Contract { id invoices(first: 10) { nodes { weekStart hours amount { amount } } } } }\n  }\n": typeof types.OverlapInvoicesDocument,
    "\n  query TrustedNow { now }\n": typeof types.TrustedNowDocument,
    "\n  subscription TrustedOfferEvents($teamId: ID) { offerEvents(teamId: $teamId) { id type } }\n": typeof types.TrustedOfferEventsDocument,
};
const documents: Documents = {
    "\n  query AccessReviewTeamWalk($id: ID!) {\n    team(id: $id) {\n      id name\n      offers(first: 10) { nodes { id proposal { id coverLetter } contract { id } } }\n      contracts(first: 10) { nodes { id offer { proposal { id } } job { id } milestones { nodes { id amount { amount } } } } }\n    }\n  }\n": types.AccessReviewTeamWalkDocument,
    "\n  query AccessReviewTeamMoney($id: ID!) {\n    team(id: $id) { id account { available { amount } } }\n  }\n": types.AccessReviewTeamMoneyDocument,
    "\n  query AccessReviewTeamPayouts($id: ID!) {\n    team(id: $id) { id payouts(first: 5) { totalCount } }\n  }\n": types.AccessReviewTeamPayoutsDocument,
    "\n  query AccessReviewTeamMembers($id: ID!) {\n    team(id: $id) { id members(first: 20) { nodes { id user { id email connectsBalance } } } }\n  }\n": types.AccessReviewTeamMembersDocument,
    "\n  query AccessReviewTeamInvitations($id: ID!) {\n    team(id: $id) { id pendingInvitations { id email } }\n  }\n": types.AccessReviewTeamInvitationsDocument,
    "\n  query AccessReviewNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": types.AccessReviewNodeDocument,
    "\n  query AccessReviewUser($id: ID!) {\n    node(id: $id) {\n      id\n      ... on User { email connectsBalance memberships { id } offers(first: 5) { totalCount } contracts(first: 5) { totalCount } account { available { amount } } affiliate { id } }\n    }\n  }\n": types.AccessReviewUserDocument,
    "\n  mutation AccessReviewLeave($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) { member { id status } userErrors { code message } }\n  }\n": types.AccessReviewLeaveDocument,
    "\n  mutation AccessReviewAccept($input: AcceptOfferInput!) {\n    acceptOffer(input: $input) { offer { id status } userErrors { code message } }\n  }\n": types.AccessReviewAcceptDocument,
    "\n  mutation AccessReviewPause($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n": types.AccessReviewPauseDocument,
    "\n  mutation AccessReviewLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code message } }\n  }\n": types.AccessReviewLogTimeDocument,
    "\n  mutation AccessReviewSubmit($input: SubmitMilestoneInput!) {\n    submitMilestone(input: $input) { milestone { id status } userErrors { code message } }\n  }\n": types.AccessReviewSubmitDocument,
    "\n  query AccessReviewStaffView($id: ID!) {\n    team(id: $id) { id account { available { amount } } members(first: 5) { totalCount } }\n  }\n": types.AccessReviewStaffViewDocument,
    "\n  query AccessReviewIsStaff($id: ID!) {\n    node(id: $id) { ... on User { id isStaff } }\n  }\n": types.AccessReviewIsStaffDocument,
    "\n  subscription AccountOfferEvents {\n    offerEvents { id type }\n  }\n": types.AccountOfferEventsDocument,
    "\n  query AccountMe {\n    viewer { id name email emailVerified pendingEmail isStaff invitations { id } }\n  }\n": types.AccountMeDocument,
    "\n  mutation AccountLogIn($input: LogInInput!) {\n    logIn(input: $input) { token user { id } userErrors { code } }\n  }\n": types.AccountLogInDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail { user { id emailVerified } userErrors { code } }\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation AccountSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code } }\n  }\n": types.AccountSetClockDocument,
    "\n  query InvitationNode($id: ID!) {\n    node(id: $id) { id ... on TeamInvitation { status } }\n  }\n": types.InvitationNodeDocument,
    "\n  mutation AccountRequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) { payout { id } userErrors { code message } }\n  }\n": types.AccountRequestPayoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { revokedCount user { id } userErrors { code field } }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { userErrors { code message } }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token user { id emailVerified } userErrors { code field } }\n  }\n": types.ResetPasswordDocument,
    "\n  query MySessions {\n    viewer { sessions(first: 10) { totalCount nodes { id current userAgent createdAt lastSeenAt expiresAt } } }\n  }\n": types.MySessionsDocument,
    "\n  mutation LogOut($input: LogOutInput) {\n    logOut(input: $input) { revokedCount userErrors { code } }\n  }\n": types.LogOutDocument,
    "\n  mutation LogOutEverywhere($input: LogOutEverywhereInput) {\n    logOutEverywhere(input: $input) { revokedCount userErrors { code } }\n  }\n": types.LogOutEverywhereDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id name } userErrors { code field } }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) { user { id email pendingEmail emailVerified } userErrors { code field } }\n  }\n": types.ChangeEmailDocument,
    "\n  query MyAffiliate {\n    viewer {\n      id\n      affiliate {\n        id status code trackingUrl country trafficSources audience createdAt reviewedAt decisionReason\n        user { id }\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n    }\n  }\n": types.MyAffiliateDocument,
    "\n  query UserAffiliateByNode($id: ID!) {\n    node(id: $id) { id ... on User { affiliate { id status } } }\n  }\n": types.UserAffiliateByNodeDocument,
    "\n  query AffiliateNode($id: ID!) {\n    node(id: $id) { id ... on Affiliate { status code } ... on PromotionalMaterial { kind } }\n  }\n": types.AffiliateNodeDocument,
    "\n  query StaffAffiliates($filter: AffiliateFilter, $orderBy: AffiliateOrder, $first: Int) {\n    affiliates(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status country user { id } }\n    }\n  }\n": types.StaffAffiliatesDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user { id email }\n      userErrors { code message field }\n    }\n  }\n": types.LogInDocument,
    "\n  query Viewer {\n    viewer { id name email isStaff createdAt }\n  }\n": types.ViewerDocument,
    "\n  query BrandingProfile($id: ID!) {\n    node(id: $id) { id ... on User { name representedAgency { id name } } }\n  }\n": types.BrandingProfileDocument,
    "\n  query BrandingWork($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Proposal { agency { id } freelancer { id representedAgency { id } } }\n      ... on Offer { agency { id } freelancer { id representedAgency { id } } }\n    }\n  }\n": types.BrandingWorkDocument,
    "\n  mutation BrandingSetDefault($input: SetDefaultTeamInput!) {\n    setDefaultTeam(input: $input) { user { id defaultTeam { id } representedAgency { id } } userErrors { code message field } }\n  }\n": types.BrandingSetDefaultDocument,
    "\n  mutation BrandingLeave($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) { userErrors { code } }\n  }\n": types.BrandingLeaveDocument,
    "\n      query BrandingMembers($id: ID!) {\n        team(id: $id) { members(first: 100) { nodes { user { id representedAgency { id name } } } } }\n      }\n    ": types.BrandingMembersDocument,
    "\n  subscription ChaosPaymentEvents($teamId: ID, $after: String) {\n    paymentEvents(teamId: $teamId, after: $after) { id type }\n  }\n": types.ChaosPaymentEventsDocument,
    "\n  query CommissionDashboard {\n    viewer {\n      affiliate {\n        id\n        referrals(first: 100) { nodes { id referredUser { id } commission { amount currency } } }\n        commissions(first: 100) {\n          totalCount\n          nodes { id amount { amount } earnedAt month paid contract { id } payout { id } referral { id } }\n        }\n        payouts(first: 100) { totalCount nodes { id status amount { amount } payoutMethod { id } } }\n        monthlyTotals(months: 120) { month clicks signups commission { amount } paid { amount } }\n      }\n    }\n  }\n": types.CommissionDashboardDocument,
    "\n  query StaffCommissions($affiliateId: ID!) {\n    referrals(filter: { affiliateId: $affiliateId }, first: 100) { totalCount nodes { id commission { amount } } }\n    affiliates(first: 100) { nodes { id commissions(first: 100) { totalCount nodes { id amount { amount } contract { id } } } } }\n  }\n": types.StaffCommissionsDocument,
    "\n  query CommissionNode($id: ID!) {\n    node(id: $id) { id ... on Commission { amount { amount } paid } }\n  }\n": types.CommissionNodeDocument,
    "\n  query CommissionNow { now }\n": types.CommissionNowDocument,
    "\n  query CompiledNestedList {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      totalCount\n      nodes { id name members(first: 10) { nodes { id roles relationship user { id name } } } }\n    }\n  }\n": types.CompiledNestedListDocument,
    "\n  query CompiledDashboard($id: ID!) {\n    team(id: $id) {\n      offers(first: 50) {\n        nodes { status job { title } freelancer { name } contract { status milestones(first: 10) { nodes { amount { amount } status } } } }\n      }\n    }\n  }\n": types.CompiledDashboardDocument,
    "\n  query CompiledStaffContracts {\n    contracts(first: 100) {\n      totalCount\n      nodes {\n        id title status createdAt\n        clientTeam { name } agency { name } freelancer { name }\n        invoices(first: 10) { nodes { weekStart hours amount { amount } fee { amount } } }\n      }\n    }\n  }\n": types.CompiledStaffContractsDocument,
    "\n  query CompiledArguments($id: ID!) {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      nodes { id members(first: 10, orderBy: { field: JOINED_AT, direction: DESC }) { nodes { id } } }\n    }\n    team(id: $id) {\n      members(first: 10, filter: { status: [ACTIVE] }) { nodes { id status } }\n      former: members(first: 10, status: LEFT) { nodes { id status } }\n      offers(first: 50) { nodes { contract { milestones(first: 10, orderBy: { field: POSITION, direction: DESC }) { nodes { status } } } } }\n    }\n    contracts(first: 100) { nodes { id invoices(first: 10, orderBy: { field: WEEK_START, direction: ASC }) { nodes { weekStart } } } }\n  }\n": types.CompiledArgumentsDocument,
    "\n  query CompiledWide($id: ID!, $first: Int) {\n    mine: team(id: $id) {\n      __typename id name kind createdAt\n      members(first: $first) { __typename totalCount nodes { __typename id status joinedAt leftAt roles user { id name } } }\n      offers(first: $first) {\n        totalCount\n        nodes {\n          id title kind createdAt expiresAt status\n          clientTeam { id name kind } agency { id name } job { id title kind }\n          contract {\n            id kind endedAt job { title } freelancer { id }\n            milestones { totalCount nodes { id position description dueAt status amount { amount currency __typename } } }\n            invoices(first: 1) { totalCount nodes { id weekEnd hours fee { amount currency } } }\n          }\n        }\n      }\n    }\n  }\n": types.CompiledWideDocument,
    "\n  mutation PurchaseConnects($input: PurchaseConnectsInput!) {\n    purchaseConnects(input: $input) {\n      entry { id kind change balanceAfter occurredAt }\n      team { id connectsBalance }\n      user { id connectsBalance }\n      userErrors { code message field }\n    }\n  }\n": types.PurchaseConnectsDocument,
    "\n  query TeamConnects($id: ID!, $first: Int, $after: String) {\n    team(id: $id) {\n      connectsBalance\n      connectsHistory(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id kind change balanceAfter } }\n      }\n    }\n  }\n": types.TeamConnectsDocument,
    "\n  query MyConnects {\n    viewer { connectsBalance connectsHistory(first: 100) { totalCount nodes { change kind } } }\n  }\n": types.MyConnectsDocument,
    "\n  mutation ContentionAddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) { milestone { id } userErrors { code } }\n  }\n": types.ContentionAddMilestoneDocument,
    "\n  query ContentionViewer { viewer { id } }\n": types.ContentionViewerDocument,
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
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Team { name }\n      ... on User { name }\n      ... on Member { roles }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": types.NodesByIdsDocument,
    "\n  query StaffTeams($first: Int, $last: Int, $after: String, $before: String, $filter: TeamFilter, $orderBy: TeamOrder) {\n    teams(first: $first, last: $last, after: $after, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id name kind } }\n    }\n  }\n": types.StaffTeamsDocument,
    "\n  query StaffUsers($filter: UserFilter, $orderBy: UserOrder) {\n    users(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes { id name email }\n    }\n  }\n": types.StaffUsersDocument,
    "\n  query NestedMembers($id: ID!) {\n    team(id: $id) {\n      members(first: 100) { edges { node { user { name } } } }\n    }\n  }\n": types.NestedMembersDocument,
    "\n  query StaffNested {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      nodes { id name members(first: 100) { totalCount nodes { roles user { name } } } }\n    }\n  }\n": types.StaffNestedDocument,
    "\n  mutation SetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code } }\n  }\n": types.SetClockDocument,
    "\n  query Now { now }\n": types.NowDocument,
    "\n  mutation RunDueWork {\n    runDueWork { now reports { name changed } userErrors { code } }\n  }\n": types.RunDueWorkDocument,
    "\n  mutation RunSomeDueWork($input: RunDueWorkInput) {\n    runDueWork(input: $input) { reports { name } userErrors { code field } }\n  }\n": types.RunSomeDueWorkDocument,
    "\n  mutation UpdatePublicProfile($input: UpdatePublicProfileInput!) {\n    updatePublicProfile(input: $input) {\n      profile { id name headline skills availability }\n      userErrors { code message field }\n    }\n  }\n": types.UpdatePublicProfileDocument,
    "\n  mutation DirectoryUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id skills } userErrors { code } }\n  }\n": types.DirectoryUpdateTeamDocument,
    "\n  query Freelancers($filter: FreelancerDirectoryFilter, $first: Int, $after: String, $orderBy: ProfileOrder) {\n    freelancers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name headline skills availability createdAt }\n    }\n  }\n": types.FreelancersDocument,
    "\n  query Agencies($filter: AgencyDirectoryFilter) {\n    agencies(filter: $filter, first: 100) {\n      totalCount\n      nodes { id name headline skills createdAt }\n    }\n  }\n": types.AgenciesDocument,
    "\n  query DirectoryProfileFields {\n    agency: __type(name: \"AgencyProfile\") { fields { name type { name ofType { name ofType { name ofType { name } } } } } }\n    freelancer: __type(name: \"FreelancerProfile\") { fields { name type { name ofType { name ofType { name ofType { name } } } } } }\n  }\n": types.DirectoryProfileFieldsDocument,
    "\n  query OfferHistory($teamId: ID!, $first: Int, $after: String, $filter: OfferEventFilter, $orderBy: EventOrder) {\n    team(id: $teamId) {\n      offerEvents(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n        latestEventId\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id type occurredAt offer { id } actor { id name } }\n      }\n    }\n  }\n": types.OfferHistoryDocument,
    "\n  query PaymentHistory($teamId: ID!, $filter: PaymentEventFilter) {\n    team(id: $teamId) {\n      paymentEvents(filter: $filter) {\n        latestEventId\n        totalCount\n        nodes { id type amount { amount } payout { id } actor { id } }\n      }\n    }\n  }\n": types.PaymentHistoryDocument,
    "\n  subscription HistoryOfferEvents($teamId: ID, $after: String) {\n    offerEvents(teamId: $teamId, after: $after) { id type offer { id } actor { id } }\n  }\n": types.HistoryOfferEventsDocument,
    "\n  subscription OfferEvents($teamId: ID, $after: String) {\n    offerEvents(teamId: $teamId, after: $after) { id type occurredAt offer { id status } }\n  }\n": types.OfferEventsDocument,
    "\n  subscription PaymentEvents($teamId: ID, $after: String) {\n    paymentEvents(teamId: $teamId, after: $after) {\n      id type occurredAt amount { amount currency }\n      payout { id status } contract { id } milestone { id status } invoice { id }\n    }\n  }\n": types.PaymentEventsDocument,
    "\n  mutation LeaveForEvents($input: LeaveTeamInput!) { leaveTeam(input: $input) { member { status } userErrors { code } } }\n": types.LeaveForEventsDocument,
    "\n  mutation DemoteForEvents($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { member { roles } userErrors { code } } }\n": types.DemoteForEventsDocument,
    "query NowForEvents { now }": types.NowForEventsDocument,
    "\n  query FiguresContract($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Contract {\n        hourlyRate { amount }\n        offer { hourlyRate { amount } milestones { amount { amount } } }\n        milestones { nodes { id amount { amount } } }\n        invoices { nodes { id amount { amount } fee { amount } } }\n        timeEntries { nodes { id hourlyRate { amount } } }\n        history { field fromValue toValue }\n      }\n    }\n  }\n": types.FiguresContractDocument,
    "\n  query FiguresNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Milestone { amount { amount } }\n      ... on Invoice { amount { amount } fee { amount } }\n      ... on TimeEntry { hourlyRate { amount } }\n      ... on Offer { hourlyRate { amount } milestones { amount { amount } } }\n    }\n  }\n": types.FiguresNodesDocument,
    "\n  query FiguresTeam($id: ID!) {\n    team(id: $id) {\n      contracts(first: 100) { nodes { id hourlyRate { amount } milestones { nodes { amount { amount } } } invoices { nodes { amount { amount } } } } }\n      offers(first: 100) { nodes { id hourlyRate { amount } milestones { amount { amount } } contract { id hourlyRate { amount } } } }\n    }\n  }\n": types.FiguresTeamDocument,
    "\n  subscription FiguresOfferEvents($teamId: ID) {\n    offerEvents(teamId: $teamId) { id type offer { id hourlyRate { amount } milestones { amount { amount } } } }\n  }\n": types.FiguresOfferEventsDocument,
    "\n  mutation FiguresRate($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id } userErrors { code } }\n  }\n": types.FiguresRateDocument,
    "\n  mutation BillingChangeLimit($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id weeklyLimitHours } userErrors { code } }\n  }\n": types.BillingChangeLimitDocument,
    "\n  mutation BillingChangeRate($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id hourlyRate { amount } } userErrors { code } }\n  }\n": types.BillingChangeRateDocument,
    "\n  mutation BillingEndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status } userErrors { code } }\n  }\n": types.BillingEndContractDocument,
    "\n  query ContractInvoices($id: ID!) {\n    node(id: $id) {\n      ... on Contract {\n        id\n        invoices(first: 10) { totalCount nodes { id weekStart weekEnd hours amount { amount } fee { amount } createdAt contract { id } } }\n      }\n    }\n  }\n": types.ContractInvoicesDocument,
    "\n  query BillingContractHours($id: ID!) {\n    node(id: $id) { ... on Contract { id hoursThisWeek } }\n  }\n": types.BillingContractHoursDocument,
    "\n  query OpenJobs($filter: JobFilter) {\n    jobs(first: 100, filter: $filter) { totalCount nodes { id status kind } }\n  }\n": types.OpenJobsDocument,
    "\n  query JobById($id: ID!) {\n    job(id: $id) { id title status clientTeam { id } postedBy { id } proposals(first: 10) { totalCount } }\n  }\n": types.JobByIdDocument,
    "\n  query TeamJobs($teamId: ID!, $filter: JobFilter) {\n    team(id: $teamId) { jobs(first: 100, filter: $filter) { totalCount nodes { id status } } }\n  }\n": types.TeamJobsDocument,
    "\n  query ListMembers($teamId: ID!, $filter: MemberFilter, $orderBy: MemberOrder, $status: MemberStatus) {\n    team(id: $teamId) {\n      members(filter: $filter, orderBy: $orderBy, status: $status, first: 100) { totalCount nodes { status user { id } } }\n    }\n  }\n": types.ListMembersDocument,
    "\n  mutation ListLeave($input: LeaveTeamInput!) { leaveTeam(input: $input) { userErrors { code } } }\n": types.ListLeaveDocument,
    "\n  query ListTeamPayouts($teamId: ID!, $filter: OwnPayoutFilter, $orderBy: PayoutOrder, $status: PayoutStatus) {\n    team(id: $teamId) {\n      payouts(filter: $filter, orderBy: $orderBy, status: $status) { totalCount nodes { status amount { amount } } }\n    }\n  }\n": types.ListTeamPayoutsDocument,
    "\n  query ContractLists($id: ID!, $entries: TimeEntryFilter, $entryOrder: TimeEntryOrder, $milestones: MilestoneFilter, $milestoneOrder: MilestoneOrder, $invoices: InvoiceFilter) {\n    node(id: $id) {\n      ... on Contract {\n        timeEntries(filter: $entries, orderBy: $entryOrder) { totalCount nodes { startedAt minutes } }\n        milestones(filter: $milestones, orderBy: $milestoneOrder) { totalCount nodes { description status } }\n        invoices(filter: $invoices) { totalCount }\n      }\n    }\n  }\n": types.ContractListsDocument,
    "\n  query AccountEntriesList($teamId: ID!, $filter: AccountEntryFilter, $orderBy: AccountEntryOrder) {\n    team(id: $teamId) { account { entries(filter: $filter, orderBy: $orderBy, first: 100) { totalCount nodes { kind occurredAt } } } }\n  }\n": types.AccountEntriesListDocument,
    "\n  query PagedLists($teamId: ID!, $first: Int, $after: String) {\n    team(id: $teamId) {\n      pendingInvitationsConnection(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { email } }\n    }\n  }\n": types.PagedListsDocument,
    "\n  query AffiliateLists($filter: DateRangeFilter, $orderBy: ChronologicalOrder) {\n    viewer {\n      affiliate {\n        clicks(filter: $filter, orderBy: $orderBy) { totalCount nodes { id occurredAt } }\n        referrals(filter: $filter, orderBy: $orderBy) { totalCount }\n        commissions(filter: $filter, orderBy: $orderBy) { totalCount }\n        materialsConnection(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } }\n        sitesConnection { totalCount nodes { url } }\n      }\n    }\n  }\n": types.AffiliateListsDocument,
    "\n  query MyMemberships($filter: MemberFilter) {\n    viewer { membershipsConnection(filter: $filter) { totalCount nodes { status team { id } } } }\n  }\n": types.MyMembershipsDocument,
    "\n  mutation RacesTransferOwnership($input: TransferTeamOwnershipInput!) {\n    transferTeamOwnership(input: $input) { newOwner { id roles } userErrors { code } }\n  }\n": types.RacesTransferOwnershipDocument,
    "\n  mutation RacesUpdateMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) { member { id roles } userErrors { code } }\n  }\n": types.RacesUpdateMemberDocument,
    "\n  mutation RacesRemoveMember($id: ID!) {\n    removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } }\n  }\n": types.RacesRemoveMemberDocument,
    "\n  query RacesTeam($id: ID!) {\n    team(id: $id) {\n      owner { id }\n      members(first: 20, status: null) { nodes { status roles user { id } } }\n    }\n  }\n": types.RacesTeamDocument,
    "\n  mutation PauseContractForMoney($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code } }\n  }\n": types.PauseContractForMoneyDocument,
    "\n  query ViewerAccountEntries($accountKinds: [LedgerAccountKind!]) {\n    viewer {\n      account {\n        entries(first: 50, accountKinds: $accountKinds) {\n          totalCount\n          nodes { id accountKind kind amount { amount currency } occurredAt description transactionId contractId milestoneId invoiceId payoutId }\n        }\n      }\n    }\n  }\n": types.ViewerAccountEntriesDocument,
    "\n  query UserAccountByNode($id: ID!) {\n    node(id: $id) { ... on User { id account { available { amount } } } }\n  }\n": types.UserAccountByNodeDocument,
    "\n  query AccountEntryNode($id: ID!) {\n    node(id: $id) { ... on AccountEntry { id amount { amount } } }\n  }\n": types.AccountEntryNodeDocument,
    "\n  mutation RandomEndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id } userErrors { code } }\n  }\n": types.RandomEndContractDocument,
    "\n  mutation RandomLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code } }\n  }\n": types.RandomLogTimeDocument,
    "\n  query OfferNode($id: ID!) {\n    node(id: $id) { id ... on Offer { status contract { id } } }\n  }\n": types.OfferNodeDocument,
    "\n  query TeamOffersNested($teamId: ID!, $first: Int, $filter: OfferFilter) {\n    team(id: $teamId) {\n      offers(first: $first, filter: $filter) {\n        totalCount\n        nodes {\n          id status title hourlyRate { amount } milestones { description amount { amount } }\n          freelancer { id name } agency { id name } job { id title status } clientTeam { id }\n          contract {\n            id status hoursThisWeek\n            freelancer { id } agency { id } job { id }\n            milestones(first: 10) { totalCount nodes { id status amount { amount } } }\n          }\n        }\n      }\n    }\n  }\n": types.TeamOffersNestedDocument,
    "\n  query StaffOffers($filter: OfferFilter) {\n    offers(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n": types.StaffOffersDocument,
    "\n  mutation RemovePayoutMethod($input: RemovePayoutMethodInput!) {\n    removePayoutMethod(input: $input) {\n      payoutMethod { id removedAt }\n      userErrors { code message field }\n    }\n  }\n": types.RemovePayoutMethodDocument,
    "\n  query ViewerPayoutMethods($includeRemoved: Boolean) {\n    viewer { payoutMethods(includeRemoved: $includeRemoved) { totalCount nodes { id kind display } } }\n  }\n": types.ViewerPayoutMethodsDocument,
    "\n  query TeamPayouts($id: ID!) {\n    team(id: $id) {\n      payoutMethods { totalCount nodes { id kind } }\n      payouts { totalCount nodes { id status amount { amount } requestedBy { id } } }\n    }\n  }\n": types.TeamPayoutsDocument,
    "\n  query ViewerPayouts($status: PayoutStatus) {\n    viewer {\n      payouts(status: $status) { totalCount nodes { id status amount { amount } } }\n      account { entries(first: 10, accountKinds: [PAYOUTS_IN_FLIGHT, PAID_OUT]) { nodes { kind accountKind amount { amount } payoutId } } }\n    }\n  }\n": types.ViewerPayoutsDocument,
    "\n  query StaffPayouts($filter: PayoutFilter, $orderBy: PayoutOrder, $first: Int) {\n    payouts(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status amount { amount } team { id } user { id } payoutMethod { id kind } }\n    }\n  }\n": types.StaffPayoutsDocument,
    "\n  query PayoutNode($id: ID!) {\n    node(id: $id) { ... on Payout { id status } }\n  }\n": types.PayoutNodeDocument,
    "\n  query StatesProposal($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent } }\n  }\n": types.StatesProposalDocument,
    "\n  query StatesBalances($teamId: ID!) {\n    team(id: $teamId) { id connectsBalance }\n  }\n": types.StatesBalancesDocument,
    "\n  query StatesOwnBalance {\n    viewer { id connectsBalance }\n  }\n": types.StatesOwnBalanceDocument,
    "\n  query ProposalBalances($teamId: ID!) {\n    team(id: $teamId) { connectsBalance connectsHistory(first: 5) { nodes { kind change proposal { id } job { id } } } }\n    viewer { connectsBalance }\n  }\n": types.ProposalBalancesDocument,
    "\n  query TeamProposals($teamId: ID!, $filter: ProposalFilter, $orderBy: ProposalOrder) {\n    team(id: $teamId) { proposals(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { id status createdAt freelancer { id } } } }\n  }\n": types.TeamProposalsDocument,
    "\n  query ViewerProposals {\n    viewer { proposals(first: 50) { totalCount nodes { id agency { id } } } }\n  }\n": types.ViewerProposalsDocument,
    "\n  query ProposalJob($id: ID!) {\n    job(id: $id) { id status }\n  }\n": types.ProposalJobDocument,
    "\n  query ProposalNode($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent job { id } agency { id } freelancer { id } } }\n  }\n": types.ProposalNodeDocument,
    "\n  mutation RaceRevokeInvitation($input: RevokeTeamInvitationInput!) {\n    revokeTeamInvitation(input: $input) { invitation { id status } userErrors { code } }\n  }\n": types.RaceRevokeInvitationDocument,
    "\n  query AffiliateDashboard($months: Int) {\n    viewer {\n      affiliate {\n        id\n        materials { id kind clickCount }\n        clicks(first: 100) { totalCount nodes { id referrer occurredAt material { id kind } } }\n        referrals(first: 100) {\n          totalCount\n          nodes { id signedUpAt affiliate { id } referredUser { id name email } click { id } }\n        }\n        monthlyTotals(months: $months) { month clicks signups }\n      }\n    }\n  }\n": types.AffiliateDashboardDocument,
    "\n  query StaffReferrals($filter: ReferralFilter, $orderBy: ReferralOrder) {\n    referrals(filter: $filter, orderBy: $orderBy, first: 100) {\n      totalCount\n      nodes { id signedUpAt affiliate { id } referredUser { id } click { id } }\n    }\n  }\n": types.StaffReferralsDocument,
    "\n  query StaffAffiliateOverview($first: Int) {\n    affiliates(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      nodes {\n        id trackingUrl user { id name }\n        materials { id kind trackingUrl clickCount }\n        clicks(first: 5) { totalCount nodes { id material { id kind } } }\n        referrals(first: 5) { totalCount nodes { id referredUser { id } click { id occurredAt } affiliate { id } } }\n        monthlyTotals { month clicks signups }\n      }\n    }\n  }\n": types.StaffAffiliateOverviewDocument,
    "\n  query ReferralNode($id: ID!) {\n    node(id: $id) { id ... on Referral { signedUpAt } ... on ReferralClick { occurredAt } }\n  }\n": types.ReferralNodeDocument,
    "\n  query RoundingDashboard {\n    viewer { affiliate { referrals(first: 100) { nodes { referredUser { id } commission { amount } } } commissions(first: 100) { nodes { amount { amount } } } } }\n  }\n": types.RoundingDashboardDocument,
    "\n  mutation EdgeLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code } }\n  }\n": types.EdgeLogTimeDocument,
    "\n  mutation EdgeAcceptOffer($id: ID!) {\n    acceptOffer(input: { offerId: $id }) {\n      contract { id agency { id } payeeTeam { id } payeeUser { id } }\n      userErrors { code message }\n    }\n  }\n": types.EdgeAcceptOfferDocument,
    "\n  mutation EdgeRemoveTeamMember($id: ID!) {\n    removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } }\n  }\n": types.EdgeRemoveTeamMemberDocument,
    "\n  mutation EdgeRunDueWork {\n    runDueWork { userErrors { code } }\n  }\n": types.EdgeRunDueWorkDocument,
    "\n  query EdgeContractInvoices($id: ID!) {\n    node(id: $id) { ... on Contract { invoices { nodes { weekStart hours } } } }\n  }\n": types.EdgeContractInvoicesDocument,
    "\n  mutation EdgePauseContract($id: ID!) {\n    pauseContract(input: { contractId: $id }) { contract { status } userErrors { code } }\n  }\n": types.EdgePauseContractDocument,
    "\n  mutation EdgeResumeContract($id: ID!) {\n    resumeContract(input: { contractId: $id }) { contract { status } userErrors { code } }\n  }\n": types.EdgeResumeContractDocument,
    "\n  subscription EdgeHttpPaymentEvents($teamId: ID) {\n    paymentEvents(teamId: $teamId) { id type }\n  }\n": types.EdgeHttpPaymentEventsDocument,
    "\n  subscription EdgeHttpOfferEvents {\n    offerEvents { id type }\n  }\n": types.EdgeHttpOfferEventsDocument,
    "\n  mutation EdgeAddMilestone($i: AddMilestoneInput!) {\n    addMilestone(input: $i) { milestone { id } userErrors { code } }\n  }\n": types.EdgeAddMilestoneDocument,
    "\n  subscription EdgePaymentEvents($t: ID!) {\n    paymentEvents(teamId: $t) { id type amount { amount } }\n  }\n": types.EdgePaymentEventsDocument,
    "\n  mutation EdgeFundMilestone($i: FundMilestoneInput!) {\n    fundMilestone(input: $i) { milestone { status } userErrors { code } }\n  }\n": types.EdgeFundMilestoneDocument,
    "\n  mutation EdgeUpdateTeamMember($i: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $i) { member { roles } userErrors { code } }\n  }\n": types.EdgeUpdateTeamMemberDocument,
    "\n  mutation EdgeRecordReferralClick($code: String!) {\n    recordReferralClick(input: { code: $code }) { clickId userErrors { code } }\n  }\n": types.EdgeRecordReferralClickDocument,
    "\n  mutation EdgeSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token userErrors { code } }\n  }\n": types.EdgeSignUpDocument,
    "\n  query WhoAmI { viewer { id name } }\n": types.WhoAmIDocument,
    "\n  mutation ApplyAsAffiliate($input: ApplyAsAffiliateInput!) {\n    applyAsAffiliate(input: $input) {\n      affiliate {\n        id status code trackingUrl country trafficSources decisionReason reviewedAt\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.ApplyAsAffiliateDocument,
    "\n  mutation ReviewAffiliate($input: ReviewAffiliateInput!) {\n    reviewAffiliate(input: $input) {\n      affiliate { id status trackingUrl decisionReason reviewedAt materials { id kind } }\n      userErrors { code message field }\n    }\n  }\n": types.ReviewAffiliateDocument,
    "\n  mutation RecordReferralClick($input: RecordReferralClickInput!) {\n    recordReferralClick(input: $input) {\n      clickId\n      userErrors { code message field }\n    }\n  }\n": types.RecordReferralClickDocument,
    "\n  query AffiliateNow { now }\n": types.AffiliateNowDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user { id email emailVerified isStaff pendingEmail }\n      userErrors { code message field }\n    }\n  }\n": types.VerifyEmailDocument,
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
    "\n  mutation AddPayoutMethod($input: AddPayoutMethodInput!) {\n    addPayoutMethod(input: $input) {\n      payoutMethod { id kind display paypalEmail accountNumberLast4 routingNumberLast4 sortCode addressSummary removedAt }\n      userErrors { code message field }\n    }\n  }\n": types.AddPayoutMethodDocument,
    "\n  mutation RequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) {\n      payout { id status amount { amount currency } payoutMethod { id } team { id } user { id } requestedBy { id } }\n      userErrors { code message field }\n    }\n  }\n": types.RequestPayoutDocument,
    "\n  mutation SettlePayout($input: SettlePayoutInput!) {\n    settlePayout(input: $input) {\n      payout { id status settledAt amount { amount } }\n      userErrors { code message field }\n    }\n  }\n": types.SettlePayoutDocument,
    "\n  query LedgerCheck {\n    ledgerCheck {\n      ok unbalancedTransactions mismatchedAccounts negativeAccounts total { amount currency }\n      accountMismatches mismatches { subjectId kind ownerId expected { amount } actual { amount } }\n    }\n  }\n": types.LedgerCheckDocument,
    "\n  query TeamAccount($id: ID!) {\n    team(id: $id) {\n      id\n      account { available { amount } pending { amount } inFlight { amount } inEscrow { amount } }\n    }\n  }\n": types.TeamAccountDocument,
    "\n  query ViewerAccount {\n    viewer { id account { available { amount } pending { amount } inFlight { amount } } }\n  }\n": types.ViewerAccountDocument,
    "\n  mutation RunDueWorkForMoney {\n    runDueWork { now reports { name changed } userErrors { code message } }\n  }\n": types.RunDueWorkForMoneyDocument,
    "\n  mutation SetClockForMoney($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n": types.SetClockForMoneyDocument,
    "\n  query NowForMoney { now }\n": types.NowForMoneyDocument,
    "\n  mutation FundMilestone($input: FundMilestoneInput!) {\n    fundMilestone(input: $input) {\n      milestone { id status fundedAt amount { amount } }\n      contract { id }\n      userErrors { code message field }\n    }\n  }\n": types.FundMilestoneDocument,
    "\n  mutation SubmitMilestone($input: SubmitMilestoneInput!) {\n    submitMilestone(input: $input) {\n      milestone { id status submittedAt }\n      userErrors { code message field }\n    }\n  }\n": types.SubmitMilestoneDocument,
    "\n  mutation RequestMilestoneChanges($input: RequestMilestoneChangesInput!) {\n    requestMilestoneChanges(input: $input) {\n      milestone { id status }\n      userErrors { code message field }\n    }\n  }\n": types.RequestMilestoneChangesDocument,
    "\n  mutation ApproveMilestone($input: ApproveMilestoneInput!) {\n    approveMilestone(input: $input) {\n      milestone { id status approvedAt }\n      contract { id }\n      userErrors { code message field }\n    }\n  }\n": types.ApproveMilestoneDocument,
    "\n  query MilestoneHistory($id: ID!) {\n    node(id: $id) {\n      ... on Milestone {\n        id status\n        history { id fromStatus toStatus message changedAt changedBy { id } }\n      }\n    }\n  }\n": types.MilestoneHistoryDocument,
    "\n  mutation EndContractForMoney($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status } userErrors { code } }\n  }\n": types.EndContractForMoneyDocument,
    "\n  mutation BillingLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code message field } }\n  }\n": types.BillingLogTimeDocument,
    "\n  query WorkAccountEntries($teamId: ID!) {\n    team(id: $teamId) {\n      account {\n        available { amount } pending { amount } inEscrow { amount }\n        entries(first: 100) {\n          totalCount\n          nodes {\n            id kind accountKind amount { amount } description\n            contract { id } milestone { id status } invoice { id weekStart } payout { id }\n          }\n        }\n      }\n    }\n  }\n": types.WorkAccountEntriesDocument,
    "\n  query WorkMyEntries {\n    viewer {\n      account {\n        available { amount } pending { amount }\n        entries(first: 100) { totalCount nodes { id kind accountKind amount { amount } contract { id } milestone { id } invoice { id } } }\n      }\n    }\n  }\n": types.WorkMyEntriesDocument,
    "\n  mutation ResolveDispute($input: ResolveDisputeInput!) {\n    resolveDispute(input: $input) {\n      milestone { id status resolvedAt resolvedPayeeAmount { amount } amount { amount } }\n      contract { id status }\n      userErrors { code message field }\n    }\n  }\n": types.ResolveDisputeDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team { id name headline skills }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateTeamDocument,
    "\n  mutation UpdateJob($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      job { id title description kind budget { amount } hourlyRateMin { amount } hourlyRateMax { amount } status }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateJobDocument,
    "\n  query TeamMembers($id: ID!, $status: MemberStatus) {\n    team(id: $id) {\n      id name kind\n      owner { id }\n      members(first: 100, status: $status) {\n        totalCount\n        edges { node { id roles relationship status joinedAt leftAt user { id name } } }\n      }\n    }\n  }\n": types.TeamMembersDocument,
    "\n  query TeamProfile($id: ID!) {\n    team(id: $id) { id name kind viewerMembership { id roles } }\n  }\n": types.TeamProfileDocument,
    "\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      member { id roles relationship }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      member { id status leftAt }\n      userErrors { code message }\n    }\n  }\n": types.RemoveTeamMemberDocument,
    "\n  mutation LeaveTeam($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) {\n      member { id status leftAt }\n      userErrors { code message }\n    }\n  }\n": types.LeaveTeamDocument,
    "\n  mutation TransferTeamOwnership($input: TransferTeamOwnershipInput!) {\n    transferTeamOwnership(input: $input) {\n      team { id owner { id } }\n      newOwner { id roles }\n      previousOwner { id roles }\n      userErrors { code message }\n    }\n  }\n": types.TransferTeamOwnershipDocument,
    "\n  mutation SetDefaultTeam($input: SetDefaultTeamInput!) {\n    setDefaultTeam(input: $input) {\n      user { id defaultTeam { id } }\n      userErrors { code message }\n    }\n  }\n": types.SetDefaultTeamDocument,
    "\n  query MyWorld {\n    viewer {\n      id\n      defaultTeam { id }\n      memberships { id roles relationship team { id name } }\n      invitations { id email roles team { id name } invitedBy { id } }\n    }\n  }\n": types.MyWorldDocument,
    "\n  mutation DeclineTeamInvitation($input: DeclineTeamInvitationInput!) {\n    declineTeamInvitation(input: $input) {\n      invitation { id status }\n      userErrors { code }\n    }\n  }\n": types.DeclineTeamInvitationDocument,
    "mutation CreateBlankTeam { createTeam(input: { name: \"  \", kind: AGENCY }) { team { id } userErrors { code field } } }": types.CreateBlankTeamDocument,
    "\n  query OverlapInvoices($id: ID!) {\n    node(id: $id) { ... on Contract { id invoices(first: 10) { nodes { weekStart hours amount { amount } } } } }\n  }\n": types.OverlapInvoicesDocument,
    "\n  query TrustedNow { now }\n": types.TrustedNowDocument,
    "\n  subscription TrustedOfferEvents($teamId: ID) { offerEvents(teamId: $teamId) { id type } }\n": types.TrustedOfferEventsDocument,
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
export function graphql(source: "\n  query AccessReviewTeamWalk($id: ID!) {\n    team(id: $id) {\n      id name\n      offers(first: 10) { nodes { id proposal { id coverLetter } contract { id } } }\n      contracts(first: 10) { nodes { id offer { proposal { id } } job { id } milestones { nodes { id amount { amount } } } } }\n    }\n  }\n"): (typeof documents)["\n  query AccessReviewTeamWalk($id: ID!) {\n    team(id: $id) {\n      id name\n      offers(first: 10) { nodes { id proposal { id coverLetter } contract { id } } }\n      contracts(first: 10) { nodes { id offer { proposal { id } } job { id } milestones { nodes { id amount { amount } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessReviewTeamMoney($id: ID!) {\n    team(id: $id) { id account { available { amount } } }\n  }\n"): (typeof documents)["\n  query AccessReviewTeamMoney($id: ID!) {\n    team(id: $id) { id account { available { amount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessReviewTeamPayouts($id: ID!) {\n    team(id: $id) { id payouts(first: 5) { totalCount } }\n  }\n"): (typeof documents)["\n  query AccessReviewTeamPayouts($id: ID!) {\n    team(id: $id) { id payouts(first: 5) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessReviewTeamMembers($id: ID!) {\n    team(id: $id) { id members(first: 20) { nodes { id user { id email connectsBalance } } } }\n  }\n"): (typeof documents)["\n  query AccessReviewTeamMembers($id: ID!) {\n    team(id: $id) { id members(first: 20) { nodes { id user { id email connectsBalance } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessReviewTeamInvitations($id: ID!) {\n    team(id: $id) { id pendingInvitations { id email } }\n  }\n"): (typeof documents)["\n  query AccessReviewTeamInvitations($id: ID!) {\n    team(id: $id) { id pendingInvitations { id email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessReviewNode($id: ID!) {\n    node(id: $id) { id }\n  }\n"): (typeof documents)["\n  query AccessReviewNode($id: ID!) {\n    node(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessReviewUser($id: ID!) {\n    node(id: $id) {\n      id\n      ... on User { email connectsBalance memberships { id } offers(first: 5) { totalCount } contracts(first: 5) { totalCount } account { available { amount } } affiliate { id } }\n    }\n  }\n"): (typeof documents)["\n  query AccessReviewUser($id: ID!) {\n    node(id: $id) {\n      id\n      ... on User { email connectsBalance memberships { id } offers(first: 5) { totalCount } contracts(first: 5) { totalCount } account { available { amount } } affiliate { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessReviewLeave($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) { member { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AccessReviewLeave($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) { member { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessReviewAccept($input: AcceptOfferInput!) {\n    acceptOffer(input: $input) { offer { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AccessReviewAccept($input: AcceptOfferInput!) {\n    acceptOffer(input: $input) { offer { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessReviewPause($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AccessReviewPause($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessReviewLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AccessReviewLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessReviewSubmit($input: SubmitMilestoneInput!) {\n    submitMilestone(input: $input) { milestone { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AccessReviewSubmit($input: SubmitMilestoneInput!) {\n    submitMilestone(input: $input) { milestone { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessReviewStaffView($id: ID!) {\n    team(id: $id) { id account { available { amount } } members(first: 5) { totalCount } }\n  }\n"): (typeof documents)["\n  query AccessReviewStaffView($id: ID!) {\n    team(id: $id) { id account { available { amount } } members(first: 5) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessReviewIsStaff($id: ID!) {\n    node(id: $id) { ... on User { id isStaff } }\n  }\n"): (typeof documents)["\n  query AccessReviewIsStaff($id: ID!) {\n    node(id: $id) { ... on User { id isStaff } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccountOfferEvents {\n    offerEvents { id type }\n  }\n"): (typeof documents)["\n  subscription AccountOfferEvents {\n    offerEvents { id type }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMe {\n    viewer { id name email emailVerified pendingEmail isStaff invitations { id } }\n  }\n"): (typeof documents)["\n  query AccountMe {\n    viewer { id name email emailVerified pendingEmail isStaff invitations { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountLogIn($input: LogInInput!) {\n    logIn(input: $input) { token user { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation AccountLogIn($input: LogInInput!) {\n    logIn(input: $input) { token user { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail { user { id emailVerified } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail { user { id emailVerified } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation AccountSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationNode($id: ID!) {\n    node(id: $id) { id ... on TeamInvitation { status } }\n  }\n"): (typeof documents)["\n  query InvitationNode($id: ID!) {\n    node(id: $id) { id ... on TeamInvitation { status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) { payout { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AccountRequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) { payout { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { revokedCount user { id } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { revokedCount user { id } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token user { id emailVerified } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { token user { id emailVerified } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    viewer { sessions(first: 10) { totalCount nodes { id current userAgent createdAt lastSeenAt expiresAt } } }\n  }\n"): (typeof documents)["\n  query MySessions {\n    viewer { sessions(first: 10) { totalCount nodes { id current userAgent createdAt lastSeenAt expiresAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut($input: LogOutInput) {\n    logOut(input: $input) { revokedCount userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation LogOut($input: LogOutInput) {\n    logOut(input: $input) { revokedCount userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOutEverywhere($input: LogOutEverywhereInput) {\n    logOutEverywhere(input: $input) { revokedCount userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation LogOutEverywhere($input: LogOutEverywhereInput) {\n    logOutEverywhere(input: $input) { revokedCount userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id name } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id name } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) { user { id email pendingEmail emailVerified } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) { user { id email pendingEmail emailVerified } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAffiliate {\n    viewer {\n      id\n      affiliate {\n        id status code trackingUrl country trafficSources audience createdAt reviewedAt decisionReason\n        user { id }\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAffiliate {\n    viewer {\n      id\n      affiliate {\n        id status code trackingUrl country trafficSources audience createdAt reviewedAt decisionReason\n        user { id }\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserAffiliateByNode($id: ID!) {\n    node(id: $id) { id ... on User { affiliate { id status } } }\n  }\n"): (typeof documents)["\n  query UserAffiliateByNode($id: ID!) {\n    node(id: $id) { id ... on User { affiliate { id status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AffiliateNode($id: ID!) {\n    node(id: $id) { id ... on Affiliate { status code } ... on PromotionalMaterial { kind } }\n  }\n"): (typeof documents)["\n  query AffiliateNode($id: ID!) {\n    node(id: $id) { id ... on Affiliate { status code } ... on PromotionalMaterial { kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAffiliates($filter: AffiliateFilter, $orderBy: AffiliateOrder, $first: Int) {\n    affiliates(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status country user { id } }\n    }\n  }\n"): (typeof documents)["\n  query StaffAffiliates($filter: AffiliateFilter, $orderBy: AffiliateOrder, $first: Int) {\n    affiliates(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status country user { id } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query BrandingProfile($id: ID!) {\n    node(id: $id) { id ... on User { name representedAgency { id name } } }\n  }\n"): (typeof documents)["\n  query BrandingProfile($id: ID!) {\n    node(id: $id) { id ... on User { name representedAgency { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandingWork($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Proposal { agency { id } freelancer { id representedAgency { id } } }\n      ... on Offer { agency { id } freelancer { id representedAgency { id } } }\n    }\n  }\n"): (typeof documents)["\n  query BrandingWork($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Proposal { agency { id } freelancer { id representedAgency { id } } }\n      ... on Offer { agency { id } freelancer { id representedAgency { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandingSetDefault($input: SetDefaultTeamInput!) {\n    setDefaultTeam(input: $input) { user { id defaultTeam { id } representedAgency { id } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BrandingSetDefault($input: SetDefaultTeamInput!) {\n    setDefaultTeam(input: $input) { user { id defaultTeam { id } representedAgency { id } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandingLeave($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation BrandingLeave($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BrandingMembers($id: ID!) {\n        team(id: $id) { members(first: 100) { nodes { user { id representedAgency { id name } } } } }\n      }\n    "): (typeof documents)["\n      query BrandingMembers($id: ID!) {\n        team(id: $id) { members(first: 100) { nodes { user { id representedAgency { id name } } } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChaosPaymentEvents($teamId: ID, $after: String) {\n    paymentEvents(teamId: $teamId, after: $after) { id type }\n  }\n"): (typeof documents)["\n  subscription ChaosPaymentEvents($teamId: ID, $after: String) {\n    paymentEvents(teamId: $teamId, after: $after) { id type }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommissionDashboard {\n    viewer {\n      affiliate {\n        id\n        referrals(first: 100) { nodes { id referredUser { id } commission { amount currency } } }\n        commissions(first: 100) {\n          totalCount\n          nodes { id amount { amount } earnedAt month paid contract { id } payout { id } referral { id } }\n        }\n        payouts(first: 100) { totalCount nodes { id status amount { amount } payoutMethod { id } } }\n        monthlyTotals(months: 120) { month clicks signups commission { amount } paid { amount } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommissionDashboard {\n    viewer {\n      affiliate {\n        id\n        referrals(first: 100) { nodes { id referredUser { id } commission { amount currency } } }\n        commissions(first: 100) {\n          totalCount\n          nodes { id amount { amount } earnedAt month paid contract { id } payout { id } referral { id } }\n        }\n        payouts(first: 100) { totalCount nodes { id status amount { amount } payoutMethod { id } } }\n        monthlyTotals(months: 120) { month clicks signups commission { amount } paid { amount } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCommissions($affiliateId: ID!) {\n    referrals(filter: { affiliateId: $affiliateId }, first: 100) { totalCount nodes { id commission { amount } } }\n    affiliates(first: 100) { nodes { id commissions(first: 100) { totalCount nodes { id amount { amount } contract { id } } } } }\n  }\n"): (typeof documents)["\n  query StaffCommissions($affiliateId: ID!) {\n    referrals(filter: { affiliateId: $affiliateId }, first: 100) { totalCount nodes { id commission { amount } } }\n    affiliates(first: 100) { nodes { id commissions(first: 100) { totalCount nodes { id amount { amount } contract { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommissionNode($id: ID!) {\n    node(id: $id) { id ... on Commission { amount { amount } paid } }\n  }\n"): (typeof documents)["\n  query CommissionNode($id: ID!) {\n    node(id: $id) { id ... on Commission { amount { amount } paid } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommissionNow { now }\n"): (typeof documents)["\n  query CommissionNow { now }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledNestedList {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      totalCount\n      nodes { id name members(first: 10) { nodes { id roles relationship user { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  query CompiledNestedList {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      totalCount\n      nodes { id name members(first: 10) { nodes { id roles relationship user { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledDashboard($id: ID!) {\n    team(id: $id) {\n      offers(first: 50) {\n        nodes { status job { title } freelancer { name } contract { status milestones(first: 10) { nodes { amount { amount } status } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompiledDashboard($id: ID!) {\n    team(id: $id) {\n      offers(first: 50) {\n        nodes { status job { title } freelancer { name } contract { status milestones(first: 10) { nodes { amount { amount } status } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledStaffContracts {\n    contracts(first: 100) {\n      totalCount\n      nodes {\n        id title status createdAt\n        clientTeam { name } agency { name } freelancer { name }\n        invoices(first: 10) { nodes { weekStart hours amount { amount } fee { amount } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompiledStaffContracts {\n    contracts(first: 100) {\n      totalCount\n      nodes {\n        id title status createdAt\n        clientTeam { name } agency { name } freelancer { name }\n        invoices(first: 10) { nodes { weekStart hours amount { amount } fee { amount } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledArguments($id: ID!) {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      nodes { id members(first: 10, orderBy: { field: JOINED_AT, direction: DESC }) { nodes { id } } }\n    }\n    team(id: $id) {\n      members(first: 10, filter: { status: [ACTIVE] }) { nodes { id status } }\n      former: members(first: 10, status: LEFT) { nodes { id status } }\n      offers(first: 50) { nodes { contract { milestones(first: 10, orderBy: { field: POSITION, direction: DESC }) { nodes { status } } } } }\n    }\n    contracts(first: 100) { nodes { id invoices(first: 10, orderBy: { field: WEEK_START, direction: ASC }) { nodes { weekStart } } } }\n  }\n"): (typeof documents)["\n  query CompiledArguments($id: ID!) {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      nodes { id members(first: 10, orderBy: { field: JOINED_AT, direction: DESC }) { nodes { id } } }\n    }\n    team(id: $id) {\n      members(first: 10, filter: { status: [ACTIVE] }) { nodes { id status } }\n      former: members(first: 10, status: LEFT) { nodes { id status } }\n      offers(first: 50) { nodes { contract { milestones(first: 10, orderBy: { field: POSITION, direction: DESC }) { nodes { status } } } } }\n    }\n    contracts(first: 100) { nodes { id invoices(first: 10, orderBy: { field: WEEK_START, direction: ASC }) { nodes { weekStart } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompiledWide($id: ID!, $first: Int) {\n    mine: team(id: $id) {\n      __typename id name kind createdAt\n      members(first: $first) { __typename totalCount nodes { __typename id status joinedAt leftAt roles user { id name } } }\n      offers(first: $first) {\n        totalCount\n        nodes {\n          id title kind createdAt expiresAt status\n          clientTeam { id name kind } agency { id name } job { id title kind }\n          contract {\n            id kind endedAt job { title } freelancer { id }\n            milestones { totalCount nodes { id position description dueAt status amount { amount currency __typename } } }\n            invoices(first: 1) { totalCount nodes { id weekEnd hours fee { amount currency } } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompiledWide($id: ID!, $first: Int) {\n    mine: team(id: $id) {\n      __typename id name kind createdAt\n      members(first: $first) { __typename totalCount nodes { __typename id status joinedAt leftAt roles user { id name } } }\n      offers(first: $first) {\n        totalCount\n        nodes {\n          id title kind createdAt expiresAt status\n          clientTeam { id name kind } agency { id name } job { id title kind }\n          contract {\n            id kind endedAt job { title } freelancer { id }\n            milestones { totalCount nodes { id position description dueAt status amount { amount currency __typename } } }\n            invoices(first: 1) { totalCount nodes { id weekEnd hours fee { amount currency } } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchaseConnects($input: PurchaseConnectsInput!) {\n    purchaseConnects(input: $input) {\n      entry { id kind change balanceAfter occurredAt }\n      team { id connectsBalance }\n      user { id connectsBalance }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PurchaseConnects($input: PurchaseConnectsInput!) {\n    purchaseConnects(input: $input) {\n      entry { id kind change balanceAfter occurredAt }\n      team { id connectsBalance }\n      user { id connectsBalance }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamConnects($id: ID!, $first: Int, $after: String) {\n    team(id: $id) {\n      connectsBalance\n      connectsHistory(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id kind change balanceAfter } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamConnects($id: ID!, $first: Int, $after: String) {\n    team(id: $id) {\n      connectsBalance\n      connectsHistory(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id kind change balanceAfter } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConnects {\n    viewer { connectsBalance connectsHistory(first: 100) { totalCount nodes { change kind } } }\n  }\n"): (typeof documents)["\n  query MyConnects {\n    viewer { connectsBalance connectsHistory(first: 100) { totalCount nodes { change kind } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentionAddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) { milestone { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation ContentionAddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) { milestone { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentionViewer { viewer { id } }\n"): (typeof documents)["\n  query ContentionViewer { viewer { id } }\n"];
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
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Team { name }\n      ... on User { name }\n      ... on Member { roles }\n    }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Team { name }\n      ... on User { name }\n      ... on Member { roles }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n"): (typeof documents)["\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTeams($first: Int, $last: Int, $after: String, $before: String, $filter: TeamFilter, $orderBy: TeamOrder) {\n    teams(first: $first, last: $last, after: $after, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id name kind } }\n    }\n  }\n"): (typeof documents)["\n  query StaffTeams($first: Int, $last: Int, $after: String, $before: String, $filter: TeamFilter, $orderBy: TeamOrder) {\n    teams(first: $first, last: $last, after: $after, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id name kind } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers($filter: UserFilter, $orderBy: UserOrder) {\n    users(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes { id name email }\n    }\n  }\n"): (typeof documents)["\n  query StaffUsers($filter: UserFilter, $orderBy: UserOrder) {\n    users(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes { id name email }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedMembers($id: ID!) {\n    team(id: $id) {\n      members(first: 100) { edges { node { user { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query NestedMembers($id: ID!) {\n    team(id: $id) {\n      members(first: 100) { edges { node { user { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNested {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      nodes { id name members(first: 100) { totalCount nodes { roles user { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query StaffNested {\n    teams(first: 100, filter: { kind: AGENCY }) {\n      nodes { id name members(first: 100) { totalCount nodes { roles user { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Now { now }\n"): (typeof documents)["\n  query Now { now }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunDueWork {\n    runDueWork { now reports { name changed } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RunDueWork {\n    runDueWork { now reports { name changed } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunSomeDueWork($input: RunDueWorkInput) {\n    runDueWork(input: $input) { reports { name } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation RunSomeDueWork($input: RunDueWorkInput) {\n    runDueWork(input: $input) { reports { name } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePublicProfile($input: UpdatePublicProfileInput!) {\n    updatePublicProfile(input: $input) {\n      profile { id name headline skills availability }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePublicProfile($input: UpdatePublicProfileInput!) {\n    updatePublicProfile(input: $input) {\n      profile { id name headline skills availability }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id skills } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation DirectoryUpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) { team { id skills } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Freelancers($filter: FreelancerDirectoryFilter, $first: Int, $after: String, $orderBy: ProfileOrder) {\n    freelancers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name headline skills availability createdAt }\n    }\n  }\n"): (typeof documents)["\n  query Freelancers($filter: FreelancerDirectoryFilter, $first: Int, $after: String, $orderBy: ProfileOrder) {\n    freelancers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name headline skills availability createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies($filter: AgencyDirectoryFilter) {\n    agencies(filter: $filter, first: 100) {\n      totalCount\n      nodes { id name headline skills createdAt }\n    }\n  }\n"): (typeof documents)["\n  query Agencies($filter: AgencyDirectoryFilter) {\n    agencies(filter: $filter, first: 100) {\n      totalCount\n      nodes { id name headline skills createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryProfileFields {\n    agency: __type(name: \"AgencyProfile\") { fields { name type { name ofType { name ofType { name ofType { name } } } } } }\n    freelancer: __type(name: \"FreelancerProfile\") { fields { name type { name ofType { name ofType { name ofType { name } } } } } }\n  }\n"): (typeof documents)["\n  query DirectoryProfileFields {\n    agency: __type(name: \"AgencyProfile\") { fields { name type { name ofType { name ofType { name ofType { name } } } } } }\n    freelancer: __type(name: \"FreelancerProfile\") { fields { name type { name ofType { name ofType { name ofType { name } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferHistory($teamId: ID!, $first: Int, $after: String, $filter: OfferEventFilter, $orderBy: EventOrder) {\n    team(id: $teamId) {\n      offerEvents(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n        latestEventId\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id type occurredAt offer { id } actor { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferHistory($teamId: ID!, $first: Int, $after: String, $filter: OfferEventFilter, $orderBy: EventOrder) {\n    team(id: $teamId) {\n      offerEvents(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n        latestEventId\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { id type occurredAt offer { id } actor { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentHistory($teamId: ID!, $filter: PaymentEventFilter) {\n    team(id: $teamId) {\n      paymentEvents(filter: $filter) {\n        latestEventId\n        totalCount\n        nodes { id type amount { amount } payout { id } actor { id } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentHistory($teamId: ID!, $filter: PaymentEventFilter) {\n    team(id: $teamId) {\n      paymentEvents(filter: $filter) {\n        latestEventId\n        totalCount\n        nodes { id type amount { amount } payout { id } actor { id } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HistoryOfferEvents($teamId: ID, $after: String) {\n    offerEvents(teamId: $teamId, after: $after) { id type offer { id } actor { id } }\n  }\n"): (typeof documents)["\n  subscription HistoryOfferEvents($teamId: ID, $after: String) {\n    offerEvents(teamId: $teamId, after: $after) { id type offer { id } actor { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OfferEvents($teamId: ID, $after: String) {\n    offerEvents(teamId: $teamId, after: $after) { id type occurredAt offer { id status } }\n  }\n"): (typeof documents)["\n  subscription OfferEvents($teamId: ID, $after: String) {\n    offerEvents(teamId: $teamId, after: $after) { id type occurredAt offer { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PaymentEvents($teamId: ID, $after: String) {\n    paymentEvents(teamId: $teamId, after: $after) {\n      id type occurredAt amount { amount currency }\n      payout { id status } contract { id } milestone { id status } invoice { id }\n    }\n  }\n"): (typeof documents)["\n  subscription PaymentEvents($teamId: ID, $after: String) {\n    paymentEvents(teamId: $teamId, after: $after) {\n      id type occurredAt amount { amount currency }\n      payout { id status } contract { id } milestone { id status } invoice { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveForEvents($input: LeaveTeamInput!) { leaveTeam(input: $input) { member { status } userErrors { code } } }\n"): (typeof documents)["\n  mutation LeaveForEvents($input: LeaveTeamInput!) { leaveTeam(input: $input) { member { status } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoteForEvents($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { member { roles } userErrors { code } } }\n"): (typeof documents)["\n  mutation DemoteForEvents($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { member { roles } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NowForEvents { now }"): (typeof documents)["query NowForEvents { now }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiguresContract($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Contract {\n        hourlyRate { amount }\n        offer { hourlyRate { amount } milestones { amount { amount } } }\n        milestones { nodes { id amount { amount } } }\n        invoices { nodes { id amount { amount } fee { amount } } }\n        timeEntries { nodes { id hourlyRate { amount } } }\n        history { field fromValue toValue }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FiguresContract($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Contract {\n        hourlyRate { amount }\n        offer { hourlyRate { amount } milestones { amount { amount } } }\n        milestones { nodes { id amount { amount } } }\n        invoices { nodes { id amount { amount } fee { amount } } }\n        timeEntries { nodes { id hourlyRate { amount } } }\n        history { field fromValue toValue }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiguresNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Milestone { amount { amount } }\n      ... on Invoice { amount { amount } fee { amount } }\n      ... on TimeEntry { hourlyRate { amount } }\n      ... on Offer { hourlyRate { amount } milestones { amount { amount } } }\n    }\n  }\n"): (typeof documents)["\n  query FiguresNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Milestone { amount { amount } }\n      ... on Invoice { amount { amount } fee { amount } }\n      ... on TimeEntry { hourlyRate { amount } }\n      ... on Offer { hourlyRate { amount } milestones { amount { amount } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiguresTeam($id: ID!) {\n    team(id: $id) {\n      contracts(first: 100) { nodes { id hourlyRate { amount } milestones { nodes { amount { amount } } } invoices { nodes { amount { amount } } } } }\n      offers(first: 100) { nodes { id hourlyRate { amount } milestones { amount { amount } } contract { id hourlyRate { amount } } } }\n    }\n  }\n"): (typeof documents)["\n  query FiguresTeam($id: ID!) {\n    team(id: $id) {\n      contracts(first: 100) { nodes { id hourlyRate { amount } milestones { nodes { amount { amount } } } invoices { nodes { amount { amount } } } } }\n      offers(first: 100) { nodes { id hourlyRate { amount } milestones { amount { amount } } contract { id hourlyRate { amount } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FiguresOfferEvents($teamId: ID) {\n    offerEvents(teamId: $teamId) { id type offer { id hourlyRate { amount } milestones { amount { amount } } } }\n  }\n"): (typeof documents)["\n  subscription FiguresOfferEvents($teamId: ID) {\n    offerEvents(teamId: $teamId) { id type offer { id hourlyRate { amount } milestones { amount { amount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresRate($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation FiguresRate($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingChangeLimit($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id weeklyLimitHours } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation BillingChangeLimit($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id weeklyLimitHours } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingChangeRate($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id hourlyRate { amount } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation BillingChangeRate($input: UpdateContractTermsInput!) {\n    updateContractTerms(input: $input) { contract { id hourlyRate { amount } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingEndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation BillingEndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractInvoices($id: ID!) {\n    node(id: $id) {\n      ... on Contract {\n        id\n        invoices(first: 10) { totalCount nodes { id weekStart weekEnd hours amount { amount } fee { amount } createdAt contract { id } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractInvoices($id: ID!) {\n    node(id: $id) {\n      ... on Contract {\n        id\n        invoices(first: 10) { totalCount nodes { id weekStart weekEnd hours amount { amount } fee { amount } createdAt contract { id } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingContractHours($id: ID!) {\n    node(id: $id) { ... on Contract { id hoursThisWeek } }\n  }\n"): (typeof documents)["\n  query BillingContractHours($id: ID!) {\n    node(id: $id) { ... on Contract { id hoursThisWeek } }\n  }\n"];
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
export function graphql(source: "\n  query ListMembers($teamId: ID!, $filter: MemberFilter, $orderBy: MemberOrder, $status: MemberStatus) {\n    team(id: $teamId) {\n      members(filter: $filter, orderBy: $orderBy, status: $status, first: 100) { totalCount nodes { status user { id } } }\n    }\n  }\n"): (typeof documents)["\n  query ListMembers($teamId: ID!, $filter: MemberFilter, $orderBy: MemberOrder, $status: MemberStatus) {\n    team(id: $teamId) {\n      members(filter: $filter, orderBy: $orderBy, status: $status, first: 100) { totalCount nodes { status user { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListLeave($input: LeaveTeamInput!) { leaveTeam(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation ListLeave($input: LeaveTeamInput!) { leaveTeam(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListTeamPayouts($teamId: ID!, $filter: OwnPayoutFilter, $orderBy: PayoutOrder, $status: PayoutStatus) {\n    team(id: $teamId) {\n      payouts(filter: $filter, orderBy: $orderBy, status: $status) { totalCount nodes { status amount { amount } } }\n    }\n  }\n"): (typeof documents)["\n  query ListTeamPayouts($teamId: ID!, $filter: OwnPayoutFilter, $orderBy: PayoutOrder, $status: PayoutStatus) {\n    team(id: $teamId) {\n      payouts(filter: $filter, orderBy: $orderBy, status: $status) { totalCount nodes { status amount { amount } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractLists($id: ID!, $entries: TimeEntryFilter, $entryOrder: TimeEntryOrder, $milestones: MilestoneFilter, $milestoneOrder: MilestoneOrder, $invoices: InvoiceFilter) {\n    node(id: $id) {\n      ... on Contract {\n        timeEntries(filter: $entries, orderBy: $entryOrder) { totalCount nodes { startedAt minutes } }\n        milestones(filter: $milestones, orderBy: $milestoneOrder) { totalCount nodes { description status } }\n        invoices(filter: $invoices) { totalCount }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractLists($id: ID!, $entries: TimeEntryFilter, $entryOrder: TimeEntryOrder, $milestones: MilestoneFilter, $milestoneOrder: MilestoneOrder, $invoices: InvoiceFilter) {\n    node(id: $id) {\n      ... on Contract {\n        timeEntries(filter: $entries, orderBy: $entryOrder) { totalCount nodes { startedAt minutes } }\n        milestones(filter: $milestones, orderBy: $milestoneOrder) { totalCount nodes { description status } }\n        invoices(filter: $invoices) { totalCount }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountEntriesList($teamId: ID!, $filter: AccountEntryFilter, $orderBy: AccountEntryOrder) {\n    team(id: $teamId) { account { entries(filter: $filter, orderBy: $orderBy, first: 100) { totalCount nodes { kind occurredAt } } } }\n  }\n"): (typeof documents)["\n  query AccountEntriesList($teamId: ID!, $filter: AccountEntryFilter, $orderBy: AccountEntryOrder) {\n    team(id: $teamId) { account { entries(filter: $filter, orderBy: $orderBy, first: 100) { totalCount nodes { kind occurredAt } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagedLists($teamId: ID!, $first: Int, $after: String) {\n    team(id: $teamId) {\n      pendingInvitationsConnection(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { email } }\n    }\n  }\n"): (typeof documents)["\n  query PagedLists($teamId: ID!, $first: Int, $after: String) {\n    team(id: $teamId) {\n      pendingInvitationsConnection(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { email } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AffiliateLists($filter: DateRangeFilter, $orderBy: ChronologicalOrder) {\n    viewer {\n      affiliate {\n        clicks(filter: $filter, orderBy: $orderBy) { totalCount nodes { id occurredAt } }\n        referrals(filter: $filter, orderBy: $orderBy) { totalCount }\n        commissions(filter: $filter, orderBy: $orderBy) { totalCount }\n        materialsConnection(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } }\n        sitesConnection { totalCount nodes { url } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AffiliateLists($filter: DateRangeFilter, $orderBy: ChronologicalOrder) {\n    viewer {\n      affiliate {\n        clicks(filter: $filter, orderBy: $orderBy) { totalCount nodes { id occurredAt } }\n        referrals(filter: $filter, orderBy: $orderBy) { totalCount }\n        commissions(filter: $filter, orderBy: $orderBy) { totalCount }\n        materialsConnection(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } }\n        sitesConnection { totalCount nodes { url } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMemberships($filter: MemberFilter) {\n    viewer { membershipsConnection(filter: $filter) { totalCount nodes { status team { id } } } }\n  }\n"): (typeof documents)["\n  query MyMemberships($filter: MemberFilter) {\n    viewer { membershipsConnection(filter: $filter) { totalCount nodes { status team { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RacesTransferOwnership($input: TransferTeamOwnershipInput!) {\n    transferTeamOwnership(input: $input) { newOwner { id roles } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RacesTransferOwnership($input: TransferTeamOwnershipInput!) {\n    transferTeamOwnership(input: $input) { newOwner { id roles } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RacesUpdateMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) { member { id roles } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RacesUpdateMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) { member { id roles } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RacesRemoveMember($id: ID!) {\n    removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RacesRemoveMember($id: ID!) {\n    removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RacesTeam($id: ID!) {\n    team(id: $id) {\n      owner { id }\n      members(first: 20, status: null) { nodes { status roles user { id } } }\n    }\n  }\n"): (typeof documents)["\n  query RacesTeam($id: ID!) {\n    team(id: $id) {\n      owner { id }\n      members(first: 20, status: null) { nodes { status roles user { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseContractForMoney($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation PauseContractForMoney($input: PauseContractInput!) {\n    pauseContract(input: $input) { contract { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerAccountEntries($accountKinds: [LedgerAccountKind!]) {\n    viewer {\n      account {\n        entries(first: 50, accountKinds: $accountKinds) {\n          totalCount\n          nodes { id accountKind kind amount { amount currency } occurredAt description transactionId contractId milestoneId invoiceId payoutId }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerAccountEntries($accountKinds: [LedgerAccountKind!]) {\n    viewer {\n      account {\n        entries(first: 50, accountKinds: $accountKinds) {\n          totalCount\n          nodes { id accountKind kind amount { amount currency } occurredAt description transactionId contractId milestoneId invoiceId payoutId }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserAccountByNode($id: ID!) {\n    node(id: $id) { ... on User { id account { available { amount } } } }\n  }\n"): (typeof documents)["\n  query UserAccountByNode($id: ID!) {\n    node(id: $id) { ... on User { id account { available { amount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountEntryNode($id: ID!) {\n    node(id: $id) { ... on AccountEntry { id amount { amount } } }\n  }\n"): (typeof documents)["\n  query AccountEntryNode($id: ID!) {\n    node(id: $id) { ... on AccountEntry { id amount { amount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomEndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RandomEndContract($input: EndContractInput!) {\n    endContract(input: $input) { contract { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RandomLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferNode($id: ID!) {\n    node(id: $id) { id ... on Offer { status contract { id } } }\n  }\n"): (typeof documents)["\n  query OfferNode($id: ID!) {\n    node(id: $id) { id ... on Offer { status contract { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOffersNested($teamId: ID!, $first: Int, $filter: OfferFilter) {\n    team(id: $teamId) {\n      offers(first: $first, filter: $filter) {\n        totalCount\n        nodes {\n          id status title hourlyRate { amount } milestones { description amount { amount } }\n          freelancer { id name } agency { id name } job { id title status } clientTeam { id }\n          contract {\n            id status hoursThisWeek\n            freelancer { id } agency { id } job { id }\n            milestones(first: 10) { totalCount nodes { id status amount { amount } } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamOffersNested($teamId: ID!, $first: Int, $filter: OfferFilter) {\n    team(id: $teamId) {\n      offers(first: $first, filter: $filter) {\n        totalCount\n        nodes {\n          id status title hourlyRate { amount } milestones { description amount { amount } }\n          freelancer { id name } agency { id name } job { id title status } clientTeam { id }\n          contract {\n            id status hoursThisWeek\n            freelancer { id } agency { id } job { id }\n            milestones(first: 10) { totalCount nodes { id status amount { amount } } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOffers($filter: OfferFilter) {\n    offers(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n"): (typeof documents)["\n  query StaffOffers($filter: OfferFilter) {\n    offers(first: 100, filter: $filter) { totalCount nodes { id status freelancer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePayoutMethod($input: RemovePayoutMethodInput!) {\n    removePayoutMethod(input: $input) {\n      payoutMethod { id removedAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePayoutMethod($input: RemovePayoutMethodInput!) {\n    removePayoutMethod(input: $input) {\n      payoutMethod { id removedAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerPayoutMethods($includeRemoved: Boolean) {\n    viewer { payoutMethods(includeRemoved: $includeRemoved) { totalCount nodes { id kind display } } }\n  }\n"): (typeof documents)["\n  query ViewerPayoutMethods($includeRemoved: Boolean) {\n    viewer { payoutMethods(includeRemoved: $includeRemoved) { totalCount nodes { id kind display } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPayouts($id: ID!) {\n    team(id: $id) {\n      payoutMethods { totalCount nodes { id kind } }\n      payouts { totalCount nodes { id status amount { amount } requestedBy { id } } }\n    }\n  }\n"): (typeof documents)["\n  query TeamPayouts($id: ID!) {\n    team(id: $id) {\n      payoutMethods { totalCount nodes { id kind } }\n      payouts { totalCount nodes { id status amount { amount } requestedBy { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerPayouts($status: PayoutStatus) {\n    viewer {\n      payouts(status: $status) { totalCount nodes { id status amount { amount } } }\n      account { entries(first: 10, accountKinds: [PAYOUTS_IN_FLIGHT, PAID_OUT]) { nodes { kind accountKind amount { amount } payoutId } } }\n    }\n  }\n"): (typeof documents)["\n  query ViewerPayouts($status: PayoutStatus) {\n    viewer {\n      payouts(status: $status) { totalCount nodes { id status amount { amount } } }\n      account { entries(first: 10, accountKinds: [PAYOUTS_IN_FLIGHT, PAID_OUT]) { nodes { kind accountKind amount { amount } payoutId } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPayouts($filter: PayoutFilter, $orderBy: PayoutOrder, $first: Int) {\n    payouts(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status amount { amount } team { id } user { id } payoutMethod { id kind } }\n    }\n  }\n"): (typeof documents)["\n  query StaffPayouts($filter: PayoutFilter, $orderBy: PayoutOrder, $first: Int) {\n    payouts(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status amount { amount } team { id } user { id } payoutMethod { id kind } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutNode($id: ID!) {\n    node(id: $id) { ... on Payout { id status } }\n  }\n"): (typeof documents)["\n  query PayoutNode($id: ID!) {\n    node(id: $id) { ... on Payout { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatesProposal($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent } }\n  }\n"): (typeof documents)["\n  query StatesProposal($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatesBalances($teamId: ID!) {\n    team(id: $teamId) { id connectsBalance }\n  }\n"): (typeof documents)["\n  query StatesBalances($teamId: ID!) {\n    team(id: $teamId) { id connectsBalance }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatesOwnBalance {\n    viewer { id connectsBalance }\n  }\n"): (typeof documents)["\n  query StatesOwnBalance {\n    viewer { id connectsBalance }\n  }\n"];
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
export function graphql(source: "\n  query ProposalJob($id: ID!) {\n    job(id: $id) { id status }\n  }\n"): (typeof documents)["\n  query ProposalJob($id: ID!) {\n    job(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalNode($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent job { id } agency { id } freelancer { id } } }\n  }\n"): (typeof documents)["\n  query ProposalNode($id: ID!) {\n    node(id: $id) { id ... on Proposal { status connectsSpent job { id } agency { id } freelancer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceRevokeInvitation($input: RevokeTeamInvitationInput!) {\n    revokeTeamInvitation(input: $input) { invitation { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation RaceRevokeInvitation($input: RevokeTeamInvitationInput!) {\n    revokeTeamInvitation(input: $input) { invitation { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AffiliateDashboard($months: Int) {\n    viewer {\n      affiliate {\n        id\n        materials { id kind clickCount }\n        clicks(first: 100) { totalCount nodes { id referrer occurredAt material { id kind } } }\n        referrals(first: 100) {\n          totalCount\n          nodes { id signedUpAt affiliate { id } referredUser { id name email } click { id } }\n        }\n        monthlyTotals(months: $months) { month clicks signups }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AffiliateDashboard($months: Int) {\n    viewer {\n      affiliate {\n        id\n        materials { id kind clickCount }\n        clicks(first: 100) { totalCount nodes { id referrer occurredAt material { id kind } } }\n        referrals(first: 100) {\n          totalCount\n          nodes { id signedUpAt affiliate { id } referredUser { id name email } click { id } }\n        }\n        monthlyTotals(months: $months) { month clicks signups }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffReferrals($filter: ReferralFilter, $orderBy: ReferralOrder) {\n    referrals(filter: $filter, orderBy: $orderBy, first: 100) {\n      totalCount\n      nodes { id signedUpAt affiliate { id } referredUser { id } click { id } }\n    }\n  }\n"): (typeof documents)["\n  query StaffReferrals($filter: ReferralFilter, $orderBy: ReferralOrder) {\n    referrals(filter: $filter, orderBy: $orderBy, first: 100) {\n      totalCount\n      nodes { id signedUpAt affiliate { id } referredUser { id } click { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAffiliateOverview($first: Int) {\n    affiliates(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      nodes {\n        id trackingUrl user { id name }\n        materials { id kind trackingUrl clickCount }\n        clicks(first: 5) { totalCount nodes { id material { id kind } } }\n        referrals(first: 5) { totalCount nodes { id referredUser { id } click { id occurredAt } affiliate { id } } }\n        monthlyTotals { month clicks signups }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffAffiliateOverview($first: Int) {\n    affiliates(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      nodes {\n        id trackingUrl user { id name }\n        materials { id kind trackingUrl clickCount }\n        clicks(first: 5) { totalCount nodes { id material { id kind } } }\n        referrals(first: 5) { totalCount nodes { id referredUser { id } click { id occurredAt } affiliate { id } } }\n        monthlyTotals { month clicks signups }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralNode($id: ID!) {\n    node(id: $id) { id ... on Referral { signedUpAt } ... on ReferralClick { occurredAt } }\n  }\n"): (typeof documents)["\n  query ReferralNode($id: ID!) {\n    node(id: $id) { id ... on Referral { signedUpAt } ... on ReferralClick { occurredAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundingDashboard {\n    viewer { affiliate { referrals(first: 100) { nodes { referredUser { id } commission { amount } } } commissions(first: 100) { nodes { amount { amount } } } } }\n  }\n"): (typeof documents)["\n  query RoundingDashboard {\n    viewer { affiliate { referrals(first: 100) { nodes { referredUser { id } commission { amount } } } commissions(first: 100) { nodes { amount { amount } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EdgeLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeAcceptOffer($id: ID!) {\n    acceptOffer(input: { offerId: $id }) {\n      contract { id agency { id } payeeTeam { id } payeeUser { id } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation EdgeAcceptOffer($id: ID!) {\n    acceptOffer(input: { offerId: $id }) {\n      contract { id agency { id } payeeTeam { id } payeeUser { id } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeRemoveTeamMember($id: ID!) {\n    removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EdgeRemoveTeamMember($id: ID!) {\n    removeTeamMember(input: { memberId: $id }) { member { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeRunDueWork {\n    runDueWork { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EdgeRunDueWork {\n    runDueWork { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EdgeContractInvoices($id: ID!) {\n    node(id: $id) { ... on Contract { invoices { nodes { weekStart hours } } } }\n  }\n"): (typeof documents)["\n  query EdgeContractInvoices($id: ID!) {\n    node(id: $id) { ... on Contract { invoices { nodes { weekStart hours } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgePauseContract($id: ID!) {\n    pauseContract(input: { contractId: $id }) { contract { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EdgePauseContract($id: ID!) {\n    pauseContract(input: { contractId: $id }) { contract { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeResumeContract($id: ID!) {\n    resumeContract(input: { contractId: $id }) { contract { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EdgeResumeContract($id: ID!) {\n    resumeContract(input: { contractId: $id }) { contract { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EdgeHttpPaymentEvents($teamId: ID) {\n    paymentEvents(teamId: $teamId) { id type }\n  }\n"): (typeof documents)["\n  subscription EdgeHttpPaymentEvents($teamId: ID) {\n    paymentEvents(teamId: $teamId) { id type }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EdgeHttpOfferEvents {\n    offerEvents { id type }\n  }\n"): (typeof documents)["\n  subscription EdgeHttpOfferEvents {\n    offerEvents { id type }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeAddMilestone($i: AddMilestoneInput!) {\n    addMilestone(input: $i) { milestone { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EdgeAddMilestone($i: AddMilestoneInput!) {\n    addMilestone(input: $i) { milestone { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EdgePaymentEvents($t: ID!) {\n    paymentEvents(teamId: $t) { id type amount { amount } }\n  }\n"): (typeof documents)["\n  subscription EdgePaymentEvents($t: ID!) {\n    paymentEvents(teamId: $t) { id type amount { amount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeFundMilestone($i: FundMilestoneInput!) {\n    fundMilestone(input: $i) { milestone { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EdgeFundMilestone($i: FundMilestoneInput!) {\n    fundMilestone(input: $i) { milestone { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeUpdateTeamMember($i: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $i) { member { roles } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EdgeUpdateTeamMember($i: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $i) { member { roles } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeRecordReferralClick($code: String!) {\n    recordReferralClick(input: { code: $code }) { clickId userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EdgeRecordReferralClick($code: String!) {\n    recordReferralClick(input: { code: $code }) { clickId userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EdgeSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EdgeSignUp($input: SignUpInput!) {\n    signUp(input: $input) { token userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI { viewer { id name } }\n"): (typeof documents)["\n  query WhoAmI { viewer { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyAsAffiliate($input: ApplyAsAffiliateInput!) {\n    applyAsAffiliate(input: $input) {\n      affiliate {\n        id status code trackingUrl country trafficSources decisionReason reviewedAt\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyAsAffiliate($input: ApplyAsAffiliateInput!) {\n    applyAsAffiliate(input: $input) {\n      affiliate {\n        id status code trackingUrl country trafficSources decisionReason reviewedAt\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAffiliate($input: ReviewAffiliateInput!) {\n    reviewAffiliate(input: $input) {\n      affiliate { id status trackingUrl decisionReason reviewedAt materials { id kind } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewAffiliate($input: ReviewAffiliateInput!) {\n    reviewAffiliate(input: $input) {\n      affiliate { id status trackingUrl decisionReason reviewedAt materials { id kind } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReferralClick($input: RecordReferralClickInput!) {\n    recordReferralClick(input: $input) {\n      clickId\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordReferralClick($input: RecordReferralClickInput!) {\n    recordReferralClick(input: $input) {\n      clickId\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AffiliateNow { now }\n"): (typeof documents)["\n  query AffiliateNow { now }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user { id email emailVerified isStaff pendingEmail }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user { id email emailVerified isStaff pendingEmail }\n      userErrors { code message field }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPayoutMethod($input: AddPayoutMethodInput!) {\n    addPayoutMethod(input: $input) {\n      payoutMethod { id kind display paypalEmail accountNumberLast4 routingNumberLast4 sortCode addressSummary removedAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPayoutMethod($input: AddPayoutMethodInput!) {\n    addPayoutMethod(input: $input) {\n      payoutMethod { id kind display paypalEmail accountNumberLast4 routingNumberLast4 sortCode addressSummary removedAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) {\n      payout { id status amount { amount currency } payoutMethod { id } team { id } user { id } requestedBy { id } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) {\n      payout { id status amount { amount currency } payoutMethod { id } team { id } user { id } requestedBy { id } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettlePayout($input: SettlePayoutInput!) {\n    settlePayout(input: $input) {\n      payout { id status settledAt amount { amount } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SettlePayout($input: SettlePayoutInput!) {\n    settlePayout(input: $input) {\n      payout { id status settledAt amount { amount } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerCheck {\n    ledgerCheck {\n      ok unbalancedTransactions mismatchedAccounts negativeAccounts total { amount currency }\n      accountMismatches mismatches { subjectId kind ownerId expected { amount } actual { amount } }\n    }\n  }\n"): (typeof documents)["\n  query LedgerCheck {\n    ledgerCheck {\n      ok unbalancedTransactions mismatchedAccounts negativeAccounts total { amount currency }\n      accountMismatches mismatches { subjectId kind ownerId expected { amount } actual { amount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamAccount($id: ID!) {\n    team(id: $id) {\n      id\n      account { available { amount } pending { amount } inFlight { amount } inEscrow { amount } }\n    }\n  }\n"): (typeof documents)["\n  query TeamAccount($id: ID!) {\n    team(id: $id) {\n      id\n      account { available { amount } pending { amount } inFlight { amount } inEscrow { amount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerAccount {\n    viewer { id account { available { amount } pending { amount } inFlight { amount } } }\n  }\n"): (typeof documents)["\n  query ViewerAccount {\n    viewer { id account { available { amount } pending { amount } inFlight { amount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunDueWorkForMoney {\n    runDueWork { now reports { name changed } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation RunDueWorkForMoney {\n    runDueWork { now reports { name changed } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClockForMoney($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation SetClockForMoney($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NowForMoney { now }\n"): (typeof documents)["\n  query NowForMoney { now }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundMilestone($input: FundMilestoneInput!) {\n    fundMilestone(input: $input) {\n      milestone { id status fundedAt amount { amount } }\n      contract { id }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation FundMilestone($input: FundMilestoneInput!) {\n    fundMilestone(input: $input) {\n      milestone { id status fundedAt amount { amount } }\n      contract { id }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMilestone($input: SubmitMilestoneInput!) {\n    submitMilestone(input: $input) {\n      milestone { id status submittedAt }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMilestone($input: SubmitMilestoneInput!) {\n    submitMilestone(input: $input) {\n      milestone { id status submittedAt }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMilestoneChanges($input: RequestMilestoneChangesInput!) {\n    requestMilestoneChanges(input: $input) {\n      milestone { id status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMilestoneChanges($input: RequestMilestoneChangesInput!) {\n    requestMilestoneChanges(input: $input) {\n      milestone { id status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMilestone($input: ApproveMilestoneInput!) {\n    approveMilestone(input: $input) {\n      milestone { id status approvedAt }\n      contract { id }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMilestone($input: ApproveMilestoneInput!) {\n    approveMilestone(input: $input) {\n      milestone { id status approvedAt }\n      contract { id }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MilestoneHistory($id: ID!) {\n    node(id: $id) {\n      ... on Milestone {\n        id status\n        history { id fromStatus toStatus message changedAt changedBy { id } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MilestoneHistory($id: ID!) {\n    node(id: $id) {\n      ... on Milestone {\n        id status\n        history { id fromStatus toStatus message changedAt changedBy { id } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndContractForMoney($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation EndContractForMoney($input: EndContractInput!) {\n    endContract(input: $input) { contract { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation BillingLogTime($input: LogTimeInput!) {\n    logTime(input: $input) { timeEntry { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkAccountEntries($teamId: ID!) {\n    team(id: $teamId) {\n      account {\n        available { amount } pending { amount } inEscrow { amount }\n        entries(first: 100) {\n          totalCount\n          nodes {\n            id kind accountKind amount { amount } description\n            contract { id } milestone { id status } invoice { id weekStart } payout { id }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkAccountEntries($teamId: ID!) {\n    team(id: $teamId) {\n      account {\n        available { amount } pending { amount } inEscrow { amount }\n        entries(first: 100) {\n          totalCount\n          nodes {\n            id kind accountKind amount { amount } description\n            contract { id } milestone { id status } invoice { id weekStart } payout { id }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkMyEntries {\n    viewer {\n      account {\n        available { amount } pending { amount }\n        entries(first: 100) { totalCount nodes { id kind accountKind amount { amount } contract { id } milestone { id } invoice { id } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkMyEntries {\n    viewer {\n      account {\n        available { amount } pending { amount }\n        entries(first: 100) { totalCount nodes { id kind accountKind amount { amount } contract { id } milestone { id } invoice { id } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveDispute($input: ResolveDisputeInput!) {\n    resolveDispute(input: $input) {\n      milestone { id status resolvedAt resolvedPayeeAmount { amount } amount { amount } }\n      contract { id status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveDispute($input: ResolveDisputeInput!) {\n    resolveDispute(input: $input) {\n      milestone { id status resolvedAt resolvedPayeeAmount { amount } amount { amount } }\n      contract { id status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team { id name headline skills }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team { id name headline skills }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJob($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      job { id title description kind budget { amount } hourlyRateMin { amount } hourlyRateMax { amount } status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJob($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      job { id title description kind budget { amount } hourlyRateMin { amount } hourlyRateMax { amount } status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMembers($id: ID!, $status: MemberStatus) {\n    team(id: $id) {\n      id name kind\n      owner { id }\n      members(first: 100, status: $status) {\n        totalCount\n        edges { node { id roles relationship status joinedAt leftAt user { id name } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamMembers($id: ID!, $status: MemberStatus) {\n    team(id: $id) {\n      id name kind\n      owner { id }\n      members(first: 100, status: $status) {\n        totalCount\n        edges { node { id roles relationship status joinedAt leftAt user { id name } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamProfile($id: ID!) {\n    team(id: $id) { id name kind viewerMembership { id roles } }\n  }\n"): (typeof documents)["\n  query TeamProfile($id: ID!) {\n    team(id: $id) { id name kind viewerMembership { id roles } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      member { id roles relationship }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      member { id roles relationship }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      member { id status leftAt }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      member { id status leftAt }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveTeam($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) {\n      member { id status leftAt }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveTeam($input: LeaveTeamInput!) {\n    leaveTeam(input: $input) {\n      member { id status leftAt }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferTeamOwnership($input: TransferTeamOwnershipInput!) {\n    transferTeamOwnership(input: $input) {\n      team { id owner { id } }\n      newOwner { id roles }\n      previousOwner { id roles }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferTeamOwnership($input: TransferTeamOwnershipInput!) {\n    transferTeamOwnership(input: $input) {\n      team { id owner { id } }\n      newOwner { id roles }\n      previousOwner { id roles }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultTeam($input: SetDefaultTeamInput!) {\n    setDefaultTeam(input: $input) {\n      user { id defaultTeam { id } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDefaultTeam($input: SetDefaultTeamInput!) {\n    setDefaultTeam(input: $input) {\n      user { id defaultTeam { id } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorld {\n    viewer {\n      id\n      defaultTeam { id }\n      memberships { id roles relationship team { id name } }\n      invitations { id email roles team { id name } invitedBy { id } }\n    }\n  }\n"): (typeof documents)["\n  query MyWorld {\n    viewer {\n      id\n      defaultTeam { id }\n      memberships { id roles relationship team { id name } }\n      invitations { id email roles team { id name } invitedBy { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineTeamInvitation($input: DeclineTeamInvitationInput!) {\n    declineTeamInvitation(input: $input) {\n      invitation { id status }\n      userErrors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineTeamInvitation($input: DeclineTeamInvitationInput!) {\n    declineTeamInvitation(input: $input) {\n      invitation { id status }\n      userErrors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBlankTeam { createTeam(input: { name: \"  \", kind: AGENCY }) { team { id } userErrors { code field } } }"): (typeof documents)["mutation CreateBlankTeam { createTeam(input: { name: \"  \", kind: AGENCY }) { team { id } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverlapInvoices($id: ID!) {\n    node(id: $id) { ... on Contract { id invoices(first: 10) { nodes { weekStart hours amount { amount } } } } }\n  }\n"): (typeof documents)["\n  query OverlapInvoices($id: ID!) {\n    node(id: $id) { ... on Contract { id invoices(first: 10) { nodes { weekStart hours amount { amount } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustedNow { now }\n"): (typeof documents)["\n  query TrustedNow { now }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TrustedOfferEvents($teamId: ID) { offerEvents(teamId: $teamId) { id type } }\n"): (typeof documents)["\n  subscription TrustedOfferEvents($teamId: ID) { offerEvents(teamId: $teamId) { id type } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;