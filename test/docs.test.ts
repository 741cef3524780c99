import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer } from './support/server';

/** The repository explains itself: its docs cover what the code and the tests cite, and its examples run. */

const ROOT = join(__dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const tracked = () =>
  execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((path) => path && !path.startsWith('node_modules/') && !path.endsWith('package-lock.json'));
const RULE_ID = /\b[A-Z]{2}-\d+\b/g;

/** The codes of a markdown table's first column under a heading of docs/api.md. */
function documentedCodes(heading: string): Set<string> {
  const api = read('docs/api.md');
  const start = api.indexOf(`### ${heading}`);
  expect(start).toBeGreaterThan(-1);
  const rest = api.slice(start + 4);
  const end = rest.search(/\n##/);
  const section = end === -1 ? rest : rest.slice(0, end);
  return new Set([...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]));
}

/** Every userError code the services can return: values of the *ErrorCode enums and literal codes. */
function userErrorCodesInSource(): Set<string> {
  const codes = new Set<string>();
  for (const path of tracked().filter((p) => p.startsWith('src/') && p.endsWith('.ts'))) {
    const source = read(path);
    for (const match of source.matchAll(/export enum (\w*ErrorCode) \{([\s\S]*?)\n\}/g)) {
      if (match[1] === 'ErrorCode') continue;
      for (const value of match[2].matchAll(/= '([A-Z_]+)'/g)) codes.add(value[1]);
    }
    for (const match of source.matchAll(/userError\(\s*'([A-Z_]+)'/g)) codes.add(match[1]);
  }
  return codes;
}

describe('the repository stands alone', () => {
  it('every rule id cited in code, tests, docs or the schema is defined in docs/rules.md', () => {
    const rules = read('docs/rules.md');
    const defined = new Set([...rules.matchAll(/^- \*\*([A-Z]{2}-\d+)\*\* /gm)].map((match) => match[1]));
    expect(defined.size).toBeGreaterThanOrEqual(47);
    const cited = new Map<string, string>();
    for (const path of tracked()) {
      if (!/\.(ts|js|md|graphql)$/.test(path)) continue;
      for (const [id] of read(path).matchAll(RULE_ID)) cited.set(id, path);
    }
    const undefinedIds = [...cited].filter(([id]) => !defined.has(id)).map(([id, path]) => `${id} (${path})`);
    expect(undefinedIds).toEqual([]);
  });

  it('nothing refers outside the repository to the shared specs', () => {
    const offenders = tracked().filter((path) => path !== 'test/docs.test.ts' && /\/work\/shared|\.\.\/shared\/(seeds|hooks)|\bDOMAIN\.md\b|\bAPI\.md\b|\bSTYLE\.md\b/.test(read(path)));
    expect(offenders).toEqual([]);
  });

  it('the README links every page of docs/ and the example client', () => {
    const readme = read('README.md');
    const pages = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md'));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(readme).toContain(`](docs/${page})`);
    expect(readme).toContain('](examples/dashboard.js)');
  });

  it('every userError code the services return is documented in docs/api.md', () => {
    const inSource = userErrorCodesInSource();
    expect(inSource.size).toBeGreaterThan(50);
    const documented = documentedCodes('userError codes');
    expect([...inSource].filter((code) => !documented.has(code)).sort()).toEqual([]);
    // and nothing documented that no service returns any more
    expect([...documented].filter((code) => !inSource.has(code)).sort()).toEqual([]);
  });
});

describe('documented behaviour of a running server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; codes: string[] }> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, codes: (json.errors ?? []).map((error) => error.extensions?.code ?? '(none)') };
  }

  it('every top-level error code the server answers with is documented in docs/api.md', async () => {
    const answers = await Promise.all([
      post({ query: '{' }),
      post({ query: '{ noSuchField }' }),
      post({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: {} } }),
      post({ query: 'query A { viewer { id } } query B { viewer { id } }' }),
      post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
      post({}),
      post('{"query": '),
      post({ query: '{ viewer { id } }' }, { authorization: 'Bearer not-a-token' }),
      post({ query: '{ node(id: "team_00000000000000000000000000") { id } }' }),
      post({ query: '{ teams(first: 1) { totalCount } }' }),
      // 13 levels: over MAX_QUERY_DEPTH (12), refused like every other shape limit.
      post({ query: '{ viewer { defaultTeam { owner { defaultTeam { owner { defaultTeam { owner { defaultTeam { owner { defaultTeam { owner { defaultTeam { name } } } } } } } } } } } } }' }),
    ]);
    const seen = new Set(answers.flatMap((answer) => answer.codes));
    expect([...seen].sort()).toEqual(
      [
        'BAD_REQUEST',
        'BAD_USER_INPUT',
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'OPERATION_RESOLUTION_FAILURE',
        'PERSISTED_QUERY_NOT_FOUND',
        'QUERY_TOO_COMPLEX',
        'UNAUTHENTICATED',
      ].sort(),
    );
    const documented = documentedCodes('Top-level error codes');
    for (const code of [...seen, 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']) expect(documented).toContain(code);
  });

  it("the README's example runs as written: sign-up, agency, invitation accepted, members listed", async () => {
    const readme = read('README.md');
    const block = /## Example[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1];
    const output = await new Promise<string>((resolve, reject) =>
      execFile('bash', ['-euo', 'pipefail', '-c', block], { env: { ...process.env, API: server.url, MAIL_DIR: server.mailDir }, timeout: 30_000 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
      ),
    );
    const lines = output.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0].data.inviteTeamMember).toEqual({ invitation: { id: expect.stringMatching(/^inv_/), status: 'PENDING' }, userErrors: [] });
    expect(lines[1].data.acceptTeamInvitation).toEqual({ member: { roles: ['MEMBER'], relationship: 'EXCLUSIVE' }, userErrors: [] });
    expect(lines[2].data.team.members.totalCount).toBe(2);
    expect(lines[2].data.team.members.edges.map((edge: { node: { user: { name: string } } }) => edge.node.user.name).sort()).toEqual(['Olivia', 'Sam']);
  });

  it('examples/dashboard.js loads offers, follows them live, drops the connection and resumes with `after` (OF-5)', async () => {
    const output = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [join(ROOT, 'examples/dashboard.js'), server.url], { timeout: 40_000 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
      ),
    );
    expect(output).toMatch(/has 1 offer\(s\):\n {2}ofr_\S+ PENDING Landing page/);
    expect(output).toMatch(/replayed: SENT Landing page \(event (\d+)\)\nlive: SENT Checkout flow/);
    expect(output).toMatch(/connection dropped\nresumed after \d+: SENT Mobile app/);
    expect(output.trim().endsWith('ok')).toBe(true);
  });
});
