import { SignJWT } from 'jose';
import { graphql } from './gql';
import { SignUpDoc, signUp, signUpStaff, uniqueEmail } from './support/factories';
import { JWT_SECRET, startTestServer, type TestServer } from './support/server';

const LogInDoc = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
      user { id email }
      userErrors { code message field }
    }
  }
`);

const ViewerDoc = graphql(`
  query Viewer {
    viewer { id name email isStaff createdAt }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('sign-up and sign-in', () => {
  it('signs up, returns a working token, and the viewer is that user', async () => {
    const email = uniqueEmail('ann');
    const { signUp: payload } = await server.api.ok(SignUpDoc, { input: { email: email.toUpperCase(), password: 'long enough pw', name: ' Ann ' } });
    expect(payload.userErrors).toEqual([]);
    expect(payload.user).toMatchObject({ name: 'Ann', email, isStaff: false });
    const { viewer } = await server.api.ok(ViewerDoc, {}, payload.token!);
    expect(viewer).toMatchObject({ id: payload.user!.id, email, name: 'Ann' });
  });

  it('stores no password in plain text: the hash is salted scrypt', async () => {
    const user = await signUp(server.api, 'Hash Check');
    const [row] = await server.sql<{ password_hash: string }>('select password_hash from app_user where id = $1', [user.id]);
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain('correct horse battery');
  });

  it('refuses a second account with the same email, in any spelling, and changes nothing', async () => {
    const user = await signUp(server.api, 'Dup');
    const { signUp: payload } = await server.api.ok(SignUpDoc, { input: { email: user.email.toUpperCase(), password: 'another password', name: 'Dup 2' } });
    expect(payload.userErrors[0]).toMatchObject({ code: 'EMAIL_TAKEN', field: ['input', 'email'] });
    expect(payload.token).toBeNull();
    const rows = await server.sql('select 1 from app_user where email = $1', [user.email]);
    expect(rows).toHaveLength(1);
  });

  it('refuses concurrent signups with one email but one', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all(
      Array.from({ length: 5 }, () => server.api.ok(SignUpDoc, { input: { email, password: 'long enough pw', name: 'Racer' } })),
    );
    expect(results.filter((r) => r.signUp.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.signUp.userErrors[0]?.code === 'EMAIL_TAKEN')).toHaveLength(4);
  });

  it.each([
    [{ email: 'not-an-email', password: 'long enough pw', name: 'X' }, 'INVALID_EMAIL'],
    [{ email: uniqueEmail(), password: 'short', name: 'X' }, 'WEAK_PASSWORD'],
    [{ email: uniqueEmail(), password: 'long enough pw', name: '   ' }, 'INVALID_NAME'],
  ])('rejects bad sign-up input %j with %s', async (input, code) => {
    const { signUp: payload } = await server.api.ok(SignUpDoc, { input });
    expect(payload.userErrors[0].code).toBe(code);
  });

  it('logs in with the right password and refuses a bad one or an unknown email alike', async () => {
    const user = await signUp(server.api, 'Logan');
    const good = await server.api.ok(LogInDoc, { input: { email: user.email, password: 'correct horse battery' } });
    expect(good.logIn.user!.id).toBe(user.id);
    expect(good.logIn.token).toBeTruthy();
    const bad = await server.api.ok(LogInDoc, { input: { email: user.email, password: 'wrong password' } });
    expect(bad.logIn).toMatchObject({ token: null, user: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    const unknown = await server.api.ok(LogInDoc, { input: { email: uniqueEmail(), password: 'wrong password' } });
    expect(unknown.logIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect(unknown.logIn.userErrors[0].message).toBe(bad.logIn.userErrors[0].message);
  });

  it('treats no token as anonymous: viewer is null', async () => {
    const { viewer } = await server.api.ok(ViewerDoc, {});
    expect(viewer).toBeNull();
  });

  it('refuses an expired token with UNAUTHENTICATED instead of treating it as anonymous', async () => {
    const user = await signUp(server.api, 'Expired');
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('agency-market')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(JWT_SECRET));
    const result = await server.api.run(ViewerDoc, {}, expired);
    expect(result.status).toBe(401);
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token (signed with another secret) and a malformed one', async () => {
    const user = await signUp(server.api, 'Forged');
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('agency-market')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('some other secret entirely'));
    for (const token of [forged, 'not.a.jwt', user.token.slice(0, -3) + 'abc']) {
      const result = await server.api.run(ViewerDoc, {}, token);
      expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  it('marks users listed in STAFF_EMAILS as staff', async () => {
    const staff = await signUpStaff(server.api);
    const { viewer } = await server.api.ok(ViewerDoc, {}, staff.token);
    expect(viewer!.isStaff).toBe(true);
  });
});
