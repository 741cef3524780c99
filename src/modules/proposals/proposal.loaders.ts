import { whereIn } from '../../db/sql';
import { defineNestedList, SortDirection, type ConnectionArgs } from '../../graphql/connection';
import { rowsById } from '../../graphql/loaders';
import { PROPOSAL_COLUMNS, PROPOSAL_FROM, type Proposal, type ProposalFilter, type ProposalOrder } from './proposal.types';

export const proposalById = rowsById<Proposal>(`select ${PROPOSAL_COLUMNS} from ${PROPOSAL_FROM}`, 'p.id');

export interface ProposalListArgs extends ConnectionArgs {
  filter?: ProposalFilter | null;
  orderBy?: ProposalOrder | null;
  /** Set by the service, never by a client: restricts a team's list to one freelancer's own. */
  onlyFreelancerId?: string | null;
}

/** One nested proposal list, partitioned by `keyColumn` (the parent's id). */
function proposalList(keyColumn: string, alias: string) {
  return defineNestedList<Proposal, ProposalListArgs>((keys, args) => {
    const where = [`${keyColumn} in (?)`];
    const params: unknown[] = [keys];
    whereIn('p.status', args.filter?.status, where, params);
    if (args.filter?.jobId) (where.push('p.job_id = ?'), params.push(args.filter.jobId));
    if (args.onlyFreelancerId) (where.push('p.freelancer_id = ?'), params.push(args.onlyFreelancerId));
    return {
      sql: `select ${PROPOSAL_COLUMNS}, ${keyColumn} as "${alias}" from ${PROPOSAL_FROM} where ${where.join(' and ')}`,
      params,
      partitionBy: alias,
      sort: { column: 'createdAt', type: 'timestamptz', direction: args.orderBy?.direction ?? SortDirection.DESC },
    };
  });
}

export const proposalsOfFreelancer = proposalList('p.freelancer_id', '__parent');
export const proposalsOfAgency = proposalList('p.agency_id', '__parent');
export const proposalsOfClientTeam = proposalList('j.client_team_id', '__parent');
export const proposalsOfJob = proposalList('p.job_id', '__parent');
