import { isIPv6 } from 'node:net';

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

/**
 * Whose sockets count together. An IPv6 client by its /64: one subscriber's network gets a
 * whole /64 (a home, a phone), so one client may write its address 2^64 ways, and counting each
 * alone would let it open as many sockets as it has addresses. An IPv4 address written
 * IPv4-mapped (`::ffff:198.51.100.7`, `::ffff:c633:6407`, as a dual-stack listener or proxy
 * writes it) is that IPv4 address. Anything else (not an address) is counted as it is.
 */
export function addressGroup(address: string): string {
  const bare = address.replace(/%.*$/, '');
  if (!isIPv6(bare)) return address;
  const groups = ipv6Groups(bare);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a dotted IPv4 tail read as two). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((group) => parseInt(group, 16));
}
