import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AuthPayloadBase } from './user.errors';
import { Node } from '../../graphql/node';
import { ConnectionType, SortDirection } from '../../graphql/connection';
import { registerEnumType } from 'type-graphql';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/password-policy';

export const PASSWORD_RULES = `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, no control characters, not one of the most common passwords.`;

/** A login. Public fields are its name; the rest is shown to the user themself and staff. */
@ObjectType({ implements: Node, description: 'A person with a login: a freelancer, a client, an affiliate, staff, or several at once.' })
export class User extends Node {
  @Field({ description: 'The display name.' })
  name: string;

  @Field({ description: 'When the user signed up.' })
  createdAt: Date;

  /** Not a field: exposed through a resolver that hides it from other users. */
  email: string;
  emailVerified: boolean;
  pendingEmail: string | null;
  defaultTeamId: string | null;
  connectsBalance: number;
}

export const USER_COLUMNS = `id, email, email_verified_at is not null as "emailVerified", pending_email as "pendingEmail", name, default_team_id as "defaultTeamId", connects_balance as "connectsBalance", created_at as "createdAt"`;

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field({ description: 'The login email; one account per address.' })
  email: string;

  @Field({ description: PASSWORD_RULES })
  password: string;

  @Field({ description: 'The display name.' })
  name: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The affiliate click that brought the user (from `recordReferralClick`). The `ref` cookie set by `GET /r/:code` is read as well; the later of the two valid clicks counts (RF-1). Unknown ids are ignored.',
  })
  referralClickId?: string | null;
}

@InputType({ description: 'Credentials to sign in with.' })
export class LogInInput {
  @Field({ description: 'The login email, in any letter case.' })
  email: string;

  @Field({ description: 'The password.' })
  password: string;
}

@ObjectType({ description: 'The result of signing up or in.' })
export class AuthPayload extends AuthPayloadBase {
  @Field(() => String, { nullable: true, description: 'A bearer token for `Authorization: Bearer <token>`; it expires.' })
  token?: string | null;

  @Field(() => User, { nullable: true, description: 'The signed-in user.' })
  user?: User | null;
}

@ObjectType({ description: 'The result of signing up: the user is signed in, and a verification link was mailed to the address.' })
export class SignUpPayload extends AuthPayload {}

@ObjectType({ description: 'The result of signing in.' })
export class LogInPayload extends AuthPayload {}

export const UserConnection = ConnectionType(User);

export enum UserOrderField {
  CREATED_AT = 'CREATED_AT',
  NAME = 'NAME',
  EMAIL = 'EMAIL',
}
registerEnumType(UserOrderField, { name: 'UserOrderField', description: 'What to order users by.' });

@InputType({ description: 'An ordering of users.' })
export class UserOrder {
  @Field(() => UserOrderField)
  field: UserOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType({ description: 'Which users to list.' })
export class UserFilter {
  @Field({ nullable: true, description: 'Users whose name or email contains this text (case-insensitive).' })
  search?: string;

  @Field({ nullable: true, description: 'Users who signed up at or after this instant.' })
  createdAfter?: Date;

  @Field({ nullable: true, description: 'Users who signed up before this instant.' })
  createdBefore?: Date;
}
