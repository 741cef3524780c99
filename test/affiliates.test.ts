import { graphql } from './gql';
import { testConfig, type TestServer } from './support/server';
import { signUp, startStaffSuite, type TestUser } from './support/factories';
import { ApplyAsAffiliateDoc, ReviewAffiliateDoc, application, approvedAffiliate } from './support/affiliates';

const MyAffiliateDoc = graphql(`
  query MyAffiliate {
    viewer {
      id
      affiliate {
        id status code trackingUrl country trafficSources audience createdAt reviewedAt decisionReason
        user { id }
        sites { url name contentCategories }
        materials { id kind trackingUrl embedHtml clickCount }
      }
    }
  }
`);

const UserAffiliateDoc = graphql(`
  query UserAffiliateByNode($id: ID!) {
    node(id: $id) { id ... on User { affiliate { id status } } }
  }
`);

const AffiliateNodeDoc = graphql(`
  query AffiliateNode($id: ID!) {
    node(id: $id) { id ... on Affiliate { status code } ... on PromotionalMaterial { kind } }
  }
`);

const StaffAffiliatesDoc = graphql(`
  query StaffAffiliates($filter: AffiliateFilter, $orderBy: AffiliateOrder, $first: Int) {
    affiliates(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      nodes { id status country user { id } }
    }
  }
`);

let server: TestServer;
let staff: TestUser;
beforeAll(async () => ({ server, staff } = await startStaffSuite()));
afterAll(() => server.close());

async function apply(user: TestUser, input = application()) {
  return (await server.api.ok(ApplyAsAffiliateDoc, { input }, user.token)).applyAsAffiliate;
}

async function affiliateRows(userId: string) {
  return server.sql('select id from affiliate where user_id = $1', [userId]);
}

describe('applying (AF-1)', () => {
  it('AF-1: an application with acceptable content is approved at once, with a code and a tracking URL', async () => {
    const user = await signUp(server.api, 'Blogger');
    const payload = await apply(user, application({ country: 'de', trafficSources: ['BLOG', 'EMAIL', 'BLOG'] }));
    expect(payload.userErrors).toEqual([]);
    const affiliate = payload.affiliate!;
    expect(affiliate).toMatchObject({ status: 'APPROVED', country: 'DE', trafficSources: ['BLOG', 'EMAIL'], decisionReason: null });
    expect(affiliate.code).toMatch(/^[0-9a-z]{10}$/);
    expect(affiliate.trackingUrl).toBe(`http://localhost:4000/r/${affiliate.code}`);
    expect(affiliate.reviewedAt).toBeTruthy();
    expect(affiliate.sites).toEqual([{ url: 'https://blog.example.com/', name: 'A business blog', contentCategories: ['BUSINESS'] }]);
    const { viewer } = await server.api.ok(MyAffiliateDoc, {}, user.token);
    expect(viewer!.affiliate).toMatchObject({ id: affiliate.id, status: 'APPROVED', audience: 'Founders of small companies', user: { id: user.id } });
  });

  it('AF-1: an affiliate in a sanctioned country is refused and nothing is kept', async () => {
    for (const country of ['KP', 'ir', 'CU']) {
      const user = await signUp(server.api, 'Sanctioned');
      const payload = await apply(user, application({ country }));
      expect(payload.affiliate).toBeNull();
      expect(payload.userErrors).toEqual([expect.objectContaining({ code: 'AFFILIATE_COUNTRY_SANCTIONED', field: ['input', 'country'] })]);
      expect(await affiliateRows(user.id)).toHaveLength(0);
    }
  });

  it('AF-1: the sanctioned-countries list is a setting (SANCTIONED_COUNTRIES)', () => {
    expect([...testConfig().sanctionedCountries].sort()).toEqual(['BY', 'CU', 'IR', 'KP', 'RU', 'SY']);
    expect([...testConfig({ SANCTIONED_COUNTRIES: ' fr, de ' }).sanctionedCountries]).toEqual(['FR', 'DE']);
    expect(testConfig({ SANCTIONED_COUNTRIES: '' }).sanctionedCountries.size).toBe(0);
    expect(() => testConfig({ SANCTIONED_COUNTRIES: 'France' })).toThrow(/SANCTIONED_COUNTRIES/);
  });

  it('AF-1: explicit content is refused: the application is REJECTED with a reason, without materials or a working link', async () => {
    const user = await signUp(server.api, 'Explicit');
    const input = application({
      sites: [
        { url: 'https://ok.example.com', contentCategories: ['TECHNOLOGY'] },
        { url: 'http://adult.example.com', contentCategories: ['LIFESTYLE', 'EXPLICIT'] },
      ],
    });
    const payload = await apply(user, input);
    expect(payload.userErrors).toEqual([]);
    expect(payload.affiliate).toMatchObject({ status: 'REJECTED', trackingUrl: null, materials: [] });
    expect(payload.affiliate!.decisionReason).toMatch(/explicit/i);
  });

  it.each([['RELIGIOUS'], ['POLITICAL']] as const)('AF-1: %s content waits for staff review, then staff approve it', async (category) => {
    const user = await signUp(server.api, 'Reviewed');
    const payload = await apply(user, application({}, ['EDUCATION', category]));
    expect(payload.affiliate).toMatchObject({ status: 'PENDING_REVIEW', trackingUrl: null, reviewedAt: null, materials: [] });
    const id = payload.affiliate!.id;

    expect(await server.api.errorCode(ReviewAffiliateDoc, { input: { affiliateId: id, decision: 'APPROVE' } }, user.token)).toBe('FORBIDDEN');
    const { reviewAffiliate } = await server.api.ok(ReviewAffiliateDoc, { input: { affiliateId: id, decision: 'APPROVE', reason: 'Brand safe' } }, staff.token);
    expect(reviewAffiliate.userErrors).toEqual([]);
    expect(reviewAffiliate.affiliate).toMatchObject({ status: 'APPROVED', decisionReason: 'Brand safe' });
    expect(reviewAffiliate.affiliate!.materials.map((m) => m.kind)).toEqual(['BANNER', 'TEXT_LINK', 'LOGO', 'WIDGET']);
    expect(reviewAffiliate.affiliate!.trackingUrl).toMatch(/\/r\/[0-9a-z]{10}$/);

    const again = await server.api.ok(ReviewAffiliateDoc, { input: { affiliateId: id, decision: 'APPROVE' } }, staff.token);
    expect(again.reviewAffiliate.userErrors[0].code).toBe('AFFILIATE_NOT_REVIEWABLE');
  });

  it('AF-1: staff may reject an application under review, and never review their own', async () => {
    const user = await signUp(server.api, 'Political');
    const pending = await apply(user, application({}, ['POLITICAL']));
    const { reviewAffiliate } = await server.api.ok(
      ReviewAffiliateDoc,
      { input: { affiliateId: pending.affiliate!.id, decision: 'REJECT', reason: 'Not brand safe' } },
      staff.token,
    );
    expect(reviewAffiliate.affiliate).toMatchObject({ status: 'REJECTED', decisionReason: 'Not brand safe', materials: [] });

    const own = await apply(staff, application({}, ['RELIGIOUS']));
    expect(await server.api.errorCode(ReviewAffiliateDoc, { input: { affiliateId: own.affiliate!.id, decision: 'APPROVE' } }, staff.token)).toBe(
      'FORBIDDEN',
    );
    expect(await server.api.errorCode(ReviewAffiliateDoc, { input: { affiliateId: 'aff_nope', decision: 'APPROVE' } }, staff.token)).toBe('NOT_FOUND');
  });

  it('AF-1: one application per user: applying again while approved or pending is refused', async () => {
    const approved = await signUp(server.api, 'Twice');
    expect((await apply(approved)).affiliate!.status).toBe('APPROVED');
    expect((await apply(approved)).userErrors[0].code).toBe('AFFILIATE_ALREADY_APPLIED');
    const pending = await signUp(server.api, 'Twice Pending');
    expect((await apply(pending, application({}, ['POLITICAL']))).affiliate!.status).toBe('PENDING_REVIEW');
    expect((await apply(pending)).userErrors[0].code).toBe('AFFILIATE_ALREADY_APPLIED');
  });

  it('AF-1: a rejected applicant may apply again, keeping id and code, and waits for staff review', async () => {
    const user = await signUp(server.api, 'Reapplier');
    const rejected = await apply(user, application({}, ['EXPLICIT']));
    const again = await apply(user, application({}, ['BUSINESS']));
    expect(again.userErrors).toEqual([]);
    expect(again.affiliate).toMatchObject({ id: rejected.affiliate!.id, code: rejected.affiliate!.code, status: 'PENDING_REVIEW', decisionReason: null });
    expect(await affiliateRows(user.id)).toHaveLength(1);
  });

  it('AF-1: concurrent applications of one user create one affiliate', async () => {
    const user = await signUp(server.api, 'Racer');
    const results = await Promise.all(Array.from({ length: 5 }, () => apply(user)));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'AFFILIATE_ALREADY_APPLIED')).toHaveLength(4);
    expect(await affiliateRows(user.id)).toHaveLength(1);
  });

  const GENERAL = ['GENERAL' as const];
  it.each([
    ['an unknown country', { country: 'XX' }, 'INVALID_COUNTRY', ['input', 'country']],
    ['a three-letter country', { country: 'USA' }, 'INVALID_COUNTRY', ['input', 'country']],
    ['no traffic source', { trafficSources: [] }, 'INVALID_TRAFFIC_SOURCES', ['input', 'trafficSources']],
    ['no site', { sites: [] }, 'INVALID_SITES', ['input', 'sites']],
    ['eleven sites', { sites: Array.from({ length: 11 }, (_, i) => ({ url: `https://s${i}.example.com`, contentCategories: GENERAL })) }, 'INVALID_SITES', ['input', 'sites']],
    ['an ftp site', { sites: [{ url: 'ftp://files.example.com', contentCategories: GENERAL }] }, 'INVALID_SITE_URL', ['input', 'sites', '0', 'url']],
    ['a javascript: site', { sites: [{ url: 'javascript:alert(1)', contentCategories: GENERAL }] }, 'INVALID_SITE_URL', ['input', 'sites', '0', 'url']],
    ['a 2,100-character URL', { sites: [{ url: `https://example.com/${'a'.repeat(2100)}`, contentCategories: GENERAL }] }, 'INVALID_SITE_URL', ['input', 'sites', '0', 'url']],
    ['a site without categories', { sites: [{ url: 'https://example.com', contentCategories: [] }] }, 'INVALID_CONTENT_CATEGORIES', ['input', 'sites', '0', 'contentCategories']],
    ['a 2,001-character audience', { audience: 'x'.repeat(2001) }, 'INVALID_TEXT', ['input', 'audience']],
  ])('AF-1: refuses an application with %s: %s, nothing kept', async (_label, overrides, code, field) => {
    const user = await signUp(server.api, 'Invalid');
    const payload = await apply(user, application(overrides));
    expect(payload.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect(await affiliateRows(user.id)).toHaveLength(0);
  });

  it('AF-1: applying needs a signed-in user', async () => {
    expect(await server.api.errorCode(ApplyAsAffiliateDoc, { input: application() })).toBe('UNAUTHENTICATED');
  });
});

describe('promotional materials (AF-2)', () => {
  it('AF-2: an approved affiliate gets a BANNER, a TEXT_LINK, a LOGO and a WIDGET, each with its own tracking URL and embed code', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const { viewer } = await server.api.ok(MyAffiliateDoc, {}, affiliate.token);
    const materials = viewer!.affiliate!.materials;
    expect(materials.map((m) => m.kind)).toEqual(['BANNER', 'TEXT_LINK', 'LOGO', 'WIDGET']);
    for (const material of materials) {
      expect(material.trackingUrl).toBe(`http://localhost:4000/r/${affiliate.code}?m=${material.id}`);
      expect(material.embedHtml).toContain(`"${material.trackingUrl}"`);
      expect(material.clickCount).toBe(0);
    }
    expect(materials[0].embedHtml).toMatch(/^<a href=.*<img /);
    expect(materials[3].embedHtml).toContain('<script');
  });
});

describe('who sees an affiliate (RF-5)', () => {
  it('RF-5: User.affiliate and its nodes are shown to the affiliate and to staff, to nobody else', async () => {
    const affiliate = await approvedAffiliate(server.api, 'Private Affiliate');
    const other = await signUp(server.api, 'Nosy');

    const asOther = await server.api.ok(UserAffiliateDoc, { id: affiliate.id }, other.token);
    expect(asOther.node).toMatchObject({ id: affiliate.id, affiliate: null });
    const asStaff = await server.api.ok(UserAffiliateDoc, { id: affiliate.id }, staff.token);
    expect(asStaff.node).toMatchObject({ affiliate: { id: affiliate.affiliateId, status: 'APPROVED' } });

    for (const id of [affiliate.affiliateId, affiliate.materials[0].id]) {
      expect(await server.api.errorCode(AffiliateNodeDoc, { id }, other.token)).toBe('NOT_FOUND');
      expect((await server.api.ok(AffiliateNodeDoc, { id }, affiliate.token)).node!.id).toBe(id);
      expect((await server.api.ok(AffiliateNodeDoc, { id }, staff.token)).node!.id).toBe(id);
    }
  });

  it('RF-5: staff list affiliates by status and country; nobody else may', async () => {
    const pendingUser = await signUp(server.api, 'Pending Lister');
    const pending = await apply(pendingUser, application({ country: 'NZ' }, ['RELIGIOUS']));
    const { affiliates } = await server.api.ok(StaffAffiliatesDoc, { filter: { status: ['PENDING_REVIEW'], country: 'nz' }, first: 100 }, staff.token);
    expect(affiliates.nodes.map((a) => a.id)).toContain(pending.affiliate!.id);
    expect(affiliates.nodes.every((a) => a.status === 'PENDING_REVIEW' && a.country === 'NZ')).toBe(true);
    expect(affiliates.totalCount).toBe(affiliates.nodes.length);

    const ordered = await server.api.ok(StaffAffiliatesDoc, { orderBy: { field: 'COUNTRY', direction: 'DESC' }, first: 100 }, staff.token);
    const countries = ordered.affiliates.nodes.map((a) => a.country);
    expect(countries).toEqual([...countries].sort().reverse());

    expect(await server.api.errorCode(StaffAffiliatesDoc, {}, pendingUser.token)).toBe('FORBIDDEN');
    expect(await server.api.errorCode(StaffAffiliatesDoc, {})).toBe('UNAUTHENTICATED');
  });
});
