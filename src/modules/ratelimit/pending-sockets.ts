import { addressGroup } from './address-group';

/**
 * The WebSockets of each client address that are not acknowledged yet (WS_MAX_PENDING_SOCKETS_PER_ADDRESS):
 * opened, and no `connection_ack` sent, whether `connection_init` has not come or is being
 * answered. Such a socket has no user yet, so WS_MAX_SOCKETS_PER_USER cannot count it; this cap
 * keeps one address from holding thousands of them.
 *
 * Counted in this process's memory, not in the database like the sockets per user: a socket is
 * pending for seconds (graphql-ws closes it when no `connection_init` came within
 * CONNECTION_INIT_WAIT_MS; one the server closes counts until the client answers the close, which
 * ws cuts after 30 s), and a row per upgrade would make each attempt of a flood a database write,
 * the very load this cap is there to refuse. The effective limit is therefore this many per
 * server process.
 *
 * Sockets are counted per `addressGroup`: an IPv6 client by its /64, an IPv4 client by its
 * address however it is written (see there).
 */
export class PendingSockets {
  /** How many pending sockets each address has; an address leaves the map with its last one. */
  private readonly counts = new Map<string, number>();
  /** The address each counted socket is counted under (a socket is counted once, until `settle`). */
  private readonly addressOf = new WeakMap<object, string>();

  /** `limit`: the most pending sockets per address; 0 counts nothing and refuses nothing. */
  constructor(readonly limit: number) {}

  /** Whether one more socket from `address` may open now. */
  admits(address: string): boolean {
    return !this.limit || (this.counts.get(addressGroup(address)) ?? 0) < this.limit;
  }

  /** Counts an opened socket under `address` until it is settled. */
  add(socket: object, address: string): void {
    if (!this.limit || this.addressOf.has(socket)) return;
    const group = addressGroup(address);
    this.addressOf.set(socket, group);
    this.counts.set(group, (this.counts.get(group) ?? 0) + 1);
  }

  /** The socket was acknowledged, or it closed: it no longer counts (a second call does nothing). */
  settle(socket: object): void {
    const address = this.addressOf.get(socket);
    if (address === undefined) return;
    this.addressOf.delete(socket);
    const left = (this.counts.get(address) ?? 1) - 1;
    if (left > 0) this.counts.set(address, left);
    else this.counts.delete(address);
  }
}

