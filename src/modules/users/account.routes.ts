import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { createContext } from '../../graphql/context';
import { UserErrorException } from '../../graphql/errors';
import type { Clock } from '../../shared/clock';
import { verifyEmail } from './account.service';

export interface AccountRouteDeps {
  config: Config;
  orm: MikroORM;
  clock: Clock;
  logger: Logger;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(body)}</p></main></body></html>`;
}

/**
 * The pages behind the links in account mail. `GET /verify-email?token=` verifies, exactly as the
 * `verifyEmail` mutation does, and answers with a short page. `GET /reset-password` only explains:
 * the new password is set with the `resetPassword` mutation (by the app that serves this path).
 */
export function accountRoutes(deps: AccountRouteDeps): express.Router {
  const router = express.Router();
  const send = (res: express.Response, status: number, title: string, body: string) => {
    res.status(status).set({ 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8', 'Referrer-Policy': 'no-referrer' }).send(page(title, body));
  };

  router.get('/verify-email', async (req, res) => {
    const token = req.query.token;
    if (typeof token !== 'string' || !token) return send(res, 400, 'Link not valid', 'This verification link is incomplete.');
    try {
      const ctx = createContext(deps.orm.em, deps, null);
      await verifyEmail(ctx, token);
      send(res, 200, 'Email address verified', 'Thank you: your email address is verified. You can close this page.');
    } catch (error) {
      if (error instanceof UserErrorException) return send(res, 400, 'Link not valid', error.errors[0].message);
      deps.logger.error({ err: error }, 'verifying an email address failed');
      send(res, 500, 'Something went wrong', 'Please try the link again later.');
    }
  });

  router.get('/invitations/:id', (_req, res) => {
    send(res, 200, 'You are invited', 'Sign in with the invited email address, verify it, and accept the invitation in the app (acceptTeamInvitation with the id in this link).');
  });

  router.get('/reset-password', (_req, res) => {
    send(res, 200, 'Reset your password', 'Choose a new password in the app, with the token of this link (the resetPassword operation).');
  });

  return router;
}
