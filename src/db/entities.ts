import { AffiliateEntity, PromotionalMaterialEntity, ReferralClickEntity, ReferralEntity } from '../modules/affiliates/affiliate.entity';
import { CommissionEntity } from '../modules/affiliates/commission.entity';
import { TestClockEntity } from '../modules/clock/test-clock.entity';
import { ConnectsEntryEntity } from '../modules/connects/connects-entry.entity';
import { EventLogEntity } from '../modules/events/event.entity';
import { IdempotencyKeyEntity } from '../modules/idempotency/idempotency.entity';
import { LedgerAccountEntity, LedgerEntryEntity, LedgerTransactionEntity, PendingReleaseEntity } from '../modules/money/ledger.entity';
import { PayoutEntity, PayoutMethodEntity } from '../modules/payouts/payout.entity';
import { ContractChangeEntity, ContractEntity } from '../modules/contracts/contract.entity';
import { InvoiceEntity } from '../modules/billing/invoice.entity';
import { JobEntity } from '../modules/jobs/job.entity';
import { MilestoneChangeEntity, MilestoneEntity } from '../modules/milestones/milestone.entity';
import { OfferEntity } from '../modules/offers/offer.entity';
import { ProposalEntity } from '../modules/proposals/proposal.entity';
import { MemberEntity, TeamEntity, TeamInvitationEntity } from '../modules/teams/team.entity';
import { RateLimitBucketEntity } from '../modules/ratelimit/rate-limit.entity';
import { SocketLeaseEntity } from '../modules/ratelimit/socket-lease.entity';
import { TimeEntryEntity } from '../modules/time/time-entry.entity';
import { UserEntity } from '../modules/users/user.entity';
import { AccountTokenEntity } from '../modules/users/account-token.entity';
import { SessionEntity } from '../modules/sessions/session.entity';

/** Every entity, listed once: the ORM, the migrations and their check read this list. */
export const ALL_ENTITIES = [
  UserEntity,
  TeamEntity,
  MemberEntity,
  TeamInvitationEntity,
  ConnectsEntryEntity,
  IdempotencyKeyEntity,
  TestClockEntity,
  AffiliateEntity,
  PromotionalMaterialEntity,
  ReferralClickEntity,
  ReferralEntity,
  EventLogEntity,
  LedgerAccountEntity,
  LedgerTransactionEntity,
  LedgerEntryEntity,
  PendingReleaseEntity,
  PayoutMethodEntity,
  PayoutEntity,
  JobEntity,
  ProposalEntity,
  OfferEntity,
  ContractEntity,
  ContractChangeEntity,
  MilestoneEntity,
  MilestoneChangeEntity,
  TimeEntryEntity,
  CommissionEntity,
  InvoiceEntity,
  AccountTokenEntity,
  SessionEntity,
  RateLimitBucketEntity,
  SocketLeaseEntity,
];
