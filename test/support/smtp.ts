import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { parseMail, type Mail } from './mail';

/**
 * A minimal SMTP server for tests (plain SMTP, no TLS, no auth): it accepts every message and
 * keeps it, so a test can read what the API sent through SMTP_URL.
 */
export class TestSmtpServer {
  readonly received: (Mail & { rcpt: string[] })[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<TestSmtpServer> {
    const holder: { smtp?: TestSmtpServer } = {};
    const server = createServer((socket) => holder.smtp!.serve(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.smtp = new TestSmtpServer(server, `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return holder.smtp;
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = '';
    let data: string[] | null = null;
    let rcpt: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 test-smtp ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === '.') {
            const raw = data.join('\n');
            this.received.push({ ...parseMail(`smtp-${this.received.length}`, raw), rcpt });
            data = null;
            rcpt = [];
            reply('250 queued');
          } else data.push(line.startsWith('..') ? line.slice(1) : line);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 test-smtp');
        else if (verb === 'RCPT') (rcpt.push(/<(.*)>/.exec(line)?.[1] ?? ''), reply('250 ok'));
        else if (verb === 'DATA') ((data = []), reply('354 go on'));
        else if (verb === 'QUIT') (reply('221 bye'), socket.end());
        else reply('250 ok');
      }
    });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
