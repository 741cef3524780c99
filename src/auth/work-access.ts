import type { Context } from '../graphql/context';
import { hasTeamPermission } from './authorize';
import { Permission } from './permissions';

/** The parties of an offer or contract (CT-1). */
export interface WorkParties {
  clientTeamId: string;
  agencyId: string | null;
  freelancerId: string;
}

/**
 * AC-1: an offer or contract is seen by its freelancer, its client team, the members of its
 * agency, and staff; nobody else even learns that it exists (NOT_FOUND).
 */
export async function canSeeWork(ctx: Context, work: WorkParties): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.isStaff || work.freelancerId === viewer.id) return true;
  const [client, agency] = await Promise.all([
    hasTeamPermission(ctx, work.clientTeamId, Permission.ViewWork),
    work.agencyId ? hasTeamPermission(ctx, work.agencyId, Permission.ViewWork) : false,
  ]);
  return client || agency;
}

/** Whether the caller acts for the freelancer's side: the independent freelancer, or the agency with `permission`. */
export async function actsForFreelancerSide(ctx: Context, work: WorkParties, permission: Permission): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (!work.agencyId) return work.freelancerId === viewer.id;
  return hasTeamPermission(ctx, work.agencyId, permission);
}

/**
 * AC-1: whether the caller sees the money figures of an offer or contract it can see (rates,
 * milestone amounts, invoices): staff, the freelancer on their own work, and members of either
 * side whose role grants ViewWorkFigures (every client role; in an agency OWNER, ADMIN, FINANCIAL
 * and BUSINESS_MANAGER, not a plain MEMBER). Everyone else reads those fields as null.
 */
export async function canSeeFigures(ctx: Context, work: WorkParties): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.isStaff || work.freelancerId === viewer.id) return true;
  const [client, agency] = await Promise.all([
    hasTeamPermission(ctx, work.clientTeamId, Permission.ViewWorkFigures),
    work.agencyId ? hasTeamPermission(ctx, work.agencyId, Permission.ViewWorkFigures) : false,
  ]);
  return client || agency;
}
