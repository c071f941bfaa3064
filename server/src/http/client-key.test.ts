import { describe, expect, it } from 'vitest';
import { clientAddress, deviceIdFrom, requestClient } from './client-key.js';

describe('client keys', () => {
  it('keeps IPv4 as it is and reads IPv4-mapped IPv6 as the IPv4 address', () => {
    expect(clientAddress('198.51.100.7')).toBe('198.51.100.7');
    expect(clientAddress('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(clientAddress('::FFFF:198.51.100.7')).toBe('198.51.100.7');
    expect(clientAddress('::ffff:c633:6407')).toBe('198.51.100.7');
    expect(clientAddress('0:0:0:0:0:ffff:c633:6407')).toBe('198.51.100.7');
  });

  it('keys other IPv6 addresses on their /64, however they are written', () => {
    const prefix = '2001:db8:1:2::/64';
    for (const ip of ['2001:db8:1:2::5', '2001:0DB8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2:abcd::9', '2001:db8:1:2::1%eth0']) expect(clientAddress(ip)).toBe(prefix);
    expect(clientAddress('2001:db8:1:3::5')).toBe('2001:db8:1:3::/64');
    expect(clientAddress('::1')).toBe('0:0:0:0::/64');
    expect(clientAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientAddress('64:ff9b::198.51.100.7')).toBe('64:ff9b:0:0::/64');
    expect(clientAddress('2001:db8::')).toBe('2001:db8:0:0::/64');
  });

  it('keeps what is not an address as it is', () => {
    expect(clientAddress('')).toBe('');
    expect(clientAddress('not-an-ip')).toBe('not-an-ip');
  });

  it('accepts a device id of 16-64 URL-safe characters and treats anything else as none', () => {
    expect(deviceIdFrom('Ab3_-xYz0123456789')).toBe('Ab3_-xYz0123456789');
    expect(deviceIdFrom('a'.repeat(64))).toBe('a'.repeat(64));
    for (const bad of [undefined, '', 'short-id', 'a'.repeat(15), 'a'.repeat(65), 'has spaces in it!!', 'slash/in/the/device-id', 'ünïcödé-device-id-1']) expect(deviceIdFrom(bad)).toBeNull();
  });

  it("reads a request's address and X-Device-Id", () => {
    const ctx = (deviceId: string) => ({ ip: '::ffff:10.0.0.8', get: (field: string) => (field === 'x-device-id' ? deviceId : '') });
    expect(requestClient(ctx('tablet-0123456789ab'))).toEqual({ address: '::ffff:10.0.0.8', deviceId: 'tablet-0123456789ab' });
    expect(requestClient(ctx(''))).toEqual({ address: '::ffff:10.0.0.8', deviceId: null });
  });
});
