import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { listRoomInterfaces } from '../../../main/room/network-interfaces';

const ipv4 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, family: 'IPv4', internal, netmask: '', mac: '', cidr: null });
const ipv6 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  family: 'IPv6',
  internal,
  netmask: '',
  mac: '',
  cidr: null,
  scopeid: 0,
});

describe('the interfaces the room may open on', () => {
  it('are the IPv4 addresses other devices can reach, by name; loopback and IPv6 are left out', () => {
    const list = listRoomInterfaces(() => ({
      lo: [ipv4('127.0.0.1', true), ipv6('::1', true)],
      'Wi-Fi': [ipv4('192.168.1.20'), ipv6('fe80::1')],
      eth0: [ipv4('10.0.0.5')],
      down: undefined,
    }));
    expect(list).toEqual([
      { name: 'eth0', address: '10.0.0.5' },
      { name: 'Wi-Fi', address: '192.168.1.20' },
    ]);
  });

  it('are none on a machine with no network', () => {
    expect(listRoomInterfaces(() => ({ lo: [ipv4('127.0.0.1', true)] }))).toEqual([]);
  });
});
