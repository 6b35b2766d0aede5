// Who sent a form, as far as limits are concerned. One IPv4 address is one sender; an IPv6
// household or phone usually holds a whole /64 and can pick a new address in it for every
// request, so the /64 is the sender there.
import { isIPv4, isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address, "::" filled in. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array.from({ length: missing }, () => '0'), ...right].map((g) =>
    (Number.parseInt(g, 16) || 0).toString(16),
  );
}

/** The key a sender is counted under: the IPv4 address, or the IPv6 /64 prefix. */
export function senderKey(address: string): string {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(plain) || !isIPv6(plain)) return plain;
  return `${ipv6Groups(plain).slice(0, 4).join(':')}::/64`;
}
