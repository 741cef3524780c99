import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/payload';
import { domainUserErrors } from '../../graphql/user-errors';
import { runDueWorkNow, SchedulerErrorCode } from './scheduler.service';

const SchedulerPayload = domainUserErrors('Scheduler', { ...SchedulerErrorCode }, 'running periodic work');

@ObjectType({ description: 'What one kind of periodic work did.' })
class DueWorkReport {
  @Field({ description: 'The kind of work, e.g. "offers.expire".' })
  name: string;

  @Field(() => Int, { description: 'How many things it changed.' })
  changed: number;
}

@InputType({ description: 'Which periodic work to run; everything when omitted.' })
class RunDueWorkInput {
  @Field(() => [String], { nullable: true, description: 'Names of kinds of work (see `reports`), e.g. ["offers.expire"]; all when omitted.' })
  only?: string[] | null;
}

@ObjectType()
class RunDueWorkPayload extends SchedulerPayload {
  @Field(() => Date, { nullable: true, description: 'The instant the work was done for.' })
  now?: Date;

  @Field(() => [DueWorkReport], { nullable: true, description: 'Each kind of work, in the order it ran.' })
  reports?: DueWorkReport[];
}

@Resolver()
export class SchedulerResolver {
  @Mutation(() => RunDueWorkPayload, {
    description:
      'Staff only: does, once, everything due by the clock\'s now (offers expired, milestones auto-approved, weeks invoiced, funds made available, affiliate payouts made): the same work the scheduler runs every minute.',
  })
  runDueWork(
    @Ctx() ctx: Context,
    @Arg('input', () => RunDueWorkInput, { nullable: true, description: 'Optional: run only some kinds of work.' }) input?: RunDueWorkInput | null,
  ) {
    return runMutation(() => runDueWorkNow(ctx, input?.only));
  }
}
