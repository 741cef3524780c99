import { decodeJwt } from 'jose';
import { SessionChecks } from '../src/auth/viewer';
import { openOrm } from '../src/db/orm';
import { createApp } from '../src/server/app';
import { databaseTestClock } from '../src/shared/clock';
import { graphql } from './gql';
import { InviteDoc, AcceptInvitationDoc, SignUpDoc, TEST_PASSWORD, VerifyEmailDoc, createTeam, signUp, uniqueEmail, verificationToken, type TestUser } from './support/factories';
import { linkIn, mailsTo, waitForMail } from './support/mail';
import { STAFF_EMAIL, startTestServer, testConfig, type TestServer } from './support/server';
import { TestSmtpServer } from './support/smtp';
import { Subscriber, settle } from './support/ws';

const OfferEventsDoc = graphql(`
  subscription AccountOfferEvents {
    offerEvents { id type }
  }
`);

const MeDoc = graphql(`
  query AccountMe {
    viewer { id name email emailVerified pendingEmail isStaff invitations { id } }
  }
`);

const AccountLogInDoc = graphql(`
  mutation AccountLogIn($input: LogInInput!) {
    logIn(input: $input) { token user { id } userErrors { code } }
  }
`);

const ResendDoc = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail { user { id emailVerified } userErrors { code } }
  }
`);

const AccountSetClockDoc = graphql(`
  mutation AccountSetClock($input: SetClockInput!) {
    setClock(input: $input) { now userErrors { code } }
  }
`);

const InvitationNodeDoc = graphql(`
  query InvitationNode($id: ID!) {
    node(id: $id) { id ... on TeamInvitation { status } }
  }
`);

const AccountRequestPayoutDoc = graphql(`
  mutation AccountRequestPayout($input: RequestPayoutInput!) {
    requestPayout(input: $input) { payout { id } userErrors { code message } }
  }
`);

const ChangePasswordDoc = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { revokedCount user { id } userErrors { code field } }
  }
`);

const RequestPasswordResetDoc = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) { userErrors { code message } }
  }
`);

const ResetPasswordDoc = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) { token user { id emailVerified } userErrors { code field } }
  }
`);

const SessionsDoc = graphql(`
  query MySessions {
    viewer { sessions(first: 10) { totalCount nodes { id current userAgent createdAt lastSeenAt expiresAt } } }
  }
`);

const LogOutDoc = graphql(`
  mutation LogOut($input: LogOutInput) {
    logOut(input: $input) { revokedCount userErrors { code } }
  }
`);

const LogOutEverywhereDoc = graphql(`
  mutation LogOutEverywhere($input: LogOutEverywhereInput) {
    logOutEverywhere(input: $input) { revokedCount userErrors { code } }
  }
`);

const UpdateProfileDoc = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) { user { id name } userErrors { code field } }
  }
`);

const ChangeEmailDoc = graphql(`
  mutation ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input) { user { id email pendingEmail emailVerified } userErrors { code field } }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const api = () => server.api;
/** The session id a token carries. */
const sessionOf = (token: string) => String(decodeJwt(token).sid);
const me = async (token: string) => (await api().ok(MeDoc, {}, token)).viewer!;
const logIn = async (email: string, password = TEST_PASSWORD) => (await api().ok(AccountLogInDoc, { input: { email, password } })).logIn;

describe('ACC-1 and ACC-2: addresses are normalised and proven by a mailed link', () => {
  it('ACC-2: sign-up mails a link; opening it (GET) verifies and shows a short page; a used link is refused', async () => {
    const email = uniqueEmail('gina');
    const user = await signUp(api(), 'Gina', `  ${email.toUpperCase()} `, { verify: false });
    expect(user.email).toBe(email);
    expect(await me(user.token)).toMatchObject({ email, emailVerified: false });

    const mail = await waitForMail(server.mailDir, email, /Confirm your email address/);
    const link = linkIn(mail, '/verify-email');
    expect(link.url).toBe(`${server.config.publicUrl}/verify-email?token=${link.token}`);
    // Only the token's hash is stored.
    const stored = await server.sql<{ token_hash: string }>('select token_hash from account_token where user_id = $1', [user.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(link.token!);

    const opened = await fetch(new URL(`/verify-email?token=${link.token}`, server.url));
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toMatch(/text\/html/);
    expect(await opened.text()).toContain('Email address verified');
    expect(await me(user.token)).toMatchObject({ emailVerified: true });

    const again = await fetch(new URL(`/verify-email?token=${link.token}`, server.url));
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('already used');
  });

  it('ACC-2: a token is used once, however many use it at the same moment; unknown tokens are refused', async () => {
    const user = await signUp(api(), 'Racer', undefined, { verify: false });
    const token = await verificationToken(api(), user.email);
    const results = await Promise.all(Array.from({ length: 6 }, () => api().ok(VerifyEmailDoc, { input: { token } }, user.token)));
    const codes = results.map((r) => r.verifyEmail.userErrors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'TOKEN_USED', 'TOKEN_USED', 'TOKEN_USED', 'TOKEN_USED', 'TOKEN_USED']);
    expect(results.find((r) => !r.verifyEmail.userErrors.length)!.verifyEmail.user).toMatchObject({ id: user.id, emailVerified: true });
    const unknown = await api().ok(VerifyEmailDoc, { input: { token: 'x'.repeat(43) } });
    expect(unknown.verifyEmail).toMatchObject({ user: null, userErrors: [{ code: 'TOKEN_INVALID', field: ['input', 'token'] }] });
  });

  it('ACC-2: resendVerificationEmail mails a new link that works; once verified it is refused', async () => {
    const user = await signUp(api(), 'Resender', undefined, { verify: false });
    const resent = await api().ok(ResendDoc, {}, user.token);
    expect(resent.resendVerificationEmail).toMatchObject({ user: { id: user.id, emailVerified: false }, userErrors: [] });
    const token = await verificationToken(api(), user.email, 2);
    expect((await api().ok(VerifyEmailDoc, { input: { token } }, user.token)).verifyEmail.user!.emailVerified).toBe(true);
    expect((await api().ok(ResendDoc, {}, user.token)).resendVerificationEmail.userErrors[0].code).toBe('ALREADY_VERIFIED');
    expect(await api().errorCode(ResendDoc, {})).toBe('UNAUTHENTICATED');
  });

  it('ACC-1: STAFF_EMAILS entries are compared trimmed and lower-cased', () => {
    expect([...testConfig({ STAFF_EMAILS: ' Boss@Example.TEST ,ops@example.test' }).staffEmails]).toEqual(['boss@example.test', 'ops@example.test']);
  });
});

describe('ACC-3: an unverified address gives no staff rights, no invitations and no payouts', () => {
  it('ACC-3 (AC-2): signing up with the staff address in capitals gives no staff rights until the address is verified', async () => {
    const { signUp: payload } = await api().ok(SignUpDoc, { input: { email: ` ${STAFF_EMAIL.toUpperCase()} `, password: TEST_PASSWORD, name: 'Claimed Staff' } });
    expect(payload.user).toMatchObject({ email: STAFF_EMAIL, isStaff: false });
    const token = payload.token!;
    expect(await api().errorCode(AccountSetClockDoc, { input: { now: '2030-02-01T00:00:00Z' } }, token)).toBe('FORBIDDEN');

    await api().ok(VerifyEmailDoc, { input: { token: await verificationToken(api(), STAFF_EMAIL) } });
    expect(await me(token)).toMatchObject({ isStaff: true, emailVerified: true });
    const moved = await api().ok(AccountSetClockDoc, { input: { now: '2030-02-01T00:00:00Z' } }, token);
    expect(moved.setClock).toMatchObject({ now: '2030-02-01T00:00:00.000Z', userErrors: [] });
  });

  it('ACC-3: an invitation to an address is answered only by a verified user of that address; the message links to it', async () => {
    const owner = await signUp(api(), 'Owner');
    const team = await createTeam(api(), owner, 'AGENCY', 'Invite Agency');
    const address = uniqueEmail('sam');
    const invited = await api().ok(InviteDoc, { input: { teamId: team.id, email: `  ${address.toUpperCase()}`, roles: ['FINANCIAL'] } }, owner.token);
    const invitation = invited.inviteTeamMember.invitation!;
    expect(invitation.email).toBe(address);

    const mail = await waitForMail(server.mailDir, address, /invited you to Invite Agency/);
    expect(linkIn(mail, `/invitations/${invitation.id}`).url).toBe(`${server.config.publicUrl}/invitations/${invitation.id}`);

    // Someone who signs up with the address but cannot read its mail sees and answers nothing.
    const squatter = await signUp(api(), 'Squatter', address, { verify: false });
    expect((await me(squatter.token)).invitations).toEqual([]);
    expect(await api().errorCode(InvitationNodeDoc, { id: invitation.id }, squatter.token)).toBe('NOT_FOUND');
    const refused = await api().ok(AcceptInvitationDoc, { input: { invitationId: invitation.id } }, squatter.token);
    expect(refused.acceptTeamInvitation).toMatchObject({ member: null, userErrors: [{ code: 'EMAIL_NOT_VERIFIED' }] });
    expect(await server.sql('select 1 from member where team_id = $1 and user_id = $2', [team.id, squatter.id])).toHaveLength(0);

    // The owner of the address verifies it, and then may accept.
    await api().ok(VerifyEmailDoc, { input: { token: await verificationToken(api(), address) } });
    expect((await me(squatter.token)).invitations).toEqual([{ id: invitation.id }]);
    const accepted = await api().ok(AcceptInvitationDoc, { input: { invitationId: invitation.id } }, squatter.token);
    expect(accepted.acceptTeamInvitation.member).toMatchObject({ roles: ['FINANCIAL'], team: { id: team.id } });
  });

  it('ACC-3 (PO-1): an unverified user cannot request a payout, and nothing is written', async () => {
    const user = await signUp(api(), 'Payee', undefined, { verify: false });
    const result = await api().ok(AccountRequestPayoutDoc, { input: { amount: '10.00', payoutMethodId: 'pm_unknown', idempotencyKey: 'acc-3' } }, user.token);
    expect(result.requestPayout).toMatchObject({ payout: null, userErrors: [{ code: 'EMAIL_NOT_VERIFIED' }] });
    expect(await server.sql('select 1 from payout where requested_by_id = $1', [user.id])).toHaveLength(0);
  });
});

describe('ACC-4: passwords', () => {
  it.each([
    ['password'],
    ['password123'],
    ['Password2030!'],
    [' '.repeat(12)],
    ['tab\tinside a password'],
    ['aaaaaaaaaaaaaa'],
    ['short'],
    ['x'.repeat(190) + 'yz' + 'w'.repeat(10)],
  ])('ACC-4: sign-up with the password %j is refused with WEAK_PASSWORD and creates nothing', async (password) => {
    const email = uniqueEmail('weak');
    const { signUp: payload } = await api().ok(SignUpDoc, { input: { email, password, name: 'Weak' } });
    expect(payload).toMatchObject({ token: null, user: null, userErrors: [{ code: 'WEAK_PASSWORD', field: ['input', 'password'] }] });
    expect(await server.sql('select 1 from app_user where email = $1', [email])).toHaveLength(0);
    expect(mailsTo(server.mailDir, email)).toEqual([]);
  });

  it.each([['\u0000'.repeat(12)], ['a long pass\u0000word']])('ACC-4: sign-up with the password %j is refused as bad input (a NUL byte in any string) and creates nothing', async (password) => {
    const email = uniqueEmail('nul');
    expect(await api().errorCode(SignUpDoc, { input: { email, password, name: 'Nul' } })).toBe('BAD_USER_INPUT');
    expect(await server.sql('select 1 from app_user where email = $1', [email])).toHaveLength(0);
    expect(mailsTo(server.mailDir, email)).toEqual([]);
  });

  it('ACC-4: a password that is the address itself is refused', async () => {
    const email = uniqueEmail('self');
    const { signUp: payload } = await api().ok(SignUpDoc, { input: { email, password: email, name: 'Self' } });
    expect(payload.userErrors[0].code).toBe('WEAK_PASSWORD');
  });
});

describe('ACC-5: changing and resetting the password', () => {
  it('ACC-5: changePassword needs the current password and ends every other session', async () => {
    const user = await signUp(api(), 'Changer');
    const other = (await logIn(user.email)).token!;
    const wrong = await api().ok(ChangePasswordDoc, { input: { currentPassword: 'not my password', newPassword: 'a brand new secret' } }, user.token);
    expect(wrong.changePassword.userErrors).toEqual([{ code: 'WRONG_PASSWORD', field: ['input', 'currentPassword'] }]);
    const weak = await api().ok(ChangePasswordDoc, { input: { currentPassword: TEST_PASSWORD, newPassword: 'password' } }, user.token);
    expect(weak.changePassword.userErrors[0].code).toBe('WEAK_PASSWORD');
    expect((await me(other)).id).toBe(user.id);

    const changed = await api().ok(ChangePasswordDoc, { input: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new secret' } }, user.token);
    expect(changed.changePassword).toMatchObject({ revokedCount: 1, userErrors: [] });
    expect((await me(user.token)).id).toBe(user.id);
    const refused = await api().run(MeDoc, {}, other);
    expect(refused.status).toBe(401);
    expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await logIn(user.email)).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await logIn(user.email, 'a brand new secret')).user!.id).toBe(user.id);
    await waitForMail(server.mailDir, user.email, /password was changed/);
  });

  it('ACC-5: requestPasswordReset answers alike for known and unknown addresses; the link resets, verifies and ends every session', async () => {
    const user = await signUp(api(), 'Forgetful', undefined, { verify: false });
    const unknown = uniqueEmail('nobody');
    const [known, missing] = await Promise.all([
      api().ok(RequestPasswordResetDoc, { input: { email: ` ${user.email.toUpperCase()}` } }),
      api().ok(RequestPasswordResetDoc, { input: { email: unknown } }),
    ]);
    expect(known).toEqual(missing);
    expect(known.requestPasswordReset.userErrors).toEqual([]);

    const link = linkIn(await waitForMail(server.mailDir, user.email, /Reset your password/), '/reset-password');
    expect(link.url).toBe(`${server.config.publicUrl}/reset-password?token=${link.token}`);
    expect(mailsTo(server.mailDir, unknown)).toEqual([]);

    const weak = await api().ok(ResetPasswordDoc, { input: { token: link.token!, newPassword: '12345678' } });
    expect(weak.resetPassword.userErrors[0]).toMatchObject({ code: 'WEAK_PASSWORD', field: ['input', 'newPassword'] });

    const reset = await api().ok(ResetPasswordDoc, { input: { token: link.token!, newPassword: 'remembered at last' } });
    expect(reset.resetPassword).toMatchObject({ user: { id: user.id, emailVerified: true }, userErrors: [] });
    expect((await api().run(MeDoc, {}, user.token)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await me(reset.resetPassword.token!)).id).toBe(user.id);
    expect((await logIn(user.email, 'remembered at last')).user!.id).toBe(user.id);

    const reused = await api().ok(ResetPasswordDoc, { input: { token: link.token!, newPassword: 'another new secret' } });
    expect(reused.resetPassword.userErrors[0].code).toBe('TOKEN_USED');
  });
});

describe('ACC-6: sessions are listed and revocable', () => {
  it('ACC-6: viewer.sessions lists live sessions with their user agent; logOut ends this one, and its token is refused at once', async () => {
    const user = await signUp(api(), 'Sessions');
    const second = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'AccountsTest/1.0' },
      body: JSON.stringify({ query: `mutation { logIn(input: { email: "${user.email}", password: "${TEST_PASSWORD}" }) { token } }` }),
    });
    const secondToken = ((await second.json()) as { data: { logIn: { token: string } } }).data.logIn.token;

    const listed = (await api().ok(SessionsDoc, {}, secondToken)).viewer!.sessions!;
    expect(listed.totalCount).toBe(2);
    expect(listed.nodes[0]).toMatchObject({ current: true, userAgent: 'AccountsTest/1.0' });
    expect(listed.nodes[1].current).toBe(false);
    for (const session of listed.nodes) expect(new Date(session.expiresAt).getTime()).toBeGreaterThan(new Date(session.createdAt).getTime());

    expect((await api().ok(LogOutDoc, {}, secondToken)).logOut).toEqual({ revokedCount: 1, userErrors: [] });
    const refused = await api().run(SessionsDoc, {}, secondToken);
    expect(refused.status).toBe(401);
    expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const left = (await api().ok(SessionsDoc, {}, user.token)).viewer!.sessions!;
    expect(left.nodes.map((s) => s.current)).toEqual([true]);
  });

  it('ACC-6: logOut of another own session by id; someone else\'s session is NOT_FOUND and stays', async () => {
    const user = await signUp(api(), 'Owner Of Two');
    const stranger = await signUp(api(), 'Stranger');
    const other = (await logIn(user.email)).token!;
    const otherId = (await api().ok(SessionsDoc, {}, other)).viewer!.sessions!.nodes.find((s) => s.current)!.id;
    expect(await api().errorCode(LogOutDoc, { input: { sessionId: otherId } }, stranger.token)).toBe('NOT_FOUND');
    expect((await me(other)).id).toBe(user.id);
    expect((await api().ok(LogOutDoc, { input: { sessionId: otherId } }, user.token)).logOut.revokedCount).toBe(1);
    expect(await api().errorCode(MeDoc, {}, other)).toBe('UNAUTHENTICATED');
    expect((await me(user.token)).id).toBe(user.id);
  });

  it('ACC-6: sessions checked together are answered each for its own: a logged-out token is refused among live ones, in one statement', async () => {
    const users = await Promise.all([signUp(api(), 'Batch One'), signUp(api(), 'Batch Two'), signUp(api(), 'Batch Three')]);
    const ended = (await logIn(users[0].email)).token!;
    expect((await api().ok(LogOutDoc, {}, ended)).logOut.revokedCount).toBe(1);
    // Over HTTP, many at once: each request is told about its own session.
    const tokens = [...users.map((u) => u.token), ended];
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => api().run(MeDoc, {}, tokens[i % tokens.length])));
    answers.forEach((answer, i) => {
      if (i % tokens.length === 3) expect(answer.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      else expect((answer.data as { viewer: { id: string } }).viewer.id).toBe(users[i % tokens.length].id);
    });
    // The checks made while one is on its way go together: the first alone, the rest in one statement.
    const checks = new SessionChecks(server.orm.em.fork());
    const asked = users.flatMap((u) => [u, u, u]).map((u) => [u.id, sessionOf(u.token)] as const);
    server.statements.reset();
    const found = await Promise.all([...asked, [users[0].id, sessionOf(ended)] as const].map(([userId, sessionId]) => checks.user(userId, sessionId)));
    expect(server.statements.count).toBe(2);
    expect(found.map((user) => user?.id)).toEqual([...asked.map(([userId]) => userId), undefined]);
  });

  it('ACC-6: logOutEverywhere ends all sessions (or all but this one with keepCurrent)', async () => {
    const user = await signUp(api(), 'Everywhere');
    const tokens = await Promise.all([logIn(user.email), logIn(user.email)]).then((r) => r.map((p) => p.token!));
    const kept = await api().ok(LogOutEverywhereDoc, { input: { keepCurrent: true } }, user.token);
    expect(kept.logOutEverywhere.revokedCount).toBe(2);
    for (const token of tokens) expect(await api().errorCode(MeDoc, {}, token)).toBe('UNAUTHENTICATED');
    expect((await me(user.token)).id).toBe(user.id);
    expect((await api().ok(LogOutEverywhereDoc, {}, user.token)).logOutEverywhere.revokedCount).toBe(1);
    expect(await api().errorCode(MeDoc, {}, user.token)).toBe('UNAUTHENTICATED');
  });
});

describe('ACC-7: profile and address changes', () => {
  it('ACC-7: updateProfile changes the name; a blank name is refused', async () => {
    const user = await signUp(api(), 'Old Name');
    expect((await api().ok(UpdateProfileDoc, { input: { name: '  New Name ' } }, user.token)).updateProfile.user!.name).toBe('New Name');
    const blank = await api().ok(UpdateProfileDoc, { input: { name: '   ' } }, user.token);
    expect(blank.updateProfile.userErrors).toEqual([{ code: 'INVALID_NAME', field: ['input', 'name'] }]);
    expect((await me(user.token)).name).toBe('New Name');
  });

  it('ACC-7: changeEmail needs the password, refuses a taken address, and takes over only once the new address is verified', async () => {
    const user = await signUp(api(), 'Mover');
    const taken = await signUp(api(), 'Taken');
    const wrong = await api().ok(ChangeEmailDoc, { input: { newEmail: uniqueEmail('x'), currentPassword: 'not it at all' } }, user.token);
    expect(wrong.changeEmail.userErrors[0].code).toBe('WRONG_PASSWORD');
    const clash = await api().ok(ChangeEmailDoc, { input: { newEmail: taken.email.toUpperCase(), currentPassword: TEST_PASSWORD } }, user.token);
    expect(clash.changeEmail.userErrors[0]).toEqual({ code: 'EMAIL_TAKEN', field: ['input', 'newEmail'] });

    const target = uniqueEmail('moved');
    const asked = await api().ok(ChangeEmailDoc, { input: { newEmail: ` ${target.toUpperCase()} `, currentPassword: TEST_PASSWORD } }, user.token);
    expect(asked.changeEmail.user).toEqual({ id: user.id, email: user.email, pendingEmail: target, emailVerified: true });
    expect((await logIn(target)).userErrors[0].code).toBe('INVALID_CREDENTIALS');

    const token = linkIn(await waitForMail(server.mailDir, target, /Confirm your new email address/), '/verify-email').token!;
    const verified = await api().ok(VerifyEmailDoc, { input: { token } }, user.token);
    expect(verified.verifyEmail.user).toMatchObject({ id: user.id, email: target, pendingEmail: null, emailVerified: true });
    expect((await logIn(target)).user!.id).toBe(user.id);
    expect((await logIn(user.email)).userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });
});

describe('ACC-2 and ACC-5: links expire', () => {
  let shortLived: TestServer;
  beforeAll(async () => {
    shortLived = await startTestServer({ EMAIL_TOKEN_TTL_SECONDS: '1', PASSWORD_RESET_TTL_SECONDS: '1' });
  });
  afterAll(() => shortLived.close());

  it('ACC-2, ACC-5: a verification or reset link opened after its lifetime is refused with TOKEN_EXPIRED', async () => {
    const user: TestUser = await signUp(shortLived.api, 'Late', undefined, { verify: false });
    await shortLived.api.ok(RequestPasswordResetDoc, { input: { email: user.email } });
    const verifyToken = await verificationToken(shortLived.api, user.email);
    const resetToken = linkIn(await waitForMail(shortLived.mailDir, user.email, /Reset your password/), '/reset-password').token!;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await shortLived.api.ok(VerifyEmailDoc, { input: { token: verifyToken } })).verifyEmail.userErrors[0].code).toBe('TOKEN_EXPIRED');
    expect((await shortLived.api.ok(ResetPasswordDoc, { input: { token: resetToken, newPassword: 'too late for this' } })).resetPassword.userErrors[0].code).toBe('TOKEN_EXPIRED');
    expect((await shortLived.api.ok(MeDoc, {}, user.token)).viewer!.emailVerified).toBe(false);
  });
});

describe('ACC-6: a revoked session closes its WebSockets on every process', () => {
  it('ACC-6: logOut through one process closes, with 4401 within seconds, a socket signed in on another process', async () => {
    const second = await startSecondProcess(server);
    try {
      const user = await signUp(api(), 'Socket Owner');
      const keeper = (await logIn(user.email)).token!;
      const [onSecond, onFirst, kept] = await Promise.all([
        Subscriber.connect(second.wsUrl, user.token),
        Subscriber.connect(server.wsUrl, user.token),
        Subscriber.connect(second.wsUrl, keeper),
      ]);
      onSecond.subscribe(OfferEventsDoc, {});
      await settle(100);
      expect((await api().ok(LogOutDoc, {}, user.token)).logOut.revokedCount).toBe(1);
      const started = Date.now();
      while ((onSecond.closeCode === undefined || onFirst.closeCode === undefined) && Date.now() - started < 5000) await settle(50);
      expect(onSecond.closeCode).toBe(4401);
      expect(onFirst.closeCode).toBe(4401);
      // The user's other session is untouched.
      expect(kept.closeCode).toBeUndefined();
      kept.close();
    } finally {
      await second.close();
    }
  });
});

/** Another server process on the same database, in this process: the API as a second worker runs it. */
async function startSecondProcess(first: TestServer): Promise<{ wsUrl: string; close(): Promise<void> }> {
  const orm = await openOrm({ url: first.databaseUrl, poolSize: 5 });
  const app = await createApp({ config: first.config, orm, clock: databaseTestClock });
  const port = await app.listen(0, '127.0.0.1');
  return {
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    close: async () => {
      await app.close();
      await orm.close();
    },
  };
}

describe('ACC-2: with SMTP_URL, mail goes out through that server', () => {
  it('ACC-2: the verification message is delivered over SMTP (none written to MAIL_DIR) and its link verifies', async () => {
    const smtp = await TestSmtpServer.start();
    const viaSmtp = await startTestServer({ SMTP_URL: smtp.url });
    try {
      const user = await signUp(viaSmtp.api, 'Smtp User', undefined, { verify: false });
      const started = Date.now();
      while (!smtp.received.some((m) => m.to === user.email) && Date.now() - started < 5000) await settle(25);
      const mail = smtp.received.find((m) => m.to === user.email)!;
      expect(mail.rcpt).toEqual([user.email]);
      expect(mail.subject).toBe('Confirm your email address');
      expect(mailsTo(viaSmtp.mailDir, user.email)).toEqual([]);
      const { token } = linkIn(mail, '/verify-email');
      const verified = await viaSmtp.api.ok(VerifyEmailDoc, { input: { token: token! } }, user.token);
      expect(verified.verifyEmail.user).toMatchObject({ id: user.id, emailVerified: true });
    } finally {
      await viaSmtp.close();
      await smtp.close();
    }
  });
});

describe('ACC-8: unsafe settings are refused when the settings are read', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32), STAFF_EMAILS: 'staff@example.test' };
  it('ACC-8: production refuses a short JWT_SECRET and TEST_CLOCK; any mode refuses an unknown NODE_ENV or a malformed STAFF_EMAILS entry', () => {
    expect(() => testConfig({ ...production })).not.toThrow();
    expect(() => testConfig({ ...production, JWT_SECRET: 's'.repeat(31) })).toThrow(/JWT_SECRET must be at least 32 bytes/);
    expect(() => testConfig({ ...production, TEST_CLOCK: '1' })).toThrow(/TEST_CLOCK must not be set/);
    expect(() => testConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV must be one of/);
    expect(() => testConfig({ STAFF_EMAILS: 'a@example.test,bob' })).toThrow(/STAFF_EMAILS.*bob/);
    // Development and tests keep their conveniences.
    expect(testConfig({ NODE_ENV: 'development', JWT_SECRET: 'short', TEST_CLOCK: '1' }).testClock).toBe(true);
  });
});
