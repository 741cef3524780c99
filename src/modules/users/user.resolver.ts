import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import * as auth from './auth.service';
import * as users from './user.service';
import { LogInInput, LogInPayload, SignUpInput, SignUpPayload, User, UserConnection, UserFilter, UserOrder } from './user.types';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when not signed in.' })
  viewer(@Ctx() ctx: Context) {
    return users.viewerUser(ctx);
  }

  @Query(() => UserConnection, { description: 'Staff only: every user, for internal tools.' })
  users(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Which users; all when omitted.' }) filter?: UserFilter,
    @Arg('orderBy', () => UserOrder, { nullable: true, description: 'Oldest first when omitted.' }) orderBy?: UserOrder,
  ) {
    return users.listUsers(ctx, args, filter, orderBy);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The login email; shown to the user themself and staff only.' })
  email(@Root() user: User, @Ctx() ctx: Context) {
    return users.canSeePrivate(ctx, user) ? user.email : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the user is platform staff (a verified address listed in STAFF_EMAILS); shown to the user themself and staff only.' })
  isStaff(@Root() user: User, @Ctx() ctx: Context) {
    return users.canSeePrivate(ctx, user) ? user.emailVerified && ctx.config.staffEmails.has(user.email) : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the login email was proven by opening a link mailed to it; shown to the user themself and staff only.' })
  emailVerified(@Root() user: User, @Ctx() ctx: Context) {
    return users.canSeePrivate(ctx, user) ? user.emailVerified : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'An address the user asked to change to, waiting for its link to be opened; shown to the user themself and staff only.' })
  pendingEmail(@Root() user: User, @Ctx() ctx: Context) {
    return users.canSeePrivate(ctx, user) ? user.pendingEmail : null;
  }

  @Mutation(() => SignUpPayload, { description: 'Anyone: creates an account and signs it in.' })
  signUp(@Ctx() ctx: Context, @Arg('input', () => SignUpInput) input: SignUpInput) {
    return runMutation(() => auth.signUp(ctx, input));
  }

  @Mutation(() => LogInPayload, { description: 'Anyone: signs in with email and password.' })
  logIn(@Ctx() ctx: Context, @Arg('input', () => LogInInput) input: LogInInput) {
    return runMutation(() => auth.logIn(ctx, input));
  }
}
