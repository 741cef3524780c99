import type { EntityManager } from '@mikro-orm/postgresql';
import { OfferEventType, updateOffersWithEvents } from '../events/offer-events';
import { executeSql } from '../../db/sql';
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
      const count = await transaction(em, async (tx) => {
        const expired = await updateOffersWithEvents(
          tx as EntityManager,
          OfferEventType.EXPIRED,
          `update offer set status = 'EXPIRED', responded_at = expires_at
            where id in (select id from offer where status = 'PENDING' and expires_at <= ? order by expires_at, id limit ${EXPIRY_BATCH} for update skip locked)`,
          [now],
          now,
          null,
        );
        // CN-3: their proposals are no longer live, and return no Connects.
        await executeSql(
          tx as EntityManager,
          `update proposal p set status = 'OFFER_EXPIRED'
            where p.status = 'SUBMITTED' and exists (select 1 from offer o where o.proposal_id = p.id and o.status = 'EXPIRED')
              and not exists (select 1 from offer o where o.proposal_id = p.id and o.status = 'PENDING' and o.expires_at > ?)`,
          [now],
        );
        return expired;
      });
      changed += count;
      if (count < EXPIRY_BATCH) return changed;
    }
  },
});
