import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTeam, signUp } from './support/factories';
import { sendOffer } from './support/hiring';
import { startTestServer, type TestServer } from './support/server';

/**
 * In a real browser (Debian's chromium, driven by playwright-core): CORS from another origin, and
 * the local IDE with every request that would leave the machine blocked.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A web app on an origin of its own: one page that calls the API named in its address and shows what came back. */
async function startWebApp(): Promise<{ origin: string; server: Server }> {
  const page = `<!doctype html><html><body><pre id="out">waiting</pre><script>
    var api = new URLSearchParams(location.search).get('api');
    fetch(api, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'from-the-web-app' }, body: JSON.stringify({ query: '{ __typename }' }) })
      .then(function (r) { return r.json().then(function (body) { document.getElementById('out').textContent = 'answered ' + r.status + ' ' + JSON.stringify(body) + ' id=' + r.headers.get('x-request-id'); }); })
      .catch(function (e) { document.getElementById('out').textContent = 'blocked ' + e.name; });
  </script></body></html>`;
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: \`apt-get install -y chromium\` (Debian), or set CHROMIUM_PATH.`);
  // The browser stands for a user's machine: it gets no library preloaded into this process tree
  // (CI's calendar run preloads libfaketime for the server's clock, and Chromium crashes with it).
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[0] !== 'LD_PRELOAD' && entry[1] !== undefined));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    env,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run', '--disable-extensions'],
  });
});
afterAll(() => browser?.close());

/** A page whose requests outside this machine are refused and recorded. */
async function localOnlyPage(): Promise<{ page: Page; leaving: string[] }> {
  const page = await browser.newPage();
  const leaving: string[] = [];
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost') return route.continue();
    leaving.push(route.request().url());
    return route.abort();
  });
  return { page, leaving };
}

describe('CORS in a browser', () => {
  let api: TestServer;
  let allowed: { origin: string; server: Server };
  let other: { origin: string; server: Server };
  beforeAll(async () => {
    // Two web apps, each on an origin of its own; the API is told about the first one only.
    allowed = await startWebApp();
    other = await startWebApp();
    api = await startTestServer({ NODE_ENV: 'production', CORS_ORIGINS: allowed.origin });
  });
  afterAll(async () => {
    allowed.server.close();
    other.server.close();
    await api.close();
  });

  it('a page on an allowed origin calls the API on another origin and reads the answer and its request id', async () => {
    const { page, leaving } = await localOnlyPage();
    await page.goto(`${allowed.origin}/?api=${encodeURIComponent(api.url)}`);
    await page.waitForFunction(`document.getElementById('out').textContent !== 'waiting'`);
    // Every response also says what it cost (extensions.cost).
    expect(await page.textContent('#out')).toBe('answered 200 {"data":{"__typename":"Query"},"extensions":{"cost":{"requested":0,"limit":50000}}} id=from-the-web-app');
    expect(leaving).toEqual([]);
    await page.close();
  });

  it('a page on any other origin is refused by its browser', async () => {
    const { page } = await localOnlyPage();
    await page.goto(`${other.origin}/?api=${encodeURIComponent(api.url)}`);
    await page.waitForFunction(`document.getElementById('out').textContent !== 'waiting'`);
    expect(await page.textContent('#out')).toBe('blocked TypeError');
    await page.close();
  });
});

describe('the local IDE', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ NODE_ENV: 'development' });
  });
  afterAll(() => api.close());

  /** The text GraphiQL shows in its result pane, once it holds `expected`. */
  async function resultContaining(page: Page, expected: string): Promise<string> {
    await page.waitForFunction(`(document.querySelector('.result-window')?.textContent ?? '').includes(${JSON.stringify(expected)})`, undefined, { timeout: 20_000 });
    return (await page.textContent('.result-window')) ?? '';
  }

  it('GET /graphql in a browser opens GraphiQL served from npm packages; a query with a token runs; nothing leaves the machine', async () => {
    const user = await signUp(api.api, 'Ida Tester');
    const { page, leaving } = await localOnlyPage();
    const headers = JSON.stringify({ authorization: `Bearer ${user.token}` });
    await page.goto(`${api.url}#query=${encodeURIComponent('query Me { viewer { name } }')}&headers=${encodeURIComponent(headers)}`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    expect(await resultContaining(page, 'Ida Tester')).toContain('"name": "Ida Tester"');
    expect(leaving).toEqual([]);
    await page.close();
  });

  it('a subscription runs over graphql-ws from the IDE and shows live events (OF-5)', async () => {
    const client = await signUp(api.api, 'Sub Client');
    const freelancer = await signUp(api.api, 'Sub Freelancer');
    const team = await createTeam(api.api, client, 'CLIENT');
    const { page, leaving } = await localOnlyPage();
    const query = `subscription Live { offerEvents(teamId: "${team.id}") { type offer { title } } }`;
    await page.goto(`${api.url}#query=${encodeURIComponent(query)}&headers=${encodeURIComponent(JSON.stringify({ authorization: `Bearer ${client.token}` }))}`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    // Offers are sent until the subscription, started asynchronously, reports one.
    let shown = '';
    for (let attempt = 0; attempt < 10 && !shown.includes('"type": "SENT"'); attempt++) {
      await sendOffer(api.api, client, team.id, { freelancerId: freelancer.id, title: `Live offer ${attempt}` });
      shown = await resultContaining(page, 'SENT').catch(() => '');
    }
    expect(shown).toMatch(/"title": "Live offer \d"/);
    expect(leaving).toEqual([]);
    await page.close();
  });

  it('in production GET /graphql serves no IDE', async () => {
    const production = await startTestServer({ NODE_ENV: 'production' });
    try {
      const response = await fetch(production.url, { headers: { accept: 'text/html' } });
      expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
      const asset = await fetch(`${production.url}/ide/graphiql.js`);
      expect(asset.status).not.toBe(200);
      expect(asset.headers.get('content-type') ?? '').not.toContain('javascript');
    } finally {
      await production.close();
    }
  });
});
