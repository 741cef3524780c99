import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { requireTeamPermission } from '../../auth/authorize';
import { Permission, TeamKind } from '../../auth/permissions';
import { ConnectionArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { Team } from '../teams/team.types';
import { canSeePrivate } from '../users/user.service';
import { User } from '../users/user.types';
import * as connects from './connects.service';
import { ConnectsEntryConnection, PurchaseConnectsInput, PurchaseConnectsPayload } from './connects.types';

@Resolver(() => Team)
export class TeamConnectsResolver {
  @FieldResolver(() => Int, { nullable: true, description: "The agency's collective Connects (CN-1); null for client teams. Members and staff." })
  async connectsBalance(@Root() team: Team, @Ctx() ctx: Context) {
    await requireTeamPermission(ctx, team.id, Permission.ViewConnects);
    return team.kind === TeamKind.AGENCY ? team.connectsBalance : null;
  }

  @FieldResolver(() => ConnectsEntryConnection, { description: 'Every change of the balance, newest first; it adds up to the balance (CN-4). Members and staff.' })
  async connectsHistory(@Root() team: Team, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    await requireTeamPermission(ctx, team.id, Permission.ViewConnects);
    return connects.teamConnectsHistory(ctx, team.id, args);
  }

  @Mutation(() => PurchaseConnectsPayload, { description: 'With teamId: the OWNER or an ADMIN of the agency (CN-4). Without: anyone, for themself.' })
  purchaseConnects(@Ctx() ctx: Context, @Arg('input', () => PurchaseConnectsInput) input: PurchaseConnectsInput) {
    return runMutation(() => connects.purchaseConnects(ctx, input));
  }
}

@Resolver(() => User)
export class UserConnectsResolver {
  @FieldResolver(() => Int, { nullable: true, description: "The user's own Connects, for independent proposals (CN-1). Self and staff only." })
  connectsBalance(@Root() user: User, @Ctx() ctx: Context) {
    return canSeePrivate(ctx, user) ? user.connectsBalance : null;
  }

  @FieldResolver(() => ConnectsEntryConnection, { nullable: true, description: "Every change of the user's own balance, newest first. Self and staff only." })
  connectsHistory(@Root() user: User, @Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return canSeePrivate(ctx, user) ? connects.userConnectsHistory(ctx, user.id, args) : null;
  }
}

export const CONNECTS_RESOLVERS = [TeamConnectsResolver, UserConnectsResolver] as const;
