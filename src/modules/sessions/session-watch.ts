import { Client } from 'pg';
import { SESSIONS_CHANNEL } from './session.service';

/**
 * One per process: LISTENs for changes to users' sessions (revocations, a verified or changed
 * address), committed on any process, and hands the user id to `onChange`. After a lost
 * connection it reconnects and calls `onReconnect`, since notifications sent meanwhile are gone.
 */
export class SessionWatch {
  private client?: Client;
  private closed = false;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    private readonly onChange: (userId: string) => void,
    private readonly onReconnect: () => void,
  ) {}

  async start(): Promise<void> {
    await this.connect(false);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(reconnecting: boolean): Promise<void> {
    const client = new Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.payload) this.onChange(message.payload);
    });
    client.on('error', () => this.reconnectSoon(client));
    client.on('end', () => this.reconnectSoon(client));
    await client.connect();
    if (this.closed) {
      await client.end();
      return;
    }
    await client.query(`listen ${SESSIONS_CHANNEL}`);
    this.client = client;
    if (reconnecting) this.onReconnect();
  }

  private reconnectSoon(client: Client): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners();
    client.on('error', () => undefined);
    client.end().catch(() => undefined);
    const retry = () => {
      if (this.closed) return;
      this.connect(true).catch(() => {
        this.retryTimer = setTimeout(retry, 500);
      });
    };
    this.retryTimer = setTimeout(retry, 100);
  }
}
