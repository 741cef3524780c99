import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A message the server wrote into MAIL_DIR, as a mail client would show it. */
export interface Mail {
  file: string;
  to: string;
  subject: string;
  text: string;
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Parses the single-part text messages the server writes (headers, blank line, body). */
export function parseMail(file: string, raw: string): Mail {
  const split = raw.indexOf('\n\n');
  const head = raw.slice(0, split).replace(/\n[ \t]+/g, ' ');
  const body = raw.slice(split + 2);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1].trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
  const subject = header('Subject').replace(/=\?utf-8\?Q\?(.*?)\?=/gi, (_m, q: string) => decodeQuotedPrintable(q.replace(/_/g, ' ')));
  return { file, to: header('To').replace(/^.*<(.*)>$/, '$1').toLowerCase(), subject, text };
}

/** Every message to an address, oldest first. */
export function mailsTo(dir: string, to: string): Mail[] {
  const address = to.trim().toLowerCase();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.eml') && !name.startsWith('.') && name.toLowerCase().includes(address.replace(/[^a-z0-9@._-]/g, '_')))
    .sort()
    .map((name) => parseMail(name, readFileSync(join(dir, name), 'utf8')))
    .filter((mail) => mail.to === address);
}

/** Waits (at most `ms`) until there are `count` messages to `to` whose subject matches, and returns the newest. */
export async function waitForMail(dir: string, to: string, subject: RegExp, count = 1, ms = 5000): Promise<Mail> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = mailsTo(dir, to).filter((mail) => subject.test(mail.subject));
    if (found.length >= count) return found[found.length - 1];
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${to} in ${dir} (found ${found.length} of ${count})`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The link to `path` in a message, and its `token` parameter when it has one. */
export function linkIn(mail: Mail, path: string): { url: string; token: string | null } {
  const match = new RegExp(`https?://\\S+${path.replace(/[/]/g, '\\/')}\\S*`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in:\n${mail.text}`);
  return { url: match[0], token: new URL(match[0]).searchParams.get('token') };
}
