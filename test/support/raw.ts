import WebSocket from 'ws';

/** What a raw HTTP answer carried: status, a few headers and the parsed JSON body. */
export interface RawResponse {
  status: number;
  retryAfter: string | null;
  contentType: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: { requested: number; limit: number } };
  };
}

export interface RawOptions {
  token?: string;
  /** Sent as X-Forwarded-For: the client address on a server started with TRUST_PROXY=true. */
  address?: string;
}

/** POSTs any GraphQL request, valid or not, as JSON. */
export async function postGraphQL(url: string, query: string, variables?: unknown, options: RawOptions = {}): Promise<RawResponse> {
  return postRaw(url, JSON.stringify({ query, variables }), 'application/json', options);
}

/** POSTs a body as it is, with the content type given. */
export async function postRaw(url: string, body: string, contentType: string, options: RawOptions = {}): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.address ? { 'x-forwarded-for': options.address } : {}),
    },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    contentType: response.headers.get('content-type'),
    body: JSON.parse(text),
  };
}

/** One graphql-transport-ws socket, acknowledged, that runs raw operations. */
export class RawSocket {
  private next = 1;
  closed: Promise<number>;

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.on('close', (code) => resolve(code)));
  }

  /** Resolves with the socket once acknowledged, or with the close code when it is refused. */
  static open(url: string, token?: string, headers: Record<string, string> = {}): Promise<RawSocket | number> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, 'graphql-transport-ws', { headers });
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} })));
      socket.on('message', function ack(data) {
        const message = JSON.parse(String(data));
        if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
        if (message.type === 'connection_ack') {
          socket.off('message', ack);
          resolve(new RawSocket(socket));
        }
      });
      socket.on('close', (code) => resolve(code));
      socket.on('error', reject);
    });
  }

  /** Sends an operation; resolves with its first answer: `next` payload or `error` payload. */
  run(query: string, variables?: unknown): Promise<{ type: 'next' | 'error'; payload: any; id: string }> {
    const id = String(this.next++);
    return new Promise((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data));
        if (message.id !== id || (message.type !== 'next' && message.type !== 'error')) return;
        this.socket.off('message', onMessage);
        resolve({ type: message.type, payload: message.payload, id });
      };
      this.socket.on('message', onMessage);
      this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    });
  }

  /** Starts an operation without waiting for an answer (a subscription that stays open). */
  start(query: string, variables?: unknown): string {
    const id = String(this.next++);
    this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    return id;
  }

  close(): Promise<number> {
    this.socket.close();
    return this.closed;
  }
}

/** The socket, or a test failure naming the close code. */
export async function openSocket(url: string, token?: string, headers?: Record<string, string>): Promise<RawSocket> {
  const socket = await RawSocket.open(url, token, headers);
  if (typeof socket === 'number') throw new Error(`socket closed with ${socket}`);
  return socket;
}
