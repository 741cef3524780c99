import { CloseCode, DEPRECATED_GRAPHQL_WS_PROTOCOL, handleProtocols, type Server, type WebSocket as ProtocolSocket } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../logger';

/** What each socket's graphql-ws context carries: the socket and its client's address (no HTTP request is kept). */
export interface SocketExtra {
  readonly socket: WebSocket;
  readonly address: string;
}

/** How often every socket is pinged; one that has not answered the previous ping by then is cut. */
const KEEP_ALIVE_MS = 12_000;
/**
 * The sockets are pinged in this many turns spread over KEEP_ALIVE_MS (each socket in one of
 * them), not all at once: a thousand pings and pongs in one go would delay the events being
 * sent at that moment.
 */
const KEEP_ALIVE_TURNS = 12;

const internalReason = (error: unknown, isProd: boolean) =>
  isProd ? 'Internal server error' : limitReason(error instanceof Error ? error.message : String(error));

/** A WebSocket close reason must fit in 123 bytes. */
const limitReason = (reason: string) => (reason.length < 124 ? reason : 'Internal server error');

/**
 * Sends a text message; settles once the socket took it (written, or failed). Nothing is sent
 * on a socket that is closing or closed.
 */
export function sendText(socket: WebSocket, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.readyState !== socket.OPEN) return resolve();
    socket.send(data, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * The socket as graphql-ws sees it. Its methods live on the prototype: one small object per
 * socket instead of four closures (and their contexts), as graphql-ws/use/ws makes.
 */
class ProtocolAdapter implements ProtocolSocket {
  constructor(
    private readonly socket: WebSocket,
    private readonly transport: SocketTransport,
  ) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  send(data: string): Promise<void> {
    return sendText(this.socket, data);
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  onMessage(cb: (data: string) => Promise<void>): void {
    this.transport.handlers.set(this.socket, cb);
    this.socket.on('message', this.transport.listeners.message);
  }
}

/**
 * graphql-ws on a `ws` server: what graphql-ws/use/ws does, with less kept per socket (memory per
 * subscriber is one of this server's goals, see docs/performance.md). The same protocol, close
 * codes and keep-alive (a ping every 12 s, cut when the previous one went unanswered), but:
 * every socket is pinged from one process-wide timer (in turns, a twelfth of the sockets each
 * second) rather than an interval and a pong timer of its own; the HTTP upgrade request is not
 * kept for the socket's lifetime (only the address the server needs from it); the listeners are
 * shared functions, not closures per socket.
 */
export class SocketTransport {
  /** Sockets pinged at their last turn that have not answered it yet. */
  private readonly awaitingPong = new WeakSet<WebSocket>();
  /** The open sockets by keep-alive turn, and the turn each is in. */
  private readonly turns = Array.from({ length: KEEP_ALIVE_TURNS }, () => new Set<WebSocket>());
  private readonly turnOf = new WeakMap<WebSocket, Set<WebSocket>>();
  private nextTurn = 0;
  private turn = 0;
  /** What graphql-ws is told when each socket closes. */
  private readonly onClosed = new WeakMap<WebSocket, (code?: number, reason?: string) => Promise<void>>();
  /** graphql-ws's message handler of each socket. */
  readonly handlers = new WeakMap<WebSocket, (data: string) => Promise<void>>();
  private readonly pinger: NodeJS.Timeout;

  constructor(
    private readonly wss: WebSocketServer,
    private readonly server: Server<SocketExtra>,
    readonly logger: Logger,
    readonly isProd: boolean,
    addressOf: (request: import('node:http').IncomingMessage) => string,
  ) {
    wss.options.handleProtocols = handleProtocols;
    wss.once('error', (error) => {
      logger.error({ err: error }, 'the WebSocket server failed; closing its sockets');
      for (const client of wss.clients) client.close(CloseCode.InternalServerError, internalReason(error, isProd));
    });
    wss.on('connection', (socket, request) => this.opened(socket, addressOf(request)));
    this.pinger = setInterval(() => this.pingTurn(), KEEP_ALIVE_MS / KEEP_ALIVE_TURNS);
    this.pinger.unref();
  }

  private opened(socket: WebSocket, address: string): void {
    socket.once('error', this.listeners.error);
    socket.on('pong', this.listeners.pong);
    socket.once('close', this.listeners.close);
    const turn = this.turns[this.nextTurn++ % KEEP_ALIVE_TURNS];
    turn.add(socket);
    this.turnOf.set(socket, turn);
    this.onClosed.set(socket, this.server.opened(new ProtocolAdapter(socket, this), { socket, address }));
  }

  /** Every socket's listeners, shared (the socket is `this`). */
  readonly listeners = ((transport: SocketTransport) => ({
    message(this: WebSocket, data: unknown) {
      const socket = this;
      transport.handlers
        .get(socket)?.(String(data))
        .catch((error: unknown) => {
          transport.logger.error({ err: error }, 'a WebSocket message could not be handled');
          socket.close(CloseCode.InternalServerError, internalReason(error, transport.isProd));
        });
    },
    error(this: WebSocket, error: Error) {
      transport.logger.error({ err: error }, 'a WebSocket failed');
      this.close(CloseCode.InternalServerError, internalReason(error, transport.isProd));
    },
    pong(this: WebSocket) {
      transport.awaitingPong.delete(this);
    },
    close(this: WebSocket, code: number, reason: Buffer) {
      transport.awaitingPong.delete(this);
      transport.turnOf.get(this)?.delete(this);
      transport.handlers.delete(this);
      if (!transport.isProd && code === CloseCode.SubprotocolNotAcceptable && this.protocol === DEPRECATED_GRAPHQL_WS_PROTOCOL) {
        transport.logger.warn('a client asked for the deprecated subprotocol "graphql-ws" (subscriptions-transport-ws); this server speaks graphql-transport-ws');
      }
      const closed = transport.onClosed.get(this);
      transport.onClosed.delete(this);
      void closed?.(code, String(reason));
    },
  }))(this);

  /** One keep-alive turn: cut its sockets that did not answer their last ping, ping the others. */
  private pingTurn(): void {
    const turn = this.turns[this.turn++ % KEEP_ALIVE_TURNS];
    for (const socket of turn) {
      if (socket.readyState !== socket.OPEN) continue;
      if (this.awaitingPong.has(socket)) {
        socket.terminate();
        continue;
      }
      this.awaitingPong.add(socket);
      socket.ping();
    }
  }

  /** Closes every socket (1001) and stops accepting new ones. */
  async dispose(): Promise<void> {
    clearInterval(this.pinger);
    for (const client of this.wss.clients) client.close(1001, 'Going away');
    this.wss.removeAllListeners();
    await new Promise<void>((resolve, reject) => this.wss.close((error) => (error ? reject(error) : resolve())));
  }
}
