import { isIPv4, isIPv6 } from 'node:net';

/**
 * Who is asking, for rate limits: the request's address and, from the staff tablet and the
 * marketing console, the id the app created once and keeps (`X-Device-Id`). A store's tablets
 * share the store's address; the device id tells them apart, so one tablet's failures do not
 * count against the others.
 */
export interface Client {
  /** `ctx.ip` as Koa gives it; the limit keys normalise it (clientAddress). */
  address: string;
  /** A well-formed X-Device-Id, or null (absent or malformed). */
  deviceId: string | null;
}

/** What the apps create (miniapp/src/lib/device-id.ts): 16-64 URL-safe characters. */
const DEVICE_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** The header's value when it looks like a device id, else null: anything else is treated as no id at all. */
export function deviceIdFrom(headerValue: string | undefined): string | null {
  return headerValue !== undefined && DEVICE_ID.test(headerValue) ? headerValue : null;
}

/** The client of a request: its address (`ctx.ip`) and the X-Device-Id header (`ctx.get('x-device-id')`). */
export function requestClient(ctx: { ip: string; get(field: string): string }): Client {
  return { address: ctx.ip, deviceId: deviceIdFrom(ctx.get('x-device-id')) };
}

/**
 * An address as one rate-limit key: IPv4 as itself, IPv4-mapped IPv6 (`::ffff:1.2.3.4`, how a
 * dual-stack socket reports an IPv4 peer) as the IPv4 address, and other IPv6 as its /64
 * (`2001:db8:1:2::/64`), because one subscriber is given a whole /64 and can pick any address
 * in it. Anything that is not an address is kept as it is (lowercased).
 */
export function clientAddress(ip: string): string {
  const address = ip.trim().toLowerCase();
  if (isIPv4(address)) return address;
  const withoutZone = address.replace(/%.*$/, '');
  if (!isIPv6(withoutZone)) return address;
  const groups = ipv6Groups(withoutZone);
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a dotted IPv4 tail as two groups). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const front = parse(head);
  if (tail === undefined) return front;
  const back = parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}
