import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129215615_public_profiles } from './Migration20261129215615_public_profiles';
import { Migration20261129215221_event_history } from './Migration20261129215221_event_history';
import { Migration20261129221456_socket_leases } from './Migration20261129221456_socket_leases';
import { Migration20261129192040_proposal_offer_states } from './Migration20261129192040_proposal_offer_states';
import { Migration20261129190405_milestone_disputes } from './Migration20261129190405_milestone_disputes';
import { Migration20261129184231_time_no_overlap } from './Migration20261129184231_time_no_overlap';
import { Migration20261129185023_accounts } from './Migration20261129185023_accounts';
import { Migration20261129184919_rate_limits } from './Migration20261129184919_rate_limits';
import { Migration20261122022526_commissions } from './Migration20261122022526_commissions';
import { Migration20261122023141_milestones_money } from './Migration20261122023141_milestones_money';
import { Migration20261122020642_hiring } from './Migration20261122020642_hiring';
import { Migration20261122020805_money } from './Migration20261122020805_money';
import { Migration20261122020806_money_guards } from './Migration20261122020806_money_guards';
import { Migration20261122021501_events } from './Migration20261122021501_events';
import { Migration20261122020856_affiliates } from './Migration20261122020856_affiliates';
import { Migration20261122015931_initial } from './Migration20261122015931_initial';

/** Every migration in order. `npm run migration:create` appends to this list. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122015931_initial', class: Migration20261122015931_initial },
  { name: 'Migration20261122020642_hiring', class: Migration20261122020642_hiring },
  { name: 'Migration20261122020805_money', class: Migration20261122020805_money },
  { name: 'Migration20261122020806_money_guards', class: Migration20261122020806_money_guards },
  { name: 'Migration20261122020856_affiliates', class: Migration20261122020856_affiliates },
  { name: 'Migration20261122021501_events', class: Migration20261122021501_events },
  { name: 'Migration20261122022526_commissions', class: Migration20261122022526_commissions },
  { name: 'Migration20261122023141_milestones_money', class: Migration20261122023141_milestones_money },
  { name: 'Migration20261129184231_time_no_overlap', class: Migration20261129184231_time_no_overlap },
  { name: 'Migration20261129190405_milestone_disputes', class: Migration20261129190405_milestone_disputes },
  { name: 'Migration20261129192040_proposal_offer_states', class: Migration20261129192040_proposal_offer_states },
  { name: 'Migration20261129185023_accounts', class: Migration20261129185023_accounts },
  { name: 'Migration20261129184919_rate_limits', class: Migration20261129184919_rate_limits },
  { name: 'Migration20261129215221_event_history', class: Migration20261129215221_event_history },
  { name: 'Migration20261129215615_public_profiles', class: Migration20261129215615_public_profiles },
  { name: 'Migration20261129221456_socket_leases', class: Migration20261129221456_socket_leases },
];
