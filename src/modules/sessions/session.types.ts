import { Field, InputType, Int, ObjectType, ID } from 'type-graphql';
import { AuthPayloadBase } from '../users/user.errors';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';

@ObjectType({ implements: Node, description: 'A signed-in device: every token belongs to one, and ending it refuses the token at once. Times are real time.' })
export class Session extends Node {
  @Field({ description: 'When the user signed in.' })
  createdAt: Date;

  @Field({ description: 'When the session was last used (to within a minute).' })
  lastSeenAt: Date;

  @Field({ description: 'When the session ends by itself unless revoked before.' })
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: 'The User-Agent the user signed in with (truncated), if any.' })
  userAgent: string | null;

  /** Not fields: who owns it, and the session of the caller, to tell `current`. */
  userId: string;
  currentId: string | null;
}

export const SESSION_COLUMNS = `id, user_id as "userId", created_at as "createdAt", last_seen_at as "lastSeenAt", expires_at as "expiresAt", user_agent as "userAgent"`;

export const SessionConnection = ConnectionType(Session);

@InputType({ description: 'Which session to end.' })
export class LogOutInput {
  @Field(() => ID, { nullable: true, description: 'One of the caller\'s sessions (from `viewer.sessions`); the current one when omitted.' })
  sessionId?: string | null;
}

@InputType({ description: 'Whether to stay signed in here.' })
export class LogOutEverywhereInput {
  @Field({ defaultValue: false, description: 'Keep the session of this request; end all the others.' })
  keepCurrent: boolean;
}

@ObjectType({ description: 'The result of ending sessions.' })
export class LogOutPayload extends AuthPayloadBase {
  @Field(() => Int, { nullable: true, description: 'How many sessions were ended.' })
  revokedCount?: number | null;
}

@ObjectType({ description: 'The result of ending every session.' })
export class LogOutEverywherePayload extends LogOutPayload {}
