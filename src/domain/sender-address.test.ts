import { describe, expect, it } from 'vitest';
import { senderKey } from './sender-address.js';

describe('the sender an address stands for', () => {
  it('is the address itself for IPv4, written plainly or mapped into IPv6', () => {
    expect(senderKey('203.0.113.9')).toBe('203.0.113.9');
    expect(senderKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('is the /64 for IPv6, however the address is written', () => {
    const key = senderKey('2001:db8:85a3:12::8a2e:370:7334');
    expect(key).toBe('2001:db8:85a3:12::/64');
    expect(senderKey('2001:0db8:85a3:0012:ffff:ffff:ffff:1')).toBe(key);
    expect(senderKey('2001:db8:85a3:12::1')).toBe(key);
    expect(senderKey('2001:db8:85a3:13::1')).not.toBe(key);
    expect(senderKey('::1')).toBe('0:0:0:0::/64');
    expect(senderKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
