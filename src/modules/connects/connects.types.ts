import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectsPayload } from './connects.errors';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { Team } from '../teams/team.types';
import { User } from '../users/user.types';
import { ConnectsEntryKind } from './connects-entry.entity';

export { ConnectsEntryKind };

registerEnumType(ConnectsEntryKind, {
  name: 'ConnectsEntryKind',
  description: 'Why a Connects balance changed (CN-4).',
  valuesConfig: {
    PURCHASE: { description: 'Connects bought.' },
    SPEND: { description: 'Connects spent on a proposal (CN-1).' },
    REFUND: { description: 'Connects returned because the client cancelled the job before hiring (CN-3).' },
  },
});

@ObjectType({ implements: Node, description: 'One change of a Connects balance; the history adds up to the balance.' })
export class ConnectsEntry extends Node {
  @Field(() => ConnectsEntryKind, { description: 'Why the balance changed.' })
  kind: ConnectsEntryKind;

  @Field(() => Int, { description: 'Positive for purchases and refunds, negative when spent.' })
  change: number;

  @Field(() => Int, { description: 'The balance right after this change.' })
  balanceAfter: number;

  @Field({ description: 'When the change happened.' })
  occurredAt: Date;

  teamId: string | null;
  userId: string | null;
  proposalId: string | null;
  jobId: string | null;
}

export const CONNECTS_ENTRY_COLUMNS = `id, team_id as "teamId", user_id as "userId", kind, change, balance_after as "balanceAfter", proposal_id as "proposalId", job_id as "jobId", created_at as "occurredAt"`;

export const ConnectsEntryConnection = ConnectionType(ConnectsEntry);

@InputType({ description: "Connects to buy, for an agency or (without teamId) for oneself." })
export class PurchaseConnectsInput {
  @Field(() => ID, { nullable: true, description: 'The agency to buy for; omit to buy for yourself.' })
  teamId?: string | null;

  @Field(() => Int, { description: 'How many Connects, 1 to 1000.' })
  quantity: number;

  @Field({ description: 'Repeating a key returns the first result and buys nothing again (MN-2).' })
  idempotencyKey: string;
}

@ObjectType()
export class PurchaseConnectsPayload extends ConnectsPayload {
  @Field(() => ConnectsEntry, { nullable: true, description: 'The purchase in the Connects history.' })
  entry?: ConnectsEntry;

  @Field(() => Team, { nullable: true, description: 'The agency bought for, if any.' })
  team?: Team | null;

  @Field(() => User, { nullable: true, description: 'The user bought for, when buying for oneself.' })
  user?: User | null;
}
