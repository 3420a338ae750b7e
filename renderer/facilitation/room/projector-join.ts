import { useCallback, useEffect, useState } from 'react';

/**
 * Whether the projector shows the room's join screen (address, QR code and code, large) instead
 * of the map. A view choice of this computer's windows, like the panel layout: kept in local
 * storage per workshop, which the projector window shares with the facilitator's and hears
 * change through the `storage` event, so it follows at once and keeps it across a reload.
 */
function storageKey(workshopId: string): string {
  return `vsw.projector-join.${workshopId}`;
}

function read(workshopId: string): boolean {
  try {
    return localStorage.getItem(storageKey(workshopId)) === 'shown';
  } catch {
    return false;
  }
}

export function useProjectorJoinScreen(workshopId: string): [boolean, (shown: boolean) => void] {
  const [shown, setShown] = useState(() => read(workshopId));
  useEffect(() => {
    setShown(read(workshopId));
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey(workshopId)) setShown(read(workshopId));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [workshopId]);
  const change = useCallback(
    (next: boolean) => {
      setShown(next);
      try {
        if (next) localStorage.setItem(storageKey(workshopId), 'shown');
        else localStorage.removeItem(storageKey(workshopId));
      } catch {
        // Storage switched off: this window still shows the choice; the projector cannot hear it.
      }
    },
    [workshopId],
  );
  return [shown, change];
}
