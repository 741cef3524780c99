/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The offer to accept. */
export type AcceptOfferInput = {
  /** A pending offer. */
  offerId: string | number;
};

/** The input of `acceptTeamInvitation`. */
export type AcceptTeamInvitationInput = {
  /** The invitation to accept. */
  invitationId: string | number;
};

/** Which account entries to list; all of them when omitted. */
export type AccountEntryFilter = {
  /** Only entries of these parts of the account; all when omitted. */
  accountKinds?: Array<LedgerAccountKind> | null | undefined;
  /** Only entries of these kinds of movement; all when omitted. */
  kinds?: Array<LedgerTransactionKind> | null | undefined;
  /** Only money that moved at or after this instant. */
  occurredAfter?: string | null | undefined;
  /** Only money that moved before this instant. */
  occurredBefore?: string | null | undefined;
};

/** An ordering of account entries. */
export type AccountEntryOrder = {
  /** DESC (newest first) when omitted. */
  direction?: SortDirection;
  /** The field to order by; OCCURRED_AT when omitted. */
  field?: AccountEntryOrderField;
};

/** What to order account entries by. */
export type AccountEntryOrderField =
  /** When the money moved (entries of one instant in the order they were recorded). */
  | 'OCCURRED_AT';

/** A new milestone on a fixed-price contract. */
export type AddMilestoneInput = {
  /** A positive amount. */
  amount: string;
  /** An active or paused fixed-price contract. */
  contractId: string | number;
  /** 1 to 500 characters. */
  description: string;
  /** When it is due. */
  dueAt?: string | null | undefined;
};

/** A new payout method: the fields of its kind only. */
export type AddPayoutMethodInput = {
  /** ACH: 4 to 17 digits; BACS: 8 digits. */
  accountNumber?: string | null | undefined;
  /** CHECK: where to mail it. */
  address?: PostalAddressInput | null | undefined;
  /** Which kind of method. */
  kind: PayoutMethodKind;
  /** PAYPAL: the PayPal account email. */
  paypalEmail?: string | null | undefined;
  /** ACH: the 9-digit ABA routing number. */
  routingNumber?: string | null | undefined;
  /** BACS: the 6-digit sort code, dashes allowed ("12-34-56"). */
  sortCode?: string | null | undefined;
  /** The team whose money it receives; omit for the caller's own account. */
  teamId?: string | number | null | undefined;
};

/** What a site's content is about, as its affiliate declares it (AF-1). */
export type AffiliateContentCategory =
  /** Business, careers, entrepreneurship. */
  | 'BUSINESS'
  /** Education, how-to. */
  | 'EDUCATION'
  /** Explicit (adult) content: the application is refused. */
  | 'EXPLICIT'
  /** General interest. */
  | 'GENERAL'
  /** Lifestyle. */
  | 'LIFESTYLE'
  /** Political content: staff review the application first. */
  | 'POLITICAL'
  /** Religious content: staff review the application first. */
  | 'RELIGIOUS'
  /** Technology, software, reviews. */
  | 'TECHNOLOGY';

/** Staff's decision on an affiliate. */
export type AffiliateDecision =
  /** Admit an application pending review; its materials are created. */
  | 'APPROVE'
  /** Refuse an application pending review, or suspend an approved affiliate. */
  | 'REJECT';

/** Every code a userError of an affiliate-program request can carry. */
export type AffiliateErrorCode =
  /** The user already applied as an affiliate. */
  | 'AFFILIATE_ALREADY_APPLIED'
  /** The applicant's country is sanctioned (AF-1). */
  | 'AFFILIATE_COUNTRY_SANCTIONED'
  /** The application was reviewed already. */
  | 'AFFILIATE_NOT_REVIEWABLE'
  /** Unknown or repeated content categories. */
  | 'INVALID_CONTENT_CATEGORIES'
  /** Not an ISO 3166-1 alpha-2 country code. */
  | 'INVALID_COUNTRY'
  /** No site, or too many. */
  | 'INVALID_SITES'
  /** A site that is not an http(s) address. */
  | 'INVALID_SITE_URL'
  /** A text that is empty, too long or holds control characters. */
  | 'INVALID_TEXT'
  /** No traffic source, or an unknown one. */
  | 'INVALID_TRAFFIC_SOURCES'
  /** No affiliate has that tracking code. */
  | 'REFERRAL_CODE_UNKNOWN';

/** Which affiliates to list. */
export type AffiliateFilter = {
  /** Only affiliates of this country (ISO 3166-1 alpha-2). */
  country?: string | null | undefined;
  /** Only affiliates with one of these statuses; every status when omitted. */
  status?: Array<AffiliateStatus> | null | undefined;
};

/** An ordering of affiliates. */
export type AffiliateOrder = {
  /** Ascending (the default) or descending. */
  direction?: SortDirection;
  /** What to order by. */
  field: AffiliateOrderField;
};

/** What to order affiliates by. */
export type AffiliateOrderField =
  /** Order by country. */
  | 'COUNTRY'
  /** Order by created at. */
  | 'CREATED_AT';

/** A site to promote on. */
export type AffiliateSiteInput = {
  /** What the site is about: one to eight categories (AF-1). */
  contentCategories: Array<AffiliateContentCategory>;
  /** The site's name, at most 200 characters. */
  name?: string | null | undefined;
  /** An http or https address, at most 2048 characters. */
  url: string;
};

/** Where an affiliate application stands (AF-1). */
export type AffiliateStatus =
  /** In the program: the tracking link records clicks and referrals (AF-2, RF-1). */
  | 'APPROVED'
  /** Waiting for staff: the sites carry religious or political content, or it is a second application. */
  | 'PENDING_REVIEW'
  /** Not in the program: explicit content, or refused (or suspended) by staff. The tracking link records nothing. */
  | 'REJECTED';

/** Where an affiliate sends visitors from (AF-1). */
export type AffiliateTrafficSource =
  /** A blog. */
  | 'BLOG'
  /** Email marketing to the affiliate's own list. */
  | 'EMAIL'
  /** Social media: video channels, posts, streams. */
  | 'SOCIAL_MEDIA'
  /** A website other than a blog. */
  | 'WEBSITE';

/** Which agencies to list; every agency when omitted. */
export type AgencyDirectoryFilter = {
  /** Agencies whose name or headline contains this text (case-insensitive). */
  search?: string | null | undefined;
  /** Agencies offering every one of these skills (case-insensitive). */
  skills?: Array<string> | null | undefined;
};

/** An application to the affiliate program (AF-1). */
export type ApplyAsAffiliateInput = {
  /** Who the audience is, at most 2000 characters. */
  audience?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code of the affiliate, e.g. "US". */
  country: string;
  /** One to ten sites. */
  sites: Array<AffiliateSiteInput>;
  /** One or more traffic sources. */
  trafficSources: Array<AffiliateTrafficSource>;
};

/** The submitted milestone to approve, releasing its escrow to the payee (MS-2). */
export type ApproveMilestoneInput = {
  /** Repeating a request with the same key returns the first result and releases nothing again (MN-2). */
  idempotencyKey: string;
  /** A SUBMITTED milestone. */
  milestoneId: string | number;
};

/** Every code a userError of an account operation can carry. */
export type AuthErrorCode =
  /** The address is verified already; there is nothing to resend. */
  | 'ALREADY_VERIFIED'
  /** The caller has not verified their email address yet, which this needs. */
  | 'EMAIL_NOT_VERIFIED'
  /** An account with that email exists. */
  | 'EMAIL_TAKEN'
  /** Wrong email or password (the two are not told apart). */
  | 'INVALID_CREDENTIALS'
  /** Not an email address. */
  | 'INVALID_EMAIL'
  /** The name is empty or too long. */
  | 'INVALID_NAME'
  /** Too many skills (20 at most), or one that is empty, longer than 50 characters or holds other than letters, digits, spaces and + # . / & -. */
  | 'INVALID_SKILLS'
  /** A text that is empty, too long or holds control characters. */
  | 'INVALID_TEXT'
  /** The new address is the one the account already has. */
  | 'SAME_EMAIL'
  /** The link's token is past its lifetime; ask for a new one. */
  | 'TOKEN_EXPIRED'
  /** The token is not one the server issued for this purpose. */
  | 'TOKEN_INVALID'
  /** The token was used already (each link works once). */
  | 'TOKEN_USED'
  /** The password is not 8 to 200 characters long. */
  | 'WEAK_PASSWORD'
  /** The current password given is not the account's. */
  | 'WRONG_PASSWORD';

/** How much work a freelancer takes on, as their public profile says. */
export type Availability =
  /** Available for full-time work (30 hours a week or more). */
  | 'FULL_TIME'
  /** Not taking new work; the default until the freelancer says otherwise. */
  | 'NOT_AVAILABLE'
  /** Available for part-time work (less than 30 hours a week). */
  | 'PART_TIME';

/** The job to cancel. */
export type CancelJobInput = {
  /** An open job of a team the caller hires for. */
  jobId: string | number;
};

/** A new login address. */
export type ChangeEmailInput = {
  /** The password the user signs in with now. */
  currentPassword: string;
  /** The new address; it replaces the current one once the link mailed to it is opened. */
  newEmail: string;
};

/** A new password, with the current one. */
export type ChangePasswordInput = {
  /** The password the user signs in with now. */
  currentPassword: string;
  /** 10 to 200 characters, no control characters, not one of the most common passwords. */
  newPassword: string;
};

/** An ordering by a list's date (the list's description names it). */
export type ChronologicalOrder = {
  /** DESC (newest first) when omitted; ASC for oldest first. */
  direction?: SortDirection;
};

/** Every code a userError of moving the test clock can carry. */
export type ClockErrorCode =
  /** The test clock only moves forward. */
  | 'CLOCK_BACKWARDS';

/** The job to close. */
export type CloseJobInput = {
  /** An open job of a team the caller hires for. */
  jobId: string | number;
};

/** Why a Connects balance changed (CN-4). */
export type ConnectsEntryKind =
  /** Connects bought. */
  | 'PURCHASE'
  /** Connects returned because the client cancelled the job before hiring (CN-3). */
  | 'REFUND'
  /** Connects spent on a proposal (CN-1). */
  | 'SPEND';

/** Every code a userError of a Connects purchase can carry. */
export type ConnectsErrorCode =
  /** The key was used before with other arguments (MN-2). */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The balance does not pay for this proposal (CN-1, CN-2). */
  | 'INSUFFICIENT_CONNECTS'
  /** The key is empty or longer than 200 characters. */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** Connects are bought in quantities within the allowed range. */
  | 'INVALID_QUANTITY'
  /** The team is a client team where an agency is needed. */
  | 'NOT_AN_AGENCY';

/** Every code a userError of a contract change can carry. */
export type ContractErrorCode =
  /** Nothing is done on an ended contract (CT-3). */
  | 'CONTRACT_ENDED'
  /** The contract is paused or ended. */
  | 'CONTRACT_NOT_ACTIVE'
  /** Only a paused contract is resumed. */
  | 'CONTRACT_NOT_PAUSED'
  /** Not above zero, or more than two decimal places. */
  | 'INVALID_AMOUNT'
  /** A text that is empty, too long or holds control characters. */
  | 'INVALID_TEXT'
  /** The weekly hour limit is out of range. */
  | 'INVALID_WEEKLY_LIMIT'
  /** The new terms equal the current ones. */
  | 'NOTHING_TO_CHANGE'
  /** Time and weekly limits belong to hourly contracts. */
  | 'NOT_HOURLY';

/** Which contracts to list. */
export type ContractFilter = {
  /** Only contracts started at or after this instant. */
  createdAfter?: string | null | undefined;
  /** Only contracts started before this instant. */
  createdBefore?: string | null | undefined;
  /** Only contracts of this freelancer. */
  freelancerId?: string | number | null | undefined;
  /** Only contracts with one of these statuses; every status when omitted. */
  status?: Array<ContractStatus> | null | undefined;
  /** Only contracts of this team, as client or agency. */
  teamId?: string | number | null | undefined;
};

/** How work is paid (JB-1, OF-1). */
export type ContractKind =
  /** A fixed price, paid per milestone. */
  | 'FIXED_PRICE'
  /** By the hour, at a rate, within a weekly limit of hours. */
  | 'HOURLY';

/** Where a contract stands (CT-3). */
export type ContractStatus =
  /** Work is under way. */
  | 'ACTIVE'
  /** Ended by either side; nothing more is logged, funded or submitted. */
  | 'ENDED'
  /** Paused: no time is logged until it is resumed. */
  | 'PAUSED';

/** A new team. */
export type CreateTeamInput = {
  /** AGENCY or CLIENT; it cannot change later. */
  kind: TeamKind;
  /** 1 to 200 characters. */
  name: string;
};

/** ISO 4217 currency codes the marketplace settles in. */
export type CurrencyCode =
  /** United States dollar. */
  | 'USD';

/** A date range of a list whose items have one date (the list's description names it): at or after `from`, before `to`; either end may be left open. */
export type DateRangeFilter = {
  /** Only items dated at or after this instant. */
  from?: string | null | undefined;
  /** Only items dated before this instant. */
  to?: string | null | undefined;
};

/** The offer to decline. */
export type DeclineOfferInput = {
  /** A pending offer. */
  offerId: string | number;
};

/** The input of `declineTeamInvitation`. */
export type DeclineTeamInvitationInput = {
  /** The invitation to decline. */
  invitationId: string | number;
};

/** The contract to end. */
export type EndContractInput = {
  /** An active or paused contract. */
  contractId: string | number;
};

/** An ordering of events. */
export type EventOrder = {
  /** DESC (newest first) when omitted; ASC for oldest first. */
  direction?: SortDirection;
  /** The field to order by; ID (commit order) when omitted. */
  field?: EventOrderField;
};

/** What to order events by. */
export type EventOrderField =
  /** The event id: the order events were committed in, which is the order subscriptions deliver them. */
  | 'ID';

/** Which freelancers to list; every listed freelancer when omitted. */
export type FreelancerDirectoryFilter = {
  /** Freelancers with one of these availabilities; any when omitted. */
  availability?: Array<Availability> | null | undefined;
  /** Freelancers whose name or headline contains this text (case-insensitive). */
  search?: string | null | undefined;
  /** Freelancers with every one of these skills (case-insensitive). */
  skills?: Array<string> | null | undefined;
};

/** The milestone to fund into escrow (MS-1). */
export type FundMilestoneInput = {
  /** Repeating a request with the same key returns the first result and charges nothing again (MN-2). */
  idempotencyKey: string;
  /** A PENDING_FUNDING milestone of an active contract. */
  milestoneId: string | number;
};

/** Where an invitation stands. */
export type InvitationStatus =
  /** Accepted: the person is a member. */
  | 'ACCEPTED'
  /** Declined by the invited person. */
  | 'DECLINED'
  /** Waiting for the invited person. */
  | 'PENDING'
  /** Taken back by the team. */
  | 'REVOKED';

/** Who to invite, and as what. */
export type InviteTeamMemberInput = {
  /** The invited person's email; they see the invitation once signed in with it. */
  email: string;
  /** Agencies only; EXCLUSIVE when omitted (AG-1). */
  relationship?: MemberRelationship | null | undefined;
  /** One or more roles valid for the team's kind; never OWNER. */
  roles: Array<TeamRole>;
  /** The team to invite into. */
  teamId: string | number;
};

/** Which invoices to list (a statement); all of them when omitted. */
export type InvoiceFilter = {
  /** Only weeks starting at or after this instant. */
  weekStartAfter?: string | null | undefined;
  /** Only weeks starting before this instant. */
  weekStartBefore?: string | null | undefined;
};

/** Every code a userError of a job change can carry. */
export type JobErrorCode =
  /** A budget for an hourly job, or rates for a fixed-price one. */
  | 'FIELD_NOT_FOR_KIND'
  /** The balance does not pay for this proposal (CN-1, CN-2). */
  | 'INSUFFICIENT_CONNECTS'
  /** Not above zero, or more than two decimal places. */
  | 'INVALID_AMOUNT'
  /** A job asks 0 to 16 Connects (CN-1). */
  | 'INVALID_CONNECTS_REQUIRED'
  /** The lowest rate is above the highest. */
  | 'INVALID_RATE_RANGE'
  /** A text that is empty, too long or holds control characters. */
  | 'INVALID_TEXT'
  /** The job is closed or cancelled. */
  | 'JOB_NOT_OPEN'
  /** The team is an agency where a client team is needed. */
  | 'NOT_A_CLIENT_TEAM';

/** Which jobs to list. */
export type JobFilter = {
  /** Only hourly or only fixed-price jobs. */
  kind?: ContractKind | null | undefined;
  /** Jobs whose title or description contains this text (case-insensitive). */
  search?: string | null | undefined;
  /** Only jobs with one of these statuses; every status when omitted (a team's own list; others see open jobs only). */
  status?: Array<JobStatus> | null | undefined;
};

/** Where a job post stands (JB-1). */
export type JobStatus =
  /** Cancelled by the client; before anyone was hired this returned the Connects of live proposals (CN-3). */
  | 'CANCELLED'
  /** Closed by the client; no more proposals. */
  | 'CLOSED'
  /** Taking proposals. */
  | 'OPEN';

/** The input of `leaveTeam`. */
export type LeaveTeamInput = {
  /** The team to leave. */
  teamId: string | number;
};

/** Which part of an account an entry moved (MN-1). */
export type LedgerAccountKind =
  /** A client team's external funding source: what it has been charged, as a negative balance. */
  | 'CLIENT_FUNDING'
  /** The platform's cost of affiliate commissions. */
  | 'COMMISSIONS_EXPENSE'
  /** Commission owed to an affiliate, not yet paid (RF-2, RF-4). */
  | 'COMMISSIONS_PAYABLE'
  /** A client team's money held for one contract until released to the payee or refunded (MS-1). */
  | 'ESCROW'
  /** Money paid out to the payout methods: it has left the platform. */
  | 'PAID_OUT'
  /** Money the payee may withdraw (PO-1). */
  | 'PAYEE_AVAILABLE'
  /** Released money in its security period (MS-4, TM-2). */
  | 'PAYEE_PENDING'
  /** Requested payouts not yet settled (PO-2). */
  | 'PAYOUTS_IN_FLIGHT'
  /** The platform's service fees (MN-3). */
  | 'PLATFORM_FEES';

/** Why money moved. */
export type LedgerTransactionKind =
  /** The client's funding source was charged into a contract's escrow (MS-1, TM-2). */
  | 'CLIENT_CHARGE'
  /** Affiliate commission earned (RF-2). */
  | 'COMMISSION_ACCRUED'
  /** Affiliate commission paid into the available balance (RF-4). */
  | 'COMMISSION_PAID'
  /** Affiliate commission reduced by a refund (RF-2). */
  | 'COMMISSION_REVERSED'
  /** Escrow returned to the client. */
  | 'ESCROW_REFUND'
  /** Escrow released to the payee, less the service fee (MS-2, MS-3, MN-3). */
  | 'ESCROW_RELEASE'
  /** Pending money became available after its security period (MS-4, TM-2). */
  | 'FUNDS_AVAILABLE'
  /** A payout failed; its money returned to the available balance (PO-2). */
  | 'PAYOUT_FAILED'
  /** A payout reached its payout method (PO-2). */
  | 'PAYOUT_PAID'
  /** Available money set aside for a payout (PO-1). */
  | 'PAYOUT_REQUESTED';

/** Credentials to sign in with. */
export type LogInInput = {
  /** The login email, in any letter case. */
  email: string;
  /** The password. */
  password: string;
};

/** Whether to stay signed in here. */
export type LogOutEverywhereInput = {
  /** Keep the session of this request; end all the others. */
  keepCurrent?: boolean;
};

/** Which session to end. */
export type LogOutInput = {
  /** One of the caller's sessions (from `viewer.sessions`); the current one when omitted. */
  sessionId?: string | number | null | undefined;
};

/** Time worked, logged by the freelancer hired (TM-1). */
export type LogTimeInput = {
  /** An active hourly contract the caller is the freelancer of. */
  contractId: string | number;
  /** What was done, up to 1,000 characters. */
  memo?: string | null | undefined;
  /** How long, 1 to 1,440 minutes. */
  minutes: number;
  /** When the work started; not in the future. */
  startedAt: string;
};

/** Which members to list; all of them, former ones included, when omitted. */
export type MemberFilter = {
  /** Only members who joined at or after this instant. */
  joinedAfter?: string | null | undefined;
  /** Only members who joined before this instant. */
  joinedBefore?: string | null | undefined;
  /** Only members with one of these statuses; every status (the history too) when omitted. */
  status?: Array<MemberStatus> | null | undefined;
};

/** An ordering of members. */
export type MemberOrder = {
  /** ASC (earliest first) when omitted. */
  direction?: SortDirection;
  /** The field to order by; JOINED_AT when omitted. */
  field?: MemberOrderField;
};

/** What to order members by. */
export type MemberOrderField =
  /** When the user joined the team. */
  | 'JOINED_AT';

/** How an agency member works with the agency (AG-1). */
export type MemberRelationship =
  /** Works only through the agency; everything of theirs is the agency's (AG-2). The default. */
  | 'EXCLUSIVE'
  /** Works both independently and for the agency, choosing on every proposal (AG-3, AG-4). */
  | 'NON_EXCLUSIVE';

/** Whether a membership is current. */
export type MemberStatus =
  /** A current member. */
  | 'ACTIVE'
  /** Left the team; kept in its history (AG-5). */
  | 'LEFT'
  /** Removed by an owner or admin; kept in the history. */
  | 'REMOVED';

/** Every code a userError of a milestone change can carry. */
export type MilestoneErrorCode =
  /** Nothing is done on an ended contract (CT-3). */
  | 'CONTRACT_ENDED'
  /** The contract is paused or ended. */
  | 'CONTRACT_NOT_ACTIVE'
  /** The key was used before with other arguments (MN-2). */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The account does not hold enough money. */
  | 'INSUFFICIENT_FUNDS'
  /** Not above zero, or more than two decimal places. */
  | 'INVALID_AMOUNT'
  /** The key is empty or longer than 200 characters. */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** A text that is empty, too long or holds control characters. */
  | 'INVALID_TEXT'
  /** Only a DISPUTED milestone is resolved (CT-4). */
  | 'MILESTONE_NOT_DISPUTED'
  /** Only an unfunded milestone is funded. */
  | 'MILESTONE_NOT_PENDING_FUNDING'
  /** Only a funded milestone, or one sent back, is submitted (MS-2). */
  | 'MILESTONE_NOT_SUBMITTABLE'
  /** Only a submitted milestone is approved or sent back. */
  | 'MILESTONE_NOT_SUBMITTED'
  /** Milestones belong to fixed-price contracts. */
  | 'NOT_FIXED_PRICE';

/** Which milestones to list; all of them when omitted. */
export type MilestoneFilter = {
  /** Only milestones due at or after this instant. */
  dueAfter?: string | null | undefined;
  /** Only milestones due before this instant. */
  dueBefore?: string | null | undefined;
  /** Only milestones with one of these statuses; every status when omitted. */
  status?: Array<MilestoneStatus> | null | undefined;
};

/** An ordering of milestones. */
export type MilestoneOrder = {
  /** ASC when omitted. */
  direction?: SortDirection;
  /** The field to order by; POSITION when omitted. */
  field?: MilestoneOrderField;
};

/** What to order milestones by. */
export type MilestoneOrderField =
  /** The due date (milestones without one last when ascending). */
  | 'DUE_AT'
  /** Their order in the contract. */
  | 'POSITION';

/** Where a milestone of a fixed-price contract stands (MS-1, MS-2). */
export type MilestoneStatus =
  /** Approved: escrow released to the payee. */
  | 'APPROVED'
  /** The client asked for changes. */
  | 'CHANGES_REQUESTED'
  /** The contract ended after the work was submitted: its escrow waits for staff to resolve the dispute (CT-4). */
  | 'DISPUTED'
  /** Funded: work on it may start. */
  | 'FUNDED'
  /** Waiting for the client to fund it into escrow. */
  | 'PENDING_FUNDING'
  /** The contract ended before it was delivered: its escrow went back to the client (CT-3, CT-4). */
  | 'REFUNDED'
  /** Staff resolved the dispute: part released to the payee, the rest refunded to the client (CT-4). */
  | 'RESOLVED'
  /** Submitted for the client's review. */
  | 'SUBMITTED';

/** Every code a userError of an offer change can carry. */
export type OfferErrorCode =
  /** An exclusive member works only through their agency (AG-2). */
  | 'EXCLUSIVE_MEMBER'
  /** The freelancer is not an active member of that agency. */
  | 'FREELANCER_NOT_IN_AGENCY'
  /** An offer without a proposal must name a freelancer. */
  | 'FREELANCER_REQUIRED'
  /** The account does not hold enough money. */
  | 'INSUFFICIENT_FUNDS'
  /** Not above zero, or more than two decimal places. */
  | 'INVALID_AMOUNT'
  /** The offer's expiry is not in the future. */
  | 'INVALID_EXPIRY'
  /** A fixed-price offer needs one or more valid milestones. */
  | 'INVALID_MILESTONES'
  /** A text that is empty, too long or holds control characters. */
  | 'INVALID_TEXT'
  /** The weekly hour limit is out of range. */
  | 'INVALID_WEEKLY_LIMIT'
  /** The team is a client team where an agency is needed. */
  | 'NOT_AN_AGENCY'
  /** The team is an agency where a client team is needed. */
  | 'NOT_A_CLIENT_TEAM'
  /** The proposal already has a pending offer. */
  | 'OFFER_ALREADY_PENDING'
  /** The offer's expiry time has passed (OF-2). */
  | 'OFFER_EXPIRED'
  /** The offer was accepted, declined, withdrawn or expired already (OF-4). */
  | 'OFFER_NOT_PENDING'
  /** A team does not hire itself. */
  | 'OWN_TEAM'
  /** The proposal was withdrawn, declined or hired already. */
  | 'PROPOSAL_NOT_LIVE';

/** Which offer events to list; all of them when omitted. */
export type OfferEventFilter = {
  /** Only events that happened at or after this instant. */
  occurredAfter?: string | null | undefined;
  /** Only events that happened before this instant. */
  occurredBefore?: string | null | undefined;
  /** Only events of these types; every type when omitted. */
  types?: Array<OfferEventType> | null | undefined;
};

/** What happened to an offer (OF-5). */
export type OfferEventType =
  /** The offer was accepted and its contract made (OF-4). */
  | 'ACCEPTED'
  /** The freelancer or the agency declined it (OF-3). */
  | 'DECLINED'
  /** It passed its expiry time unanswered (OF-2). */
  | 'EXPIRED'
  /** The client sent the offer. */
  | 'SENT'
  /** The client took it back, or cancelled the job. */
  | 'WITHDRAWN';

/** Which offers to list. */
export type OfferFilter = {
  /** Only offers sent at or after this instant. */
  createdAfter?: string | null | undefined;
  /** Only offers sent before this instant. */
  createdBefore?: string | null | undefined;
  /** Only offers to this freelancer. */
  freelancerId?: string | number | null | undefined;
  /** Only offers with one of these statuses (expiry applied); every status when omitted. */
  status?: Array<OfferStatus> | null | undefined;
  /** Only offers of this team, as client or agency. */
  teamId?: string | number | null | undefined;
};

/** A milestone of a fixed-price offer. */
export type OfferMilestoneInput = {
  /** A positive amount. */
  amount: string;
  /** 1 to 500 characters. */
  description: string;
  /** When it is due. */
  dueAt?: string | null | undefined;
};

/** Where an offer stands (OF-2). */
export type OfferStatus =
  /** Accepted: a contract was made from it (OF-4). */
  | 'ACCEPTED'
  /** Declined by the freelancer, or for an agency offer by a business manager (OF-3). */
  | 'DECLINED'
  /** Not answered before its expiry time. */
  | 'EXPIRED'
  /** Waiting for an answer until it expires. */
  | 'PENDING'
  /** Taken back by the client. */
  | 'WITHDRAWN';

/** Which of a team's or a user's payouts to list; all of them when omitted. */
export type OwnPayoutFilter = {
  /** Requested at or after this instant. */
  requestedAfter?: string | null | undefined;
  /** Requested before this instant. */
  requestedBefore?: string | null | undefined;
  /** Only payouts with one of these statuses; every status when omitted. */
  status?: Array<PayoutStatus> | null | undefined;
};

/** The contract to pause. */
export type PauseContractInput = {
  /** An active contract. */
  contractId: string | number;
};

/** Which payment events to list; all of them when omitted. */
export type PaymentEventFilter = {
  /** Only events that happened at or after this instant. */
  occurredAfter?: string | null | undefined;
  /** Only events that happened before this instant. */
  occurredBefore?: string | null | undefined;
  /** Only events of these types; every type when omitted. */
  types?: Array<PaymentEventType> | null | undefined;
};

/** What happened to money. */
export type PaymentEventType =
  /** An affiliate earned commission on a referred client's spend (RF-2). */
  | 'COMMISSION_EARNED'
  /** The contract ended after a milestone was submitted: its escrow waits for staff (CT-4). For the client team and the payee, with the amount in dispute. */
  | 'DISPUTE_OPENED'
  /** Staff resolved a disputed milestone (CT-4): for the payee, the net released (pending for the security period); for the client team, the part refunded. */
  | 'DISPUTE_RESOLVED'
  /** Pending money became available to withdraw (MS-4, TM-2). */
  | 'FUNDS_AVAILABLE'
  /** A week of an hourly contract was invoiced to the client (TM-2). */
  | 'INVOICE_BILLED'
  /** The client funded a milestone into escrow (MS-1). */
  | 'MILESTONE_FUNDED'
  /** A milestone's escrow went back to the client: the contract ended before it was submitted, or staff refunded part of a dispute (CT-3, CT-4). */
  | 'MILESTONE_REFUNDED'
  /** An approved milestone was released to the payee, pending for the security period (MS-2, MS-4). */
  | 'MILESTONE_RELEASED'
  /** A payout failed and its money returned to the account (PO-2). */
  | 'PAYOUT_FAILED'
  /** A payout reached its payout method (PO-2). */
  | 'PAYOUT_PAID'
  /** A payout was requested (PO-1). */
  | 'PAYOUT_REQUESTED';

/** Every code a userError of a payout method or payout request can carry. */
export type PayoutErrorCode =
  /** The caller has not verified their email address yet, which this needs. */
  | 'EMAIL_NOT_VERIFIED'
  /** A detail that belongs to another kind of payout method. */
  | 'FIELD_NOT_ALLOWED'
  /** The key was used before with other arguments (MN-2). */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The account does not hold enough money. */
  | 'INSUFFICIENT_FUNDS'
  /** Not a valid bank account number. */
  | 'INVALID_ACCOUNT_NUMBER'
  /** Incomplete postal address for a check. */
  | 'INVALID_ADDRESS'
  /** Not above zero, or more than two decimal places. */
  | 'INVALID_AMOUNT'
  /** The key is empty or longer than 200 characters. */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** Not an email address. */
  | 'INVALID_PAYPAL_EMAIL'
  /** Not a valid ACH routing number. */
  | 'INVALID_ROUTING_NUMBER'
  /** Not a valid BACS sort code. */
  | 'INVALID_SORT_CODE'
  /** The payout method was removed already. */
  | 'PAYOUT_METHOD_ALREADY_REMOVED'
  /** The payout method is removed or belongs to another account. */
  | 'PAYOUT_METHOD_NOT_USABLE'
  /** Only a pending payout is settled (PO-2). */
  | 'PAYOUT_NOT_PENDING'
  /** An account holds at most 10 payout methods. */
  | 'TOO_MANY_PAYOUT_METHODS';

/** Which payouts to list. */
export type PayoutFilter = {
  /**
   * Requested at or after this instant.
   * @deprecated Use `requestedAfter` (the same instant the REQUESTED_AT order uses).
   */
  createdAfter?: string | null | undefined;
  /**
   * Requested before this instant.
   * @deprecated Use `requestedBefore`.
   */
  createdBefore?: string | null | undefined;
  /** Requested at or after this instant. */
  requestedAfter?: string | null | undefined;
  /** Requested before this instant. */
  requestedBefore?: string | null | undefined;
  /** Only payouts with one of these statuses; every status when omitted. */
  status?: Array<PayoutStatus> | null | undefined;
  /** Only this team's payouts. */
  teamId?: string | number | null | undefined;
  /** Only this user's own payouts. */
  userId?: string | number | null | undefined;
};

/** How money is sent out (PO-1). */
export type PayoutMethodKind =
  /** To a US bank account (routing and account number). */
  | 'ACH'
  /** To a UK bank account (sort code and account number). */
  | 'BACS'
  /** A paper check mailed to a postal address. */
  | 'CHECK'
  /** To a PayPal account, by email. */
  | 'PAYPAL';

/** An ordering of payouts. */
export type PayoutOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: PayoutOrderField;
};

/** What to order payouts by. */
export type PayoutOrderField =
  /** The amount. */
  | 'AMOUNT'
  /** When requested. */
  | 'REQUESTED_AT';

/** How a pending payout ended (PO-2). */
export type PayoutOutcome =
  /** It failed; its money returns to the account. */
  | 'FAILED'
  /** It was paid. */
  | 'PAID';

/** Where a payout stands (PO-2). */
export type PayoutStatus =
  /** Sending failed; the money returned to the available balance. */
  | 'FAILED'
  /** The money reached the payout method. */
  | 'PAID'
  /** Requested; the money is set aside and on its way. */
  | 'PENDING';

/** A new job post (JB-1). */
export type PostJobInput = {
  /** Fixed-price jobs: the budget. */
  budget?: string | null | undefined;
  /** The client team posting the job. */
  clientTeamId: string | number;
  /** What a proposal costs in Connects, 0 to 16 (CN-1). */
  connectsRequired: number;
  /** 1 to 20,000 characters. */
  description: string;
  /** Hourly jobs: the highest rate in mind. */
  hourlyRateMax?: string | null | undefined;
  /** Hourly jobs: the lowest rate in mind. */
  hourlyRateMin?: string | null | undefined;
  /** Hourly or fixed price. */
  kind: ContractKind;
  /** 1 to 200 characters. */
  title: string;
};

/** A postal address for checks. */
export type PostalAddressInput = {
  /** City or town. */
  city: string;
  /** Two-letter ISO 3166 country code, e.g. "US". */
  country: string;
  /** Street and number. */
  line1: string;
  /** Apartment, suite, building. */
  line2?: string | null | undefined;
  /** Who the check is made out to; the account holder when omitted. */
  name?: string | null | undefined;
  /** ZIP or postal code. */
  postalCode: string;
  /** State, province or county. */
  region?: string | null | undefined;
};

/** An ordering of directory profiles. */
export type ProfileOrder = {
  /** ASC (A to Z, oldest first) when omitted. */
  direction?: SortDirection;
  /** The field to order by; NAME when omitted. */
  field?: ProfileOrderField;
};

/** What to order directory profiles by. */
export type ProfileOrderField =
  /** When the agency was created or the freelancer signed up. */
  | 'CREATED_AT'
  /** The name, alphabetically. */
  | 'NAME';

/** The kinds of promotional material an approved affiliate gets (AF-2). */
export type PromotionalMaterialKind =
  /** A 728x90 image banner. */
  | 'BANNER'
  /** The marketplace logo, linked. */
  | 'LOGO'
  /** A plain text link. */
  | 'TEXT_LINK'
  /** A script widget that renders a call to action. */
  | 'WIDGET';

/** Every code a userError of a proposal change can carry. */
export type ProposalErrorCode =
  /** A business manager proposing for a member must name the agency. */
  | 'AGENCY_REQUIRED'
  /** The freelancer has a live proposal for this job (PR-1). */
  | 'ALREADY_PROPOSED'
  /** An exclusive member works only through their agency (AG-2). */
  | 'EXCLUSIVE_MEMBER'
  /** The freelancer is not an active member of that agency. */
  | 'FREELANCER_NOT_IN_AGENCY'
  /** The balance does not pay for this proposal (CN-1, CN-2). */
  | 'INSUFFICIENT_CONNECTS'
  /** Not above zero, or more than two decimal places. */
  | 'INVALID_AMOUNT'
  /** A text that is empty, too long or holds control characters. */
  | 'INVALID_TEXT'
  /** The job is closed or cancelled. */
  | 'JOB_NOT_OPEN'
  /** The team is a client team where an agency is needed. */
  | 'NOT_AN_AGENCY'
  /** A team does not propose for its own job. */
  | 'OWN_JOB'
  /** A proposal with an offer cannot be withdrawn (PR-3). */
  | 'PROPOSAL_HAS_OFFER'
  /** The proposal was withdrawn, declined or hired already. */
  | 'PROPOSAL_NOT_LIVE';

/** Which proposals to list. */
export type ProposalFilter = {
  /** Only proposals for this job. */
  jobId?: string | number | null | undefined;
  /** Only proposals with one of these statuses; every status when omitted. */
  status?: Array<ProposalStatus> | null | undefined;
};

/** An ordering of proposals. */
export type ProposalOrder = {
  /** The direction; newest first by default. */
  direction?: SortDirection;
  /** The field to order by. */
  field: ProposalOrderField;
};

/** What to order proposals by. */
export type ProposalOrderField =
  /** When the proposal was submitted. */
  | 'CREATED_AT';

/** Where a proposal stands (PR-1). */
export type ProposalStatus =
  /** An offer from it was accepted. */
  | 'HIRED'
  /** The client cancelled the job; before hiring this returned its Connects (CN-3). */
  | 'JOB_CANCELLED'
  /** The client closed the job. */
  | 'JOB_CLOSED'
  /** The offer made from it was declined (OF-3); its Connects are not returned, also not when the job is cancelled later (CN-3). */
  | 'OFFER_DECLINED'
  /** The offer made from it expired unanswered (OF-2); its Connects are not returned, also not when the job is cancelled later (CN-3). */
  | 'OFFER_EXPIRED'
  /** Live: the client may send an offer from it. */
  | 'SUBMITTED'
  /** Withdrawn by the freelancer or a business manager (PR-3); its Connects are not returned. */
  | 'WITHDRAWN';

/** Connects to buy, for an agency or (without teamId) for oneself. */
export type PurchaseConnectsInput = {
  /** Repeating a key returns the first result and buys nothing again (MN-2). */
  idempotencyKey: string;
  /** How many Connects, 1 to 1000. */
  quantity: number;
  /** The agency to buy for; omit to buy for yourself. */
  teamId?: string | number | null | undefined;
};

/** A click on a tracking link, recorded by an app rather than a browser. */
export type RecordReferralClickInput = {
  /** The affiliate's tracking code. */
  code: string;
  /** The promotional material clicked; ignored when it is not the affiliate's. */
  materialId?: string | number | null | undefined;
  /** The referring page, if known (truncated to 2048 characters). */
  referrer?: string | null | undefined;
};

/** Which referrals to list. */
export type ReferralFilter = {
  /** Only the referrals of this affiliate. */
  affiliateId?: string | number | null | undefined;
  /** Referred users who signed up at or after this instant. */
  createdAfter?: string | null | undefined;
  /** Referred users who signed up before this instant. */
  createdBefore?: string | null | undefined;
};

/** An ordering of referrals. */
export type ReferralOrder = {
  /** DESC (newest first) when omitted. */
  direction?: SortDirection;
  /** The field to order by. */
  field: ReferralOrderField;
};

/** What to order referrals by. */
export type ReferralOrderField =
  /** Order by signed up at. */
  | 'SIGNED_UP_AT';

/** The payout method to remove. */
export type RemovePayoutMethodInput = {
  /** The method to remove; past payouts keep referring to it. */
  payoutMethodId: string | number;
};

/** The input of `removeTeamMember`. */
export type RemoveTeamMemberInput = {
  /** The membership to end. */
  memberId: string | number;
};

/** The submitted milestone to send back (MS-2). */
export type RequestMilestoneChangesInput = {
  /** What to change, 1 to 2,000 characters. */
  message: string;
  /** A SUBMITTED milestone. */
  milestoneId: string | number;
};

/** Whose password to reset. */
export type RequestPasswordResetInput = {
  /** The login email; a reset link is mailed to it if an account has it. */
  email: string;
};

/** Withdraw available money (PO-1). */
export type RequestPayoutInput = {
  /** How much, e.g. "150.00"; at most the available balance. */
  amount: string;
  /** Repeating a key returns the first result and moves nothing again (MN-2). */
  idempotencyKey: string;
  /** A payout method of that same account. */
  payoutMethodId: string | number;
  /** The team whose money to withdraw; omit for the caller's own. */
  teamId?: string | number | null | undefined;
};

/** A new password through a reset link. */
export type ResetPasswordInput = {
  /** 10 to 200 characters, no control characters, not one of the most common passwords. */
  newPassword: string;
  /** The `token` of the link `<PUBLIC_URL>/reset-password?token=<token>` from the message. */
  token: string;
};

/** Staff's decision on a disputed milestone (CT-4): what part of its escrow the payee earns; the rest goes back to the client. */
export type ResolveDisputeInput = {
  /** Repeating a request with the same key returns the first result and moves nothing again (MN-2). */
  idempotencyKey: string;
  /** A DISPUTED milestone. */
  milestoneId: string | number;
  /** Why: 1 to 2,000 characters, kept in the milestone's history. */
  note: string;
  /** The payee's part, before the service fee: from 0.00 to the milestone's amount. The rest is refunded to the client. */
  payeeAmount: string;
};

/** The contract to resume. */
export type ResumeContractInput = {
  /** A paused contract. */
  contractId: string | number;
};

/** Staff's decision on an affiliate. */
export type ReviewAffiliateInput = {
  /** The affiliate to decide on. */
  affiliateId: string | number;
  /** Approve, reject or suspend. */
  decision: AffiliateDecision;
  /** Why, at most 1000 characters; shown to the affiliate. */
  reason?: string | null | undefined;
};

/** The input of `revokeTeamInvitation`. */
export type RevokeTeamInvitationInput = {
  /** The pending invitation to take back. */
  invitationId: string | number;
};

/** Which periodic work to run; everything when omitted. */
export type RunDueWorkInput = {
  /** Names of kinds of work (see `reports`), e.g. ["offers.expire"]; all when omitted. */
  only?: Array<string> | null | undefined;
};

/** Every code a userError of running periodic work can carry. */
export type SchedulerErrorCode =
  /** `only` names a kind of periodic work that does not exist. */
  | 'UNKNOWN_DUE_WORK';

/** An offer, from a proposal or directly to a freelancer (OF-1). */
export type SendOfferInput = {
  /** Without a proposal: hire through this agency. An exclusive member's offer always goes through their agency (AG-2). */
  agencyId?: string | number | null | undefined;
  /** The client team making the offer. */
  clientTeamId: string | number;
  /** When the offer expires; 7 days from now by default (OF-2). */
  expiresAt?: string | null | undefined;
  /** Without a proposal: the freelancer. */
  freelancerId?: string | number | null | undefined;
  /** Hourly offers: the rate. */
  hourlyRate?: string | null | undefined;
  /** Hourly or fixed price. */
  kind: ContractKind;
  /** Fixed-price offers: 1 to 20 milestones. */
  milestones?: Array<OfferMilestoneInput> | null | undefined;
  /** A live proposal on one of the team's jobs: the offer goes to its freelancer and agency. */
  proposalId?: string | number | null | undefined;
  /** 1 to 200 characters. */
  title: string;
  /** Hourly offers: the weekly limit, 1 to 168 hours. */
  weeklyLimitHours?: number | null | undefined;
};

/** The input of `setClock`. */
export type SetClockInput = {
  /** The new current time; it may only move forward. */
  now: string;
};

/** The input of `setDefaultTeam`. */
export type SetDefaultTeamInput = {
  /** An agency the caller is an active member of; null clears the choice (AG-3). */
  teamId?: string | number | null | undefined;
};

/** How a pending payout ended (PO-2). */
export type SettlePayoutInput = {
  /** Repeating a key returns the first result and moves nothing again; the same key with other arguments is refused (MN-2). A payout settled under another key is refused with PAYOUT_NOT_PENDING. */
  idempotencyKey: string;
  /** PAID, or FAILED to return the money to the account. */
  outcome: PayoutOutcome;
  /** A PENDING payout. */
  payoutId: string | number;
};

/** A new account. */
export type SignUpInput = {
  /** The login email; one account per address. */
  email: string;
  /** The display name. */
  name: string;
  /** 10 to 200 characters, no control characters, not one of the most common passwords. */
  password: string;
  /** The affiliate click that brought the user (from `recordReferralClick`). The `ref` cookie set by `GET /r/:code` is read as well; the later of the two valid clicks counts (RF-1). Unknown ids are ignored. */
  referralClickId?: string | number | null | undefined;
};

/** The direction of an ordering. */
export type SortDirection =
  /** Smallest or earliest first. */
  | 'ASC'
  /** Largest or latest first. */
  | 'DESC';

/** The milestone to submit for review (MS-2). */
export type SubmitMilestoneInput = {
  /** What was delivered, 1 to 2,000 characters. */
  message: string;
  /** A FUNDED or CHANGES_REQUESTED milestone of an active contract. */
  milestoneId: string | number;
};

/** A proposal for a job (PR-1). */
export type SubmitProposalInput = {
  /** Submit for this agency and spend its Connects; omit for an independent proposal (AG-4). An exclusive member's proposals are always their agency's (AG-2). */
  agencyId?: string | number | null | undefined;
  /** 1 to 5,000 characters. */
  coverLetter: string;
  /** Fixed-price jobs: the price asked. */
  fixedPrice?: string | null | undefined;
  /** Business managers: the member the proposal is for (PR-2). Defaults to the caller. */
  freelancerId?: string | number | null | undefined;
  /** Hourly jobs: the rate asked. */
  hourlyRate?: string | null | undefined;
  /** An open job. */
  jobId: string | number;
};

/** Every code a userError of a team change can carry. */
export type TeamErrorCode =
  /** That email already has a pending invitation to the team. */
  | 'ALREADY_INVITED'
  /** That person already is a member of the team. */
  | 'ALREADY_MEMBER'
  /** The new owner already owns the team. */
  | 'ALREADY_OWNER'
  /** The caller has not verified their email address yet, which this needs. */
  | 'EMAIL_NOT_VERIFIED'
  /** The person is an exclusive member of another agency (AG-6). */
  | 'EXCLUSIVE_ELSEWHERE'
  /** Not an email address. */
  | 'INVALID_EMAIL'
  /** The name is empty or too long. */
  | 'INVALID_NAME'
  /** Client teams have no member relationship. */
  | 'INVALID_RELATIONSHIP'
  /** No role, a role the team kind does not have, or `OWNER`. */
  | 'INVALID_ROLES'
  /** Too many skills (20 at most), or one that is empty, longer than 50 characters or holds other than letters, digits, spaces and + # . / & -. */
  | 'INVALID_SKILLS'
  /** A text that is empty, too long or holds control characters. */
  | 'INVALID_TEXT'
  /** The invitation was accepted, declined or revoked already. */
  | 'INVITATION_NOT_PENDING'
  /** The member still works active contracts (AG-7). */
  | 'MEMBER_HAS_ACTIVE_CONTRACTS'
  /** That person is no longer a member. */
  | 'MEMBER_NOT_ACTIVE'
  /** The team is a client team where an agency is needed. */
  | 'NOT_AN_AGENCY'
  /** The owner is never removed. */
  | 'OWNER_CANNOT_BE_REMOVED'
  /** The owner hands ownership on before leaving (AG-5). */
  | 'OWNER_CANNOT_LEAVE';

/** Which teams to list. */
export type TeamFilter = {
  /** Only agencies or only clients. */
  kind?: TeamKind | null | undefined;
  /** Teams this user is an active member of. */
  memberUserId?: string | number | null | undefined;
  /** Teams whose name contains this text (case-insensitive). */
  search?: string | null | undefined;
};

/** What a team is. */
export type TeamKind =
  /** Freelancers who sell work together. */
  | 'AGENCY'
  /** A company or group of people who buy work together. */
  | 'CLIENT';

/** An ordering of teams. */
export type TeamOrder = {
  /** Ascending (the default) or descending. */
  direction?: SortDirection;
  /** What to order by. */
  field: TeamOrderField;
};

/** What to order teams by. */
export type TeamOrderField =
  /** Order by created at. */
  | 'CREATED_AT'
  /** Order by name. */
  | 'NAME';

/** A role a member holds in a team; a member may hold several. */
export type TeamRole =
  /** Manages members and their roles (never the owner's); full financial access; buys Connects. */
  | 'ADMIN'
  /** Agencies: submits and manages proposals and contracts for all members; accepts and declines offers. */
  | 'BUSINESS_MANAGER'
  /** Full access to the team's financial account: balances, withdrawals, payout methods. */
  | 'FINANCIAL'
  /** Clients: posts jobs, sends offers, funds and approves milestones, ends contracts. */
  | 'HIRING_MANAGER'
  /** Agencies: a freelancer of the agency. */
  | 'MEMBER'
  /** Everything; always an admin; transfers ownership. Exactly one per team. */
  | 'OWNER';

/** Which time entries to list (a timesheet); all of them when omitted. */
export type TimeEntryFilter = {
  /** Only this freelancer's time. */
  freelancerId?: string | number | null | undefined;
  /** Only work that started at or after this instant. */
  startedAfter?: string | null | undefined;
  /** Only work that started before this instant. */
  startedBefore?: string | null | undefined;
};

/** An ordering of time entries. */
export type TimeEntryOrder = {
  /** DESC (latest first) when omitted. */
  direction?: SortDirection;
  /** The field to order by; STARTED_AT when omitted. */
  field?: TimeEntryOrderField;
};

/** What to order time entries by. */
export type TimeEntryOrderField =
  /** When the entry was logged. */
  | 'LOGGED_AT'
  /** When the work started. */
  | 'STARTED_AT';

/** Every code a userError of logging time can carry. */
export type TimeErrorCode =
  /** The time was worked before the contract started. */
  | 'BEFORE_CONTRACT'
  /** The contract is paused or ended. */
  | 'CONTRACT_NOT_ACTIVE'
  /** A time entry stays within one week, Monday 00:00 to Sunday 23:59 UTC; time after Monday 00:00 is logged as its own entry (TM-2). */
  | 'CROSSES_WEEK'
  /** A time entry may not end later than now (TM-3). */
  | 'ENDS_IN_FUTURE'
  /** Not above zero, or more than two decimal places. */
  | 'INVALID_AMOUNT'
  /** Log 1 to 1,440 minutes at a time. */
  | 'INVALID_MINUTES'
  /** The time entry would start or end in the future (TM-3). */
  | 'INVALID_START'
  /** A text that is empty, too long or holds control characters. */
  | 'INVALID_TEXT'
  /** Time and weekly limits belong to hourly contracts. */
  | 'NOT_HOURLY'
  /** The freelancer already logged time overlapping this entry, on this or another contract (TM-3). */
  | 'TIME_OVERLAPS'
  /** The week was invoiced already; no more time goes into it (TM-2). */
  | 'WEEK_INVOICED';

/** The input of `transferTeamOwnership`. */
export type TransferTeamOwnershipInput = {
  /** The active member who becomes the owner. */
  memberId: string | number;
  /** The team whose ownership passes on. */
  teamId: string | number;
};

/** New terms; omitted ones stay. The client edits the title and weekly limit; the freelancer's side (business managers and the owner for an agency contract, the freelancer for an independent one) edits the rate (CT-2). */
export type UpdateContractTermsInput = {
  /** An active or paused contract. */
  contractId: string | number;
  /** Freelancer's side, hourly contracts: the new rate, for time worked from now on (TM-2). */
  hourlyRate?: string | null | undefined;
  /** Client side: 1 to 200 characters. */
  title?: string | null | undefined;
  /** Client side, hourly contracts: 1 to 168 hours. */
  weeklyLimitHours?: number | null | undefined;
};

/** Changes to an open job post (JB-1); fields left out stay as they are. The kind and the Connects a proposal costs do not change once posted. */
export type UpdateJobInput = {
  /** Fixed-price jobs only: the budget; unchanged when omitted. */
  budget?: string | null | undefined;
  /** 1 to 20,000 characters; unchanged when omitted. */
  description?: string | null | undefined;
  /** Hourly jobs only: the highest rate in mind; unchanged when omitted. */
  hourlyRateMax?: string | null | undefined;
  /** Hourly jobs only: the lowest rate in mind; unchanged when omitted. */
  hourlyRateMin?: string | null | undefined;
  /** An open job of a team the caller hires for. */
  jobId: string | number;
  /** 1 to 200 characters; unchanged when omitted. */
  title?: string | null | undefined;
};

/** Changes to the caller's profile; omitted fields stay as they are. */
export type UpdateProfileInput = {
  /** The display name, 1 to 200 characters. */
  name?: string | null | undefined;
};

/** Changes to the caller's own public profile as a freelancer; fields left out stay as they are. */
export type UpdatePublicProfileInput = {
  /** How much work the freelancer takes on. */
  availability?: Availability | null | undefined;
  /** Up to 200 characters. A profile with a headline is listed in `freelancers`; an empty string clears it and unlists the profile. */
  headline?: string | null | undefined;
  /** At most 20 skills of 1 to 50 characters (letters, digits, spaces, + # . / & -), stored lower-cased; replaces the list. */
  skills?: Array<string> | null | undefined;
};

/** Changes to a team's name and public profile; fields left out stay as they are. */
export type UpdateTeamInput = {
  /** Up to 200 characters; an empty string clears it; unchanged when omitted. */
  headline?: string | null | undefined;
  /** 1 to 200 characters; unchanged when omitted. */
  name?: string | null | undefined;
  /** At most 20 skills of 1 to 50 characters (letters, digits, spaces, + # . / & -), stored lower-cased; replaces the list; unchanged when omitted. */
  skills?: Array<string> | null | undefined;
  /** The team to change. */
  teamId: string | number;
};

/** New roles and/or relationship; omitted fields stay as they are. */
export type UpdateTeamMemberInput = {
  /** The membership to change. */
  memberId: string | number;
  /** Agencies only. */
  relationship?: MemberRelationship | null | undefined;
  /** The complete new set of roles; never adds OWNER. */
  roles?: Array<TeamRole> | null | undefined;
};

/** Which users to list. */
export type UserFilter = {
  /** Users who signed up at or after this instant. */
  createdAfter?: string | null | undefined;
  /** Users who signed up before this instant. */
  createdBefore?: string | null | undefined;
  /** Users whose name or email contains this text (case-insensitive). */
  search?: string | null | undefined;
};

/** An ordering of users. */
export type UserOrder = {
  /** Ascending (the default) or descending. */
  direction?: SortDirection;
  /** What to order by. */
  field: UserOrderField;
};

/** What to order users by. */
export type UserOrderField =
  /** Order by created at. */
  | 'CREATED_AT'
  /** Order by email. */
  | 'EMAIL'
  /** Order by name. */
  | 'NAME';

/** A verification link's token. */
export type VerifyEmailInput = {
  /** The `token` of the link `<PUBLIC_URL>/verify-email?token=<token>` from the message. */
  token: string;
};

/** The offer to withdraw. */
export type WithdrawOfferInput = {
  /** A pending offer of a team the caller hires for. */
  offerId: string | number;
};

/** The proposal to withdraw. */
export type WithdrawProposalInput = {
  /** A live proposal without an offer (PR-3). */
  proposalId: string | number;
};

export type AccessReviewTeamWalkQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessReviewTeamWalkQuery = { team: { id: string, name: string, offers: { nodes: Array<{ id: string, proposal: { id: string, coverLetter: string } | null, contract: { id: string } | null }> }, contracts: { nodes: Array<{ id: string, offer: { proposal: { id: string } | null }, job: { id: string } | null, milestones: { nodes: Array<{ id: string, amount: { amount: string } | null }> } }> } } };

export type AccessReviewTeamMoneyQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessReviewTeamMoneyQuery = { team: { id: string, account: { available: { amount: string } } | null } };

export type AccessReviewTeamPayoutsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessReviewTeamPayoutsQuery = { team: { id: string, payouts: { totalCount: number } | null } };

export type AccessReviewTeamMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessReviewTeamMembersQuery = { team: { id: string, members: { nodes: Array<{ id: string, user: { id: string, email: string | null, connectsBalance: number | null } }> } } };

export type AccessReviewTeamInvitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessReviewTeamInvitationsQuery = { team: { id: string, pendingInvitations: Array<{ id: string, email: string }> } };

export type AccessReviewNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessReviewNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AccessReviewUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessReviewUserQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { email: string | null, connectsBalance: number | null, id: string, memberships: Array<{ id: string }> | null, offers: { totalCount: number } | null, contracts: { totalCount: number } | null, account: { available: { amount: string } } | null, affiliate: { id: string } | null }
   | null };

export type AccessReviewLeaveMutationVariables = Exact<{
  input: LeaveTeamInput;
}>;


export type AccessReviewLeaveMutation = { leaveTeam: { member: { id: string, status: MemberStatus } | null, userErrors: Array<{ code: TeamErrorCode, message: string }> } };

export type AccessReviewAcceptMutationVariables = Exact<{
  input: AcceptOfferInput;
}>;


export type AccessReviewAcceptMutation = { acceptOffer: { offer: { id: string, status: OfferStatus } | null, userErrors: Array<{ code: OfferErrorCode, message: string }> } };

export type AccessReviewPauseMutationVariables = Exact<{
  input: PauseContractInput;
}>;


export type AccessReviewPauseMutation = { pauseContract: { contract: { id: string, status: ContractStatus } | null, userErrors: Array<{ code: ContractErrorCode, message: string }> } };

export type AccessReviewLogTimeMutationVariables = Exact<{
  input: LogTimeInput;
}>;


export type AccessReviewLogTimeMutation = { logTime: { timeEntry: { id: string } | null, userErrors: Array<{ code: TimeErrorCode, message: string }> } };

export type AccessReviewSubmitMutationVariables = Exact<{
  input: SubmitMilestoneInput;
}>;


export type AccessReviewSubmitMutation = { submitMilestone: { milestone: { id: string, status: MilestoneStatus } | null, userErrors: Array<{ code: MilestoneErrorCode, message: string }> } };

export type AccessReviewStaffViewQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessReviewStaffViewQuery = { team: { id: string, account: { available: { amount: string } } | null, members: { totalCount: number } } };

export type AccessReviewIsStaffQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessReviewIsStaffQuery = { node:
    | { id: string, isStaff: boolean | null }
    | Record<PropertyKey, never>
   | null };

export type AccountOfferEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AccountOfferEventsSubscription = { offerEvents: { id: string, type: OfferEventType } };

export type AccountMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountMeQuery = { viewer: { id: string, name: string, email: string | null, emailVerified: boolean | null, pendingEmail: string | null, isStaff: boolean | null, invitations: Array<{ id: string }> | null } | null };

export type AccountLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type AccountLogInMutation = { logIn: { token: string | null, user: { id: string } | null, userErrors: Array<{ code: AuthErrorCode }> } };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { resendVerificationEmail: { user: { id: string, emailVerified: boolean | null } | null, userErrors: Array<{ code: AuthErrorCode }> } };

export type AccountSetClockMutationVariables = Exact<{
  input: SetClockInput;
}>;


export type AccountSetClockMutation = { setClock: { now: string | null, userErrors: Array<{ code: ClockErrorCode }> } };

export type InvitationNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type InvitationNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { status: InvitationStatus, id: string }
    | { id: string }
    | { id: string }
   | null };

export type AccountRequestPayoutMutationVariables = Exact<{
  input: RequestPayoutInput;
}>;


export type AccountRequestPayoutMutation = { requestPayout: { payout: { id: string } | null, userErrors: Array<{ code: PayoutErrorCode, message: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { revokedCount: number | null, user: { id: string } | null, userErrors: Array<{ code: AuthErrorCode, field: Array<string> | null }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { userErrors: Array<{ code: AuthErrorCode, message: string }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { token: string | null, user: { id: string, emailVerified: boolean | null } | null, userErrors: Array<{ code: AuthErrorCode, field: Array<string> | null }> } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { viewer: { sessions: { totalCount: number, nodes: Array<{ id: string, current: boolean, userAgent: string | null, createdAt: string, lastSeenAt: string, expiresAt: string }> } | null } | null };

export type LogOutMutationVariables = Exact<{
  input?: LogOutInput | null | undefined;
}>;


export type LogOutMutation = { logOut: { revokedCount: number | null, userErrors: Array<{ code: AuthErrorCode }> } };

export type LogOutEverywhereMutationVariables = Exact<{
  input?: LogOutEverywhereInput | null | undefined;
}>;


export type LogOutEverywhereMutation = { logOutEverywhere: { revokedCount: number | null, userErrors: Array<{ code: AuthErrorCode }> } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { user: { id: string, name: string } | null, userErrors: Array<{ code: AuthErrorCode, field: Array<string> | null }> } };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { changeEmail: { user: { id: string, email: string | null, pendingEmail: string | null, emailVerified: boolean | null } | null, userErrors: Array<{ code: AuthErrorCode, field: Array<string> | null }> } };

export type MyAffiliateQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAffiliateQuery = { viewer: { id: string, affiliate: { id: string, status: AffiliateStatus, code: string, trackingUrl: string | null, country: string, trafficSources: Array<AffiliateTrafficSource>, audience: string | null, createdAt: string, reviewedAt: string | null, decisionReason: string | null, user: { id: string }, sites: Array<{ url: string, name: string | null, contentCategories: Array<AffiliateContentCategory> }>, materials: Array<{ id: string, kind: PromotionalMaterialKind, trackingUrl: string, embedHtml: string, clickCount: number }> } | null } | null };

export type UserAffiliateByNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type UserAffiliateByNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, affiliate: { id: string, status: AffiliateStatus } | null }
   | null };

export type AffiliateNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AffiliateNodeQuery = { node:
    | { id: string }
    | { status: AffiliateStatus, code: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { kind: PromotionalMaterialKind, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type StaffAffiliatesQueryVariables = Exact<{
  filter?: AffiliateFilter | null | undefined;
  orderBy?: AffiliateOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type StaffAffiliatesQuery = { affiliates: { totalCount: number, nodes: Array<{ id: string, status: AffiliateStatus, country: string, user: { id: string } }> } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { token: string | null, user: { id: string, email: string | null } | null, userErrors: Array<{ code: AuthErrorCode, message: string, field: Array<string> | null }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, name: string, email: string | null, isStaff: boolean | null, createdAt: string } | null };

export type BrandingProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type BrandingProfileQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string, representedAgency: { id: string, name: string } | null }
   | null };

export type BrandingWorkQueryVariables = Exact<{
  id: string | number;
}>;


export type BrandingWorkQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, agency: { id: string } | null, freelancer: { id: string, representedAgency: { id: string } | null } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, agency: { id: string } | null, freelancer: { id: string, representedAgency: { id: string } | null } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type BrandingSetDefaultMutationVariables = Exact<{
  input: SetDefaultTeamInput;
}>;


export type BrandingSetDefaultMutation = { setDefaultTeam: { user: { id: string, defaultTeam: { id: string } | null, representedAgency: { id: string } | null } | null, userErrors: Array<{ code: TeamErrorCode, message: string, field: Array<string> | null }> } };

export type BrandingLeaveMutationVariables = Exact<{
  input: LeaveTeamInput;
}>;


export type BrandingLeaveMutation = { leaveTeam: { userErrors: Array<{ code: TeamErrorCode }> } };

export type BrandingMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type BrandingMembersQuery = { team: { members: { nodes: Array<{ user: { id: string, representedAgency: { id: string, name: string } | null } }> } } };

export type ChaosPaymentEventsSubscriptionVariables = Exact<{
  teamId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChaosPaymentEventsSubscription = { paymentEvents: { id: string, type: PaymentEventType } };

export type CommissionDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionDashboardQuery = { viewer: { affiliate: { id: string, referrals: { nodes: Array<{ id: string, referredUser: { id: string } | null, commission: { amount: string, currency: CurrencyCode } }> }, commissions: { totalCount: number, nodes: Array<{ id: string, earnedAt: string, month: string, paid: boolean, amount: { amount: string }, contract: { id: string } | null, payout: { id: string } | null, referral: { id: string } | null }> }, payouts: { totalCount: number, nodes: Array<{ id: string, status: PayoutStatus, amount: { amount: string }, payoutMethod: { id: string } }> }, monthlyTotals: Array<{ month: string, clicks: number, signups: number, commission: { amount: string }, paid: { amount: string } }> } | null } | null };

export type StaffCommissionsQueryVariables = Exact<{
  affiliateId: string | number;
}>;


export type StaffCommissionsQuery = { referrals: { totalCount: number, nodes: Array<{ id: string, commission: { amount: string } }> }, affiliates: { nodes: Array<{ id: string, commissions: { totalCount: number, nodes: Array<{ id: string, amount: { amount: string }, contract: { id: string } | null }> } }> } };

export type CommissionNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CommissionNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { paid: boolean, id: string, amount: { amount: string } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CommissionNowQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionNowQuery = { now: string };

export type CompiledNestedListQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledNestedListQuery = { teams: { totalCount: number, nodes: Array<{ id: string, name: string, members: { nodes: Array<{ id: string, roles: Array<TeamRole>, relationship: MemberRelationship | null, user: { id: string, name: string } }> } }> } };

export type CompiledDashboardQueryVariables = Exact<{
  id: string | number;
}>;


export type CompiledDashboardQuery = { team: { offers: { nodes: Array<{ status: OfferStatus, job: { title: string } | null, freelancer: { name: string }, contract: { status: ContractStatus, milestones: { nodes: Array<{ status: MilestoneStatus, amount: { amount: string } | null }> } } | null }> } } };

export type CompiledStaffContractsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledStaffContractsQuery = { contracts: { totalCount: number, nodes: Array<{ id: string, title: string, status: ContractStatus, createdAt: string, clientTeam: { name: string }, agency: { name: string } | null, freelancer: { name: string }, invoices: { nodes: Array<{ weekStart: string, hours: number, amount: { amount: string } | null, fee: { amount: string } | null }> } }> } };

export type CompiledArgumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CompiledArgumentsQuery = { teams: { nodes: Array<{ id: string, members: { nodes: Array<{ id: string }> } }> }, team: { members: { nodes: Array<{ id: string, status: MemberStatus }> }, former: { nodes: Array<{ id: string, status: MemberStatus }> }, offers: { nodes: Array<{ contract: { milestones: { nodes: Array<{ status: MilestoneStatus }> } } | null }> } }, contracts: { nodes: Array<{ id: string, invoices: { nodes: Array<{ weekStart: string }> } }> } };

export type CompiledWideQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type CompiledWideQuery = { mine: { __typename: 'Team', id: string, name: string, kind: TeamKind, createdAt: string, members: { __typename: 'MemberConnection', totalCount: number, nodes: Array<{ __typename: 'Member', id: string, status: MemberStatus, joinedAt: string, leftAt: string | null, roles: Array<TeamRole>, user: { id: string, name: string } }> }, offers: { totalCount: number, nodes: Array<{ id: string, title: string, kind: ContractKind, createdAt: string, expiresAt: string, status: OfferStatus, clientTeam: { id: string, name: string, kind: TeamKind }, agency: { id: string, name: string } | null, job: { id: string, title: string, kind: ContractKind } | null, contract: { id: string, kind: ContractKind, endedAt: string | null, job: { title: string } | null, freelancer: { id: string }, milestones: { totalCount: number, nodes: Array<{ id: string, position: number, description: string, dueAt: string | null, status: MilestoneStatus, amount: { __typename: 'Money', amount: string, currency: CurrencyCode } | null }> }, invoices: { totalCount: number, nodes: Array<{ id: string, weekEnd: string, hours: number, fee: { amount: string, currency: CurrencyCode } | null }> } } | null }> } } };

export type PurchaseConnectsMutationVariables = Exact<{
  input: PurchaseConnectsInput;
}>;


export type PurchaseConnectsMutation = { purchaseConnects: { entry: { id: string, kind: ConnectsEntryKind, change: number, balanceAfter: number, occurredAt: string } | null, team: { id: string, connectsBalance: number | null } | null, user: { id: string, connectsBalance: number | null } | null, userErrors: Array<{ code: ConnectsErrorCode, message: string, field: Array<string> | null }> } };

export type TeamConnectsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TeamConnectsQuery = { team: { connectsBalance: number | null, connectsHistory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: ConnectsEntryKind, change: number, balanceAfter: number } }> } } };

export type MyConnectsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConnectsQuery = { viewer: { connectsBalance: number | null, connectsHistory: { totalCount: number, nodes: Array<{ change: number, kind: ConnectsEntryKind }> } | null } | null };

export type ContentionAddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type ContentionAddMilestoneMutation = { addMilestone: { milestone: { id: string } | null, userErrors: Array<{ code: MilestoneErrorCode }> } };

export type ContentionViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ContentionViewerQuery = { viewer: { id: string } | null };

export type UpdateContractTermsMutationVariables = Exact<{
  input: UpdateContractTermsInput;
}>;


export type UpdateContractTermsMutation = { updateContractTerms: { contract: { id: string, title: string, weeklyLimitHours: number | null, hourlyRate: { amount: string } | null, history: Array<{ field: string, fromValue: string | null, toValue: string | null, changedAt: string, changedBy: { id: string } }> } | null, userErrors: Array<{ code: ContractErrorCode, message: string, field: Array<string> | null }> } };

export type PauseContractMutationVariables = Exact<{
  input: PauseContractInput;
}>;


export type PauseContractMutation = { pauseContract: { contract: { id: string, status: ContractStatus } | null, userErrors: Array<{ code: ContractErrorCode, message: string }> } };

export type ResumeContractMutationVariables = Exact<{
  input: ResumeContractInput;
}>;


export type ResumeContractMutation = { resumeContract: { contract: { id: string, status: ContractStatus } | null, userErrors: Array<{ code: ContractErrorCode, message: string }> } };

export type EndContractMutationVariables = Exact<{
  input: EndContractInput;
}>;


export type EndContractMutation = { endContract: { contract: { id: string, status: ContractStatus, endedAt: string | null } | null, userErrors: Array<{ code: ContractErrorCode, message: string }> } };

export type LogTimeMutationVariables = Exact<{
  input: LogTimeInput;
}>;


export type LogTimeMutation = { logTime: { timeEntry: { id: string, minutes: number, memo: string, startedAt: string, hourlyRate: { amount: string } | null, freelancer: { id: string } } | null, contract: { id: string, hoursThisWeek: number | null, billableHoursThisWeek: number | null } | null, userErrors: Array<{ code: TimeErrorCode, message: string, field: Array<string> | null }> } };

export type AddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type AddMilestoneMutation = { addMilestone: { milestone: { id: string, position: number, status: MilestoneStatus, description: string, dueAt: string | null, amount: { amount: string } | null } | null, contract: { id: string, milestones: { totalCount: number } } | null, userErrors: Array<{ code: MilestoneErrorCode, message: string, field: Array<string> | null }> } };

export type HiringRemoveMemberMutationVariables = Exact<{
  input: RemoveTeamMemberInput;
}>;


export type HiringRemoveMemberMutation = { removeTeamMember: { member: { id: string, status: MemberStatus } | null, userErrors: Array<{ code: TeamErrorCode, message: string }> } };

export type ViewerWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerWorkQuery = { viewer: { proposals: { totalCount: number } | null, offers: { totalCount: number } | null, contracts: { totalCount: number, nodes: Array<{ id: string, status: ContractStatus }> } | null } | null };

export type TeamContractsQueryVariables = Exact<{
  teamId: string | number;
}>;


export type TeamContractsQuery = { team: { contracts: { totalCount: number, nodes: Array<{ id: string }> } } };

export type StaffContractsQueryVariables = Exact<{
  filter?: ContractFilter | null | undefined;
}>;


export type StaffContractsQuery = { contracts: { totalCount: number, nodes: Array<{ id: string, status: ContractStatus, freelancer: { id: string } }> } };

export type ContractNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { status: ContractStatus, hoursThisWeek: number | null, id: string, history: Array<{ id: string, field: string }>, timeEntries: { totalCount: number, nodes: Array<{ id: string }> }, milestones: { nodes: Array<{ id: string }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'AccountEntry', id: string }
    | { __typename: 'Affiliate', id: string }
    | { __typename: 'Commission', id: string }
    | { __typename: 'ConnectsEntry', id: string }
    | { __typename: 'Contract', id: string }
    | { __typename: 'ContractChange', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Job', id: string }
    | { __typename: 'Member', roles: Array<TeamRole>, id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneChange', id: string }
    | { __typename: 'Offer', id: string }
    | { __typename: 'Payout', id: string }
    | { __typename: 'PayoutMethod', id: string }
    | { __typename: 'PromotionalMaterial', id: string }
    | { __typename: 'Proposal', id: string }
    | { __typename: 'Referral', id: string }
    | { __typename: 'ReferralClick', id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'Team', name: string, id: string }
    | { __typename: 'TeamInvitation', id: string }
    | { __typename: 'TimeEntry', id: string }
    | { __typename: 'User', name: string, id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'AccountEntry', id: string }
    | { __typename: 'Affiliate', id: string }
    | { __typename: 'Commission', id: string }
    | { __typename: 'ConnectsEntry', id: string }
    | { __typename: 'Contract', id: string }
    | { __typename: 'ContractChange', id: string }
    | { __typename: 'Invoice', id: string }
    | { __typename: 'Job', id: string }
    | { __typename: 'Member', id: string }
    | { __typename: 'Milestone', id: string }
    | { __typename: 'MilestoneChange', id: string }
    | { __typename: 'Offer', id: string }
    | { __typename: 'Payout', id: string }
    | { __typename: 'PayoutMethod', id: string }
    | { __typename: 'PromotionalMaterial', id: string }
    | { __typename: 'Proposal', id: string }
    | { __typename: 'Referral', id: string }
    | { __typename: 'ReferralClick', id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'Team', id: string }
    | { __typename: 'TeamInvitation', id: string }
    | { __typename: 'TimeEntry', id: string }
    | { __typename: 'User', id: string }
   | null> };

export type StaffTeamsQueryVariables = Exact<{
  first?: number | null | undefined;
  last?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  filter?: TeamFilter | null | undefined;
  orderBy?: TeamOrder | null | undefined;
}>;


export type StaffTeamsQuery = { teams: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: TeamKind } }> } };

export type StaffUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  orderBy?: UserOrder | null | undefined;
}>;


export type StaffUsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, name: string, email: string | null }> } };

export type NestedMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type NestedMembersQuery = { team: { members: { edges: Array<{ node: { user: { name: string } } }> } } };

export type StaffNestedQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffNestedQuery = { teams: { nodes: Array<{ id: string, name: string, members: { totalCount: number, nodes: Array<{ roles: Array<TeamRole>, user: { name: string } }> } }> } };

export type SetClockMutationVariables = Exact<{
  input: SetClockInput;
}>;


export type SetClockMutation = { setClock: { now: string | null, userErrors: Array<{ code: ClockErrorCode }> } };

export type NowQueryVariables = Exact<{ [key: string]: never; }>;


export type NowQuery = { now: string };

export type RunDueWorkMutationVariables = Exact<{ [key: string]: never; }>;


export type RunDueWorkMutation = { runDueWork: { now: string | null, reports: Array<{ name: string, changed: number }> | null, userErrors: Array<{ code: SchedulerErrorCode }> } };

export type RunSomeDueWorkMutationVariables = Exact<{
  input?: RunDueWorkInput | null | undefined;
}>;


export type RunSomeDueWorkMutation = { runDueWork: { reports: Array<{ name: string }> | null, userErrors: Array<{ code: SchedulerErrorCode, field: Array<string> | null }> } };

export type UpdatePublicProfileMutationVariables = Exact<{
  input: UpdatePublicProfileInput;
}>;


export type UpdatePublicProfileMutation = { updatePublicProfile: { profile: { id: string, name: string, headline: string | null, skills: Array<string>, availability: Availability } | null, userErrors: Array<{ code: AuthErrorCode, message: string, field: Array<string> | null }> } };

export type DirectoryUpdateTeamMutationVariables = Exact<{
  input: UpdateTeamInput;
}>;


export type DirectoryUpdateTeamMutation = { updateTeam: { team: { id: string, skills: Array<string> } | null, userErrors: Array<{ code: TeamErrorCode }> } };

export type FreelancersQueryVariables = Exact<{
  filter?: FreelancerDirectoryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: ProfileOrder | null | undefined;
}>;


export type FreelancersQuery = { freelancers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, headline: string | null, skills: Array<string>, availability: Availability, createdAt: string }> } };

export type AgenciesQueryVariables = Exact<{
  filter?: AgencyDirectoryFilter | null | undefined;
}>;


export type AgenciesQuery = { agencies: { totalCount: number, nodes: Array<{ id: string, name: string, headline: string | null, skills: Array<string>, createdAt: string }> } };

export type DirectoryProfileFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryProfileFieldsQuery = { agency: { fields: Array<{ name: string, type: { name: string | null, ofType: { name: string | null, ofType: { name: string | null, ofType: { name: string | null } | null } | null } | null } }> | null } | null, freelancer: { fields: Array<{ name: string, type: { name: string | null, ofType: { name: string | null, ofType: { name: string | null, ofType: { name: string | null } | null } | null } | null } }> | null } | null };

export type OfferHistoryQueryVariables = Exact<{
  teamId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OfferEventFilter | null | undefined;
  orderBy?: EventOrder | null | undefined;
}>;


export type OfferHistoryQuery = { team: { offerEvents: { latestEventId: string, totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, type: OfferEventType, occurredAt: string, offer: { id: string }, actor: { id: string, name: string } | null }> } } };

export type PaymentHistoryQueryVariables = Exact<{
  teamId: string | number;
  filter?: PaymentEventFilter | null | undefined;
}>;


export type PaymentHistoryQuery = { team: { paymentEvents: { latestEventId: string, totalCount: number, nodes: Array<{ id: string, type: PaymentEventType, amount: { amount: string }, payout: { id: string } | null, actor: { id: string } | null }> } } };

export type HistoryOfferEventsSubscriptionVariables = Exact<{
  teamId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type HistoryOfferEventsSubscription = { offerEvents: { id: string, type: OfferEventType, offer: { id: string }, actor: { id: string } | null } };

export type OfferEventsSubscriptionVariables = Exact<{
  teamId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type OfferEventsSubscription = { offerEvents: { id: string, type: OfferEventType, occurredAt: string, offer: { id: string, status: OfferStatus } } };

export type PaymentEventsSubscriptionVariables = Exact<{
  teamId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaymentEventsSubscription = { paymentEvents: { id: string, type: PaymentEventType, occurredAt: string, amount: { amount: string, currency: CurrencyCode }, payout: { id: string, status: PayoutStatus } | null, contract: { id: string } | null, milestone: { id: string, status: MilestoneStatus } | null, invoice: { id: string } | null } };

export type LeaveForEventsMutationVariables = Exact<{
  input: LeaveTeamInput;
}>;


export type LeaveForEventsMutation = { leaveTeam: { member: { status: MemberStatus } | null, userErrors: Array<{ code: TeamErrorCode }> } };

export type DemoteForEventsMutationVariables = Exact<{
  input: UpdateTeamMemberInput;
}>;


export type DemoteForEventsMutation = { updateTeamMember: { member: { roles: Array<TeamRole> } | null, userErrors: Array<{ code: TeamErrorCode }> } };

export type NowForEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type NowForEventsQuery = { now: string };

export type FiguresContractQueryVariables = Exact<{
  id: string | number;
}>;


export type FiguresContractQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, hourlyRate: { amount: string } | null, offer: { hourlyRate: { amount: string } | null, milestones: Array<{ amount: { amount: string } | null }> }, milestones: { nodes: Array<{ id: string, amount: { amount: string } | null }> }, invoices: { nodes: Array<{ id: string, amount: { amount: string } | null, fee: { amount: string } | null }> }, timeEntries: { nodes: Array<{ id: string, hourlyRate: { amount: string } | null }> }, history: Array<{ field: string, fromValue: string | null, toValue: string | null }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type FiguresNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type FiguresNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, amount: { amount: string } | null, fee: { amount: string } | null }
    | { id: string }
    | { id: string }
    | { id: string, amount: { amount: string } | null }
    | { id: string }
    | { id: string, hourlyRate: { amount: string } | null, milestones: Array<{ amount: { amount: string } | null }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, hourlyRate: { amount: string } | null }
    | { id: string }
   | null> };

export type FiguresTeamQueryVariables = Exact<{
  id: string | number;
}>;


export type FiguresTeamQuery = { team: { contracts: { nodes: Array<{ id: string, hourlyRate: { amount: string } | null, milestones: { nodes: Array<{ amount: { amount: string } | null }> }, invoices: { nodes: Array<{ amount: { amount: string } | null }> } }> }, offers: { nodes: Array<{ id: string, hourlyRate: { amount: string } | null, milestones: Array<{ amount: { amount: string } | null }>, contract: { id: string, hourlyRate: { amount: string } | null } | null }> } } };

export type FiguresOfferEventsSubscriptionVariables = Exact<{
  teamId?: string | number | null | undefined;
}>;


export type FiguresOfferEventsSubscription = { offerEvents: { id: string, type: OfferEventType, offer: { id: string, hourlyRate: { amount: string } | null, milestones: Array<{ amount: { amount: string } | null }> } } };

export type FiguresRateMutationVariables = Exact<{
  input: UpdateContractTermsInput;
}>;


export type FiguresRateMutation = { updateContractTerms: { contract: { id: string } | null, userErrors: Array<{ code: ContractErrorCode }> } };

export type BillingChangeLimitMutationVariables = Exact<{
  input: UpdateContractTermsInput;
}>;


export type BillingChangeLimitMutation = { updateContractTerms: { contract: { id: string, weeklyLimitHours: number | null } | null, userErrors: Array<{ code: ContractErrorCode }> } };

export type BillingChangeRateMutationVariables = Exact<{
  input: UpdateContractTermsInput;
}>;


export type BillingChangeRateMutation = { updateContractTerms: { contract: { id: string, hourlyRate: { amount: string } | null } | null, userErrors: Array<{ code: ContractErrorCode }> } };

export type BillingEndContractMutationVariables = Exact<{
  input: EndContractInput;
}>;


export type BillingEndContractMutation = { endContract: { contract: { id: string, status: ContractStatus } | null, userErrors: Array<{ code: ContractErrorCode }> } };

export type ContractInvoicesQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractInvoicesQuery = { node:
    | { id: string, invoices: { totalCount: number, nodes: Array<{ id: string, weekStart: string, weekEnd: string, hours: number, createdAt: string, amount: { amount: string } | null, fee: { amount: string } | null, contract: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type BillingContractHoursQueryVariables = Exact<{
  id: string | number;
}>;


export type BillingContractHoursQuery = { node:
    | { id: string, hoursThisWeek: number | null }
    | Record<PropertyKey, never>
   | null };

export type OpenJobsQueryVariables = Exact<{
  filter?: JobFilter | null | undefined;
}>;


export type OpenJobsQuery = { jobs: { totalCount: number, nodes: Array<{ id: string, status: JobStatus, kind: ContractKind }> } };

export type JobByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type JobByIdQuery = { job: { id: string, title: string, status: JobStatus, clientTeam: { id: string }, postedBy: { id: string }, proposals: { totalCount: number } | null } };

export type TeamJobsQueryVariables = Exact<{
  teamId: string | number;
  filter?: JobFilter | null | undefined;
}>;


export type TeamJobsQuery = { team: { jobs: { totalCount: number, nodes: Array<{ id: string, status: JobStatus }> } } };

export type ListMembersQueryVariables = Exact<{
  teamId: string | number;
  filter?: MemberFilter | null | undefined;
  orderBy?: MemberOrder | null | undefined;
  status?: MemberStatus | null | undefined;
}>;


export type ListMembersQuery = { team: { members: { totalCount: number, nodes: Array<{ status: MemberStatus, user: { id: string } }> } } };

export type ListLeaveMutationVariables = Exact<{
  input: LeaveTeamInput;
}>;


export type ListLeaveMutation = { leaveTeam: { userErrors: Array<{ code: TeamErrorCode }> } };

export type ListTeamPayoutsQueryVariables = Exact<{
  teamId: string | number;
  filter?: OwnPayoutFilter | null | undefined;
  orderBy?: PayoutOrder | null | undefined;
  status?: PayoutStatus | null | undefined;
}>;


export type ListTeamPayoutsQuery = { team: { payouts: { totalCount: number, nodes: Array<{ status: PayoutStatus, amount: { amount: string } }> } | null } };

export type ContractListsQueryVariables = Exact<{
  id: string | number;
  entries?: TimeEntryFilter | null | undefined;
  entryOrder?: TimeEntryOrder | null | undefined;
  milestones?: MilestoneFilter | null | undefined;
  milestoneOrder?: MilestoneOrder | null | undefined;
  invoices?: InvoiceFilter | null | undefined;
}>;


export type ContractListsQuery = { node:
    | { timeEntries: { totalCount: number, nodes: Array<{ startedAt: string, minutes: number }> }, milestones: { totalCount: number, nodes: Array<{ description: string, status: MilestoneStatus }> }, invoices: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type AccountEntriesListQueryVariables = Exact<{
  teamId: string | number;
  filter?: AccountEntryFilter | null | undefined;
  orderBy?: AccountEntryOrder | null | undefined;
}>;


export type AccountEntriesListQuery = { team: { account: { entries: { totalCount: number, nodes: Array<{ kind: LedgerTransactionKind, occurredAt: string }> } } | null } };

export type PagedListsQueryVariables = Exact<{
  teamId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PagedListsQuery = { team: { pendingInvitationsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ email: string }> } } };

export type AffiliateListsQueryVariables = Exact<{
  filter?: DateRangeFilter | null | undefined;
  orderBy?: ChronologicalOrder | null | undefined;
}>;


export type AffiliateListsQuery = { viewer: { affiliate: { clicks: { totalCount: number, nodes: Array<{ id: string, occurredAt: string }> }, referrals: { totalCount: number }, commissions: { totalCount: number }, materialsConnection: { totalCount: number, nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean } }, sitesConnection: { totalCount: number, nodes: Array<{ url: string }> } } | null } | null };

export type MyMembershipsQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
}>;


export type MyMembershipsQuery = { viewer: { membershipsConnection: { totalCount: number, nodes: Array<{ status: MemberStatus, team: { id: string } }> } | null } | null };

export type RacesTransferOwnershipMutationVariables = Exact<{
  input: TransferTeamOwnershipInput;
}>;


export type RacesTransferOwnershipMutation = { transferTeamOwnership: { newOwner: { id: string, roles: Array<TeamRole> } | null, userErrors: Array<{ code: TeamErrorCode }> } };

export type RacesUpdateMemberMutationVariables = Exact<{
  input: UpdateTeamMemberInput;
}>;


export type RacesUpdateMemberMutation = { updateTeamMember: { member: { id: string, roles: Array<TeamRole> } | null, userErrors: Array<{ code: TeamErrorCode }> } };

export type RacesRemoveMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type RacesRemoveMemberMutation = { removeTeamMember: { member: { id: string, status: MemberStatus } | null, userErrors: Array<{ code: TeamErrorCode }> } };

export type RacesTeamQueryVariables = Exact<{
  id: string | number;
}>;


export type RacesTeamQuery = { team: { owner: { id: string }, members: { nodes: Array<{ status: MemberStatus, roles: Array<TeamRole>, user: { id: string } }> } } };

export type PauseContractForMoneyMutationVariables = Exact<{
  input: PauseContractInput;
}>;


export type PauseContractForMoneyMutation = { pauseContract: { contract: { id: string, status: ContractStatus } | null, userErrors: Array<{ code: ContractErrorCode }> } };

export type ViewerAccountEntriesQueryVariables = Exact<{
  accountKinds?: Array<LedgerAccountKind> | LedgerAccountKind | null | undefined;
}>;


export type ViewerAccountEntriesQuery = { viewer: { account: { entries: { totalCount: number, nodes: Array<{ id: string, accountKind: LedgerAccountKind, kind: LedgerTransactionKind, occurredAt: string, description: string, transactionId: string, contractId: string | null, milestoneId: string | null, invoiceId: string | null, payoutId: string | null, amount: { amount: string, currency: CurrencyCode } }> } } | null } | null };

export type UserAccountByNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type UserAccountByNodeQuery = { node:
    | { id: string, account: { available: { amount: string } } | null }
    | Record<PropertyKey, never>
   | null };

export type AccountEntryNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountEntryNodeQuery = { node:
    | { id: string, amount: { amount: string } }
    | Record<PropertyKey, never>
   | null };

export type RandomEndContractMutationVariables = Exact<{
  input: EndContractInput;
}>;


export type RandomEndContractMutation = { endContract: { contract: { id: string } | null, userErrors: Array<{ code: ContractErrorCode }> } };

export type RandomLogTimeMutationVariables = Exact<{
  input: LogTimeInput;
}>;


export type RandomLogTimeMutation = { logTime: { timeEntry: { id: string } | null, userErrors: Array<{ code: TimeErrorCode }> } };

export type OfferNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { status: OfferStatus, id: string, contract: { id: string } | null }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type TeamOffersNestedQueryVariables = Exact<{
  teamId: string | number;
  first?: number | null | undefined;
  filter?: OfferFilter | null | undefined;
}>;


export type TeamOffersNestedQuery = { team: { offers: { totalCount: number, nodes: Array<{ id: string, status: OfferStatus, title: string, hourlyRate: { amount: string } | null, milestones: Array<{ description: string, amount: { amount: string } | null }>, freelancer: { id: string, name: string }, agency: { id: string, name: string } | null, job: { id: string, title: string, status: JobStatus } | null, clientTeam: { id: string }, contract: { id: string, status: ContractStatus, hoursThisWeek: number | null, freelancer: { id: string }, agency: { id: string } | null, job: { id: string } | null, milestones: { totalCount: number, nodes: Array<{ id: string, status: MilestoneStatus, amount: { amount: string } | null }> } } | null }> } } };

export type StaffOffersQueryVariables = Exact<{
  filter?: OfferFilter | null | undefined;
}>;


export type StaffOffersQuery = { offers: { totalCount: number, nodes: Array<{ id: string, status: OfferStatus, freelancer: { id: string } }> } };

export type RemovePayoutMethodMutationVariables = Exact<{
  input: RemovePayoutMethodInput;
}>;


export type RemovePayoutMethodMutation = { removePayoutMethod: { payoutMethod: { id: string, removedAt: string | null } | null, userErrors: Array<{ code: PayoutErrorCode, message: string, field: Array<string> | null }> } };

export type ViewerPayoutMethodsQueryVariables = Exact<{
  includeRemoved?: boolean | null | undefined;
}>;


export type ViewerPayoutMethodsQuery = { viewer: { payoutMethods: { totalCount: number, nodes: Array<{ id: string, kind: PayoutMethodKind, display: string }> } | null } | null };

export type TeamPayoutsQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamPayoutsQuery = { team: { payoutMethods: { totalCount: number, nodes: Array<{ id: string, kind: PayoutMethodKind }> } | null, payouts: { totalCount: number, nodes: Array<{ id: string, status: PayoutStatus, amount: { amount: string }, requestedBy: { id: string } }> } | null } };

export type ViewerPayoutsQueryVariables = Exact<{
  status?: PayoutStatus | null | undefined;
}>;


export type ViewerPayoutsQuery = { viewer: { payouts: { totalCount: number, nodes: Array<{ id: string, status: PayoutStatus, amount: { amount: string } }> } | null, account: { entries: { nodes: Array<{ kind: LedgerTransactionKind, accountKind: LedgerAccountKind, payoutId: string | null, amount: { amount: string } }> } } | null } | null };

export type StaffPayoutsQueryVariables = Exact<{
  filter?: PayoutFilter | null | undefined;
  orderBy?: PayoutOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type StaffPayoutsQuery = { payouts: { totalCount: number, nodes: Array<{ id: string, status: PayoutStatus, amount: { amount: string }, team: { id: string } | null, user: { id: string } | null, payoutMethod: { id: string, kind: PayoutMethodKind } }> } };

export type PayoutNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PayoutNodeQuery = { node:
    | { id: string, status: PayoutStatus }
    | Record<PropertyKey, never>
   | null };

export type StatesProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type StatesProposalQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { status: ProposalStatus, connectsSpent: number, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type StatesBalancesQueryVariables = Exact<{
  teamId: string | number;
}>;


export type StatesBalancesQuery = { team: { id: string, connectsBalance: number | null } };

export type StatesOwnBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type StatesOwnBalanceQuery = { viewer: { id: string, connectsBalance: number | null } | null };

export type ProposalBalancesQueryVariables = Exact<{
  teamId: string | number;
}>;


export type ProposalBalancesQuery = { team: { connectsBalance: number | null, connectsHistory: { nodes: Array<{ kind: ConnectsEntryKind, change: number, proposal: { id: string } | null, job: { id: string } | null }> } }, viewer: { connectsBalance: number | null } | null };

export type TeamProposalsQueryVariables = Exact<{
  teamId: string | number;
  filter?: ProposalFilter | null | undefined;
  orderBy?: ProposalOrder | null | undefined;
}>;


export type TeamProposalsQuery = { team: { proposals: { totalCount: number, nodes: Array<{ id: string, status: ProposalStatus, createdAt: string, freelancer: { id: string } }> } } };

export type ViewerProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerProposalsQuery = { viewer: { proposals: { totalCount: number, nodes: Array<{ id: string, agency: { id: string } | null }> } | null } | null };

export type ProposalJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ProposalJobQuery = { job: { id: string, status: JobStatus } };

export type ProposalNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ProposalNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { status: ProposalStatus, connectsSpent: number, id: string, job: { id: string }, agency: { id: string } | null, freelancer: { id: string } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type RaceRevokeInvitationMutationVariables = Exact<{
  input: RevokeTeamInvitationInput;
}>;


export type RaceRevokeInvitationMutation = { revokeTeamInvitation: { invitation: { id: string, status: InvitationStatus } | null, userErrors: Array<{ code: TeamErrorCode }> } };

export type AffiliateDashboardQueryVariables = Exact<{
  months?: number | null | undefined;
}>;


export type AffiliateDashboardQuery = { viewer: { affiliate: { id: string, materials: Array<{ id: string, kind: PromotionalMaterialKind, clickCount: number }>, clicks: { totalCount: number, nodes: Array<{ id: string, referrer: string | null, occurredAt: string, material: { id: string, kind: PromotionalMaterialKind } | null }> }, referrals: { totalCount: number, nodes: Array<{ id: string, signedUpAt: string, affiliate: { id: string }, referredUser: { id: string, name: string, email: string | null } | null, click: { id: string } }> }, monthlyTotals: Array<{ month: string, clicks: number, signups: number }> } | null } | null };

export type StaffReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  orderBy?: ReferralOrder | null | undefined;
}>;


export type StaffReferralsQuery = { referrals: { totalCount: number, nodes: Array<{ id: string, signedUpAt: string, affiliate: { id: string }, referredUser: { id: string } | null, click: { id: string } }> } };

export type StaffAffiliateOverviewQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type StaffAffiliateOverviewQuery = { affiliates: { nodes: Array<{ id: string, trackingUrl: string | null, user: { id: string, name: string }, materials: Array<{ id: string, kind: PromotionalMaterialKind, trackingUrl: string, clickCount: number }>, clicks: { totalCount: number, nodes: Array<{ id: string, material: { id: string, kind: PromotionalMaterialKind } | null }> }, referrals: { totalCount: number, nodes: Array<{ id: string, referredUser: { id: string } | null, click: { id: string, occurredAt: string }, affiliate: { id: string } }> }, monthlyTotals: Array<{ month: string, clicks: number, signups: number }> }> } };

export type ReferralNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { signedUpAt: string, id: string }
    | { occurredAt: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type RoundingDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type RoundingDashboardQuery = { viewer: { affiliate: { referrals: { nodes: Array<{ referredUser: { id: string } | null, commission: { amount: string } }> }, commissions: { nodes: Array<{ amount: { amount: string } }> } } | null } | null };

export type EdgeLogTimeMutationVariables = Exact<{
  input: LogTimeInput;
}>;


export type EdgeLogTimeMutation = { logTime: { timeEntry: { id: string } | null, userErrors: Array<{ code: TimeErrorCode }> } };

export type EdgeAcceptOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type EdgeAcceptOfferMutation = { acceptOffer: { contract: { id: string, agency: { id: string } | null, payeeTeam: { id: string } | null, payeeUser: { id: string } | null } | null, userErrors: Array<{ code: OfferErrorCode, message: string }> } };

export type EdgeRemoveTeamMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type EdgeRemoveTeamMemberMutation = { removeTeamMember: { member: { id: string, status: MemberStatus } | null, userErrors: Array<{ code: TeamErrorCode }> } };

export type EdgeRunDueWorkMutationVariables = Exact<{ [key: string]: never; }>;


export type EdgeRunDueWorkMutation = { runDueWork: { userErrors: Array<{ code: SchedulerErrorCode }> } };

export type EdgeContractInvoicesQueryVariables = Exact<{
  id: string | number;
}>;


export type EdgeContractInvoicesQuery = { node:
    | { invoices: { nodes: Array<{ weekStart: string, hours: number }> } }
    | Record<PropertyKey, never>
   | null };

export type EdgePauseContractMutationVariables = Exact<{
  id: string | number;
}>;


export type EdgePauseContractMutation = { pauseContract: { contract: { status: ContractStatus } | null, userErrors: Array<{ code: ContractErrorCode }> } };

export type EdgeResumeContractMutationVariables = Exact<{
  id: string | number;
}>;


export type EdgeResumeContractMutation = { resumeContract: { contract: { status: ContractStatus } | null, userErrors: Array<{ code: ContractErrorCode }> } };

export type EdgeHttpPaymentEventsSubscriptionVariables = Exact<{
  teamId?: string | number | null | undefined;
}>;


export type EdgeHttpPaymentEventsSubscription = { paymentEvents: { id: string, type: PaymentEventType } };

export type EdgeHttpOfferEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EdgeHttpOfferEventsSubscription = { offerEvents: { id: string, type: OfferEventType } };

export type EdgeAddMilestoneMutationVariables = Exact<{
  i: AddMilestoneInput;
}>;


export type EdgeAddMilestoneMutation = { addMilestone: { milestone: { id: string } | null, userErrors: Array<{ code: MilestoneErrorCode }> } };

export type EdgePaymentEventsSubscriptionVariables = Exact<{
  t: string | number;
}>;


export type EdgePaymentEventsSubscription = { paymentEvents: { id: string, type: PaymentEventType, amount: { amount: string } } };

export type EdgeFundMilestoneMutationVariables = Exact<{
  i: FundMilestoneInput;
}>;


export type EdgeFundMilestoneMutation = { fundMilestone: { milestone: { status: MilestoneStatus } | null, userErrors: Array<{ code: MilestoneErrorCode }> } };

export type EdgeUpdateTeamMemberMutationVariables = Exact<{
  i: UpdateTeamMemberInput;
}>;


export type EdgeUpdateTeamMemberMutation = { updateTeamMember: { member: { roles: Array<TeamRole> } | null, userErrors: Array<{ code: TeamErrorCode }> } };

export type EdgeRecordReferralClickMutationVariables = Exact<{
  code: string;
}>;


export type EdgeRecordReferralClickMutation = { recordReferralClick: { clickId: string | null, userErrors: Array<{ code: AffiliateErrorCode }> } };

export type EdgeSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type EdgeSignUpMutation = { signUp: { token: string | null, userErrors: Array<{ code: AuthErrorCode }> } };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { viewer: { id: string, name: string } | null };

export type ApplyAsAffiliateMutationVariables = Exact<{
  input: ApplyAsAffiliateInput;
}>;


export type ApplyAsAffiliateMutation = { applyAsAffiliate: { affiliate: { id: string, status: AffiliateStatus, code: string, trackingUrl: string | null, country: string, trafficSources: Array<AffiliateTrafficSource>, decisionReason: string | null, reviewedAt: string | null, sites: Array<{ url: string, name: string | null, contentCategories: Array<AffiliateContentCategory> }>, materials: Array<{ id: string, kind: PromotionalMaterialKind, trackingUrl: string, embedHtml: string, clickCount: number }> } | null, userErrors: Array<{ code: AffiliateErrorCode, message: string, field: Array<string> | null }> } };

export type ReviewAffiliateMutationVariables = Exact<{
  input: ReviewAffiliateInput;
}>;


export type ReviewAffiliateMutation = { reviewAffiliate: { affiliate: { id: string, status: AffiliateStatus, trackingUrl: string | null, decisionReason: string | null, reviewedAt: string | null, materials: Array<{ id: string, kind: PromotionalMaterialKind }> } | null, userErrors: Array<{ code: AffiliateErrorCode, message: string, field: Array<string> | null }> } };

export type RecordReferralClickMutationVariables = Exact<{
  input: RecordReferralClickInput;
}>;


export type RecordReferralClickMutation = { recordReferralClick: { clickId: string | null, userErrors: Array<{ code: AffiliateErrorCode, message: string, field: Array<string> | null }> } };

export type AffiliateNowQueryVariables = Exact<{ [key: string]: never; }>;


export type AffiliateNowQuery = { now: string };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { token: string | null, user: { id: string, name: string, email: string | null, isStaff: boolean | null } | null, userErrors: Array<{ code: AuthErrorCode, message: string, field: Array<string> | null }> } };

export type VerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type VerifyEmailMutation = { verifyEmail: { user: { id: string, email: string | null, emailVerified: boolean | null, isStaff: boolean | null, pendingEmail: string | null } | null, userErrors: Array<{ code: AuthErrorCode, message: string, field: Array<string> | null }> } };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { createTeam: { team: { id: string, name: string, kind: TeamKind } | null, userErrors: Array<{ code: TeamErrorCode, message: string, field: Array<string> | null }> } };

export type InviteTeamMemberMutationVariables = Exact<{
  input: InviteTeamMemberInput;
}>;


export type InviteTeamMemberMutation = { inviteTeamMember: { invitation: { id: string, email: string, roles: Array<TeamRole>, relationship: MemberRelationship | null, status: InvitationStatus } | null, userErrors: Array<{ code: TeamErrorCode, message: string, field: Array<string> | null }> } };

export type AcceptTeamInvitationMutationVariables = Exact<{
  input: AcceptTeamInvitationInput;
}>;


export type AcceptTeamInvitationMutation = { acceptTeamInvitation: { member: { id: string, roles: Array<TeamRole>, relationship: MemberRelationship | null, status: MemberStatus, joinedAt: string, user: { id: string }, team: { id: string } } | null, userErrors: Array<{ code: TeamErrorCode, message: string, field: Array<string> | null }> } };

export type HiringPurchaseConnectsMutationVariables = Exact<{
  input: PurchaseConnectsInput;
}>;


export type HiringPurchaseConnectsMutation = { purchaseConnects: { entry: { id: string, balanceAfter: number } | null, userErrors: Array<{ code: ConnectsErrorCode, message: string, field: Array<string> | null }> } };

export type PostJobMutationVariables = Exact<{
  input: PostJobInput;
}>;


export type PostJobMutation = { postJob: { job: { id: string, title: string, kind: ContractKind, status: JobStatus, connectsRequired: number, budget: { amount: string } | null, hourlyRateMin: { amount: string } | null, clientTeam: { id: string } } | null, userErrors: Array<{ code: JobErrorCode, message: string, field: Array<string> | null }> } };

export type CloseJobMutationVariables = Exact<{
  input: CloseJobInput;
}>;


export type CloseJobMutation = { closeJob: { job: { id: string, status: JobStatus, closedAt: string | null } | null, userErrors: Array<{ code: JobErrorCode, message: string, field: Array<string> | null }> } };

export type CancelJobMutationVariables = Exact<{
  input: CancelJobInput;
}>;


export type CancelJobMutation = { cancelJob: { refundedProposals: number | null, job: { id: string, status: JobStatus } | null, userErrors: Array<{ code: JobErrorCode, message: string, field: Array<string> | null }> } };

export type SubmitProposalMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type SubmitProposalMutation = { submitProposal: { proposal: { id: string, status: ProposalStatus, connectsSpent: number, coverLetter: string, hourlyRate: { amount: string, currency: CurrencyCode } | null, fixedPrice: { amount: string } | null, job: { id: string }, freelancer: { id: string }, agency: { id: string } | null, submittedBy: { id: string } } | null, userErrors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type WithdrawProposalMutationVariables = Exact<{
  input: WithdrawProposalInput;
}>;


export type WithdrawProposalMutation = { withdrawProposal: { proposal: { id: string, status: ProposalStatus, withdrawnAt: string | null } | null, userErrors: Array<{ code: ProposalErrorCode, message: string, field: Array<string> | null }> } };

export type SendOfferMutationVariables = Exact<{
  input: SendOfferInput;
}>;


export type SendOfferMutation = { sendOffer: { offer: { id: string, status: OfferStatus, kind: ContractKind, title: string, weeklyLimitHours: number | null, expiresAt: string, hourlyRate: { amount: string } | null, milestones: Array<{ description: string, dueAt: string | null, amount: { amount: string } | null }>, freelancer: { id: string }, agency: { id: string } | null, job: { id: string } | null, proposal: { id: string } | null, clientTeam: { id: string } } | null, userErrors: Array<{ code: OfferErrorCode, message: string, field: Array<string> | null }> } };

export type AcceptOfferMutationVariables = Exact<{
  input: AcceptOfferInput;
}>;


export type AcceptOfferMutation = { acceptOffer: { offer: { id: string, status: OfferStatus, respondedAt: string | null } | null, contract: { id: string, status: ContractStatus, kind: ContractKind, title: string, weeklyLimitHours: number | null, hourlyRate: { amount: string } | null, freelancer: { id: string }, agency: { id: string } | null, clientTeam: { id: string }, payeeTeam: { id: string } | null, payeeUser: { id: string } | null, offer: { id: string }, milestones: { totalCount: number, nodes: Array<{ id: string, position: number, description: string, status: MilestoneStatus, amount: { amount: string } | null }> } } | null, userErrors: Array<{ code: OfferErrorCode, message: string, field: Array<string> | null }> } };

export type DeclineOfferMutationVariables = Exact<{
  input: DeclineOfferInput;
}>;


export type DeclineOfferMutation = { declineOffer: { offer: { id: string, status: OfferStatus } | null, userErrors: Array<{ code: OfferErrorCode, message: string, field: Array<string> | null }> } };

export type WithdrawOfferMutationVariables = Exact<{
  input: WithdrawOfferInput;
}>;


export type WithdrawOfferMutation = { withdrawOffer: { offer: { id: string, status: OfferStatus } | null, userErrors: Array<{ code: OfferErrorCode, message: string, field: Array<string> | null }> } };

export type HiringSetClockMutationVariables = Exact<{
  input: SetClockInput;
}>;


export type HiringSetClockMutation = { setClock: { now: string | null, userErrors: Array<{ code: ClockErrorCode, message: string }> } };

export type HiringRunDueWorkMutationVariables = Exact<{ [key: string]: never; }>;


export type HiringRunDueWorkMutation = { runDueWork: { reports: Array<{ name: string, changed: number }> | null, userErrors: Array<{ code: SchedulerErrorCode, message: string }> } };

export type HiringNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type HiringNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type HiringNowQueryVariables = Exact<{ [key: string]: never; }>;


export type HiringNowQuery = { now: string };

export type AddPayoutMethodMutationVariables = Exact<{
  input: AddPayoutMethodInput;
}>;


export type AddPayoutMethodMutation = { addPayoutMethod: { payoutMethod: { id: string, kind: PayoutMethodKind, display: string, paypalEmail: string | null, accountNumberLast4: string | null, routingNumberLast4: string | null, sortCode: string | null, addressSummary: string | null, removedAt: string | null } | null, userErrors: Array<{ code: PayoutErrorCode, message: string, field: Array<string> | null }> } };

export type RequestPayoutMutationVariables = Exact<{
  input: RequestPayoutInput;
}>;


export type RequestPayoutMutation = { requestPayout: { payout: { id: string, status: PayoutStatus, amount: { amount: string, currency: CurrencyCode }, payoutMethod: { id: string }, team: { id: string } | null, user: { id: string } | null, requestedBy: { id: string } } | null, userErrors: Array<{ code: PayoutErrorCode, message: string, field: Array<string> | null }> } };

export type SettlePayoutMutationVariables = Exact<{
  input: SettlePayoutInput;
}>;


export type SettlePayoutMutation = { settlePayout: { payout: { id: string, status: PayoutStatus, settledAt: string | null, amount: { amount: string } } | null, userErrors: Array<{ code: PayoutErrorCode, message: string, field: Array<string> | null }> } };

export type LedgerCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgerCheckQuery = { ledgerCheck: { ok: boolean, unbalancedTransactions: number, mismatchedAccounts: number, negativeAccounts: number, accountMismatches: number, total: { amount: string, currency: CurrencyCode }, mismatches: Array<{ subjectId: string, kind: string, ownerId: string | null, expected: { amount: string }, actual: { amount: string } }> } };

export type TeamAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamAccountQuery = { team: { id: string, account: { available: { amount: string }, pending: { amount: string }, inFlight: { amount: string }, inEscrow: { amount: string } } | null } };

export type ViewerAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerAccountQuery = { viewer: { id: string, account: { available: { amount: string }, pending: { amount: string }, inFlight: { amount: string } } | null } | null };

export type RunDueWorkForMoneyMutationVariables = Exact<{ [key: string]: never; }>;


export type RunDueWorkForMoneyMutation = { runDueWork: { now: string | null, reports: Array<{ name: string, changed: number }> | null, userErrors: Array<{ code: SchedulerErrorCode, message: string }> } };

export type SetClockForMoneyMutationVariables = Exact<{
  input: SetClockInput;
}>;


export type SetClockForMoneyMutation = { setClock: { now: string | null, userErrors: Array<{ code: ClockErrorCode, message: string }> } };

export type NowForMoneyQueryVariables = Exact<{ [key: string]: never; }>;


export type NowForMoneyQuery = { now: string };

export type FundMilestoneMutationVariables = Exact<{
  input: FundMilestoneInput;
}>;


export type FundMilestoneMutation = { fundMilestone: { milestone: { id: string, status: MilestoneStatus, fundedAt: string | null, amount: { amount: string } | null } | null, contract: { id: string } | null, userErrors: Array<{ code: MilestoneErrorCode, message: string, field: Array<string> | null }> } };

export type SubmitMilestoneMutationVariables = Exact<{
  input: SubmitMilestoneInput;
}>;


export type SubmitMilestoneMutation = { submitMilestone: { milestone: { id: string, status: MilestoneStatus, submittedAt: string | null } | null, userErrors: Array<{ code: MilestoneErrorCode, message: string, field: Array<string> | null }> } };

export type RequestMilestoneChangesMutationVariables = Exact<{
  input: RequestMilestoneChangesInput;
}>;


export type RequestMilestoneChangesMutation = { requestMilestoneChanges: { milestone: { id: string, status: MilestoneStatus } | null, userErrors: Array<{ code: MilestoneErrorCode, message: string, field: Array<string> | null }> } };

export type ApproveMilestoneMutationVariables = Exact<{
  input: ApproveMilestoneInput;
}>;


export type ApproveMilestoneMutation = { approveMilestone: { milestone: { id: string, status: MilestoneStatus, approvedAt: string | null } | null, contract: { id: string } | null, userErrors: Array<{ code: MilestoneErrorCode, message: string, field: Array<string> | null }> } };

export type MilestoneHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type MilestoneHistoryQuery = { node:
    | { id: string, status: MilestoneStatus, history: Array<{ id: string, fromStatus: MilestoneStatus | null, toStatus: MilestoneStatus, message: string | null, changedAt: string, changedBy: { id: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type EndContractForMoneyMutationVariables = Exact<{
  input: EndContractInput;
}>;


export type EndContractForMoneyMutation = { endContract: { contract: { id: string, status: ContractStatus } | null, userErrors: Array<{ code: ContractErrorCode }> } };

export type BillingLogTimeMutationVariables = Exact<{
  input: LogTimeInput;
}>;


export type BillingLogTimeMutation = { logTime: { timeEntry: { id: string } | null, userErrors: Array<{ code: TimeErrorCode, message: string, field: Array<string> | null }> } };

export type WorkAccountEntriesQueryVariables = Exact<{
  teamId: string | number;
}>;


export type WorkAccountEntriesQuery = { team: { account: { available: { amount: string }, pending: { amount: string }, inEscrow: { amount: string }, entries: { totalCount: number, nodes: Array<{ id: string, kind: LedgerTransactionKind, accountKind: LedgerAccountKind, description: string, amount: { amount: string }, contract: { id: string } | null, milestone: { id: string, status: MilestoneStatus } | null, invoice: { id: string, weekStart: string } | null, payout: { id: string } | null }> } } | null } };

export type WorkMyEntriesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkMyEntriesQuery = { viewer: { account: { available: { amount: string }, pending: { amount: string }, entries: { totalCount: number, nodes: Array<{ id: string, kind: LedgerTransactionKind, accountKind: LedgerAccountKind, amount: { amount: string }, contract: { id: string } | null, milestone: { id: string } | null, invoice: { id: string } | null }> } } | null } | null };

export type ResolveDisputeMutationVariables = Exact<{
  input: ResolveDisputeInput;
}>;


export type ResolveDisputeMutation = { resolveDispute: { milestone: { id: string, status: MilestoneStatus, resolvedAt: string | null, resolvedPayeeAmount: { amount: string } | null, amount: { amount: string } | null } | null, contract: { id: string, status: ContractStatus } | null, userErrors: Array<{ code: MilestoneErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateTeamMutationVariables = Exact<{
  input: UpdateTeamInput;
}>;


export type UpdateTeamMutation = { updateTeam: { team: { id: string, name: string, headline: string | null, skills: Array<string> } | null, userErrors: Array<{ code: TeamErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateJobMutationVariables = Exact<{
  input: UpdateJobInput;
}>;


export type UpdateJobMutation = { updateJob: { job: { id: string, title: string, description: string, kind: ContractKind, status: JobStatus, budget: { amount: string } | null, hourlyRateMin: { amount: string } | null, hourlyRateMax: { amount: string } | null } | null, userErrors: Array<{ code: JobErrorCode, message: string, field: Array<string> | null }> } };

export type TeamMembersQueryVariables = Exact<{
  id: string | number;
  status?: MemberStatus | null | undefined;
}>;


export type TeamMembersQuery = { team: { id: string, name: string, kind: TeamKind, owner: { id: string }, members: { totalCount: number, edges: Array<{ node: { id: string, roles: Array<TeamRole>, relationship: MemberRelationship | null, status: MemberStatus, joinedAt: string, leftAt: string | null, user: { id: string, name: string } } }> } } };

export type TeamProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamProfileQuery = { team: { id: string, name: string, kind: TeamKind, viewerMembership: { id: string, roles: Array<TeamRole> } | null } };

export type UpdateTeamMemberMutationVariables = Exact<{
  input: UpdateTeamMemberInput;
}>;


export type UpdateTeamMemberMutation = { updateTeamMember: { member: { id: string, roles: Array<TeamRole>, relationship: MemberRelationship | null } | null, userErrors: Array<{ code: TeamErrorCode, message: string, field: Array<string> | null }> } };

export type RemoveTeamMemberMutationVariables = Exact<{
  input: RemoveTeamMemberInput;
}>;


export type RemoveTeamMemberMutation = { removeTeamMember: { member: { id: string, status: MemberStatus, leftAt: string | null } | null, userErrors: Array<{ code: TeamErrorCode, message: string }> } };

export type LeaveTeamMutationVariables = Exact<{
  input: LeaveTeamInput;
}>;


export type LeaveTeamMutation = { leaveTeam: { member: { id: string, status: MemberStatus, leftAt: string | null } | null, userErrors: Array<{ code: TeamErrorCode, message: string }> } };

export type TransferTeamOwnershipMutationVariables = Exact<{
  input: TransferTeamOwnershipInput;
}>;


export type TransferTeamOwnershipMutation = { transferTeamOwnership: { team: { id: string, owner: { id: string } } | null, newOwner: { id: string, roles: Array<TeamRole> } | null, previousOwner: { id: string, roles: Array<TeamRole> } | null, userErrors: Array<{ code: TeamErrorCode, message: string }> } };

export type SetDefaultTeamMutationVariables = Exact<{
  input: SetDefaultTeamInput;
}>;


export type SetDefaultTeamMutation = { setDefaultTeam: { user: { id: string, defaultTeam: { id: string } | null } | null, userErrors: Array<{ code: TeamErrorCode, message: string }> } };

export type MyWorldQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorldQuery = { viewer: { id: string, defaultTeam: { id: string } | null, memberships: Array<{ id: string, roles: Array<TeamRole>, relationship: MemberRelationship | null, team: { id: string, name: string } }> | null, invitations: Array<{ id: string, email: string, roles: Array<TeamRole>, team: { id: string, name: string }, invitedBy: { id: string } }> | null } | null };

export type DeclineTeamInvitationMutationVariables = Exact<{
  input: DeclineTeamInvitationInput;
}>;


export type DeclineTeamInvitationMutation = { declineTeamInvitation: { invitation: { id: string, status: InvitationStatus } | null, userErrors: Array<{ code: TeamErrorCode }> } };

export type CreateBlankTeamMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateBlankTeamMutation = { createTeam: { team: { id: string } | null, userErrors: Array<{ code: TeamErrorCode, field: Array<string> | null }> } };

export type OverlapInvoicesQueryVariables = Exact<{
  id: string | number;
}>;


export type OverlapInvoicesQuery = { node:
    | { id: string, invoices: { nodes: Array<{ weekStart: string, hours: number, amount: { amount: string } | null }> } }
    | Record<PropertyKey, never>
   | null };

export type TrustedNowQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustedNowQuery = { now: string };

export type TrustedOfferEventsSubscriptionVariables = Exact<{
  teamId?: string | number | null | undefined;
}>;


export type TrustedOfferEventsSubscription = { offerEvents: { id: string, type: OfferEventType } };


export const AccessReviewTeamWalkDocument = {"__meta__":{"hash":"sha256:d447bdec05d1aac9d054b0b541f88756db997e95157e40394a467c2c2b7efae5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviewTeamWalk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverLetter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewTeamWalkQuery, AccessReviewTeamWalkQueryVariables>;
export const AccessReviewTeamMoneyDocument = {"__meta__":{"hash":"sha256:11ae71e86be44e50bea521ed0e918748a46a2bbd6ab69b2cd05552ffd39e0d36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviewTeamMoney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewTeamMoneyQuery, AccessReviewTeamMoneyQueryVariables>;
export const AccessReviewTeamPayoutsDocument = {"__meta__":{"hash":"sha256:4e896640348575a674e8b32c26f08a8a3eb5316efdb2aa3b2880d939e0f57340"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviewTeamPayouts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewTeamPayoutsQuery, AccessReviewTeamPayoutsQueryVariables>;
export const AccessReviewTeamMembersDocument = {"__meta__":{"hash":"sha256:03f8f9961adbb08d94af5dd784e563bf9a337d37a23c8256031322695cd78a15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviewTeamMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"connectsBalance"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewTeamMembersQuery, AccessReviewTeamMembersQueryVariables>;
export const AccessReviewTeamInvitationsDocument = {"__meta__":{"hash":"sha256:6f76beede194ff5cd8d64a7625257fdd5adafd5c7e0c898ae468cdcfd0a44296"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviewTeamInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewTeamInvitationsQuery, AccessReviewTeamInvitationsQueryVariables>;
export const AccessReviewNodeDocument = {"__meta__":{"hash":"sha256:0fd1f330999ad874668e53db6c768027103884acad0d4c7e07d3257038d3f7f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviewNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessReviewNodeQuery, AccessReviewNodeQueryVariables>;
export const AccessReviewUserDocument = {"__meta__":{"hash":"sha256:ca90833ec6bd9b7c0188487046f5076f811800defb6c300fc304e8fde5948ad3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviewUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"connectsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewUserQuery, AccessReviewUserQueryVariables>;
export const AccessReviewLeaveDocument = {"__meta__":{"hash":"sha256:c24defa8d4c8391967beb4f30e61be6381354e3b19109cb87b67cf75354ffa26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessReviewLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewLeaveMutation, AccessReviewLeaveMutationVariables>;
export const AccessReviewAcceptDocument = {"__meta__":{"hash":"sha256:156d9b3802a54adf93e02c8be7157b0e604b7836a425891d943aecd9d9e4666c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessReviewAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewAcceptMutation, AccessReviewAcceptMutationVariables>;
export const AccessReviewPauseDocument = {"__meta__":{"hash":"sha256:ef5f15d0da85d614b9f4cad387cf67d5e99118c50008ce276515fe8129c724bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessReviewPause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewPauseMutation, AccessReviewPauseMutationVariables>;
export const AccessReviewLogTimeDocument = {"__meta__":{"hash":"sha256:37701a3402273b8544ac7870b45323e4132c71e1839cfa5989f6d4614963c626"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessReviewLogTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogTimeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewLogTimeMutation, AccessReviewLogTimeMutationVariables>;
export const AccessReviewSubmitDocument = {"__meta__":{"hash":"sha256:3042304324e2d5f56e6f9f1f9269c4e7f2c6e3171f42a0aa079a9336764c8b68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessReviewSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewSubmitMutation, AccessReviewSubmitMutationVariables>;
export const AccessReviewStaffViewDocument = {"__meta__":{"hash":"sha256:1eb6c3b381b565e8ac198df8ee2b88f44bdefaee70253323c875ff745252e018"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviewStaffView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewStaffViewQuery, AccessReviewStaffViewQueryVariables>;
export const AccessReviewIsStaffDocument = {"__meta__":{"hash":"sha256:9b443bdbf4c3e3c91e6e05622fccc2695939a84ec05c32277d5a55aa371a0f4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessReviewIsStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}}]}}]}}]}}]} as unknown as DocumentNode<AccessReviewIsStaffQuery, AccessReviewIsStaffQueryVariables>;
export const AccountOfferEventsDocument = {"__meta__":{"hash":"sha256:c7b41fbb0273ed3201bbce2083346dd95ca4d44b5ce5371f7ee5002c3305e2c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AccountOfferEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<AccountOfferEventsSubscription, AccountOfferEventsSubscriptionVariables>;
export const AccountMeDocument = {"__meta__":{"hash":"sha256:6c77790efdd398edab42b7e80c4b59ebaec138dff4b313c5cfb9d0d8d09ed000"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccountMeQuery, AccountMeQueryVariables>;
export const AccountLogInDocument = {"__meta__":{"hash":"sha256:013d773a39122d88728ee5d32bf63c74d3940bb898563a10bd0608bead3a7fb8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountLogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccountLogInMutation, AccountLogInMutationVariables>;
export const ResendVerificationEmailDocument = {"__meta__":{"hash":"sha256:e6bcc6c761fed008bf412d3f2f14a04d9df009807cc5d41a01f5d77156a4e721"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendVerificationEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerificationEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const AccountSetClockDocument = {"__meta__":{"hash":"sha256:66d92ab825c8117dce846b14ba2d1311e5f0127054515ff9740c48c1dfaa1ad4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSetClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSetClockMutation, AccountSetClockMutationVariables>;
export const InvitationNodeDocument = {"__meta__":{"hash":"sha256:65bfcbaa7910075005fe5dd21f44dff925a9b604ada705428667fea00c17df9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationNodeQuery, InvitationNodeQueryVariables>;
export const AccountRequestPayoutDocument = {"__meta__":{"hash":"sha256:247e876fac0e06437534adbeb97dcfe30e970c0d93c0bb3f3eddaf520e1d3b5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountRequestPayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPayoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountRequestPayoutMutation, AccountRequestPayoutMutationVariables>;
export const ChangePasswordDocument = {"__meta__":{"hash":"sha256:49f416948b4aeaee8b34d07e65eac8df1116a4015a81de498ed2b5b217acc9ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedCount"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"sha256:5f25baeaf35c0caab38d7fcccc118f20382077de7c42e6d50d546e274ad910bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"sha256:f2c0d654eb4f7512bace64e9614f0deb38c313059d3e16f15e2eea8cc6675379"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MySessionsDocument = {"__meta__":{"hash":"sha256:6ca48634271f16795e480f6933e731fd1a73243b03a6f56807d2558f8bfa04a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const LogOutDocument = {"__meta__":{"hash":"sha256:05a80d9b22c1739bb514dbd617cd1ab18afd86928283fa3032315c5b9d023c05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LogOutInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const LogOutEverywhereDocument = {"__meta__":{"hash":"sha256:d2ddb603ecd43106b0c9de30d8a5a0f99238bad2174a679954938ab2571dbb65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOutEverywhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LogOutEverywhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOutEverywhere"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LogOutEverywhereMutation, LogOutEverywhereMutationVariables>;
export const UpdateProfileDocument = {"__meta__":{"hash":"sha256:e73fb6afd6ff218d1d95580cdb2b47e231eb9a1b0622abb81b6bd8056ebb597e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangeEmailDocument = {"__meta__":{"hash":"sha256:77b84e443d2863be8dc96ce966a631ba91b21ad6ddf70212bb9c7a51bc7884f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEmail"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const MyAffiliateDocument = {"__meta__":{"hash":"sha256:a6de115f55611a2abb97de413217b813f8f64e63c90a7370f96e581cef994ecd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAffiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"trafficSources"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentCategories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"embedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"clickCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAffiliateQuery, MyAffiliateQueryVariables>;
export const UserAffiliateByNodeDocument = {"__meta__":{"hash":"sha256:ce543df79696b06f63fb0c2647c50be33292df02eceacc0d866a381a02e6e132"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserAffiliateByNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserAffiliateByNodeQuery, UserAffiliateByNodeQueryVariables>;
export const AffiliateNodeDocument = {"__meta__":{"hash":"sha256:efc233baf69a7c256876ac064afc1e98b7cab034c4c645aa405bcf64b40dfab3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AffiliateNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Affiliate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionalMaterial"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AffiliateNodeQuery, AffiliateNodeQueryVariables>;
export const StaffAffiliatesDocument = {"__meta__":{"hash":"sha256:46e82a07b63d691f7313a2f56e399d4ebfeb694becf2b6235b058df35202a1ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAffiliates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AffiliateOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffAffiliatesQuery, StaffAffiliatesQueryVariables>;
export const LogInDocument = {"__meta__":{"hash":"sha256:29f95e869a1790f11195573a43a7d82ca5fe3e250179ba26660509ffe7863ce6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:86edccf91bf2a54dc05de13a9c7d1a5a3fed3cbe9958b9e0347429e6ab0d7d1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const BrandingProfileDocument = {"__meta__":{"hash":"sha256:d86afcb8455924dc2904fb54797cf0a0e3e2aa5d9fd610d7a0d2ca511c868e88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandingProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"representedAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BrandingProfileQuery, BrandingProfileQueryVariables>;
export const BrandingWorkDocument = {"__meta__":{"hash":"sha256:9e17b3ed1205cc5af09c33f210d28ed6f8cfb9c4069611d6d4849c4622cf999e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandingWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"representedAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"representedAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BrandingWorkQuery, BrandingWorkQueryVariables>;
export const BrandingSetDefaultDocument = {"__meta__":{"hash":"sha256:a49659791ebdc58ff1c11c00d3409a56124e0a725138aaab5d6b05603b842271"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrandingSetDefault"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDefaultTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representedAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<BrandingSetDefaultMutation, BrandingSetDefaultMutationVariables>;
export const BrandingLeaveDocument = {"__meta__":{"hash":"sha256:fb5a4c5be5118254d4c4cc1c250961b905e11194fc24d4784afe354160d15399"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrandingLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BrandingLeaveMutation, BrandingLeaveMutationVariables>;
export const BrandingMembersDocument = {"__meta__":{"hash":"sha256:7bf5092d13141f0e61f42abe62e4e8f9d947728c803aca8e98fe5c335c1809d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrandingMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"representedAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BrandingMembersQuery, BrandingMembersQueryVariables>;
export const ChaosPaymentEventsDocument = {"__meta__":{"hash":"sha256:22b79819cbf0cdba9f3ad70145b16b023dd2584e338c26aa974019f48963e029"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChaosPaymentEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<ChaosPaymentEventsSubscription, ChaosPaymentEventsSubscriptionVariables>;
export const CommissionDashboardDocument = {"__meta__":{"hash":"sha256:da6e865776a179984e23cb18253cece697f3211255a062e4c2b3528212143757"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"120"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"signups"}},{"kind":"Field","name":{"kind":"Name","value":"commission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommissionDashboardQuery, CommissionDashboardQueryVariables>;
export const StaffCommissionsDocument = {"__meta__":{"hash":"sha256:3a72b41b82202f66dff184b153a84893e48b2facaba0fc431fb1fdc1cb0a7b58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCommissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"affiliateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"affiliateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"affiliateId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affiliates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffCommissionsQuery, StaffCommissionsQueryVariables>;
export const CommissionNodeDocument = {"__meta__":{"hash":"sha256:f5319a863d442c857fd3b71f4aca08c3dc608f6e244eaa8318cb3cf371bb94f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}}]}}]}}]} as unknown as DocumentNode<CommissionNodeQuery, CommissionNodeQueryVariables>;
export const CommissionNowDocument = {"__meta__":{"hash":"sha256:e5e8bf3c2ec496a1e383d64b2c22b6964173a5f8a88ef5366e721085f3136a6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}}]}}]} as unknown as DocumentNode<CommissionNowQuery, CommissionNowQueryVariables>;
export const CompiledNestedListDocument = {"__meta__":{"hash":"sha256:4f22e4a2b2d41cae00fc24203a8e625015861f7a46e697e8ed85897a3e216394"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompiledNestedList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"AGENCY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompiledNestedListQuery, CompiledNestedListQueryVariables>;
export const CompiledDashboardDocument = {"__meta__":{"hash":"sha256:a074e58fbed459be63fb04df80d65ce7067ad74434943a8021600155b3b3dc7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompiledDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompiledDashboardQuery, CompiledDashboardQueryVariables>;
export const CompiledStaffContractsDocument = {"__meta__":{"hash":"sha256:245014155893521adc59e6f22df5394960582061bc4c34d2ca6c074c8f596977"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompiledStaffContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompiledStaffContractsQuery, CompiledStaffContractsQueryVariables>;
export const CompiledArgumentsDocument = {"__meta__":{"hash":"sha256:36bbeb1cd3222814f7d9c2e84e2ccffe91d65fc431c3cce25a3c90f16852f311"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompiledArguments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"AGENCY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"JOINED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"former"},"name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"LEFT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"POSITION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"WEEK_START"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompiledArgumentsQuery, CompiledArgumentsQueryVariables>;
export const CompiledWideDocument = {"__meta__":{"hash":"sha256:8d8b219a375ee2d642460b2ea80d1c111169e613be4e14c1855aea2cde670420"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompiledWide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mine"},"name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clientTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompiledWideQuery, CompiledWideQueryVariables>;
export const PurchaseConnectsDocument = {"__meta__":{"hash":"sha256:61859d7471c86364cadb4c9d6b82c8c89709e1dd52e55e009b171db749ed134a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchaseConnects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseConnectsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseConnects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectsBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectsBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PurchaseConnectsMutation, PurchaseConnectsMutationVariables>;
export const TeamConnectsDocument = {"__meta__":{"hash":"sha256:688f149b35dc971e409348a33ae261b82162bb4dd00e615e1e28a11a834e527e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamConnects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"connectsHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamConnectsQuery, TeamConnectsQueryVariables>;
export const MyConnectsDocument = {"__meta__":{"hash":"sha256:99c388ab97e603138195fb21ce2bcc9b60d1f10023546684b9c54fb54d5f7931"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConnects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"connectsHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyConnectsQuery, MyConnectsQueryVariables>;
export const ContentionAddMilestoneDocument = {"__meta__":{"hash":"sha256:e783ae70a11559e703125a352c624392ab2b4560ca32c8ce8870103b2e77834e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContentionAddMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ContentionAddMilestoneMutation, ContentionAddMilestoneMutationVariables>;
export const ContentionViewerDocument = {"__meta__":{"hash":"sha256:c9380155aaafaec5bfa12ba3dfaf647abaf52961fb0f260c2518494310adebf9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContentionViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ContentionViewerQuery, ContentionViewerQueryVariables>;
export const UpdateContractTermsDocument = {"__meta__":{"hash":"sha256:27b6f5ce4f16d3e03aacee5af2c3816c1d506032f2c5820d692d53fc5ebf65f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContractTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContractTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyLimitHours"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContractTermsMutation, UpdateContractTermsMutationVariables>;
export const PauseContractDocument = {"__meta__":{"hash":"sha256:8cc1ac6ec112d21048f09733dd0749e075d5ff423ba8cc93cc256c424f0496dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PauseContractMutation, PauseContractMutationVariables>;
export const ResumeContractDocument = {"__meta__":{"hash":"sha256:f179b390f631fa27343a5afa4c5fe5050e05c2eb130d7ea1ae839d09aa09f6f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeContractMutation, ResumeContractMutationVariables>;
export const EndContractDocument = {"__meta__":{"hash":"sha256:169f9df10c9bafaa59005c6e4bbba034ad4d8ea8b9c64ec32ae325907d16aec3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EndContractMutation, EndContractMutationVariables>;
export const LogTimeDocument = {"__meta__":{"hash":"sha256:3b31593436046064c540abeea0ec378abb0a45f8b5cef890691d86f7cc0fe34c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogTimeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hoursThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"billableHoursThisWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<LogTimeMutation, LogTimeMutationVariables>;
export const AddMilestoneDocument = {"__meta__":{"hash":"sha256:07c22d07c3bca882defd52d6e448f228581b93e137d41b3e8f6327a8e6fa9590"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const HiringRemoveMemberDocument = {"__meta__":{"hash":"sha256:1eee7d709c1a0fd436913a7f944c6c1ed68ffd5d9bc32fb036f2e01a01814b9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HiringRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HiringRemoveMemberMutation, HiringRemoveMemberMutationVariables>;
export const ViewerWorkDocument = {"__meta__":{"hash":"sha256:d6a2092e96b63243ed77da545829fa3837b7d679bf31e2d1205ea87409018dbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"PAUSED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerWorkQuery, ViewerWorkQueryVariables>;
export const TeamContractsDocument = {"__meta__":{"hash":"sha256:0fd3dfc346942e2868856175b79edff1811f4d71733511da544f32b67cb725fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamContractsQuery, TeamContractsQueryVariables>;
export const StaffContractsDocument = {"__meta__":{"hash":"sha256:55b1db1c916ac46e2e6a494b4ee2de2ae019adb0ed273b4d0816ed08c18b9493"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffContractsQuery, StaffContractsQueryVariables>;
export const ContractNodeDocument = {"__meta__":{"hash":"sha256:0ea0fac6e112d885af497ad393b8346b9123f8a7fdb4714508c260c29d28d8c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hoursThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractNodeQuery, ContractNodeQueryVariables>;
export const NodeByIdDocument = {"__meta__":{"hash":"sha256:8e288a724ed36a49762ed1bab7fde01ad3d50c5ed3749a3403da01496286d2a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"__meta__":{"hash":"sha256:d420e249d2371453b74c30b894f79d533948cb4920ce5745731efb4b997784cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const StaffTeamsDocument = {"__meta__":{"hash":"sha256:ba946232f751b7b82f5eb5d7af09297ad30c31841ab2c2ad3a4240a9df66a38f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffTeamsQuery, StaffTeamsQueryVariables>;
export const StaffUsersDocument = {"__meta__":{"hash":"sha256:d4f06a24c379420172e6bce658ba57c1b12ba8ffa9357cc6177b6a83f0c207f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<StaffUsersQuery, StaffUsersQueryVariables>;
export const NestedMembersDocument = {"__meta__":{"hash":"sha256:7ad1cccc1d5d9fbb3fb118794c21503ec8d6ae6e2827385258c2f27ac4bb57f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedMembersQuery, NestedMembersQueryVariables>;
export const StaffNestedDocument = {"__meta__":{"hash":"sha256:9ddfff184307df5c72ed69273a719b9fa83946993264b7503779a5ace2f6668c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffNested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"AGENCY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffNestedQuery, StaffNestedQueryVariables>;
export const SetClockDocument = {"__meta__":{"hash":"sha256:ef7de92d82ea8af9748fd9c7a7129a7bf92db79447534c9073514494cb81349d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SetClockMutation, SetClockMutationVariables>;
export const NowDocument = {"__meta__":{"hash":"sha256:b8a4ca81318a4b25583a7a4100efd6db6a5c829a983324b34ed389fe490d1bcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Now"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}}]}}]} as unknown as DocumentNode<NowQuery, NowQueryVariables>;
export const RunDueWorkDocument = {"__meta__":{"hash":"sha256:b285bf93b248f8162e8f6ce38ff6bfb99dd86a900d110a0e260fa3cd9f4f72c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunDueWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDueWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RunDueWorkMutation, RunDueWorkMutationVariables>;
export const RunSomeDueWorkDocument = {"__meta__":{"hash":"sha256:57aa75a34d9df86c32dd1c6238defb751a7fe0faffd3befb55b4ae4fda295c40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunSomeDueWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunDueWorkInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDueWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RunSomeDueWorkMutation, RunSomeDueWorkMutationVariables>;
export const UpdatePublicProfileDocument = {"__meta__":{"hash":"sha256:7517f94190b5523a33cb746b618fcf14b4688a59559ba05dc19d75d600dd960b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePublicProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePublicProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePublicProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePublicProfileMutation, UpdatePublicProfileMutationVariables>;
export const DirectoryUpdateTeamDocument = {"__meta__":{"hash":"sha256:e0d05a154d46af58926c7eaf6b73e70db39aade4487f8e99f7014ca7cede5fe7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectoryUpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryUpdateTeamMutation, DirectoryUpdateTeamMutationVariables>;
export const FreelancersDocument = {"__meta__":{"hash":"sha256:5c7e88583892cf459a511b2ffb63166a350a38f39fbd6476756cb0058622c999"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Freelancers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FreelancerDirectoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freelancers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<FreelancersQuery, FreelancersQueryVariables>;
export const AgenciesDocument = {"__meta__":{"hash":"sha256:d061308109e8423e6bfd94d54b1f47edd6813d7892875dbbfc008a403bf338e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyDirectoryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const DirectoryProfileFieldsDocument = {"__meta__":{"hash":"sha256:ed838653b486e5efe88f33ce005af7f23ee3617f5276c97e873d02dc58f5bfda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryProfileFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agency"},"name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"AgencyProfile","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"freelancer"},"name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"FreelancerProfile","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryProfileFieldsQuery, DirectoryProfileFieldsQueryVariables>;
export const OfferHistoryDocument = {"__meta__":{"hash":"sha256:e819e162cfdb8ba1706d2c8062e57b5a28f32d836ad8f02aee076022adc23e33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestEventId"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferHistoryQuery, OfferHistoryQueryVariables>;
export const PaymentHistoryDocument = {"__meta__":{"hash":"sha256:799dcac6c1866b8f5e9bfd89f2b0171d88683d1a6e8ed052458d72803b8825eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestEventId"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentHistoryQuery, PaymentHistoryQueryVariables>;
export const HistoryOfferEventsDocument = {"__meta__":{"hash":"sha256:68c443abc2adbaec32b126f3156708c1647d8cce11adec3d1c77885569565e04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HistoryOfferEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HistoryOfferEventsSubscription, HistoryOfferEventsSubscriptionVariables>;
export const OfferEventsDocument = {"__meta__":{"hash":"sha256:88a1b63092cf616189521e93f85b6d1772285d501b499ab7a9cd834feca46003"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OfferEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OfferEventsSubscription, OfferEventsSubscriptionVariables>;
export const PaymentEventsDocument = {"__meta__":{"hash":"sha256:7bd865265ada155911d25ff63d070860e9fc2a3883147f8e6c209cf6f5e8e2c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PaymentEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentEventsSubscription, PaymentEventsSubscriptionVariables>;
export const LeaveForEventsDocument = {"__meta__":{"hash":"sha256:a975f0c8338e3247db40dfa6bbcadcb7eb06e11465ca4b37e7ff62bbcd4ee3e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveForEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LeaveForEventsMutation, LeaveForEventsMutationVariables>;
export const DemoteForEventsDocument = {"__meta__":{"hash":"sha256:17c91ce0fb6038053ca9a1ddb190dfe855219aadf201a82f67063f5c7cae69f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DemoteForEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DemoteForEventsMutation, DemoteForEventsMutationVariables>;
export const NowForEventsDocument = {"__meta__":{"hash":"sha256:871f3a07eccc246b3b159e7a26b020fffdac833031232b08efeb7df927f62a10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NowForEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}}]}}]} as unknown as DocumentNode<NowForEventsQuery, NowForEventsQueryVariables>;
export const FiguresContractDocument = {"__meta__":{"hash":"sha256:bd862102078e8bd1c6adb1eb3dc0f7a81285aa9f874856e5ea895fd93ad2eb43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiguresContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FiguresContractQuery, FiguresContractQueryVariables>;
export const FiguresNodesDocument = {"__meta__":{"hash":"sha256:cdbe02b0ba32d91e0d1067a2b1fc2f1e594340f66f357678bc3d6600ac2db61b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiguresNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FiguresNodesQuery, FiguresNodesQueryVariables>;
export const FiguresTeamDocument = {"__meta__":{"hash":"sha256:782fea6826f8bbb0d7b9e99290d41fb779bd5027d33e9cd82fe9f3a893484478"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiguresTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FiguresTeamQuery, FiguresTeamQueryVariables>;
export const FiguresOfferEventsDocument = {"__meta__":{"hash":"sha256:40074299131bb57ee123b061b45a84d2730b2dad7c72348141baa369bda982cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FiguresOfferEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FiguresOfferEventsSubscription, FiguresOfferEventsSubscriptionVariables>;
export const FiguresRateDocument = {"__meta__":{"hash":"sha256:7aa407fdf693525318e29c66cabce0f75cc6fce5a4e359e7c10b3fcba465c167"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FiguresRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContractTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FiguresRateMutation, FiguresRateMutationVariables>;
export const BillingChangeLimitDocument = {"__meta__":{"hash":"sha256:304ee5d2e167ac88f35fa53573fd10c4e2dd01d2a1dd1d7cfbb0379d4a5c6b4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingChangeLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContractTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyLimitHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BillingChangeLimitMutation, BillingChangeLimitMutationVariables>;
export const BillingChangeRateDocument = {"__meta__":{"hash":"sha256:956bd8bbb267cb4cc3618b8f5d901cb4df4516d15488cd076a7a8259b2446ac0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingChangeRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContractTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BillingChangeRateMutation, BillingChangeRateMutationVariables>;
export const BillingEndContractDocument = {"__meta__":{"hash":"sha256:bf910e2fddace6802a222f4f8a1fa7530d18fbf7aea825660d46970dea7807ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingEndContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BillingEndContractMutation, BillingEndContractMutationVariables>;
export const ContractInvoicesDocument = {"__meta__":{"hash":"sha256:f887793f6fe711681b1eb40d7241fdc4151e0c56f83361886bb7e1411a5b77db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractInvoicesQuery, ContractInvoicesQueryVariables>;
export const BillingContractHoursDocument = {"__meta__":{"hash":"sha256:c06557ebc15887a7507f5c7ebd3d2e9ea44fd1da462c0e4e307dba509f97fa41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingContractHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hoursThisWeek"}}]}}]}}]}}]} as unknown as DocumentNode<BillingContractHoursQuery, BillingContractHoursQueryVariables>;
export const OpenJobsDocument = {"__meta__":{"hash":"sha256:58e4d694fe2e4cb73de41f87f38cfd6ff6bb3062f43fa99a18253c5809bf8070"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<OpenJobsQuery, OpenJobsQueryVariables>;
export const JobByIdDocument = {"__meta__":{"hash":"sha256:e8bcc22427d6532947075b3b42b566e072d0a511a7ca8a103683fb70de4a7e24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clientTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<JobByIdQuery, JobByIdQueryVariables>;
export const TeamJobsDocument = {"__meta__":{"hash":"sha256:3696c9d106f02d272e80de8d31d5eaaf7eb055738cf4adcc39fbd0712eb163db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamJobsQuery, TeamJobsQueryVariables>;
export const ListMembersDocument = {"__meta__":{"hash":"sha256:78c3c071b0ae1479a00d85c51d10df0e349e301633fa1ef913d28fda59b35c61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListMembersQuery, ListMembersQueryVariables>;
export const ListLeaveDocument = {"__meta__":{"hash":"sha256:aab9b189ab72333632a6bbf657f027bd37be35cbf3203f58b2675d7d0b6fded1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ListLeaveMutation, ListLeaveMutationVariables>;
export const ListTeamPayoutsDocument = {"__meta__":{"hash":"sha256:212665ba3d0e1b026f839609a76a3791fc9f3d3b586b1a35f9af87b260a25b55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListTeamPayouts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OwnPayoutFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListTeamPayoutsQuery, ListTeamPayoutsQueryVariables>;
export const ContractListsDocument = {"__meta__":{"hash":"sha256:535434aeaeb6c31d186ceeaecac32c8bb7835eafdb263ef83021c8884162b2c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryOrder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeEntryOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestones"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MilestoneFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestoneOrder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MilestoneOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoices"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestones"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestoneOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoices"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractListsQuery, ContractListsQueryVariables>;
export const AccountEntriesListDocument = {"__meta__":{"hash":"sha256:5b9fdb79762bf24ebf2c7ec88d41e4e88a3bec8811df3d9702aa47fa49ebd195"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountEntriesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountEntryOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountEntriesListQuery, AccountEntriesListQueryVariables>;
export const PagedListsDocument = {"__meta__":{"hash":"sha256:2a22047b0bb8a6fb55bc672fdcc0a04f0cf5ea41297e5d7fec114b861886285f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PagedLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingInvitationsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PagedListsQuery, PagedListsQueryVariables>;
export const AffiliateListsDocument = {"__meta__":{"hash":"sha256:8dbfb8b7c63f07f720082f3d1cb4c5c4d97d2b33c4f84ffb22f4f380f0cb6433"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AffiliateLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRangeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChronologicalOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clicks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sitesConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AffiliateListsQuery, AffiliateListsQueryVariables>;
export const MyMembershipsDocument = {"__meta__":{"hash":"sha256:011380c8d56f08a77e8d33cba17fadd8ce57bc574d42583fa1267e8b187bf6e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMemberships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyMembershipsQuery, MyMembershipsQueryVariables>;
export const RacesTransferOwnershipDocument = {"__meta__":{"hash":"sha256:1d8fcc37dff55373f33481b7c534d1d399156abca47453263017ceb9f2d3194d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RacesTransferOwnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferTeamOwnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTeamOwnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RacesTransferOwnershipMutation, RacesTransferOwnershipMutationVariables>;
export const RacesUpdateMemberDocument = {"__meta__":{"hash":"sha256:e9bae273861c217a5f75efb12122a26b4d90063644062c5e07057fa1484b3332"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RacesUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RacesUpdateMemberMutation, RacesUpdateMemberMutationVariables>;
export const RacesRemoveMemberDocument = {"__meta__":{"hash":"sha256:718aef22330568a917f5e982f6bee3fdc4d8a5bacc14f722ba3a8af67f791f28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RacesRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RacesRemoveMemberMutation, RacesRemoveMemberMutationVariables>;
export const RacesTeamDocument = {"__meta__":{"hash":"sha256:db75ca7c523420ce33bbc78ab77948258ac959ed7a53c903688e98717dfa5af4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RacesTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"NullValue"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RacesTeamQuery, RacesTeamQueryVariables>;
export const PauseContractForMoneyDocument = {"__meta__":{"hash":"sha256:d11ac2761e51585345e85e26d240d4769c0cbe293a4a254317fd1cf03372ce79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseContractForMoney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PauseContractForMoneyMutation, PauseContractForMoneyMutationVariables>;
export const ViewerAccountEntriesDocument = {"__meta__":{"hash":"sha256:0492d505beddcdc450e12a9f677ca741c20dbbdb74fda3403b955ac6ed576f38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerAccountEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerAccountKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"accountKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountKinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountKind"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"contractId"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"payoutId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerAccountEntriesQuery, ViewerAccountEntriesQueryVariables>;
export const UserAccountByNodeDocument = {"__meta__":{"hash":"sha256:cbbaf2c62c2b3b71a4d553e69d98b829064fdb50087c33a43d171ffeb5983af0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserAccountByNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserAccountByNodeQuery, UserAccountByNodeQueryVariables>;
export const AccountEntryNodeDocument = {"__meta__":{"hash":"sha256:3fae4a4fbc4ed13a7b5104d0a6662b75d061b041612ffa7a1d924b82dde46a54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountEntryNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountEntryNodeQuery, AccountEntryNodeQueryVariables>;
export const RandomEndContractDocument = {"__meta__":{"hash":"sha256:d2182bd2a8b9e6eeed7cc84ade2bec3738ac3830cc8128b27be77599eb50f383"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RandomEndContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RandomEndContractMutation, RandomEndContractMutationVariables>;
export const RandomLogTimeDocument = {"__meta__":{"hash":"sha256:3d9ec294c797e20c6e2a7121c43f5e2e35e5d4e4c012b838c51d78ddef6b1906"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RandomLogTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogTimeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RandomLogTimeMutation, RandomLogTimeMutationVariables>;
export const OfferNodeDocument = {"__meta__":{"hash":"sha256:207468c8514892a8a1a6d5f4d90658f2947f1055778149a4a0d6bf674962b5c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferNodeQuery, OfferNodeQueryVariables>;
export const TeamOffersNestedDocument = {"__meta__":{"hash":"sha256:8199c713a76562c6411b07749e06bbf8c5f3f80655542a4b8c894717af39fe26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamOffersNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hoursThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamOffersNestedQuery, TeamOffersNestedQueryVariables>;
export const StaffOffersDocument = {"__meta__":{"hash":"sha256:e01397eb69ac69f473c24422de7bbb99307b9e74ae44f07be2db1797f793ad68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffOffersQuery, StaffOffersQueryVariables>;
export const RemovePayoutMethodDocument = {"__meta__":{"hash":"sha256:a5e2dec4ab2af51464fb83eac7a0ef3f0f46fae558d4694eab1f46ccd04fdc50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePayoutMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemovePayoutMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePayoutMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RemovePayoutMethodMutation, RemovePayoutMethodMutationVariables>;
export const ViewerPayoutMethodsDocument = {"__meta__":{"hash":"sha256:40ef23c736923693ccfb1d837bb587ca45082d8052da03ff4e4dbc28905515d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerPayoutMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRemoved"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRemoved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRemoved"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerPayoutMethodsQuery, ViewerPayoutMethodsQueryVariables>;
export const TeamPayoutsDocument = {"__meta__":{"hash":"sha256:d14df4d6d73252cc724937cac76d78f2d9380e34c6caf32d5614399955d7b22f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamPayouts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamPayoutsQuery, TeamPayoutsQueryVariables>;
export const ViewerPayoutsDocument = {"__meta__":{"hash":"sha256:9225fd3435f376d0f1be991e4f60880dc9037652f282cf7735b02adff226061f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerPayouts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"accountKinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PAYOUTS_IN_FLIGHT"},{"kind":"EnumValue","value":"PAID_OUT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accountKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerPayoutsQuery, ViewerPayoutsQueryVariables>;
export const StaffPayoutsDocument = {"__meta__":{"hash":"sha256:01f57385b034370c503a0b230144d45f710d936f032fa455272c5c814c7998f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPayouts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffPayoutsQuery, StaffPayoutsQueryVariables>;
export const PayoutNodeDocument = {"__meta__":{"hash":"sha256:2f1f91c4b9ec98bae22e36e187ccbc8408c010e460298ebe3c95a8ee2a2114c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayoutNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PayoutNodeQuery, PayoutNodeQueryVariables>;
export const StatesProposalDocument = {"__meta__":{"hash":"sha256:df848dad7dbf2153a522ea558997525672897d4f2b50ed130540b8ba20e12187"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatesProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectsSpent"}}]}}]}}]}}]} as unknown as DocumentNode<StatesProposalQuery, StatesProposalQueryVariables>;
export const StatesBalancesDocument = {"__meta__":{"hash":"sha256:1ef802c161473ecf33b104e0011d58240b230584e0774f63259d148cdead944b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatesBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectsBalance"}}]}}]}}]} as unknown as DocumentNode<StatesBalancesQuery, StatesBalancesQueryVariables>;
export const StatesOwnBalanceDocument = {"__meta__":{"hash":"sha256:ad3f5222a85dbb61621ce2d00f05442976f49e8825c3097bb94aafe1a5660cfc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatesOwnBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectsBalance"}}]}}]}}]} as unknown as DocumentNode<StatesOwnBalanceQuery, StatesOwnBalanceQueryVariables>;
export const ProposalBalancesDocument = {"__meta__":{"hash":"sha256:c6f5d67f156db566568ec42f1ffefc9f0d2c84d7d902a0953e0aace10cf2b934"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"connectsHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectsBalance"}}]}}]}}]} as unknown as DocumentNode<ProposalBalancesQuery, ProposalBalancesQueryVariables>;
export const TeamProposalsDocument = {"__meta__":{"hash":"sha256:ec1238fc3d98ce7a2d86638ac73752f151f026bce258ffe7e46d0cdf0712d98e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamProposalsQuery, TeamProposalsQueryVariables>;
export const ViewerProposalsDocument = {"__meta__":{"hash":"sha256:65d9261109332e7ab86eec937ece43ac8a044ac2a09f71b150c6f8e6e7555b26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerProposalsQuery, ViewerProposalsQueryVariables>;
export const ProposalJobDocument = {"__meta__":{"hash":"sha256:82d748c304491485ca14211ec72713052c3d4c1fc09adde62534cd24c14f10f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposalJobQuery, ProposalJobQueryVariables>;
export const ProposalNodeDocument = {"__meta__":{"hash":"sha256:ec8c3ce8b26c006490bf4e1fece685d322366617370623cbc48521d1be1dba88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectsSpent"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalNodeQuery, ProposalNodeQueryVariables>;
export const RaceRevokeInvitationDocument = {"__meta__":{"hash":"sha256:4d2aa1a093eef3361b95582caa4ef9e54324e8fc699a6735fbc0aede0ee9a797"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceRevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeTeamInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTeamInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RaceRevokeInvitationMutation, RaceRevokeInvitationMutationVariables>;
export const AffiliateDashboardDocument = {"__meta__":{"hash":"sha256:d928c139b0edeab0e80b09632b4c1f61080d13946573bcebd6f47a08c0476d84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AffiliateDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"clickCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clicks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referrer"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referredUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"click"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"signups"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AffiliateDashboardQuery, AffiliateDashboardQueryVariables>;
export const StaffReferralsDocument = {"__meta__":{"hash":"sha256:bc9211581d4eb388f9bb7e47af0574a73c9771d24a16dfe9314293ce64ade531"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referredUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"click"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffReferralsQuery, StaffReferralsQueryVariables>;
export const StaffAffiliateOverviewDocument = {"__meta__":{"hash":"sha256:405c75b364a1c3a42b236eea8bbc2cf52f4ff2689f375f4d209a0ec008bd8497"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAffiliateOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"clickCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clicks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"click"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"clicks"}},{"kind":"Field","name":{"kind":"Name","value":"signups"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffAffiliateOverviewQuery, StaffAffiliateOverviewQueryVariables>;
export const ReferralNodeDocument = {"__meta__":{"hash":"sha256:9f132645dc89fd51949ce4fb04f49f8083cdc0a70c11e6d93ff40bc8d339c620"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedUpAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralClick"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralNodeQuery, ReferralNodeQueryVariables>;
export const RoundingDashboardDocument = {"__meta__":{"hash":"sha256:3710b66592090bd1514f1a91787540e37ad418f2b5446b715b09d9fddd720442"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundingDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referredUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundingDashboardQuery, RoundingDashboardQueryVariables>;
export const EdgeLogTimeDocument = {"__meta__":{"hash":"sha256:5cadda153cf13a13a368368c64bd102d9573dd10ba8645c39a48d1ab6b72a858"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeLogTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogTimeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeLogTimeMutation, EdgeLogTimeMutationVariables>;
export const EdgeAcceptOfferDocument = {"__meta__":{"hash":"sha256:74260bf99f31683bae65fd6ee2e92610ca4559e39a859b49c3e0f019f6bb99f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeAcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payeeTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payeeUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeAcceptOfferMutation, EdgeAcceptOfferMutationVariables>;
export const EdgeRemoveTeamMemberDocument = {"__meta__":{"hash":"sha256:3e9dcd24bfe099802391e32a59abbda2b553a940b0b83abcfcf1a810680a6cf8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeRemoveTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeRemoveTeamMemberMutation, EdgeRemoveTeamMemberMutationVariables>;
export const EdgeRunDueWorkDocument = {"__meta__":{"hash":"sha256:9a71812364fafeca1459fbace8e08e34e344e7345ab7496ab6865ee9c7b23aaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeRunDueWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDueWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeRunDueWorkMutation, EdgeRunDueWorkMutationVariables>;
export const EdgeContractInvoicesDocument = {"__meta__":{"hash":"sha256:7a801f33d665e5b514cab9e06d0554e47ee917007b3b241086702b4483806179"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EdgeContractInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EdgeContractInvoicesQuery, EdgeContractInvoicesQueryVariables>;
export const EdgePauseContractDocument = {"__meta__":{"hash":"sha256:82894242cc24e9ffc375945a9e4dee8f6bb660aa29ce2f12ca54b478b1521311"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgePauseContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EdgePauseContractMutation, EdgePauseContractMutationVariables>;
export const EdgeResumeContractDocument = {"__meta__":{"hash":"sha256:bd9dc0f00fe819b24bd68c1c8f202772167c245c95154cae3076a30c6188b7e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeResumeContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeResumeContractMutation, EdgeResumeContractMutationVariables>;
export const EdgeHttpPaymentEventsDocument = {"__meta__":{"hash":"sha256:11568767d498e92f0f8dc8b5a56f042768d7ed70e92e3ad205761e04cc85bcd0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EdgeHttpPaymentEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<EdgeHttpPaymentEventsSubscription, EdgeHttpPaymentEventsSubscriptionVariables>;
export const EdgeHttpOfferEventsDocument = {"__meta__":{"hash":"sha256:c4aa1368a8c673d29f429fbca444f3192615e563ac9f09d12446ca02d39ec59c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EdgeHttpOfferEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<EdgeHttpOfferEventsSubscription, EdgeHttpOfferEventsSubscriptionVariables>;
export const EdgeAddMilestoneDocument = {"__meta__":{"hash":"sha256:42fa8d04c4da852cecfc6fb0a3421b5650c06677ae52fba5d8e4c7e7816103ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeAddMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeAddMilestoneMutation, EdgeAddMilestoneMutationVariables>;
export const EdgePaymentEventsDocument = {"__meta__":{"hash":"sha256:ac421846f9386d5d3c41e8186918e37b18a654173bf337db45573bf10ae1c580"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EdgePaymentEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<EdgePaymentEventsSubscription, EdgePaymentEventsSubscriptionVariables>;
export const EdgeFundMilestoneDocument = {"__meta__":{"hash":"sha256:a13d0a6cdd0137ed95e346bcaf79883ca1d14d5713269a9edb48a668ebdb19ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeFundMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeFundMilestoneMutation, EdgeFundMilestoneMutationVariables>;
export const EdgeUpdateTeamMemberDocument = {"__meta__":{"hash":"sha256:d204f986b3c610e668b9b89b5455744c0ab8fec01495b3ecb833afc00977cae9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeUpdateTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeUpdateTeamMemberMutation, EdgeUpdateTeamMemberMutationVariables>;
export const EdgeRecordReferralClickDocument = {"__meta__":{"hash":"sha256:6ccf0628e2bc5371fc4b44c9c634ab848ae7092e3401e77894438efb92a4e818"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeRecordReferralClick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReferralClick"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clickId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeRecordReferralClickMutation, EdgeRecordReferralClickMutationVariables>;
export const EdgeSignUpDocument = {"__meta__":{"hash":"sha256:0c7eeb7a9072715f81302f1bbcaf0fbb394d44df4d07b526c9e232da8148e87a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EdgeSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeSignUpMutation, EdgeSignUpMutationVariables>;
export const WhoAmIDocument = {"__meta__":{"hash":"sha256:52338a9936095835e0295d77b50c13cb7ff46586db77114273d4b7ea17157e68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
export const ApplyAsAffiliateDocument = {"__meta__":{"hash":"sha256:60bd22de4991aacf0960a69bd3252580b9c72e8bce33c338817e4dc197e9be94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyAsAffiliate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyAsAffiliateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyAsAffiliate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"trafficSources"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentCategories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"embedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"clickCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyAsAffiliateMutation, ApplyAsAffiliateMutationVariables>;
export const ReviewAffiliateDocument = {"__meta__":{"hash":"sha256:f8e7ad3be4eb8466a1650d7377d3ecf52962535dee7543db3fb8be4925183735"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewAffiliate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewAffiliateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAffiliate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affiliate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewAffiliateMutation, ReviewAffiliateMutationVariables>;
export const RecordReferralClickDocument = {"__meta__":{"hash":"sha256:194d75521ec53805d6d0946abbd70b117cf151f312a667f7332f94962edc7122"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReferralClick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReferralClickInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReferralClick"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clickId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordReferralClickMutation, RecordReferralClickMutationVariables>;
export const AffiliateNowDocument = {"__meta__":{"hash":"sha256:49a6b39c088d721078013055250ccca36cc60170b7bcf895703bec35b4065af5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AffiliateNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}}]}}]} as unknown as DocumentNode<AffiliateNowQuery, AffiliateNowQueryVariables>;
export const SignUpDocument = {"__meta__":{"hash":"sha256:04007f6c942b0e2ea7ccefafc6edf1eb6a55b6b3be549eb45dddc0820b7e8fbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const VerifyEmailDocument = {"__meta__":{"hash":"sha256:f107b52c1eb61a6205fe387876a4343319a9454b4d083389197dce29077765c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const CreateTeamDocument = {"__meta__":{"hash":"sha256:4bf1269d538dc58c575924bbc7174d008c3149166c3ff3e18cfd6600eddec046"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const InviteTeamMemberDocument = {"__meta__":{"hash":"sha256:60a3f432f9298551767898655274731529d28d2fd44a28b94ab1025161e4b743"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<InviteTeamMemberMutation, InviteTeamMemberMutationVariables>;
export const AcceptTeamInvitationDocument = {"__meta__":{"hash":"sha256:18bb788f4229c7d810abac030e0e0f854f4ab2f7aace0f29ff195dc4f4c7d723"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTeamInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptTeamInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTeamInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptTeamInvitationMutation, AcceptTeamInvitationMutationVariables>;
export const HiringPurchaseConnectsDocument = {"__meta__":{"hash":"sha256:47459dfe16f8aae2865e8eec3e3a9111111f5244715cdda67932414e0a887c7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HiringPurchaseConnects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseConnectsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseConnects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<HiringPurchaseConnectsMutation, HiringPurchaseConnectsMutationVariables>;
export const PostJobDocument = {"__meta__":{"hash":"sha256:7fa2e9477b4f6f6f9173f2f68cfc18bcd9d893371bbc902fbb2b40042bec8934"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PostJobMutation, PostJobMutationVariables>;
export const CloseJobDocument = {"__meta__":{"hash":"sha256:07ab9d3cf486346c69c0dcfcad54604972dcae1b4499448a2236c63f978bf67d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloseJobMutation, CloseJobMutationVariables>;
export const CancelJobDocument = {"__meta__":{"hash":"sha256:851a0f5ffdbfd8378c8f19fccaa59e4e4084fa3fb10ba6c2ec03e233a793b34d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundedProposals"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CancelJobMutation, CancelJobMutationVariables>;
export const SubmitProposalDocument = {"__meta__":{"hash":"sha256:56a8883398533709dbdbaddec75b1943efe72c8b89bce293a6de2ff807e6e32e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectsSpent"}},{"kind":"Field","name":{"kind":"Name","value":"coverLetter"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fixedPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const WithdrawProposalDocument = {"__meta__":{"hash":"sha256:a69f7ca1edd578724bf099e17ebd627275d98ae57c0f11a4850d86763c315260"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const SendOfferDocument = {"__meta__":{"hash":"sha256:5e91beec4bf91e99706a1181b7ca85886b3ba5c87c63ed3a3de3fc4518d61b6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyLimitHours"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SendOfferMutation, SendOfferMutationVariables>;
export const AcceptOfferDocument = {"__meta__":{"hash":"sha256:ac32839808a062e6fbffcf117c095a3bde267752059a71fb6b458d715ad36ddd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyLimitHours"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freelancer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payeeTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payeeUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptOfferMutation, AcceptOfferMutationVariables>;
export const DeclineOfferDocument = {"__meta__":{"hash":"sha256:c2ff75500f69e6477331f6b9b3926fdb46ec1be12eb98c906db5a57abf3a8453"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineOfferMutation, DeclineOfferMutationVariables>;
export const WithdrawOfferDocument = {"__meta__":{"hash":"sha256:65ceb536d0caa4e8dd82461ddab6caeccc9029811b62f69de043a3cf55ca89e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawOfferMutation, WithdrawOfferMutationVariables>;
export const HiringSetClockDocument = {"__meta__":{"hash":"sha256:d4b030dd9a50eb83053f1beb2cd6acde7239660d618ff19842cdfd9a059eb824"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HiringSetClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HiringSetClockMutation, HiringSetClockMutationVariables>;
export const HiringRunDueWorkDocument = {"__meta__":{"hash":"sha256:d01d4a4d1c66803bb94374dca9c113f7e015f9cf33d34d7c06fac0ccbc7d89f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HiringRunDueWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDueWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HiringRunDueWorkMutation, HiringRunDueWorkMutationVariables>;
export const HiringNodeDocument = {"__meta__":{"hash":"sha256:cd6b7608f09d22781cc8217b61a14edc372cf87e7bc00e5e103a349a4bf01240"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HiringNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HiringNodeQuery, HiringNodeQueryVariables>;
export const HiringNowDocument = {"__meta__":{"hash":"sha256:b603d29b7a419eaad524edc58267124a5ef8685d09ebaa933f279a1411e5bbe6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HiringNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}}]}}]} as unknown as DocumentNode<HiringNowQuery, HiringNowQueryVariables>;
export const AddPayoutMethodDocument = {"__meta__":{"hash":"sha256:e88f692877df70cd31b6631a2883320a815be625562f588763b96f0b9a6aa879"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPayoutMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPayoutMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPayoutMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payoutMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"paypalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumberLast4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumberLast4"}},{"kind":"Field","name":{"kind":"Name","value":"sortCode"}},{"kind":"Field","name":{"kind":"Name","value":"addressSummary"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddPayoutMethodMutation, AddPayoutMethodMutationVariables>;
export const RequestPayoutDocument = {"__meta__":{"hash":"sha256:763af29781ccaa4d1ecf5b12208320d73ae63e42404c49648b623c83acdb3eb8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPayoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payoutMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPayoutMutation, RequestPayoutMutationVariables>;
export const SettlePayoutDocument = {"__meta__":{"hash":"sha256:fb837d9f797a31c9d2bec58c5d948c0ade3ba474a45e5444c405f954646b0a65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlePayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlePayoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlePayout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SettlePayoutMutation, SettlePayoutMutationVariables>;
export const LedgerCheckDocument = {"__meta__":{"hash":"sha256:7721d43b0864a56a046a8f3a3dbc09d6a039685e88618ec97193e336947f7122"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"unbalancedTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"mismatchedAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"negativeAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountMismatches"}},{"kind":"Field","name":{"kind":"Name","value":"mismatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"expected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerCheckQuery, LedgerCheckQueryVariables>;
export const TeamAccountDocument = {"__meta__":{"hash":"sha256:3436bb1a95e45bcc55b1e3f8e0f6dd5084c54189efdcbfd59c2583811793a6de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inFlight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inEscrow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamAccountQuery, TeamAccountQueryVariables>;
export const ViewerAccountDocument = {"__meta__":{"hash":"sha256:c67f2e8bd8c9acf1896643fe1d22fc0a2cf1e265036e5ac2dde641979b39d369"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inFlight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerAccountQuery, ViewerAccountQueryVariables>;
export const RunDueWorkForMoneyDocument = {"__meta__":{"hash":"sha256:0d1e9cade033f7ee3146bb46dc5769194a30c419ee409a8f301ec4979f6bf83f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunDueWorkForMoney"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDueWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RunDueWorkForMoneyMutation, RunDueWorkForMoneyMutationVariables>;
export const SetClockForMoneyDocument = {"__meta__":{"hash":"sha256:3aa3b862dab27349fe17ab413513cd91ce7b55ced464cb112d6512f20cce1cc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetClockForMoney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetClockForMoneyMutation, SetClockForMoneyMutationVariables>;
export const NowForMoneyDocument = {"__meta__":{"hash":"sha256:50b9b339fb1488af25dfe39f9751934001367bf30957499ee54dbabbae2f9e06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NowForMoney"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}}]}}]} as unknown as DocumentNode<NowForMoneyQuery, NowForMoneyQueryVariables>;
export const FundMilestoneDocument = {"__meta__":{"hash":"sha256:ae61793b79547314d7f14ef422a17c29d8412269ad6e0a1671b723b81d35fa58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<FundMilestoneMutation, FundMilestoneMutationVariables>;
export const SubmitMilestoneDocument = {"__meta__":{"hash":"sha256:998f4b5c35e0c58a43fa882e6116b0dc9a87de1b80cd6e6f03d23feb00524155"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitMilestoneMutation, SubmitMilestoneMutationVariables>;
export const RequestMilestoneChangesDocument = {"__meta__":{"hash":"sha256:53f14ca6700d282d615db51c6d0983ae00766ff3a1d65e1d50a040b3c71cf5ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMilestoneChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMilestoneChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMilestoneChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RequestMilestoneChangesMutation, RequestMilestoneChangesMutationVariables>;
export const ApproveMilestoneDocument = {"__meta__":{"hash":"sha256:3152eeac5e6c54851f7637d994bfb871648e5bcc1bceba7f1f5acf7a65b78396"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveMilestoneMutation, ApproveMilestoneMutationVariables>;
export const MilestoneHistoryDocument = {"__meta__":{"hash":"sha256:7cecf934bd63134766e68219e98c902a588fa83ca6b7d4fd656d238d46008f28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MilestoneHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MilestoneHistoryQuery, MilestoneHistoryQueryVariables>;
export const EndContractForMoneyDocument = {"__meta__":{"hash":"sha256:bb7a877e5f17cbd452f40687016c234916b3cb1e3d7530765fc5fda457cdb9e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndContractForMoney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EndContractForMoneyMutation, EndContractForMoneyMutationVariables>;
export const BillingLogTimeDocument = {"__meta__":{"hash":"sha256:06a193bee7cdf3ef6777dcfa47c37fa3ca5d98b9ddeb427500cb865de4df79d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingLogTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogTimeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<BillingLogTimeMutation, BillingLogTimeMutationVariables>;
export const WorkAccountEntriesDocument = {"__meta__":{"hash":"sha256:b94b0dbcc956620b9c16ded96c6a9a60242436adbbbaceb0c97fa0c72e894384"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkAccountEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inEscrow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accountKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkAccountEntriesQuery, WorkAccountEntriesQueryVariables>;
export const WorkMyEntriesDocument = {"__meta__":{"hash":"sha256:9b63fc3a649339dcca7f2fddd55fd21964a0aa8942ad5868112589df4034d2d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkMyEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accountKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkMyEntriesQuery, WorkMyEntriesQueryVariables>;
export const ResolveDisputeDocument = {"__meta__":{"hash":"sha256:6f2971672d0601bdb79097df6418de4e92a12465a811d4e976875ec85b9b34ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedPayeeAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveDisputeMutation, ResolveDisputeMutationVariables>;
export const UpdateTeamDocument = {"__meta__":{"hash":"sha256:a7bc33b206864a1d774089b5fa59fd15a19891ecd3a4a86fdf0a7160c82fa672"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const UpdateJobDocument = {"__meta__":{"hash":"sha256:96897e6b5c952bf3bc2d9010a097d3e166cb2831b463d5cd20dad829335925da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateMin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateMax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateJobMutation, UpdateJobMutationVariables>;
export const TeamMembersDocument = {"__meta__":{"hash":"sha256:10e6f4ef66aff1b005635d6cc47cc13797b5ccf00ad863398bc550e850af4c5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamMembersQuery, TeamMembersQueryVariables>;
export const TeamProfileDocument = {"__meta__":{"hash":"sha256:ba81e44d1780c4fb46b4fccff5afb69eaf9281f613fdb4504f3d885c9d377c35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<TeamProfileQuery, TeamProfileQueryVariables>;
export const UpdateTeamMemberDocument = {"__meta__":{"hash":"sha256:ef1dd44187c127cd6aa2666ebdf2444dc3f2a528e98f388f9ad84652a983b376"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTeamMemberMutation, UpdateTeamMemberMutationVariables>;
export const RemoveTeamMemberDocument = {"__meta__":{"hash":"sha256:efcddcf36b9d03985f5ae6829fb833d6c763b4e6a17baf766550e3fb3de271d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveTeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const LeaveTeamDocument = {"__meta__":{"hash":"sha256:ca274c9f4f216fb24ccf420d6d0add0258a08a1c4ccf42d89ea998d6ee0c3b88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LeaveTeamMutation, LeaveTeamMutationVariables>;
export const TransferTeamOwnershipDocument = {"__meta__":{"hash":"sha256:8d3e311a3567b57f33f4c2d516a9c6b3b39cd40f9cb8713dc650daa4b3346571"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferTeamOwnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferTeamOwnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTeamOwnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TransferTeamOwnershipMutation, TransferTeamOwnershipMutationVariables>;
export const SetDefaultTeamDocument = {"__meta__":{"hash":"sha256:0567a456b6ddf2a06654acb909545e227e0738219b749532750e48b984045a79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDefaultTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetDefaultTeamMutation, SetDefaultTeamMutationVariables>;
export const MyWorldDocument = {"__meta__":{"hash":"sha256:00c08cb9505ce5cc8cae87854e638c73c455d300fb147ac3166f6f92045b3f54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyWorldQuery, MyWorldQueryVariables>;
export const DeclineTeamInvitationDocument = {"__meta__":{"hash":"sha256:7645734780d44ef571dde5e486508941c42eec6df4f9f41daf763ddd996f4d7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineTeamInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineTeamInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineTeamInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineTeamInvitationMutation, DeclineTeamInvitationMutationVariables>;
export const CreateBlankTeamDocument = {"__meta__":{"hash":"sha256:fcffbc90aba3f69491d1f0e92637dbac1dc78db493b9067bf4be9140347fad30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBlankTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"  ","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"AGENCY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBlankTeamMutation, CreateBlankTeamMutationVariables>;
export const OverlapInvoicesDocument = {"__meta__":{"hash":"sha256:22c574b7c6e8a658f9b38622d70c6407adff215cb219d50c86146705c9c13357"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverlapInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverlapInvoicesQuery, OverlapInvoicesQueryVariables>;
export const TrustedNowDocument = {"__meta__":{"hash":"sha256:29d59d8e697b02bd733c661997ddbd5ac777683eb27952034b56a1a0420d7917"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"now"}}]}}]} as unknown as DocumentNode<TrustedNowQuery, TrustedNowQueryVariables>;
export const TrustedOfferEventsDocument = {"__meta__":{"hash":"sha256:537a634fb195bf36c4913307e4191ba4f2a82c74df80481ef2aa4be1cfcb241f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TrustedOfferEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<TrustedOfferEventsSubscription, TrustedOfferEventsSubscriptionVariables>;