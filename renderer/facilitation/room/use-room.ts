import { useCallback, useState } from 'react';
import type { NetworkInterfaceChoice, RoomStatus } from '../../../shared/room/room-status';
import type { IdeaMode } from '../../../shared/room/room-idea';
import { call } from '../../api/client';
import { useRoomTopic } from './use-room-topic';

export type Room = {
  status: RoomStatus | null;
  /** Whether the open room is this workshop's (one room at a time, for one workshop). */
  isThisWorkshops: boolean;
  interfaces: NetworkInterfaceChoice[] | null;
  busy: boolean;
  loadInterfaces: () => void;
  open: (address: string, ideaMode: IdeaMode) => void;
  close: () => void;
  removeDevice: (deviceId: string) => void;
  setIdeaMode: (mode: IdeaMode) => void;
  showJoinScreen: (shown: boolean) => void;
};

/** The room server as the facilitator's panel sees it: open or not, where, with whom. */
export function useRoom(workshopId: string, report: (error: unknown) => void): Room {
  const [status, setStatus] = useState<RoomStatus | null>(null);
  const [interfaces, setInterfaces] = useState<NetworkInterfaceChoice[] | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = useCallback(() => void call('room.status', {}).then(setStatus, report), [report]);
  useRoomTopic(workshopId, 'status', reload);

  // A refused or failed change shows the room as it is, not as this window hoped.
  const run = useCallback(
    (work: Promise<RoomStatus>) => {
      setBusy(true);
      work
        .then(setStatus, (error: unknown) => {
          report(error);
          reload();
        })
        .finally(() => setBusy(false));
    },
    [report, reload],
  );

  return {
    status,
    isThisWorkshops: status?.open === true && status.workshopId === workshopId,
    interfaces,
    busy,
    loadInterfaces: useCallback(() => void call('room.interfaces', {}).then(setInterfaces, report), [report]),
    open: useCallback((address, ideaMode) => run(call('room.open', { workshopId, address, ideaMode })), [run, workshopId]),
    close: useCallback(() => run(call('room.close', {})), [run]),
    removeDevice: useCallback((deviceId) => run(call('room.removeDevice', { deviceId })), [run]),
    setIdeaMode: useCallback((mode) => run(call('room.setIdeaMode', { mode })), [run]),
    showJoinScreen: useCallback(
      (shown) => {
        // The switch moves at the click; the room's answer confirms it.
        setStatus((current) => (current?.open ? { ...current, joinOnProjector: shown } : current));
        run(call('room.showJoinScreen', { shown }));
      },
      [run],
    ),
  };
}
