import { domainUserErrors } from '../../graphql/user-errors';
/** Why an affiliate-program request was refused. */
export enum AffiliateErrorCode {
  AFFILIATE_ALREADY_APPLIED = 'AFFILIATE_ALREADY_APPLIED',
  AFFILIATE_COUNTRY_SANCTIONED = 'AFFILIATE_COUNTRY_SANCTIONED',
  INVALID_COUNTRY = 'INVALID_COUNTRY',
  INVALID_TRAFFIC_SOURCES = 'INVALID_TRAFFIC_SOURCES',
  INVALID_SITES = 'INVALID_SITES',
  INVALID_SITE_URL = 'INVALID_SITE_URL',
  INVALID_CONTENT_CATEGORIES = 'INVALID_CONTENT_CATEGORIES',
  INVALID_TEXT = 'INVALID_TEXT',
  AFFILIATE_NOT_REVIEWABLE = 'AFFILIATE_NOT_REVIEWABLE',
  REFERRAL_CODE_UNKNOWN = 'REFERRAL_CODE_UNKNOWN',
}

/** Base of the affiliate mutations' payloads: `userErrors` typed with `AffiliateErrorCode`. */
export const AffiliatePayload = domainUserErrors('Affiliate', { ...AffiliateErrorCode }, 'an affiliate-program request');
