import { whereRange } from '../../db/sql';
import { defineNestedList, SortDirection, type ConnectionArgs, type ListQuery } from '../../graphql/connection';
import { rowsById } from '../../graphql/loaders';
import { OFFER_COLUMNS, OFFER_STATUS_AT, OfferOrderField, type Offer, type OfferFilter, type OfferOrder } from './offer.types';

export const offerById = rowsById<Offer>(`select ${OFFER_COLUMNS} from offer o`, 'o.id');

export interface OfferListArgs extends ConnectionArgs {
  filter?: OfferFilter | null;
  orderBy?: OfferOrder | null;
  /** Set by the service: the request's instant, for expiry when filtering by status. */
  asOf?: Date;
}

/** The WHERE clauses of an offer filter; shared by the nested lists and staff's list. */
export function offerFilterSql(filter: OfferFilter | null | undefined, asOf: Date | undefined, where: string[], params: unknown[]): void {
  // As every list's status filter: an empty list matches nothing (omit it for every status).
  if (filter?.status && !filter.status.length) where.push('false');
  else if (filter?.status) (where.push(`${OFFER_STATUS_AT} in (?)`), params.push(asOf ?? new Date(0), filter.status));
  if (filter?.teamId) (where.push('(o.client_team_id = ? or o.agency_id = ?)'), params.push(filter.teamId, filter.teamId));
  if (filter?.freelancerId) (where.push('o.freelancer_id = ?'), params.push(filter.freelancerId));
  whereRange('o.created_at', filter?.createdAfter, filter?.createdBefore, where, params);
}

export function offerSort(order: OfferOrder | null | undefined): ListQuery['sort'] {
  return {
    column: order?.field === OfferOrderField.EXPIRES_AT ? 'expiresAt' : 'createdAt',
    type: 'timestamptz',
    direction: order?.direction ?? SortDirection.DESC,
  };
}

function offerList(keyColumn: string) {
  return defineNestedList<Offer, OfferListArgs>((keys, args) => {
    const where = [`${keyColumn} in (?)`];
    const params: unknown[] = [keys];
    offerFilterSql(args.filter, args.asOf, where, params);
    return {
      sql: `select ${OFFER_COLUMNS}, ${keyColumn} as "__parent" from offer o where ${where.join(' and ')}`,
      params,
      partitionBy: '__parent',
      sort: offerSort(args.orderBy),
    };
  });
}

export const offersOfFreelancer = offerList('o.freelancer_id');
export const offersOfAgency = offerList('o.agency_id');
export const offersOfClientTeam = offerList('o.client_team_id');
