import { executeSql } from '../../db/sql';
import { registerDueWork } from '../scheduler/due-work';

// OF-2: pending offers past their expiry become EXPIRED. Readers already see them so; this
// makes the stored status agree. One conditional UPDATE: safe to run again or concurrently.
registerDueWork({
  name: 'offers.expire',
  run: (em, now) =>
    executeSql(em, `update offer set status = 'EXPIRED', responded_at = expires_at where status = 'PENDING' and expires_at <= ?`, [now]),
});
