import { graphql } from '../gql';
import type { AffiliateContentCategory, AffiliateTrafficSource, ApplyAsAffiliateInput } from '../gql/graphql';
import type { Api } from './api';
import { signUp, type TestUser } from './factories';

export const ApplyAsAffiliateDoc = graphql(`
  mutation ApplyAsAffiliate($input: ApplyAsAffiliateInput!) {
    applyAsAffiliate(input: $input) {
      affiliate {
        id status code trackingUrl country trafficSources decisionReason reviewedAt
        sites { url name contentCategories }
        materials { id kind trackingUrl embedHtml clickCount }
      }
      userErrors { code message field }
    }
  }
`);

export const ReviewAffiliateDoc = graphql(`
  mutation ReviewAffiliate($input: ReviewAffiliateInput!) {
    reviewAffiliate(input: $input) {
      affiliate { id status trackingUrl decisionReason reviewedAt materials { id kind } }
      userErrors { code message field }
    }
  }
`);

export const RecordReferralClickDoc = graphql(`
  mutation RecordReferralClick($input: RecordReferralClickInput!) {
    recordReferralClick(input: $input) {
      clickId
      userErrors { code message field }
    }
  }
`);

export const AffiliateNowDoc = graphql(`
  query AffiliateNow { now }
`);

export function application(overrides: Partial<ApplyAsAffiliateInput> = {}, categories: AffiliateContentCategory[] = ['BUSINESS']): ApplyAsAffiliateInput {
  return {
    country: 'US',
    trafficSources: ['BLOG' as AffiliateTrafficSource],
    sites: [{ url: 'https://blog.example.com/', name: 'A business blog', contentCategories: categories }],
    audience: 'Founders of small companies',
    ...overrides,
  };
}

export interface TestAffiliate extends TestUser {
  affiliateId: string;
  code: string;
  materials: { id: string; kind: string; trackingUrl: string }[];
}

/** A user who applied with a plain business blog and was approved at once (AF-1). */
export async function approvedAffiliate(api: Api, name = 'Affiliate Person', user?: TestUser): Promise<TestAffiliate> {
  const person = user ?? (await signUp(api, name));
  const { applyAsAffiliate: payload } = await api.ok(ApplyAsAffiliateDoc, { input: application() }, person.token);
  if (payload.userErrors.length || payload.affiliate?.status !== 'APPROVED') throw new Error(JSON.stringify(payload));
  return { ...person, affiliateId: payload.affiliate.id, code: payload.affiliate.code, materials: payload.affiliate.materials };
}
