import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum AccountTokenPurpose {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
}

/**
 * A single-use secret sent by mail (a verification or a password-reset link). Only its SHA-256
 * is kept, so a copy of the database opens no account. Its times are real time, like the
 * lifetime of a sign-in token: moving the test clock expires no link.
 */
@Entity({ tableName: 'account_token' })
@Index({ properties: ['userId', 'purpose'] })
export class AccountTokenEntity {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash: string;

  @Property({ type: 'string', length: 40 })
  userId: string;

  @Enum({ items: () => AccountTokenPurpose })
  purpose: AccountTokenPurpose;

  /** The address the link was sent to: what opening it proves. */
  @Property({ type: 'string', length: 320 })
  email: string;

  @Property({ type: 'datetime' })
  createdAt: Date;

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
