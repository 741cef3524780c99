import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';
import type { Config } from '../../config';
import { createLogger, type Logger } from '../../logger';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text; links stand on lines of their own. */
  text: string;
}

const FROM = 'Agency Market <no-reply@agency-market.invalid>';

/**
 * Outgoing mail. With SMTP_URL it goes through that server; without it every message is written
 * as an .eml file into MAIL_DIR, so development and tests need no mail server. A file appears
 * whole (written under a temporary name, then renamed), named so that its recipient is plain.
 */
export class Mailer {
  private transportInstance?: Transporter;

  constructor(private readonly config: Pick<Config, 'smtpUrl' | 'mailDir' | 'publicUrl'>) {}

  /** Made on first use: most processes start without sending anything, and nodemailer is not small. */
  private get transport(): Transporter {
    if (!this.transportInstance) {
      const nodemailer = require('nodemailer') as typeof import('nodemailer');
      this.transportInstance = this.config.smtpUrl
        ? nodemailer.createTransport(this.config.smtpUrl)
        : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
    return this.transportInstance;
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ from: FROM, to: message.to, subject: message.subject, text: message.text });
    if (this.config.smtpUrl) return;
    await mkdir(this.config.mailDir, { recursive: true });
    const name = `${Date.now()}-${randomBytes(4).toString('hex')}-${message.to.replace(/[^a-z0-9@._-]/gi, '_')}.eml`;
    const temporary = join(this.config.mailDir, `.${name}.tmp`);
    await writeFile(temporary, (info as { message: Buffer }).message, { mode: 0o600 });
    await rename(temporary, join(this.config.mailDir, name));
  }
}

const mailers = new WeakMap<Config, Mailer>();

/** The process's mailer for these settings. */
export function mailerFor(config: Config): Mailer {
  let mailer = mailers.get(config);
  if (!mailer) mailers.set(config, (mailer = new Mailer(config)));
  return mailer;
}

const loggers = new WeakMap<Config, Logger>();
const mailLogger = (config: Config) => {
  let logger = loggers.get(config);
  if (!logger) loggers.set(config, (logger = createLogger(config).child({ component: 'mail' })));
  return logger;
};

/**
 * Sends after the change that asked for it has committed. A message that cannot be sent is
 * logged, not reported to the caller: the change stands, and the user can ask for it again.
 */
export async function sendMail(config: Config, message: MailMessage): Promise<void> {
  try {
    await mailerFor(config).send(message);
  } catch (error) {
    mailLogger(config).error({ err: error, subject: message.subject }, 'mail not sent');
  }
}
