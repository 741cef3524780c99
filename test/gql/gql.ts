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
    "\n  query ViewerAccountEntries($accountKinds: [LedgerAccountKind!]) {\n    viewer {\n      account {\n        entries(first: 50, accountKinds: $accountKinds) {\n          totalCount\n          nodes { id accountKind kind amount { amount currency } occurredAt description transactionId contractId milestoneId invoiceId payoutId }\n        }\n      }\n    }\n  }\n": typeof types.ViewerAccountEntriesDocument,
    "\n  query UserAccountByNode($id: ID!) {\n    node(id: $id) { ... on User { id account { available { amount } } } }\n  }\n": typeof types.UserAccountByNodeDocument,
    "\n  query AccountEntryNode($id: ID!) {\n    node(id: $id) { ... on AccountEntry { id amount { amount } } }\n  }\n": typeof types.AccountEntryNodeDocument,
    "\n  mutation RemovePayoutMethod($input: RemovePayoutMethodInput!) {\n    removePayoutMethod(input: $input) {\n      payoutMethod { id removedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.RemovePayoutMethodDocument,
    "\n  query ViewerPayoutMethods($includeRemoved: Boolean) {\n    viewer { payoutMethods(includeRemoved: $includeRemoved) { totalCount nodes { id kind display } } }\n  }\n": typeof types.ViewerPayoutMethodsDocument,
    "\n  query TeamPayouts($id: ID!) {\n    team(id: $id) {\n      payoutMethods { totalCount nodes { id kind } }\n      payouts { totalCount nodes { id status amount { amount } requestedBy { id } } }\n    }\n  }\n": typeof types.TeamPayoutsDocument,
    "\n  query ViewerPayouts($status: PayoutStatus) {\n    viewer {\n      payouts(status: $status) { totalCount nodes { id status amount { amount } } }\n      account { entries(first: 10, accountKinds: [PAYOUTS_IN_FLIGHT, PAID_OUT]) { nodes { kind accountKind amount { amount } payoutId } } }\n    }\n  }\n": typeof types.ViewerPayoutsDocument,
    "\n  query StaffPayouts($filter: PayoutFilter, $orderBy: PayoutOrder, $first: Int) {\n    payouts(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status amount { amount } team { id } user { id } payoutMethod { id kind } }\n    }\n  }\n": typeof types.StaffPayoutsDocument,
    "\n  query PayoutNode($id: ID!) {\n    node(id: $id) { ... on Payout { id status } }\n  }\n": typeof types.PayoutNodeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name kind }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      invitation { id email roles relationship status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.InviteTeamMemberDocument,
    "\n  mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      member { id roles relationship status joinedAt user { id } team { id } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AcceptTeamInvitationDocument,
    "\n  mutation AddPayoutMethod($input: AddPayoutMethodInput!) {\n    addPayoutMethod(input: $input) {\n      payoutMethod { id kind display paypalEmail accountNumberLast4 routingNumberLast4 sortCode addressSummary removedAt }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AddPayoutMethodDocument,
    "\n  mutation RequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) {\n      payout { id status amount { amount currency } payoutMethod { id } team { id } user { id } requestedBy { id } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.RequestPayoutDocument,
    "\n  mutation SettlePayout($input: SettlePayoutInput!) {\n    settlePayout(input: $input) {\n      payout { id status settledAt amount { amount } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.SettlePayoutDocument,
    "\n  query LedgerCheck {\n    ledgerCheck { ok unbalancedTransactions mismatchedAccounts negativeAccounts total { amount currency } }\n  }\n": typeof types.LedgerCheckDocument,
    "\n  query TeamAccount($id: ID!) {\n    team(id: $id) {\n      id\n      account { available { amount } pending { amount } inFlight { amount } inEscrow { amount } }\n    }\n  }\n": typeof types.TeamAccountDocument,
    "\n  query ViewerAccount {\n    viewer { id account { available { amount } pending { amount } inFlight { amount } } }\n  }\n": typeof types.ViewerAccountDocument,
    "\n  mutation RunDueWorkForMoney {\n    runDueWork { now reports { name changed } userErrors { code message } }\n  }\n": typeof types.RunDueWorkForMoneyDocument,
    "\n  mutation SetClockForMoney($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n": typeof types.SetClockForMoneyDocument,
    "\n  query NowForMoney { now }\n": typeof types.NowForMoneyDocument,
};
const documents: Documents = {
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user { id email }\n      userErrors { code message field }\n    }\n  }\n": types.LogInDocument,
    "\n  query Viewer {\n    viewer { id name email isStaff createdAt }\n  }\n": types.ViewerDocument,
    "\n  query ViewerAccountEntries($accountKinds: [LedgerAccountKind!]) {\n    viewer {\n      account {\n        entries(first: 50, accountKinds: $accountKinds) {\n          totalCount\n          nodes { id accountKind kind amount { amount currency } occurredAt description transactionId contractId milestoneId invoiceId payoutId }\n        }\n      }\n    }\n  }\n": types.ViewerAccountEntriesDocument,
    "\n  query UserAccountByNode($id: ID!) {\n    node(id: $id) { ... on User { id account { available { amount } } } }\n  }\n": types.UserAccountByNodeDocument,
    "\n  query AccountEntryNode($id: ID!) {\n    node(id: $id) { ... on AccountEntry { id amount { amount } } }\n  }\n": types.AccountEntryNodeDocument,
    "\n  mutation RemovePayoutMethod($input: RemovePayoutMethodInput!) {\n    removePayoutMethod(input: $input) {\n      payoutMethod { id removedAt }\n      userErrors { code message field }\n    }\n  }\n": types.RemovePayoutMethodDocument,
    "\n  query ViewerPayoutMethods($includeRemoved: Boolean) {\n    viewer { payoutMethods(includeRemoved: $includeRemoved) { totalCount nodes { id kind display } } }\n  }\n": types.ViewerPayoutMethodsDocument,
    "\n  query TeamPayouts($id: ID!) {\n    team(id: $id) {\n      payoutMethods { totalCount nodes { id kind } }\n      payouts { totalCount nodes { id status amount { amount } requestedBy { id } } }\n    }\n  }\n": types.TeamPayoutsDocument,
    "\n  query ViewerPayouts($status: PayoutStatus) {\n    viewer {\n      payouts(status: $status) { totalCount nodes { id status amount { amount } } }\n      account { entries(first: 10, accountKinds: [PAYOUTS_IN_FLIGHT, PAID_OUT]) { nodes { kind accountKind amount { amount } payoutId } } }\n    }\n  }\n": types.ViewerPayoutsDocument,
    "\n  query StaffPayouts($filter: PayoutFilter, $orderBy: PayoutOrder, $first: Int) {\n    payouts(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      nodes { id status amount { amount } team { id } user { id } payoutMethod { id kind } }\n    }\n  }\n": types.StaffPayoutsDocument,
    "\n  query PayoutNode($id: ID!) {\n    node(id: $id) { ... on Payout { id status } }\n  }\n": types.PayoutNodeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      user { id name email isStaff }\n      userErrors { code message field }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team { id name kind }\n      userErrors { code message field }\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation InviteTeamMember($input: InviteTeamMemberInput!) {\n    inviteTeamMember(input: $input) {\n      invitation { id email roles relationship status }\n      userErrors { code message field }\n    }\n  }\n": types.InviteTeamMemberDocument,
    "\n  mutation AcceptTeamInvitation($input: AcceptTeamInvitationInput!) {\n    acceptTeamInvitation(input: $input) {\n      member { id roles relationship status joinedAt user { id } team { id } }\n      userErrors { code message field }\n    }\n  }\n": types.AcceptTeamInvitationDocument,
    "\n  mutation AddPayoutMethod($input: AddPayoutMethodInput!) {\n    addPayoutMethod(input: $input) {\n      payoutMethod { id kind display paypalEmail accountNumberLast4 routingNumberLast4 sortCode addressSummary removedAt }\n      userErrors { code message field }\n    }\n  }\n": types.AddPayoutMethodDocument,
    "\n  mutation RequestPayout($input: RequestPayoutInput!) {\n    requestPayout(input: $input) {\n      payout { id status amount { amount currency } payoutMethod { id } team { id } user { id } requestedBy { id } }\n      userErrors { code message field }\n    }\n  }\n": types.RequestPayoutDocument,
    "\n  mutation SettlePayout($input: SettlePayoutInput!) {\n    settlePayout(input: $input) {\n      payout { id status settledAt amount { amount } }\n      userErrors { code message field }\n    }\n  }\n": types.SettlePayoutDocument,
    "\n  query LedgerCheck {\n    ledgerCheck { ok unbalancedTransactions mismatchedAccounts negativeAccounts total { amount currency } }\n  }\n": types.LedgerCheckDocument,
    "\n  query TeamAccount($id: ID!) {\n    team(id: $id) {\n      id\n      account { available { amount } pending { amount } inFlight { amount } inEscrow { amount } }\n    }\n  }\n": types.TeamAccountDocument,
    "\n  query ViewerAccount {\n    viewer { id account { available { amount } pending { amount } inFlight { amount } } }\n  }\n": types.ViewerAccountDocument,
    "\n  mutation RunDueWorkForMoney {\n    runDueWork { now reports { name changed } userErrors { code message } }\n  }\n": types.RunDueWorkForMoneyDocument,
    "\n  mutation SetClockForMoney($input: SetClockInput!) {\n    setClock(input: $input) { now userErrors { code message } }\n  }\n": types.SetClockForMoneyDocument,
    "\n  query NowForMoney { now }\n": types.NowForMoneyDocument,
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
export function graphql(source: "\n  query LedgerCheck {\n    ledgerCheck { ok unbalancedTransactions mismatchedAccounts negativeAccounts total { amount currency } }\n  }\n"): (typeof documents)["\n  query LedgerCheck {\n    ledgerCheck { ok unbalancedTransactions mismatchedAccounts negativeAccounts total { amount currency } }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;