import { registerEnumType } from 'type-graphql';

export enum TeamKind {
  AGENCY = 'AGENCY',
  CLIENT = 'CLIENT',
}
registerEnumType(TeamKind, {
  name: 'TeamKind',
  description: 'What a team is.',
  valuesConfig: {
    AGENCY: { description: 'Freelancers who sell work together.' },
    CLIENT: { description: 'A company or group of people who buy work together.' },
  },
});

export enum TeamRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  FINANCIAL = 'FINANCIAL',
  BUSINESS_MANAGER = 'BUSINESS_MANAGER',
  MEMBER = 'MEMBER',
  HIRING_MANAGER = 'HIRING_MANAGER',
}
registerEnumType(TeamRole, {
  name: 'TeamRole',
  description: 'A role a member holds in a team; a member may hold several.',
  valuesConfig: {
    OWNER: { description: 'Everything; always an admin; transfers ownership. Exactly one per team.' },
    ADMIN: { description: 'Manages members and their roles (never the owner\'s); full financial access; buys Connects.' },
    FINANCIAL: { description: "Full access to the team's financial account: balances, withdrawals, payout methods." },
    BUSINESS_MANAGER: { description: 'Agencies: submits and manages proposals and contracts for all members; accepts and declines offers.' },
    MEMBER: { description: 'Agencies: a freelancer of the agency.' },
    HIRING_MANAGER: { description: 'Clients: posts jobs, sends offers, funds and approves milestones, ends contracts.' },
  },
});

/** The roles a team of each kind can grant. */
export const ROLES_BY_KIND: Record<TeamKind, readonly TeamRole[]> = {
  [TeamKind.AGENCY]: [TeamRole.OWNER, TeamRole.ADMIN, TeamRole.FINANCIAL, TeamRole.BUSINESS_MANAGER, TeamRole.MEMBER],
  [TeamKind.CLIENT]: [TeamRole.OWNER, TeamRole.ADMIN, TeamRole.FINANCIAL, TeamRole.HIRING_MANAGER],
};

/** Everything a member can be allowed to do in a team. */
export enum Permission {
  /** See the team beyond its public profile: members, settings. */
  ViewTeam = 'ViewTeam',
  /** Invite, remove and change the roles of members (AG-7). */
  ManageMembers = 'ManageMembers',
  /** Change the team's name and public profile (headline, skills). */
  ManageTeamProfile = 'ManageTeamProfile',
  TransferOwnership = 'TransferOwnership',
  /** See the Connects balance and history. */
  ViewConnects = 'ViewConnects',
  /** Buy Connects for the agency (CN-4). */
  BuyConnects = 'BuyConnects',
  /** See the team's financial account (AC-1). */
  ViewFinances = 'ViewFinances',
  /** Payout methods and withdrawals (PO-1). */
  ManagePayouts = 'ManagePayouts',
  /** See the team's proposals, offers and contracts (AC-1). */
  ViewWork = 'ViewWork',
  /**
   * See the money figures of all the team's offers and contracts: rates, milestone amounts,
   * invoices (AC-1). Without it, an agency member sees them only on contracts they work on.
   */
  ViewWorkFigures = 'ViewWorkFigures',
  /** Submit a proposal for the agency as oneself (PR-2): every agency role holds it. */
  SubmitProposals = 'SubmitProposals',
  /** Submit and withdraw proposals for any member of the agency (PR-2, PR-3). */
  ManageProposals = 'ManageProposals',
  /** Accept or decline the agency's offers (OF-3). */
  RespondToOffers = 'RespondToOffers',
  /** Edit contract terms, pause, resume and end contracts (CT-2, CT-3). */
  ManageContracts = 'ManageContracts',
  /** Submit milestones of the agency's contracts for review (MS-2). */
  SubmitMilestones = 'SubmitMilestones',
  /** Clients: post, close and cancel jobs (JB-1). */
  PostJobs = 'PostJobs',
  /** Clients: send and withdraw offers (OF-1). */
  SendOffers = 'SendOffers',
  /** Clients: fund, approve and request changes to milestones (MS-1, MS-2). */
  PayForWork = 'PayForWork',
}

const P = Permission;
const AGENCY_ADMIN = [P.ViewTeam, P.ManageMembers, P.ManageTeamProfile, P.ViewConnects, P.BuyConnects, P.ViewFinances, P.ManagePayouts, P.ViewWork, P.ViewWorkFigures, P.SubmitProposals];
const CLIENT_HIRING = [P.ViewTeam, P.ViewWork, P.ViewWorkFigures, P.PostJobs, P.SendOffers, P.PayForWork, P.ManageContracts];

/** The one table of who may do what (docs/rules.md, "Who is who"). */
const TABLE: Record<TeamKind, Partial<Record<TeamRole, readonly Permission[]>>> = {
  [TeamKind.AGENCY]: {
    [TeamRole.OWNER]: Object.values(Permission).filter((p) => ![P.PostJobs, P.SendOffers, P.PayForWork].includes(p)),
    [TeamRole.ADMIN]: AGENCY_ADMIN,
    // PR-2: every member of the agency proposes for it as themself, whatever their roles.
    [TeamRole.FINANCIAL]: [P.ViewTeam, P.ViewConnects, P.ViewFinances, P.ManagePayouts, P.ViewWork, P.ViewWorkFigures, P.SubmitProposals],
    [TeamRole.BUSINESS_MANAGER]: [
      P.ViewTeam,
      P.ViewConnects,
      P.ViewWork,
      P.ViewWorkFigures,
      P.SubmitProposals,
      P.ManageProposals,
      P.RespondToOffers,
      P.ManageContracts,
      P.SubmitMilestones,
    ],
    [TeamRole.MEMBER]: [P.ViewTeam, P.ViewConnects, P.ViewWork, P.SubmitProposals],
  },
  [TeamKind.CLIENT]: {
    [TeamRole.OWNER]: [...CLIENT_HIRING, P.ManageMembers, P.ManageTeamProfile, P.TransferOwnership, P.ViewFinances, P.ManagePayouts],
    [TeamRole.ADMIN]: [...CLIENT_HIRING, P.ManageMembers, P.ManageTeamProfile, P.ViewFinances, P.ManagePayouts],
    [TeamRole.FINANCIAL]: [P.ViewTeam, P.ViewWork, P.ViewWorkFigures, P.ViewFinances, P.ManagePayouts],
    [TeamRole.HIRING_MANAGER]: CLIENT_HIRING,
  },
};

/** Permissions that only read: platform staff hold these on every team (AC-2). */
export const READ_PERMISSIONS: ReadonlySet<Permission> = new Set([P.ViewTeam, P.ViewConnects, P.ViewFinances, P.ViewWork, P.ViewWorkFigures]);

export function rolesAllow(kind: TeamKind, roles: readonly TeamRole[], permission: Permission): boolean {
  return roles.some((role) => TABLE[kind][role]?.includes(permission) ?? false);
}
