import type { EntityManager } from '@mikro-orm/postgresql';
import { OfferEventType, updateOffersWithEvents } from '../events/offer-events';
import { transaction } from '../../db/transaction';
import { registerDueWork } from '../scheduler/due-work';

const EXPIRY_BATCH = 200;

// OF-2: pending offers past their expiry become EXPIRED. Readers already see them so; this
// makes the stored status agree and tells their followers (OF-5). Each batch is one
// transaction claiming rows with skip-locked: safe to run again or from several processes.
registerDueWork({
  name: 'offers.expire',
  run: async (em, now) => {
    let changed = 0;
    for (;;) {
      const count = await transaction(em, (tx) =>
        updateOffersWithEvents(
          tx as EntityManager,
          OfferEventType.EXPIRED,
          `update offer set status = 'EXPIRED', responded_at = expires_at
            where id in (select id from offer where status = 'PENDING' and expires_at <= ? order by expires_at, id limit ${EXPIRY_BATCH} for update skip locked)`,
          [now],
          now,
        ),
      );
      changed += count;
      if (count < EXPIRY_BATCH) return changed;
    }
  },
});
