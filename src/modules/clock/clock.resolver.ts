import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireStaff } from '../../auth/authorize';
import { executeSql } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { forbidden, userError } from '../../graphql/errors';
import { runMutation } from '../../graphql/payload';
import { domainUserErrors } from '../../graphql/user-errors';

@InputType()
class SetClockInput {
  @Field({ description: 'The new current time; it may only move forward.' })
  now: Date;
}

/** Why moving the test clock was refused. */
export enum ClockErrorCode {
  CLOCK_BACKWARDS = 'CLOCK_BACKWARDS',
}

const ClockPayload = domainUserErrors('Clock', { ...ClockErrorCode }, 'moving the test clock');

@ObjectType()
class SetClockPayload extends ClockPayload {
  @Field(() => Date, { nullable: true, description: 'The clock after the change.' })
  now?: Date;
}

@Resolver()
export class ClockResolver {
  @Query(() => Date, { description: "The server's current time, as the business rules see it." })
  now(@Ctx() ctx: Context) {
    return ctx.clock.now();
  }

  @Mutation(() => SetClockPayload, {
    description: 'Staff only, and only on a server started with TEST_CLOCK=1 (otherwise FORBIDDEN): moves the business clock forward for every process on the database.',
  })
  setClock(@Ctx() ctx: Context, @Arg('input', () => SetClockInput) input: SetClockInput) {
    requireStaff(ctx);
    if (!ctx.config.testClock) throw forbidden('The clock can be set only on a server started with TEST_CLOCK=1.');
    return runMutation(async () => {
      const current = await ctx.clock.now();
      if (input.now.getTime() < current.getTime()) {
        throw userError(ClockErrorCode.CLOCK_BACKWARDS, `The clock only moves forward; it is already ${current.toISOString()}.`, ['input', 'now']);
      }
      const offset = input.now.getTime() - Date.now();
      await executeSql(
        ctx.em,
        `insert into test_clock (id, offset_ms) values (1, ?) on conflict (id) do update set offset_ms = greatest(test_clock.offset_ms, excluded.offset_ms)`,
        [offset],
      );
      return { now: input.now };
    });
  }
}
