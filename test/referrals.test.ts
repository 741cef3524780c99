import { request } from 'node:http';
import type { TestServer } from './support/server';
import { graphql } from './gql';
import { attributeSignUp, referralOfUser } from '../src/modules/affiliates/referral.service';
import { SignUpDoc, signUp, startStaffSuite, uniqueEmail, type TestUser } from './support/factories';
import {
  AffiliateNowDoc,
  ApplyAsAffiliateDoc,
  RecordReferralClickDoc,
  ReviewAffiliateDoc,
  application,
  approvedAffiliate,
  type TestAffiliate,
} from './support/affiliates';
import { advanceClock, DAY_MS, setClockTo } from './support/clock';

const DashboardDoc = graphql(`
  query AffiliateDashboard($months: Int) {
    viewer {
      affiliate {
        id
        materials { id kind clickCount }
        clicks(first: 100) { totalCount nodes { id referrer occurredAt material { id kind } } }
        referrals(first: 100) {
          totalCount
          nodes { id signedUpAt affiliate { id } referredUser { id name email } click { id } }
        }
        monthlyTotals(months: $months) { month clicks signups }
      }
    }
  }
`);

const StaffReferralsDoc = graphql(`
  query StaffReferrals($filter: ReferralFilter, $orderBy: ReferralOrder) {
    referrals(filter: $filter, orderBy: $orderBy, first: 100) {
      totalCount
      nodes { id signedUpAt affiliate { id } referredUser { id } click { id } }
    }
  }
`);

const StaffAffiliateOverviewDoc = graphql(`
  query StaffAffiliateOverview($first: Int) {
    affiliates(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes {
        id trackingUrl user { id name }
        materials { id kind trackingUrl clickCount }
        clicks(first: 5) { totalCount nodes { id material { id kind } } }
        referrals(first: 5) { totalCount nodes { id referredUser { id } click { id occurredAt } affiliate { id } } }
        monthlyTotals { month clicks signups }
      }
    }
  }
`);

const ReferralNodeDoc = graphql(`
  query ReferralNode($id: ID!) {
    node(id: $id) { id ... on Referral { signedUpAt } ... on ReferralClick { occurredAt } }
  }
`);

let server: TestServer;
let staff: TestUser;
let baseUrl: string;
beforeAll(async () => {
  ({ server, staff } = await startStaffSuite());
  baseUrl = server.url.replace(/\/graphql$/, '');
});
afterAll(() => server.close());

interface LinkResponse {
  status: number;
  location?: string;
  setCookie: string[];
  /** The click id of the `ref` cookie set, if any. */
  clickId?: string;
}

/** A browser following a tracking link: raw HTTP, so any path and header can be sent. */
function follow(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<LinkResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { method, headers }, (res) => {
      res.resume();
      res.on('end', () => {
        const setCookie = res.headers['set-cookie'] ?? [];
        const ref = setCookie.map((c) => /^ref=([^;]*)/.exec(c)?.[1]).find(Boolean);
        resolve({ status: res.statusCode!, location: res.headers.location, setCookie, clickId: ref });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Signs up as a browser would: with the `ref` cookie (and whatever else) in a Cookie header. */
async function signUpWithCookie(cookie: string, referralClickId?: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } userErrors { code } } }',
      variables: { input: { email: uniqueEmail('cookie'), password: 'correct horse battery', name: 'Cookie Person', referralClickId } },
    }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { signUp: { user: { id: string } | null; userErrors: { code: string }[] } } };
  expect(body.data.signUp.userErrors).toEqual([]);
  return body.data.signUp.user!.id;
}

async function signUpWithClick(referralClickId?: string | null, name = 'Referred Client') {
  const { signUp: payload } = await server.api.ok(SignUpDoc, {
    input: { email: uniqueEmail('ref'), password: 'correct horse battery', name, referralClickId },
  });
  expect(payload.userErrors).toEqual([]);
  return { id: payload.user!.id, token: payload.token!, name };
}

async function referralOf(userId: string) {
  const rows = await server.sql<{ affiliate_id: string; click_id: string }>('select affiliate_id, click_id from referral where referred_user_id = $1', [userId]);
  return rows[0];
}

async function clickRows(affiliateId: string) {
  return server.sql<{ id: string; material_id: string | null; referrer: string | null; user_agent: string | null }>(
    'select id, material_id, referrer, user_agent from referral_click where affiliate_id = $1 order by created_at',
    [affiliateId],
  );
}

describe('tracking clicks (RF-1)', () => {
  it('RF-1: GET /r/:code records the click, sets the ref cookie for 30 days and redirects to the landing page', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const banner = affiliate.materials.find((m) => m.kind === 'BANNER')!;
    const link = await follow(`/r/${affiliate.code}?m=${banner.id}`, { referer: 'https://blog.example.com/post', 'user-agent': 'TestBrowser/1.0' });
    expect(link.status).toBe(302);
    expect(link.location).toBe('http://localhost:4000/');
    expect(link.setCookie).toHaveLength(1);
    expect(link.setCookie[0]).toBe(`ref=${link.clickId}; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax`);
    expect(link.clickId).toMatch(/^clk_/);
    expect(await clickRows(affiliate.affiliateId)).toEqual([
      { id: link.clickId, material_id: banner.id, referrer: 'https://blog.example.com/post', user_agent: 'TestBrowser/1.0' },
    ]);
    const { viewer } = await server.api.ok(DashboardDoc, {}, affiliate.token);
    expect(viewer!.affiliate!.clicks.nodes).toEqual([
      { id: link.clickId, referrer: 'https://blog.example.com/post', occurredAt: expect.any(String), material: { id: banner.id, kind: 'BANNER' } },
    ]);
  });

  it('RF-1: recordReferralClick does the same for apps and returns the click id; an unknown code is refused and recorded nowhere', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const widget = affiliate.materials.find((m) => m.kind === 'WIDGET')!;
    const { recordReferralClick } = await server.api.ok(RecordReferralClickDoc, {
      input: { code: affiliate.code.toUpperCase(), materialId: widget.id, referrer: 'app://home' },
    });
    expect(recordReferralClick.userErrors).toEqual([]);
    expect(recordReferralClick.clickId).toMatch(/^clk_/);
    expect(await clickRows(affiliate.affiliateId)).toEqual([expect.objectContaining({ id: recordReferralClick.clickId, material_id: widget.id, referrer: 'app://home' })]);

    const before = await server.sql('select count(*)::int as n from referral_click');
    for (const code of ['nosuchcode', '', ' ', '../../etc', 'x'.repeat(5000)]) {
      const bad = await server.api.ok(RecordReferralClickDoc, { input: { code } });
      expect(bad.recordReferralClick).toMatchObject({ clickId: null, userErrors: [{ code: 'REFERRAL_CODE_UNKNOWN' }] });
    }
    expect(await server.sql('select count(*)::int as n from referral_click')).toEqual(before);
  });

  it('AF-2: clicks are counted per material; a material that is not the affiliate\'s is ignored', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const other = await approvedAffiliate(server.api, 'Other Affiliate');
    const [banner, textLink] = affiliate.materials;
    await Promise.all([
      follow(`/r/${affiliate.code}?m=${banner.id}`),
      follow(`/r/${affiliate.code}?m=${banner.id}`),
      follow(`/r/${affiliate.code}?m=${textLink.id}`),
      follow(`/r/${affiliate.code}?m=${other.materials[0].id}`),
      follow(`/r/${affiliate.code}?m=garbage&m=twice`),
      follow(`/r/${affiliate.code}`),
    ]);
    const { viewer } = await server.api.ok(DashboardDoc, {}, affiliate.token);
    const counts = Object.fromEntries(viewer!.affiliate!.materials.map((m) => [m.kind, m.clickCount]));
    expect(counts).toEqual({ BANNER: 2, TEXT_LINK: 1, LOGO: 0, WIDGET: 0 });
    expect(viewer!.affiliate!.clicks.totalCount).toBe(6);
    expect(await clickRows(other.affiliateId)).toEqual([]);
  });

  it('RF-1: the code of an affiliate who is not approved records nothing, sets no cookie, and still redirects', async () => {
    const user = await signUp(server.api, 'Pending');
    const { applyAsAffiliate } = await server.api.ok(ApplyAsAffiliateDoc, { input: application({}, ['POLITICAL']) }, user.token);
    const pending = applyAsAffiliate.affiliate!;
    const link = await follow(`/r/${pending.code}`);
    expect(link).toMatchObject({ status: 302, location: 'http://localhost:4000/', setCookie: [] });

    // Suspending an approved affiliate stops their link as well.
    const suspended = await approvedAffiliate(server.api, 'Suspended');
    await server.api.ok(ReviewAffiliateDoc, { input: { affiliateId: suspended.affiliateId, decision: 'REJECT', reason: 'Fraud' } }, staff.token);
    expect(await follow(`/r/${suspended.code}`)).toMatchObject({ status: 302, setCookie: [] });
    expect(await clickRows(pending.id)).toEqual([]);
    expect(await clickRows(suspended.affiliateId)).toEqual([]);
  });

  it('RF-1: garbage codes, undecodable paths, oversized referrers and malformed cookies get a redirect or a clear 4xx, never a 500', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const garbage = [
      '/r/nosuchcode',
      '/r/%E0%A4%A',
      '/r/%00',
      `/r/${'z'.repeat(5000)}`,
      "/r/'%20or%201=1--",
      '/r',
      '/r/',
      `/r/${affiliate.code}?m=%FF`,
      `/r/${affiliate.code}?m[]=x&m[y]=z`,
    ];
    for (const path of garbage) {
      const link = await follow(path, { cookie: 'ref=%E0%A4%A; ref="; =;;;' });
      expect([path, link.status, link.location]).toEqual([path, 302, 'http://localhost:4000/']);
    }
    // A long referrer is recorded truncated; one beyond the server's header limit is a clear 431.
    const long = await follow(`/r/${affiliate.code}`, { referer: `https://example.com/${'a'.repeat(10_000)}` });
    expect(long.status).toBe(302);
    const [row] = (await clickRows(affiliate.affiliateId)).filter((r) => r.id === long.clickId);
    expect(row.referrer).toHaveLength(2048);
    const huge = await follow(`/r/${affiliate.code}`, { referer: `https://example.com/${'a'.repeat(20_000)}` });
    expect(huge.status).toBe(431);
    // A HEAD request (a link checker) is redirected and is no click.
    const head = await follow(`/r/${affiliate.code}`, {}, 'HEAD');
    expect(head).toMatchObject({ status: 302, setCookie: [] });
    // The valid code recorded exactly the valid GETs: the two with ?m= garbage and the long referrer.
    expect(await clickRows(affiliate.affiliateId)).toHaveLength(3);
  });

  it('RF-1: a click storm of 1,000 concurrent GET /r/:code records every click', async () => {
    const affiliate = await approvedAffiliate(server.api, 'Viral Affiliate');
    const responses = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        fetch(`${baseUrl}/r/${affiliate.code}?m=${affiliate.materials[i % 4].id}`, { redirect: 'manual', headers: { referer: `https://site.example/${i}` } }).then(
          async (res) => {
            await res.arrayBuffer();
            return { status: res.status, cookie: res.headers.get('set-cookie') };
          },
        ),
      ),
    );
    expect(responses.filter((r) => r.status === 302)).toHaveLength(1000);
    const ids = new Set(responses.map((r) => /^ref=([^;]+)/.exec(r.cookie ?? '')?.[1]));
    expect(ids.size).toBe(1000);
    const [{ n }] = await server.sql<{ n: number }>('select count(*)::int as n from referral_click where affiliate_id = $1', [affiliate.affiliateId]);
    expect(n).toBe(1000);
    const { viewer } = await server.api.ok(DashboardDoc, {}, affiliate.token);
    expect(viewer!.affiliate!.materials.map((m) => m.clickCount)).toEqual([250, 250, 250, 250]);
  }, 120_000);
});

describe('referrals (RF-1, RF-3)', () => {
  it('RF-1: a new user who signs up with a click id is referred by that click\'s affiliate', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const { recordReferralClick } = await server.api.ok(RecordReferralClickDoc, { input: { code: affiliate.code } });
    const client = await signUpWithClick(recordReferralClick.clickId);
    expect(await referralOf(client.id)).toEqual({ affiliate_id: affiliate.affiliateId, click_id: recordReferralClick.clickId });

    const { viewer } = await server.api.ok(DashboardDoc, {}, affiliate.token);
    const referrals = viewer!.affiliate!.referrals;
    expect(referrals.totalCount).toBe(1);
    // The affiliate sees the referred user's public profile only.
    expect(referrals.nodes[0]).toMatchObject({
      affiliate: { id: affiliate.affiliateId },
      referredUser: { id: client.id, name: client.name, email: null },
      click: { id: recordReferralClick.clickId },
    });
  });

  it('RF-1: signUp reads the ref cookie that GET /r/:code set', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const link = await follow(`/r/${affiliate.code}`);
    const userId = await signUpWithCookie(`theme=dark; ref=${link.clickId}; other=1`);
    expect(await referralOf(userId)).toEqual({ affiliate_id: affiliate.affiliateId, click_id: link.clickId });
  });

  it('RF-1: unknown ids and malformed cookies never break a signup and refer nobody', async () => {
    for (const id of ['garbage', 'clk_00000000000000000000000000', 'usr_01JABCDEFGHJKMNPQRSTVWXYZ0', 'x'.repeat(10_000)]) {
      const user = await signUpWithClick(id);
      expect(await referralOf(user.id)).toBeUndefined();
    }
    for (const cookie of ['ref=%E0%A4%A', 'ref=', 'ref="clk_', `ref=${'%'.repeat(9000)}`, ';;=;ref', 'ref=clk_00000000000000000000000000']) {
      const userId = await signUpWithCookie(cookie);
      expect(await referralOf(userId)).toBeUndefined();
    }
  });

  it('RF-1: an existing user is never a referral: a refused signup with a click records nothing', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const existing = await signUp(server.api, 'Existing Client');
    const link = await follow(`/r/${affiliate.code}`);
    const { signUp: payload } = await server.api.ok(SignUpDoc, {
      input: { email: existing.email, password: 'correct horse battery', name: 'Again', referralClickId: link.clickId },
    });
    expect(payload.userErrors[0].code).toBe('EMAIL_TAKEN');
    expect(await server.sql('select 1 from referral where affiliate_id = $1', [affiliate.affiliateId])).toEqual([]);

    // The attribution itself refuses a user who existed before the click, and the affiliate themself.
    const em = server.orm.em.fork();
    const { now } = await server.api.ok(AffiliateNowDoc, {});
    await attributeSignUp(em, existing.id, new Date(now), [link.clickId]);
    await attributeSignUp(em, affiliate.id, new Date(now), [link.clickId]);
    expect(await server.sql('select 1 from referral where affiliate_id = $1', [affiliate.affiliateId])).toEqual([]);
  });

  it('RF-1: a signup on day 29 after a click is referred; on day 31 it is not', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const first = await follow(`/r/${affiliate.code}`);
    await advanceClock(server.api, staff, 29 * DAY_MS);
    const day29 = await signUpWithClick(first.clickId);
    expect(await referralOf(day29.id)).toMatchObject({ affiliate_id: affiliate.affiliateId });

    const second = await follow(`/r/${affiliate.code}`);
    await advanceClock(server.api, staff, 31 * DAY_MS);
    const day31 = await signUpWithCookie(`ref=${second.clickId}`);
    expect(await referralOf(day31)).toBeUndefined();
  });

  it("RF-1: the latest of two affiliates' clicks wins", async () => {
    const first = await approvedAffiliate(server.api, 'First Affiliate');
    const second = await approvedAffiliate(server.api, 'Second Affiliate');
    // One browser clicks the first affiliate's link, a day later the second's: the cookie now names the second.
    const early = await follow(`/r/${first.code}`);
    await advanceClock(server.api, staff, DAY_MS);
    const late = await follow(`/r/${second.code}`);
    const browser = await signUpWithCookie(`ref=${late.clickId}`);
    expect(await referralOf(browser)).toMatchObject({ affiliate_id: second.affiliateId, click_id: late.clickId });

    // An app that kept the earlier click while the cookie holds the later one: still the latest.
    const both = await signUpWithCookie(`ref=${late.clickId}`, early.clickId);
    expect(await referralOf(both)).toMatchObject({ affiliate_id: second.affiliateId });
    const reversed = await signUpWithCookie(`ref=${early.clickId}`, late.clickId);
    expect(await referralOf(reversed)).toMatchObject({ affiliate_id: second.affiliateId });
    expect(await server.sql('select 1 from referral where affiliate_id = $1', [first.affiliateId])).toEqual([]);
  });

  it('RF-3: single tier: an affiliate earns nothing from the referrals of an affiliate they referred', async () => {
    const top = await approvedAffiliate(server.api, 'Top Affiliate');
    const topClick = await follow(`/r/${top.code}`);
    const recruitUser = await signUpWithClick(topClick.clickId, 'Recruited Affiliate');
    const recruit: TestAffiliate = await approvedAffiliate(server.api, undefined, { ...recruitUser, email: '', name: recruitUser.name });
    expect(await referralOf(recruit.id)).toMatchObject({ affiliate_id: top.affiliateId });

    const recruitClick = await follow(`/r/${recruit.code}`);
    const client = await signUpWithClick(recruitClick.clickId, 'Second Tier Client');
    expect(await server.sql('select affiliate_id from referral where referred_user_id = $1', [client.id])).toEqual([{ affiliate_id: recruit.affiliateId }]);
    const topReferrals = await server.sql<{ referred_user_id: string }>('select referred_user_id from referral where affiliate_id = $1', [top.affiliateId]);
    expect(topReferrals).toEqual([{ referred_user_id: recruit.id }]);
    // What commission accrual (RF-2) will read: the client credits the recruit alone.
    expect(await referralOfUser(server.orm.em.fork(), client.id)).toMatchObject({ affiliateId: recruit.affiliateId, affiliateUserId: recruit.id });
    expect(await referralOfUser(server.orm.em.fork(), top.id)).toBeUndefined();
  });

  it('RF-1: concurrent signups with one click each make one referral per referred user', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const link = await follow(`/r/${affiliate.code}`);
    const users = await Promise.all(Array.from({ length: 5 }, (_, i) => signUpWithClick(link.clickId, `Sharer ${i}`)));
    const rows = await server.sql('select referred_user_id from referral where affiliate_id = $1', [affiliate.affiliateId]);
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.referred_user_id))).toEqual(new Set(users.map((u) => u.id)));
  });
});

describe('who sees referrals (RF-5)', () => {
  it("RF-5: the affiliate's dashboard totals clicks and signups per month", async () => {
    await setClockTo(server.api, staff, '2030-04-10T12:00:00Z');
    const affiliate = await approvedAffiliate(server.api);
    const clicks = await Promise.all([follow(`/r/${affiliate.code}`), follow(`/r/${affiliate.code}`), follow(`/r/${affiliate.code}`)]);
    await signUpWithClick(clicks[0].clickId);
    await signUpWithClick(clicks[1].clickId);
    const { viewer } = await server.api.ok(DashboardDoc, {}, affiliate.token);
    expect(viewer!.affiliate!.monthlyTotals).toEqual([{ month: '2030-04', clicks: 3, signups: 2 }]);

    // In June, April is still there among the last 3 months (June, May, April), gone from the last 1.
    await setClockTo(server.api, staff, '2030-06-10T12:00:00Z');
    const later = await follow(`/r/${affiliate.code}`);
    expect(later.status).toBe(302);
    const three = await server.api.ok(DashboardDoc, { months: 3 }, affiliate.token);
    expect(three.viewer!.affiliate!.monthlyTotals).toEqual([
      { month: '2030-06', clicks: 1, signups: 0 },
      { month: '2030-04', clicks: 3, signups: 2 },
    ]);
    const one = await server.api.ok(DashboardDoc, { months: 1 }, affiliate.token);
    expect(one.viewer!.affiliate!.monthlyTotals).toHaveLength(1);
    expect(await server.api.errorCode(DashboardDoc, { months: 0 }, affiliate.token)).toBe('BAD_USER_INPUT');
  });

  it('RF-5: months are calendar months in UTC: the last minute of January, a leap day and the first minute of March each count in their own month', async () => {
    const affiliate = await approvedAffiliate(server.api);
    for (const instant of ['2032-01-31T23:59:00Z', '2032-02-01T00:00:00Z', '2032-02-29T23:59:00Z', '2032-03-01T00:00:00Z']) {
      await setClockTo(server.api, staff, instant);
      expect((await follow(`/r/${affiliate.code}`)).status).toBe(302);
    }
    const { viewer } = await server.api.ok(DashboardDoc, { months: 3 }, affiliate.token);
    expect(viewer!.affiliate!.monthlyTotals).toEqual([
      { month: '2032-03', clicks: 1, signups: 0 },
      { month: '2032-02', clicks: 2, signups: 0 },
      { month: '2032-01', clicks: 1, signups: 0 },
    ]);
    const two = await server.api.ok(DashboardDoc, { months: 2 }, affiliate.token);
    expect(two.viewer!.affiliate!.monthlyTotals.map((m) => m.month)).toEqual(['2032-03', '2032-02']);
  });

  it('RF-5: referrals and clicks are visible to their affiliate and staff only; staff list and filter them', async () => {
    const affiliate = await approvedAffiliate(server.api);
    const link = await follow(`/r/${affiliate.code}`);
    const client = await signUpWithClick(link.clickId);
    const { viewer } = await server.api.ok(DashboardDoc, {}, affiliate.token);
    const referralId = viewer!.affiliate!.referrals.nodes[0].id;

    const outsiders = [client, await signUp(server.api, 'Outsider'), await approvedAffiliate(server.api, 'Rival')];
    for (const id of [referralId, link.clickId!]) {
      for (const outsider of outsiders) expect(await server.api.errorCode(ReferralNodeDoc, { id }, outsider.token)).toBe('NOT_FOUND');
      expect((await server.api.ok(ReferralNodeDoc, { id }, affiliate.token)).node!.id).toBe(id);
      expect((await server.api.ok(ReferralNodeDoc, { id }, staff.token)).node!.id).toBe(id);
    }
    // The referred client sees no affiliate of their own.
    const asClient = await server.api.ok(DashboardDoc, {}, client.token);
    expect(asClient.viewer!.affiliate).toBeNull();

    const { referrals } = await server.api.ok(StaffReferralsDoc, { filter: { affiliateId: affiliate.affiliateId } }, staff.token);
    expect(referrals).toMatchObject({ totalCount: 1, nodes: [{ id: referralId, referredUser: { id: client.id }, click: { id: link.clickId } }] });
    const all = await server.api.ok(StaffReferralsDoc, { orderBy: { field: 'SIGNED_UP_AT', direction: 'ASC' } }, staff.token);
    const times = all.referrals.nodes.map((r) => r.signedUpAt);
    expect(times).toEqual([...times].sort());
    const none = await server.api.ok(StaffReferralsDoc, { filter: { createdBefore: '2000-01-01T00:00:00Z' } }, staff.token);
    expect(none.referrals.totalCount).toBe(0);
    expect(await server.api.errorCode(StaffReferralsDoc, {}, affiliate.token)).toBe('FORBIDDEN');
  });
});

describe('cost of the views', () => {
  it('RF-5: a page of affiliates with their materials, clicks, referrals and totals costs the same few statements for 2 or 20', async () => {
    for (let i = 0; i < 20; i++) {
      const affiliate = await approvedAffiliate(server.api, `Batch ${i}`);
      const link = await follow(`/r/${affiliate.code}?m=${affiliate.materials[0].id}`);
      await signUpWithClick(link.clickId);
    }
    server.statements.reset();
    const small = await server.api.ok(StaffAffiliateOverviewDoc, { first: 2 }, staff.token);
    const forTwo = server.statements.count;
    server.statements.reset();
    const large = await server.api.ok(StaffAffiliateOverviewDoc, { first: 20 }, staff.token);
    const forTwenty = server.statements.count;
    expect(small.affiliates.nodes).toHaveLength(2);
    expect(large.affiliates.nodes).toHaveLength(20);
    expect(large.affiliates.nodes.every((a) => a.referrals.totalCount === 1 && a.clicks.nodes[0].material?.kind === 'BANNER')).toBe(true);
    expect(forTwenty).toBe(forTwo);
    expect(forTwenty).toBeLessThanOrEqual(14);
  });
});
