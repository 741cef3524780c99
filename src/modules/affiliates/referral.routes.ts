import express from 'express';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { Clock } from '../../shared/clock';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ErrorCode } from '../../graphql/errors';
import { sendHttpError } from '../../server/http-errors';
import type { RateLimiter } from '../ratelimit/rate-limit.service';
import { ATTRIBUTION_WINDOW_MS, chargeClick, recordClick } from './referral.service';

export interface ReferralRouteDeps {
  config: Config;
  orm: MikroORM;
  clock: Clock;
  rateLimiter?: RateLimiter;
  logger: Logger;
}

/**
 * `GET /r/:code`, an affiliate's tracking link (docs/api.md): records the click, sets the `ref`
 * cookie for 30 days and redirects to the landing page. Whatever arrives (an unknown code, a
 * malformed path, a huge referrer, a database hiccup) the visitor is redirected, never shown an
 * error: losing a click is better than losing a visitor. The one exception is a client address
 * over its click budget (REFERRAL_CLICKS_PER_ADDRESS): 429 with Retry-After, nothing recorded.
 */
export function referralRoutes(deps: ReferralRouteDeps): express.Router {
  const router = express.Router();
  const secure = deps.config.publicUrl.startsWith('https:') ? '; Secure' : '';
  const cookieTail = `; Max-Age=${ATTRIBUTION_WINDOW_MS / 1000}; Path=/; HttpOnly; SameSite=Lax${secure}`;

  const redirect = (res: express.Response) => {
    res.set('Cache-Control', 'no-store');
    res.redirect(302, deps.config.landingUrl);
  };

  router.get('/r{/:code}', async (req, res) => {
    // HEAD requests (link checkers, previews) are not clicks.
    if (req.method !== 'GET' || typeof req.params.code !== 'string') return redirect(res);
    try {
      const refused = deps.rateLimiter && (await chargeClick(deps.rateLimiter, deps.config, req.ip ?? 'unknown'));
      if (refused) {
        res.set('Cache-Control', 'no-store');
        return sendHttpError(res, 429, 'Too many tracking-link clicks from this address; try again later.', ErrorCode.RATE_LIMITED, { 'Retry-After': String(refused.retryAfter) });
      }
    } catch (error) {
      deps.logger.error({ err: error }, 'checking the click budget failed; the click is counted without it');
    }
    try {
      const em = deps.orm.em.fork({ clear: true, useContext: false });
      const material = req.query.m;
      const clickId = await recordClick(em, await deps.clock.now(em), {
        code: req.params.code,
        materialId: typeof material === 'string' ? material : null,
        referrer: req.get('referer') ?? null,
        userAgent: req.get('user-agent') ?? null,
      });
      // An unrecorded click leaves an earlier, valid cookie alone.
      if (clickId) res.append('Set-Cookie', `ref=${clickId}${cookieTail}`);
    } catch (error) {
      deps.logger.error({ err: error }, 'recording a referral click failed');
    }
    redirect(res);
  });

  // A path Express cannot decode (`/r/%E0%A4%A`) still lands the visitor.
  router.use('/r', (error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    redirect(res);
  });
  return router;
}
