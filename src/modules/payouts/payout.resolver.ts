import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireTeamPermission } from '../../auth/authorize';
import { Permission } from '../../auth/permissions';
import { ConnectionArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { Money } from '../../shared/money';
import { teamById } from '../teams/team.loaders';
import { Team } from '../teams/team.types';
import { userById } from '../users/user.loaders';
import { canSeePrivate } from '../users/user.service';
import { User } from '../users/user.types';
import { maskPayoutDetails } from './payout-method.details';
import { payoutMethodById, payoutMethodsOfTeam, payoutMethodsOfUser, payoutsOfTeam, payoutsOfUser } from './payout.loaders';
import * as payouts from './payout.service';
import {
  AddPayoutMethodInput,
  AddPayoutMethodPayload,
  Payout,
  PayoutConnection,
  PayoutFilter,
  PayoutMethod,
  PayoutMethodConnection,
  PayoutMethodsArgs,
  PayoutOrder,
  PayoutsArgs,
  RemovePayoutMethodInput,
  RemovePayoutMethodPayload,
  RequestPayoutInput,
  RequestPayoutPayload,
  SettlePayoutInput,
  SettlePayoutPayload,
} from './payout.types';

@Resolver(() => PayoutMethod)
export class PayoutMethodResolver {
  @FieldResolver(() => String, { description: 'A masked one-line label, e.g. "ACH account ending 6789".' })
  display(@Root() method: PayoutMethod) {
    return maskPayoutDetails(method.details).display;
  }

  @FieldResolver(() => String, { nullable: true, description: 'PAYPAL: the email, masked ("j***@example.com").' })
  paypalEmail(@Root() method: PayoutMethod) {
    return maskPayoutDetails(method.details).paypalEmail;
  }

  @FieldResolver(() => String, { nullable: true, description: 'ACH and BACS: the last 4 digits of the account number.' })
  accountNumberLast4(@Root() method: PayoutMethod) {
    return maskPayoutDetails(method.details).accountNumberLast4;
  }

  @FieldResolver(() => String, { nullable: true, description: 'ACH: the last 4 digits of the routing number.' })
  routingNumberLast4(@Root() method: PayoutMethod) {
    return maskPayoutDetails(method.details).routingNumberLast4;
  }

  @FieldResolver(() => String, { nullable: true, description: 'BACS: the sort code, masked ("**-**-56").' })
  sortCode(@Root() method: PayoutMethod) {
    return maskPayoutDetails(method.details).sortCodeMasked;
  }

  @FieldResolver(() => String, { nullable: true, description: 'CHECK: the city and country the check is mailed to.' })
  addressSummary(@Root() method: PayoutMethod) {
    return maskPayoutDetails(method.details).addressSummary;
  }
}

@Resolver(() => Payout)
export class PayoutResolver {
  @FieldResolver(() => Money, { description: 'How much.' })
  amount(@Root() payout: Payout) {
    return Money.ofCents(payout.amountCents, payout.currency);
  }

  @FieldResolver(() => PayoutMethod, { description: 'Where the money goes.' })
  payoutMethod(@Root() payout: Payout, @Ctx() ctx: Context) {
    return payoutMethodById(ctx).load(payout.payoutMethodId);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team whose money it is; null for a user\'s own payout.' })
  team(@Root() payout: Payout, @Ctx() ctx: Context) {
    return payout.teamId ? teamById(ctx).load(payout.teamId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The user whose own money it is; null for a team payout.' })
  user(@Root() payout: Payout, @Ctx() ctx: Context) {
    return payout.userId ? userById(ctx).load(payout.userId) : null;
  }

  @FieldResolver(() => User, { description: 'Who requested it.' })
  requestedBy(@Root() payout: Payout, @Ctx() ctx: Context) {
    return userById(ctx).load(payout.requestedById);
  }

  @Query(() => PayoutConnection, { description: 'Staff only: every payout, for internal tools.' })
  payouts(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => PayoutFilter, { nullable: true, description: 'Which payouts; all when omitted.' }) filter?: PayoutFilter,
    @Arg('orderBy', () => PayoutOrder, { nullable: true, description: 'The order; newest request first when omitted.' }) orderBy?: PayoutOrder,
  ) {
    return payouts.listPayouts(ctx, args, filter, orderBy);
  }

  @Mutation(() => AddPayoutMethodPayload, { description: "With teamId: the team's OWNER, ADMINs and FINANCIAL members (PO-1). Without: anyone, for their own account." })
  addPayoutMethod(@Ctx() ctx: Context, @Arg('input', () => AddPayoutMethodInput, { description: 'What to do.' }) input: AddPayoutMethodInput) {
    return runMutation(() => payouts.addPayoutMethod(ctx, input));
  }

  @Mutation(() => RemovePayoutMethodPayload, { description: "A team's method: its OWNER, ADMINs and FINANCIAL members. A user's own: that user." })
  removePayoutMethod(@Ctx() ctx: Context, @Arg('input', () => RemovePayoutMethodInput, { description: 'What to do.' }) input: RemovePayoutMethodInput) {
    return runMutation(() => payouts.removePayoutMethod(ctx, input));
  }

  @Mutation(() => RequestPayoutPayload, {
    description: "With teamId: the team's OWNER, ADMINs and FINANCIAL members; without: anyone, from their own account (PO-1); the caller's email must be verified. Moves available money out; keyed by idempotencyKey (MN-2).",
  })
  requestPayout(@Ctx() ctx: Context, @Arg('input', () => RequestPayoutInput, { description: 'What to do.' }) input: RequestPayoutInput) {
    return runMutation(() => payouts.requestPayout(ctx, input));
  }

  @Mutation(() => SettlePayoutPayload, { description: 'Staff only: marks a PENDING payout PAID, or FAILED to return its money to the account (PO-2).' })
  settlePayout(@Ctx() ctx: Context, @Arg('input', () => SettlePayoutInput, { description: 'What to do.' }) input: SettlePayoutInput) {
    return runMutation(() => payouts.settlePayout(ctx, input));
  }
}

@Resolver(() => Team)
export class TeamPayoutsResolver {
  @FieldResolver(() => PayoutMethodConnection, { nullable: true, description: "The team's payout methods, masked: OWNER, ADMIN and FINANCIAL members, and staff." })
  async payoutMethods(@Root() team: Team, @Ctx() ctx: Context, @Args() args: PayoutMethodsArgs) {
    await requireTeamPermission(ctx, team.id, Permission.ViewFinances);
    return payoutMethodsOfTeam(ctx, team.id, args);
  }

  @FieldResolver(() => PayoutConnection, { nullable: true, description: "The team's payouts, newest first: OWNER, ADMIN and FINANCIAL members, and staff." })
  async payouts(@Root() team: Team, @Ctx() ctx: Context, @Args() args: PayoutsArgs) {
    await requireTeamPermission(ctx, team.id, Permission.ViewFinances);
    return payoutsOfTeam(ctx, team.id, args);
  }
}

@Resolver(() => User)
export class UserPayoutsResolver {
  @FieldResolver(() => PayoutMethodConnection, { nullable: true, description: "The user's own payout methods, masked. Self and staff only." })
  payoutMethods(@Root() user: User, @Ctx() ctx: Context, @Args() args: PayoutMethodsArgs) {
    return canSeePrivate(ctx, user) ? payoutMethodsOfUser(ctx, user.id, args) : null;
  }

  @FieldResolver(() => PayoutConnection, { nullable: true, description: "The user's own payouts, newest first. Self and staff only." })
  payouts(@Root() user: User, @Ctx() ctx: Context, @Args() args: PayoutsArgs) {
    return canSeePrivate(ctx, user) ? payoutsOfUser(ctx, user.id, args) : null;
  }
}

export const PAYOUT_RESOLVERS = [PayoutMethodResolver, PayoutResolver, TeamPayoutsResolver, UserPayoutsResolver] as const;
