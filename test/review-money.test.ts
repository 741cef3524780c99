import 'reflect-metadata';
import { signUp } from './support/factories';
import { addPaypal, AddPayoutMethodDoc } from './support/money';
import { startTestServer, type TestServer } from './support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('payout methods under concurrency (PO-1)', () => {
  it('PO-1: concurrent additions never pass the limit of 10 active methods, also from an empty account', async () => {
    for (const existing of [9, 0]) {
      const user = await signUp(server.api, `Payee ${existing}`);
      for (let i = 0; i < existing; i++) await addPaypal(server.api, user.token);
      const results = await Promise.all(
        Array.from({ length: 14 }, (_, i) =>
          server.api.ok(AddPayoutMethodDoc, { input: { kind: 'PAYPAL', paypalEmail: `p${i}@example.com` } }, user.token),
        ),
      );
      const added = results.filter((r) => r.addPayoutMethod.userErrors.length === 0).length;
      expect(added).toBe(10 - existing);
      const [{ count }] = await server.sql<{ count: string }>('select count(*)::text as count from payout_method where user_id = $1 and removed_at is null', [user.id]);
      expect(Number(count)).toBe(10);
    }
  });
});
