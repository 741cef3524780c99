import { randomBytes } from 'node:crypto';

/**
 * Identifiers are opaque strings shared by the database and the API: a type prefix and a
 * time-ordered random part (ULID layout, Crockford base32). The prefix makes every id unique
 * across types and lets `node(id)` find the type without a lookup.
 */
export const ID_PREFIXES = {
  User: 'usr',
  Team: 'team',
  Member: 'mem',
  TeamInvitation: 'inv',
  ConnectsEntry: 'cxn',
  Job: 'job',
  Proposal: 'prp',
  Offer: 'ofr',
  Contract: 'ctr',
  ContractChange: 'chg',
  Milestone: 'mst',
  MilestoneChange: 'msc',
  Invoice: 'bil',
  TimeEntry: 'tim',
  Payout: 'pay',
  PayoutMethod: 'pm',
  Referral: 'ref',
  Affiliate: 'aff',
  PromotionalMaterial: 'mat',
  ReferralClick: 'clk',
  Commission: 'com',
  LedgerAccount: 'lac',
  LedgerTransaction: 'ltx',
  AccountEntry: 'ent',
  PendingRelease: 'rel',
  Session: 'ses',
} as const;

export type NodeTypeName = keyof typeof ID_PREFIXES;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function encodeTime(ms: number): string {
  let out = '';
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[ms % 32] + out;
    ms = Math.floor(ms / 32);
  }
  return out;
}

export function newId(type: NodeTypeName): string {
  const random = randomBytes(16);
  let tail = '';
  for (let i = 0; i < 16; i++) tail += ALPHABET[random[i] % 32];
  return `${ID_PREFIXES[type]}_${encodeTime(Date.now())}${tail}`;
}

const TYPE_BY_PREFIX = new Map<string, NodeTypeName>(
  Object.entries(ID_PREFIXES).map(([type, prefix]) => [prefix, type as NodeTypeName]),
);

/** The type an id belongs to, or undefined for anything that is not one of ours. */
export function typeOfId(id: string): NodeTypeName | undefined {
  const match = /^([a-z]+)_[0-9A-Z]{26}$/.exec(id);
  return match ? TYPE_BY_PREFIX.get(match[1]) : undefined;
}

export function isIdOf(type: NodeTypeName, id: string): boolean {
  return typeOfId(id) === type;
}
