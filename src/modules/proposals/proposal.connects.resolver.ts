import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ConnectsEntry } from '../connects/connects.types';
import { findJob } from '../jobs/job.service';
import { Job } from '../jobs/job.types';
import { findProposal } from './proposal.service';
import { Proposal } from './proposal.types';

/** What a Connects spend or refund was for, where the caller may see it. */
@Resolver(() => ConnectsEntry)
export class ConnectsEntryWorkResolver {
  @FieldResolver(() => Proposal, { nullable: true, description: 'The proposal a SPEND paid for or a REFUND returned, if the caller may see it.' })
  async proposal(@Root() entry: ConnectsEntry, @Ctx() ctx: Context) {
    return entry.proposalId ? ((await findProposal(ctx, entry.proposalId)) ?? null) : null;
  }

  @FieldResolver(() => Job, { nullable: true, description: 'The job of that proposal, if the caller may see it.' })
  async job(@Root() entry: ConnectsEntry, @Ctx() ctx: Context) {
    return entry.jobId ? ((await findJob(ctx, entry.jobId)) ?? null) : null;
  }
}
