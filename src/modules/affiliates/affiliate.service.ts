import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireStaff, requireViewer } from '../../auth/authorize';
import type { Config } from '../../config';
import { executeSql, selectOne, whereIn } from '../../db/sql';
import { inTransaction } from '../../db/transaction';
import { loadPage, SortDirection, type ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { forbidden, notFound, userError } from '../../graphql/errors';
import { registerNodeType } from '../../graphql/node';
import { isIdOf, newId } from '../../shared/ids';
import { AffiliateEntity, type AffiliateSiteData } from './affiliate.entity';
import { AffiliateErrorCode } from './affiliate.errors';
import { affiliateById, materialById } from './affiliate.loaders';
import {
  AFFILIATE_COLUMNS,
  AffiliateDecision,
  AffiliateOrderField,
  AffiliateStatus,
  ContentCategory,
  MaterialKind,
  TrafficSource,
  type Affiliate,
  type AffiliateFilter,
  type AffiliateOrder,
  type ApplyAsAffiliateInput,
  type PromotionalMaterial,
  type ReviewAffiliateInput,
} from './affiliate.types';

export const MAX_SITES = 10;
export const MAX_URL_LENGTH = 2048;
const REVIEWED_CONTENT = [ContentCategory.RELIGIOUS, ContentCategory.POLITICAL];

// ---- who sees what ------------------------------------------------------------------------

/** RF-5: an affiliate's world is visible to its own user and to staff, to nobody else. */
export function canSeeAffiliate(ctx: Context, affiliate: { userId: string } | undefined): boolean {
  return Boolean(affiliate && ctx.viewer && (ctx.viewer.id === affiliate.userId || ctx.viewer.isStaff));
}

export async function findAffiliate(ctx: Context, id: string): Promise<Affiliate | undefined> {
  requireViewer(ctx);
  const affiliate = isIdOf('Affiliate', id) ? await affiliateById(ctx).load(id) : undefined;
  return canSeeAffiliate(ctx, affiliate) ? affiliate : undefined;
}

/** Anything that belongs to an affiliate is visible where the affiliate is. */
export async function visibleWithAffiliate<T extends { affiliateId: string }>(ctx: Context, row: T | undefined): Promise<T | undefined> {
  if (!row || !ctx.viewer) return undefined;
  return canSeeAffiliate(ctx, await affiliateById(ctx).load(row.affiliateId)) ? row : undefined;
}

export async function findMaterial(ctx: Context, id: string): Promise<PromotionalMaterial | undefined> {
  requireViewer(ctx);
  return visibleWithAffiliate(ctx, isIdOf('PromotionalMaterial', id) ? await materialById(ctx).load(id) : undefined);
}

registerNodeType('Affiliate', findAffiliate);
registerNodeType('PromotionalMaterial', findMaterial);

const ORDER_COLUMNS: Record<AffiliateOrderField, { column: string; type: 'timestamptz' | 'text' }> = {
  [AffiliateOrderField.CREATED_AT]: { column: 'createdAt', type: 'timestamptz' },
  [AffiliateOrderField.COUNTRY]: { column: 'country', type: 'text' },
};

/** Staff's list of affiliates, for internal tools (RF-5). */
export async function listAffiliates(ctx: Context, args: ConnectionArgs, filter?: AffiliateFilter, order?: AffiliateOrder): Promise<Page<Affiliate>> {
  requireStaff(ctx);
  const where: string[] = [];
  const params: unknown[] = [];
  whereIn('status', filter?.status, where, params);
  if (filter?.country) (where.push('country = ?'), params.push(filter.country.trim().toUpperCase()));
  const sort = ORDER_COLUMNS[order?.field ?? AffiliateOrderField.CREATED_AT];
  return loadPage<Affiliate>(
    ctx.em,
    {
      sql: `select ${AFFILIATE_COLUMNS} from affiliate ${where.length ? 'where ' + where.join(' and ') : ''}`,
      params,
      sort: { ...sort, direction: order?.direction ?? SortDirection.ASC },
    },
    args,
  );
}

// ---- applying (AF-1) ----------------------------------------------------------------------

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** An ISO 3166-1 alpha-2 code that names a real region (Intl echoes unknown codes back). */
function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') return false;
  try {
    return regionNames.of(code) !== code;
  } catch {
    return false;
  }
}

interface Application {
  country: string;
  trafficSources: TrafficSource[];
  sites: AffiliateSiteData[];
  audience: string | null;
}

function checkSiteUrl(raw: string, field: string[]): string {
  const url = raw.trim();
  let parsed: URL | undefined;
  try {
    parsed = url.length <= MAX_URL_LENGTH ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname.includes('.')) {
    throw userError(AffiliateErrorCode.INVALID_SITE_URL, `A site must be an http or https address of at most ${MAX_URL_LENGTH} characters.`, field);
  }
  return url;
}

/** Validates an application; a sanctioned country is refused outright and nothing is kept (AF-1). */
export function checkApplication(config: Pick<Config, 'sanctionedCountries'>, input: ApplyAsAffiliateInput): Application {
  const country = input.country.trim().toUpperCase();
  if (!isCountryCode(country)) {
    throw userError(AffiliateErrorCode.INVALID_COUNTRY, 'Give the country as an ISO 3166-1 alpha-2 code, such as "US".', ['input', 'country']);
  }
  if (config.sanctionedCountries.has(country)) {
    throw userError(
      AffiliateErrorCode.AFFILIATE_COUNTRY_SANCTIONED,
      'The affiliate program is not open to residents of this country because of trade sanctions (AF-1).',
      ['input', 'country'],
    );
  }
  const trafficSources = [...new Set(input.trafficSources)];
  if (!trafficSources.length) {
    throw userError(AffiliateErrorCode.INVALID_TRAFFIC_SOURCES, 'Give at least one traffic source.', ['input', 'trafficSources']);
  }
  if (!input.sites.length || input.sites.length > MAX_SITES) {
    throw userError(AffiliateErrorCode.INVALID_SITES, `Give between 1 and ${MAX_SITES} sites.`, ['input', 'sites']);
  }
  const sites = input.sites.map((site, i): AffiliateSiteData => {
    const field = ['input', 'sites', String(i)];
    const name = site.name?.trim() || null;
    if (name && name.length > 200) throw userError(AffiliateErrorCode.INVALID_TEXT, 'A site name is at most 200 characters.', [...field, 'name']);
    const contentCategories = [...new Set(site.contentCategories)];
    if (!contentCategories.length) {
      throw userError(AffiliateErrorCode.INVALID_CONTENT_CATEGORIES, 'Say what each site is about: at least one category.', [...field, 'contentCategories']);
    }
    return { url: checkSiteUrl(site.url, [...field, 'url']), name, contentCategories };
  });
  const audience = input.audience?.trim() || null;
  if (audience && audience.length > 2000) {
    throw userError(AffiliateErrorCode.INVALID_TEXT, 'The audience description is at most 2000 characters.', ['input', 'audience']);
  }
  return { country, trafficSources, sites, audience };
}

interface Verdict {
  status: AffiliateStatus;
  reason: string | null;
}

/**
 * AF-1: explicit content is refused; religious or political content waits for staff; so does a
 * second application after a rejection (it must not slip past a staff decision); the rest is approved.
 */
export function judgeApplication(sites: AffiliateSiteData[], reapplying: boolean): Verdict {
  const categories = new Set(sites.flatMap((site) => site.contentCategories));
  if (categories.has(ContentCategory.EXPLICIT)) {
    return { status: AffiliateStatus.REJECTED, reason: 'Sites with explicit content are not accepted in the affiliate program (AF-1).' };
  }
  if (REVIEWED_CONTENT.some((category) => categories.has(category)) || reapplying) return { status: AffiliateStatus.PENDING_REVIEW, reason: null };
  return { status: AffiliateStatus.APPROVED, reason: null };
}

const CODE_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A short, random, URL-safe tracking code (10 characters: 50 bits). */
function randomCode(): string {
  const bytes = randomBytes(10);
  let code = '';
  for (const byte of bytes) code += CODE_ALPHABET[byte % 32];
  return code;
}

async function unusedCode(em: EntityManager): Promise<string> {
  for (;;) {
    const code = randomCode();
    if (!(await selectOne(em, 'select 1 from affiliate where code = ?', [code]))) return code;
  }
}

/** AF-2: an approved affiliate gets one material of each kind; granting twice changes nothing. */
async function grantMaterials(em: EntityManager, affiliateId: string, now: Date): Promise<void> {
  const kinds = Object.values(MaterialKind);
  await executeSql(
    em,
    `insert into promotional_material (id, affiliate_id, kind, created_at) values ${kinds.map(() => '(?, ?, ?, ?)').join(', ')}
     on conflict (affiliate_id, kind) do nothing`,
    kinds.flatMap((kind) => [newId('PromotionalMaterial'), affiliateId, kind, now]),
  );
}

/**
 * AF-1. One application per user; a rejected applicant may apply again, and that application
 * replaces the rejected one (same id and code) and always goes to staff review.
 */
export async function applyAsAffiliate(ctx: Context, input: ApplyAsAffiliateInput): Promise<{ affiliate: Affiliate }> {
  const viewer = requireViewer(ctx);
  const application = checkApplication(ctx.config, input);
  const affiliateId = await inTransaction(ctx, async (em, now) => {
    // One application at a time per user, whatever the races.
    await selectOne(em, 'select id from app_user where id = ? for update', [viewer.id]);
    const existing = await em.findOne(AffiliateEntity, { user: viewer.id });
    if (existing && existing.status !== AffiliateStatus.REJECTED) {
      throw userError(AffiliateErrorCode.AFFILIATE_ALREADY_APPLIED, 'You have already applied to the affiliate program.');
    }
    const verdict = judgeApplication(application.sites, Boolean(existing));
    const decided = verdict.status === AffiliateStatus.PENDING_REVIEW ? null : now;
    const fields = { ...application, status: verdict.status, createdAt: now, reviewedAt: decided, reviewedBy: null, decisionReason: verdict.reason };
    const affiliate = existing ? em.assign(existing, fields) : em.create(AffiliateEntity, { user: viewer.id, code: await unusedCode(em), ...fields });
    await em.flush();
    if (verdict.status === AffiliateStatus.APPROVED) await grantMaterials(em, affiliate.id, now);
    return affiliate.id;
  });
  return { affiliate: (await affiliateById(ctx).load(affiliateId))! };
}

/**
 * Staff decide on applications pending review, and may suspend (REJECT) an approved affiliate,
 * whose link then records nothing. Staff never decide on their own application (AC-2).
 */
export async function reviewAffiliate(ctx: Context, input: ReviewAffiliateInput): Promise<{ affiliate: Affiliate }> {
  const staff = requireStaff(ctx);
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > 1000) throw userError(AffiliateErrorCode.INVALID_TEXT, 'The reason is at most 1000 characters.', ['input', 'reason']);
  await inTransaction(ctx, async (em, now) => {
    const affiliate = isIdOf('Affiliate', input.affiliateId)
      ? await selectOne<{ id: string; userId: string; status: AffiliateStatus }>(
          em,
          'select id, user_id as "userId", status from affiliate where id = ? for update',
          [input.affiliateId],
        )
      : undefined;
    if (!affiliate) throw notFound('Affiliate');
    if (affiliate.userId === staff.id) throw forbidden('Staff do not review their own application.');
    const approve = input.decision === AffiliateDecision.APPROVE;
    const allowed = approve ? [AffiliateStatus.PENDING_REVIEW] : [AffiliateStatus.PENDING_REVIEW, AffiliateStatus.APPROVED];
    if (!allowed.includes(affiliate.status)) {
      throw userError(
        AffiliateErrorCode.AFFILIATE_NOT_REVIEWABLE,
        `An affiliate that is ${affiliate.status.toLowerCase().replace('_', ' ')} cannot be ${approve ? 'approved' : 'rejected'}.`,
        ['input', 'decision'],
      );
    }
    await executeSql(em, 'update affiliate set status = ?, reviewed_at = ?, reviewed_by_id = ?, decision_reason = ? where id = ?', [
      approve ? AffiliateStatus.APPROVED : AffiliateStatus.REJECTED,
      now,
      staff.id,
      reason,
      affiliate.id,
    ]);
    if (approve) await grantMaterials(em, affiliate.id, now);
  });
  return { affiliate: (await affiliateById(ctx).load(input.affiliateId))! };
}
