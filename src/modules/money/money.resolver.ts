import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireTeamPermission } from '../../auth/authorize';
import { Permission } from '../../auth/permissions';
import type { Context } from '../../graphql/context';
import { Money } from '../../shared/money';
import { Team } from '../teams/team.types';
import { canSeePrivate } from '../users/user.service';
import { User } from '../users/user.types';
import * as accounts from './account.service';
import './escrow.service';
import { Account, AccountEntriesArgs, AccountEntry, AccountEntryConnection, LedgerCheck } from './money.types';

@Resolver(() => Team)
export class TeamAccountResolver {
  @FieldResolver(() => Account, { nullable: true, description: "The team's money (AC-1): OWNER, ADMIN and FINANCIAL members, and staff." })
  async account(@Root() team: Team, @Ctx() ctx: Context) {
    await requireTeamPermission(ctx, team.id, Permission.ViewFinances);
    return accounts.accountOf(ctx, team.id);
  }
}

@Resolver(() => User)
export class UserAccountResolver {
  @FieldResolver(() => Account, { nullable: true, description: "The user's own money (as an independent freelancer or affiliate). Self and staff only." })
  account(@Root() user: User, @Ctx() ctx: Context) {
    return canSeePrivate(ctx, user) ? accounts.accountOf(ctx, user.id) : null;
  }
}

@Resolver(() => Account)
export class AccountResolver {
  @FieldResolver(() => AccountEntryConnection, { description: 'Every movement of the account, newest first, with what it was for.' })
  entries(@Root() account: Account, @Ctx() ctx: Context, @Args() args: AccountEntriesArgs) {
    return accounts.entriesOfOwner(ctx, account.ownerId, args);
  }
}

@Resolver(() => AccountEntry)
export class AccountEntryResolver {
  @FieldResolver(() => Money, { description: 'What the account gained; negative when money left it.' })
  amount(@Root() entry: AccountEntry) {
    return accounts.entryAmount(entry);
  }

  @FieldResolver(() => String, { description: 'A readable line for statements.' })
  description(@Root() entry: AccountEntry) {
    return accounts.describeEntry(entry);
  }
}

@Resolver()
export class LedgerCheckResolver {
  @Query(() => LedgerCheck, { description: 'Staff only: proves the ledger sound: every transaction balanced, every balance equal to its entries (MN-1).' })
  ledgerCheck(@Ctx() ctx: Context) {
    return accounts.ledgerCheck(ctx);
  }
}

export const MONEY_RESOLVERS = [TeamAccountResolver, UserAccountResolver, AccountResolver, AccountEntryResolver, LedgerCheckResolver] as const;
