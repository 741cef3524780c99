import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { canSeePrivate } from '../users/user.service';
import { User } from '../users/user.types';
import * as sessions from './session.service';
import { LogOutEverywhereInput, LogOutEverywherePayload, LogOutInput, LogOutPayload, Session, SessionConnection } from './session.types';

@Resolver(() => Session)
export class SessionResolver {
  @FieldResolver(() => Boolean, { description: 'Whether this is the session of the request asking.' })
  current(@Root() session: Session) {
    return session.id === session.currentId;
  }

  @Mutation(() => LogOutPayload, { description: 'Signed-in users: ends the current session (or another of their own); its token is refused from then on, also on open WebSockets.' })
  logOut(@Ctx() ctx: Context, @Arg('input', () => LogOutInput, { nullable: true }) input?: LogOutInput) {
    return runMutation(() => sessions.logOut(ctx, input?.sessionId));
  }

  @Mutation(() => LogOutEverywherePayload, { description: 'Signed-in users: ends all their sessions (all but this one with `keepCurrent`).' })
  logOutEverywhere(@Ctx() ctx: Context, @Arg('input', () => LogOutEverywhereInput, { nullable: true }) input?: LogOutEverywhereInput) {
    return runMutation(() => sessions.logOutEverywhere(ctx, input?.keepCurrent ?? false));
  }
}

@Resolver(() => User)
export class UserSessionsResolver {
  @FieldResolver(() => SessionConnection, { nullable: true, description: 'The user\'s live sessions, newest first. Self and staff only.' })
  sessions(@Root() user: User, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return canSeePrivate(ctx, user) ? sessions.sessionsOf(ctx, user.id, args) : null;
  }
}

export const SESSION_RESOLVERS = [SessionResolver, UserSessionsResolver] as const;
