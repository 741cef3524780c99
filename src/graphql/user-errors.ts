import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { UserError } from './errors';

/**
 * What each userError code means, once for every domain that returns it (docs/api.md lists the
 * same codes). A domain's GraphQL enum takes its value descriptions from here.
 */
const MEANINGS: Record<string, string> = {
  AFFILIATE_ALREADY_APPLIED: 'The user already applied as an affiliate.',
  AFFILIATE_COUNTRY_SANCTIONED: 'The applicant\'s country is sanctioned (AF-1).',
  AFFILIATE_NOT_REVIEWABLE: 'The application was reviewed already.',
  AGENCY_REQUIRED: 'A business manager proposing for a member must name the agency.',
  ALREADY_INVITED: 'That email already has a pending invitation to the team.',
  ALREADY_MEMBER: 'That person already is a member of the team.',
  ALREADY_OWNER: 'The new owner already owns the team.',
  ALREADY_PROPOSED: 'The freelancer has a live proposal for this job (PR-1).',
  ALREADY_VERIFIED: 'The address is verified already; there is nothing to resend.',
  BEFORE_CONTRACT: 'The time was worked before the contract started.',
  CLOCK_BACKWARDS: 'The test clock only moves forward.',
  CONTRACT_ENDED: 'Nothing is done on an ended contract (CT-3).',
  CONTRACT_NOT_ACTIVE: 'The contract is paused or ended.',
  CONTRACT_NOT_PAUSED: 'Only a paused contract is resumed.',
  CROSSES_WEEK: 'A time entry stays within one week, Monday 00:00 to Sunday 23:59 UTC; time after Monday 00:00 is logged as its own entry (TM-2).',
  EMAIL_NOT_VERIFIED: 'The caller has not verified their email address yet, which this needs.',
  EMAIL_TAKEN: 'An account with that email exists.',
  ENDS_IN_FUTURE: 'A time entry may not end later than now (TM-3).',
  EXCLUSIVE_ELSEWHERE: 'The person is an exclusive member of another agency (AG-6).',
  EXCLUSIVE_MEMBER: 'An exclusive member works only through their agency (AG-2).',
  FIELD_NOT_ALLOWED: 'A detail that belongs to another kind of payout method.',
  FIELD_NOT_FOR_KIND: 'A budget for an hourly job, or rates for a fixed-price one.',
  FREELANCER_NOT_IN_AGENCY: 'The freelancer is not an active member of that agency.',
  FREELANCER_REQUIRED: 'An offer without a proposal must name a freelancer.',
  IDEMPOTENCY_KEY_REUSED: 'The key was used before with other arguments (MN-2).',
  INSUFFICIENT_CONNECTS: 'The balance does not pay for this proposal (CN-1, CN-2).',
  INSUFFICIENT_FUNDS: 'The account does not hold enough money.',
  INVALID_ACCOUNT_NUMBER: 'Not a valid bank account number.',
  INVALID_ADDRESS: 'Incomplete postal address for a check.',
  INVALID_AMOUNT: 'Not above zero, or more than two decimal places.',
  INVALID_CONNECTS_REQUIRED: 'A job asks 0 to 16 Connects (CN-1).',
  INVALID_CONTENT_CATEGORIES: 'Unknown or repeated content categories.',
  INVALID_COUNTRY: 'Not an ISO 3166-1 alpha-2 country code.',
  INVALID_CREDENTIALS: 'Wrong email or password (the two are not told apart).',
  INVALID_EMAIL: 'Not an email address.',
  INVALID_EXPIRY: 'The offer\'s expiry is not in the future.',
  INVALID_IDEMPOTENCY_KEY: 'The key is empty or longer than 200 characters.',
  INVALID_MILESTONES: 'A fixed-price offer needs one or more valid milestones.',
  INVALID_MINUTES: 'Log 1 to 1,440 minutes at a time.',
  INVALID_NAME: 'The name is empty or too long.',
  INVALID_PAYPAL_EMAIL: 'Not an email address.',
  INVALID_QUANTITY: 'Connects are bought in quantities within the allowed range.',
  INVALID_RATE_RANGE: 'The lowest rate is above the highest.',
  INVALID_RELATIONSHIP: 'Client teams have no member relationship.',
  INVALID_ROLES: 'No role, a role the team kind does not have, or `OWNER`.',
  INVALID_ROUTING_NUMBER: 'Not a valid ACH routing number.',
  INVALID_SKILLS: 'Too many skills (20 at most), or one that is empty, longer than 50 characters or holds other than letters, digits, spaces and + # . / & -.',
  INVALID_SITES: 'No site, or too many.',
  INVALID_SITE_URL: 'A site that is not an http(s) address.',
  INVALID_SORT_CODE: 'Not a valid BACS sort code.',
  INVALID_START: 'The time entry would start or end in the future (TM-3).',
  INVALID_TEXT: 'A text that is empty, too long or holds control characters.',
  INVALID_TRAFFIC_SOURCES: 'No traffic source, or an unknown one.',
  INVALID_WEEKLY_LIMIT: 'The weekly hour limit is out of range.',
  INVITATION_NOT_PENDING: 'The invitation was accepted, declined or revoked already.',
  JOB_NOT_OPEN: 'The job is closed or cancelled.',
  MEMBER_HAS_ACTIVE_CONTRACTS: 'The member still works active contracts (AG-7).',
  MEMBER_NOT_ACTIVE: 'That person is no longer a member.',
  MILESTONE_NOT_DISPUTED: 'Only a DISPUTED milestone is resolved (CT-4).',
  MILESTONE_NOT_PENDING_FUNDING: 'Only an unfunded milestone is funded.',
  MILESTONE_NOT_SUBMITTABLE: 'Only a funded milestone, or one sent back, is submitted (MS-2).',
  MILESTONE_NOT_SUBMITTED: 'Only a submitted milestone is approved or sent back.',
  NOTHING_TO_CHANGE: 'The new terms equal the current ones.',
  NOT_AN_AGENCY: 'The team is a client team where an agency is needed.',
  NOT_A_CLIENT_TEAM: 'The team is an agency where a client team is needed.',
  NOT_FIXED_PRICE: 'Milestones belong to fixed-price contracts.',
  NOT_HOURLY: 'Time and weekly limits belong to hourly contracts.',
  OFFER_ALREADY_PENDING: 'The proposal already has a pending offer.',
  OFFER_EXPIRED: 'The offer\'s expiry time has passed (OF-2).',
  OFFER_NOT_PENDING: 'The offer was accepted, declined, withdrawn or expired already (OF-4).',
  OWNER_CANNOT_BE_REMOVED: 'The owner is never removed.',
  OWNER_CANNOT_LEAVE: 'The owner hands ownership on before leaving (AG-5).',
  OWN_JOB: 'A team does not propose for its own job.',
  OWN_TEAM: 'A team does not hire itself.',
  PAYOUT_METHOD_ALREADY_REMOVED: 'The payout method was removed already.',
  PAYOUT_METHOD_NOT_USABLE: 'The payout method is removed or belongs to another account.',
  PAYOUT_NOT_PENDING: 'Only a pending payout is settled (PO-2).',
  PROPOSAL_HAS_OFFER: 'A proposal with an offer cannot be withdrawn (PR-3).',
  PROPOSAL_NOT_LIVE: 'The proposal was withdrawn, declined or hired already.',
  REFERRAL_CODE_UNKNOWN: 'No affiliate has that tracking code.',
  SAME_EMAIL: 'The new address is the one the account already has.',
  TIME_OVERLAPS: 'The freelancer already logged time overlapping this entry, on this or another contract (TM-3).',
  TOKEN_EXPIRED: 'The link\'s token is past its lifetime; ask for a new one.',
  TOKEN_INVALID: 'The token is not one the server issued for this purpose.',
  TOKEN_USED: 'The token was used already (each link works once).',
  TOO_MANY_PAYOUT_METHODS: 'An account holds at most 10 payout methods.',
  UNKNOWN_DUE_WORK: '`only` names a kind of periodic work that does not exist.',
  WEAK_PASSWORD: 'The password is not 8 to 200 characters long.',
  WEEK_INVOICED: 'The week was invoiced already; no more time goes into it (TM-2).',
  WRONG_PASSWORD: 'The current password given is not the account\'s.',
};

/** A payload base whose `userErrors` carry the domain's own code enum. */
export interface DomainPayloadClass {
  new (): { userErrors: UserError[] };
}

/**
 * Declares a domain's typed userErrors, the way Saleor does: the enum `<Domain>ErrorCode` (every
 * code the domain's mutations can return; values exactly the codes the services throw), the
 * object `<Domain>Error` (`code`, `message`, `field`), and the abstract payload its mutations'
 * payloads extend. test/user-error-codes.test.ts checks from the source that each mutation's
 * enum holds every code its service can return.
 */
export function domainUserErrors(domain: string, codes: Record<string, string>, refusal: string): DomainPayloadClass {
  const missing = Object.keys(codes).filter((code) => !MEANINGS[code]);
  if (missing.length) throw new Error(`userError codes without a meaning: ${missing.join(', ')}`);
  registerEnumType(codes, {
    name: `${domain}ErrorCode`,
    description: `Every code a userError of ${refusal} can carry.`,
    valuesConfig: Object.fromEntries(Object.keys(codes).map((code) => [code, { description: MEANINGS[code] }])),
  });

  @ObjectType(`${domain}Error`, { description: `Why ${refusal} was refused: a broken business rule or invalid input. When a payload has any, nothing changed.` })
  class DomainError implements UserError {
    @Field(() => codes, { description: 'A stable, machine-readable code; switch on it.' })
    code: string;

    @Field({ description: 'A human-readable explanation, safe to show to the user.' })
    message: string;

    @Field(() => [String], { nullable: true, description: 'The path of the input field at fault, if one is.' })
    field?: string[];
  }

  // Never in the schema itself (nothing returns it): each payload extending it inherits the field.
  @ObjectType(`${domain}PayloadBase`)
  abstract class DomainPayload {
    @Field(() => [DomainError], { description: 'Why nothing changed, when something went wrong; empty on success.' })
    userErrors: UserError[];
  }
  return DomainPayload as unknown as DomainPayloadClass;
}
