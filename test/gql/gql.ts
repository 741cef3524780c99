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
    "\n  query MyAffiliate {\n    viewer {\n      id\n      affiliate {\n        id status code trackingUrl country trafficSources audience createdAt reviewedAt decisionReason\n        user { id }\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n    }\n  }\n": typeof types.MyAffiliateDocument,
    "\n  query UserAffiliateByNode($id: ID!) {\n    node(id: $id) { id ... on User { affiliate { id status } } }\n  }\n": typeof types.UserAffiliateByNodeDocument,
    "\n  query AffiliateNode($id: ID!) {\n    node(id: $id) { id ... on Affiliate { status code } ... on PromotionalMaterial { kind } }\n  }\n": typeof types.AffiliateNodeDocument,
    "\n  query StaffAffiliates($filter: AffiliateFilter, $orderBy: AffiliateOrder, $first: Int) {\n    affiliates(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status country user { id } }\n    }\n  }\n": typeof types.StaffAffiliatesDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user { id email }\n      userErrors { code message field }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query Viewer {\n    viewer { id name email isStaff createdAt }\n  }\n": typeof types.ViewerDocument,
    "\n  query AffiliateDashboard($months: Int) {\n    viewer {\n      affiliate {\n        id\n        materials { id kind clickCount }\n        clicks(first: 100) { totalCount nodes { id referrer occurredAt material { id kind } } }\n        referrals(first: 100) {\n          totalCount\n          nodes { id signedUpAt affiliate { id } referredUser { id name email } click { id } }\n        }\n        monthlyTotals(months: $months) { month clicks signups }\n      }\n    }\n  }\n": typeof types.AffiliateDashboardDocument,
    "\n  query StaffReferrals($filter: ReferralFilter, $orderBy: ReferralOrder) {\n    referrals(filter: $filter, orderBy: $orderBy, first: 100) {\n      totalCount\n      nodes { id signedUpAt affiliate { id } referredUser { id } click { id } }\n    }\n  }\n": typeof types.StaffReferralsDocument,
    "\n  query StaffAffiliateOverview($first: Int) {\n    affiliates(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      nodes {\n        id trackingUrl user { id name }\n        materials { id kind trackingUrl clickCount }\n        clicks(first: 5) { totalCount nodes { id material { id kind } } }\n        referrals(first: 5) { totalCount nodes { id referredUser { id } click { id occurredAt } affiliate { id } } }\n        monthlyTotals { month clicks signups }\n      }\n    }\n  }\n": typeof types.StaffAffiliateOverviewDocument,
    "\n  query ReferralNode($id: ID!) {\n    node(id: $id) { id ... on Referral { signedUpAt } ... on ReferralClick { occurredAt } }\n  }\n": typeof types.ReferralNodeDocument,
    "\n  mutation ApplyAsAffiliate($input: ApplyAsAffiliateInput!) {\n    applyAsAffiliate(input: $input) {\n      affiliate {\n        id status code trackingUrl country trafficSources decisionReason reviewedAt\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ApplyAsAffiliateDocument,
    "\n  mutation ReviewAffiliate($input: ReviewAffiliateInput!) {\n    reviewAffiliate(input: $input) {\n      affiliate { id status trackingUrl decisionReason reviewedAt materials { id kind } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ReviewAffiliateDocument,
    "\n  mutation RecordReferralClick($input: RecordReferralClickInput!) {\n    recordReferralClick(input: $input) {\n      clickId\n      userErrors { code message field }\n    }\n  }\n": typeof types.RecordReferralClickDocument,
    "\n  mutation AffiliateSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n": typeof types.AffiliateSetClockDocument,
    "\n  query AffiliateNow { now }\n": typeof types.AffiliateNowDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name kind }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      invitation { id email roles relationship status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.InviteTeamMemberDocument,
    "\n  mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      member { id roles relationship status joinedAt user { id } team { id } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AcceptTeamInvitationDocument,
};
const documents: Documents = {
    "\n  query MyAffiliate {\n    viewer {\n      id\n      affiliate {\n        id status code trackingUrl country trafficSources audience createdAt reviewedAt decisionReason\n        user { id }\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n    }\n  }\n": types.MyAffiliateDocument,
    "\n  query UserAffiliateByNode($id: ID!) {\n    node(id: $id) { id ... on User { affiliate { id status } } }\n  }\n": types.UserAffiliateByNodeDocument,
    "\n  query AffiliateNode($id: ID!) {\n    node(id: $id) { id ... on Affiliate { status code } ... on PromotionalMaterial { kind } }\n  }\n": types.AffiliateNodeDocument,
    "\n  query StaffAffiliates($filter: AffiliateFilter, $orderBy: AffiliateOrder, $first: Int) {\n    affiliates(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status country user { id } }\n    }\n  }\n": types.StaffAffiliatesDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user { id email }\n      userErrors { code message field }\n    }\n  }\n": types.LogInDocument,
    "\n  query Viewer {\n    viewer { id name email isStaff createdAt }\n  }\n": types.ViewerDocument,
    "\n  query AffiliateDashboard($months: Int) {\n    viewer {\n      affiliate {\n        id\n        materials { id kind clickCount }\n        clicks(first: 100) { totalCount nodes { id referrer occurredAt material { id kind } } }\n        referrals(first: 100) {\n          totalCount\n          nodes { id signedUpAt affiliate { id } referredUser { id name email } click { id } }\n        }\n        monthlyTotals(months: $months) { month clicks signups }\n      }\n    }\n  }\n": types.AffiliateDashboardDocument,
    "\n  query StaffReferrals($filter: ReferralFilter, $orderBy: ReferralOrder) {\n    referrals(filter: $filter, orderBy: $orderBy, first: 100) {\n      totalCount\n      nodes { id signedUpAt affiliate { id } referredUser { id } click { id } }\n    }\n  }\n": types.StaffReferralsDocument,
    "\n  query StaffAffiliateOverview($first: Int) {\n    affiliates(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      nodes {\n        id trackingUrl user { id name }\n        materials { id kind trackingUrl clickCount }\n        clicks(first: 5) { totalCount nodes { id material { id kind } } }\n        referrals(first: 5) { totalCount nodes { id referredUser { id } click { id occurredAt } affiliate { id } } }\n        monthlyTotals { month clicks signups }\n      }\n    }\n  }\n": types.StaffAffiliateOverviewDocument,
    "\n  query ReferralNode($id: ID!) {\n    node(id: $id) { id ... on Referral { signedUpAt } ... on ReferralClick { occurredAt } }\n  }\n": types.ReferralNodeDocument,
    "\n  mutation ApplyAsAffiliate($input: ApplyAsAffiliateInput!) {\n    applyAsAffiliate(input: $input) {\n      affiliate {\n        id status code trackingUrl country trafficSources decisionReason reviewedAt\n        sites { url name contentCategories }\n        materials { id kind trackingUrl embedHtml clickCount }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.ApplyAsAffiliateDocument,
    "\n  mutation ReviewAffiliate($input: ReviewAffiliateInput!) {\n    reviewAffiliate(input: $input) {\n      affiliate { id status trackingUrl decisionReason reviewedAt materials { id kind } }\n      userErrors { code message field }\n    }\n  }\n": types.ReviewAffiliateDocument,
    "\n  mutation RecordReferralClick($input: RecordReferralClickInput!) {\n    recordReferralClick(input: $input) {\n      clickId\n      userErrors { code message field }\n    }\n  }\n": types.RecordReferralClickDocument,
    "\n  mutation AffiliateSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n": types.AffiliateSetClockDocument,
    "\n  query AffiliateNow { now }\n": types.AffiliateNowDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name kind }\n      userErrors { code message field }\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      invitation { id email roles relationship status }\n      userErrors { code message field }\n    }\n  }\n": types.InviteTeamMemberDocument,
    "\n  mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      member { id roles relationship status joinedAt user { id } team { id } }\n      userErrors { code message field }\n    }\n  }\n": types.AcceptTeamInvitationDocument,
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
export function graphql(source: "\n  mutation AffiliateSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AffiliateSetClock($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name kind }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name kind }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      invitation { id email roles relationship status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      invitation { id email roles relationship status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      member { id roles relationship status joinedAt user { id } team { id } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      member { id roles relationship status joinedAt user { id } team { id } }\n      userErrors { code message field }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;