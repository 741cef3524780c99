import type { Config } from '../../config';
import { sendMail } from '../mail/mailer';

/** The messages the account features send; links point at PUBLIC_URL. */

export function sendVerificationMail(config: Config, to: string, name: string, token: string, change = false): Promise<void> {
  const link = `${config.publicUrl}/verify-email?token=${token}`;
  return sendMail(config, {
    to,
    subject: change ? 'Confirm your new email address' : 'Confirm your email address',
    text: [
      `Hello ${name},`,
      '',
      change ? 'To use this address for your Agency Market account, open this link:' : 'To confirm the address of your new Agency Market account, open this link:',
      '',
      link,
      '',
      `The link works once and for ${Math.round(config.emailTokenTtlSeconds / 3600)} hours. If you did not ask for this, ignore this message.`,
    ].join('\n'),
  });
}

export function sendPasswordResetMail(config: Config, to: string, name: string, token: string): Promise<void> {
  return sendMail(config, {
    to,
    subject: 'Reset your password',
    text: [
      `Hello ${name},`,
      '',
      'Someone (we hope you) asked to reset the password of your Agency Market account. To choose a new one, open this link:',
      '',
      `${config.publicUrl}/reset-password?token=${token}`,
      '',
      `The link works once and for ${Math.round(config.passwordResetTtlSeconds / 60)} minutes. Resetting signs you out everywhere. If you did not ask for this, ignore this message: your password stays as it is.`,
    ].join('\n'),
  });
}

export function sendPasswordChangedMail(config: Config, to: string, name: string): Promise<void> {
  return sendMail(config, {
    to,
    subject: 'Your password was changed',
    text: [
      `Hello ${name},`,
      '',
      'The password of your Agency Market account was just changed, and every other session was signed out.',
      `If this was not you, reset your password at once: ${config.publicUrl}/reset-password`,
    ].join('\n'),
  });
}
