import type { Context } from '../../graphql/context';
import { sendMail } from '../mail/mailer';
import { userById } from '../users/user.loaders';
import { teamById } from './team.loaders';
import type { TeamInvitation } from './team.types';

/** The link an invitation message carries; the invited person accepts it once signed in with a verified address. */
export function invitationLink(publicUrl: string, invitationId: string): string {
  return `${publicUrl}/invitations/${invitationId}`;
}

export async function sendInvitationMail(ctx: Context, invitation: TeamInvitation): Promise<void> {
  const [team, inviter] = await Promise.all([teamById(ctx).load(invitation.teamId), userById(ctx).load(invitation.invitedById)]);
  await sendMail(ctx.config, {
    to: invitation.email,
    subject: `${inviter?.name ?? 'Someone'} invited you to ${team?.name ?? 'a team'} on Agency Market`,
    text: [
      `${inviter?.name ?? 'Someone'} invited you to join ${team?.name ?? 'a team'} as ${invitation.roles.join(', ')}.`,
      '',
      'To accept, sign in (or sign up) with this email address, verify it, and open the invitation:',
      '',
      invitationLink(ctx.config.publicUrl, invitation.id),
      '',
      `Invitation id: ${invitation.id}`,
    ].join('\n'),
  });
}
