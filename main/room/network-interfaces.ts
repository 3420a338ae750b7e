import os from 'node:os';
import type { NetworkInterfaceChoice } from '../../shared/room/room-status';

/** What `os.networkInterfaces` answers; injected so the list the facilitator sees is tested with a fake. */
export type InterfaceSource = () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;

export const systemInterfaces: InterfaceSource = () => os.networkInterfaces();

/**
 * The addresses phones in the room could reach this machine on: IPv4 (what a phone types and a
 * QR code holds best) and not internal — loopback is this machine only. Sorted by name, so the
 * list does not jump about between two looks.
 */
export function listRoomInterfaces(source: InterfaceSource): NetworkInterfaceChoice[] {
  return Object.entries(source())
    .flatMap(([name, infos]) =>
      (infos ?? []).filter((info) => info.family === 'IPv4' && !info.internal).map((info) => ({ name, address: info.address })),
    )
    .sort((a, b) => a.name.localeCompare(b.name) || a.address.localeCompare(b.address));
}
