import { isIPv6 } from 'node:net';

/**
 * Who counts as one client address for every per-address limit (cost points, sign-ups, failed
 * sign-ins, tracking-link clicks, pending and anonymous sockets). An IPv6 client by its /64: one
 * subscriber's network gets a
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
