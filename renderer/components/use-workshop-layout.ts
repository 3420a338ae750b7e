import { useCallback, useState } from 'react';
import { z } from 'zod';

/**
 * How the facilitator arranged the screen for one workshop — which side panels are folded, how
 * large the timer is — kept in this browser's local storage per workshop, so moving between its
 * maps, the comparison and back, or reloading, keeps the room's view. It is a view preference on
 * this computer, not workshop data: not in the database, not in the workshop file. Anything
 * unreadable in storage reads as the defaults.
 */
const WorkshopLayoutSchema = z.object({
  inspectorOpen: z.boolean().catch(true),
  panelOpen: z.boolean().catch(true),
  timerSize: z.enum(['compact', 'large']).catch('large'),
});

export type WorkshopLayout = z.infer<typeof WorkshopLayoutSchema>;

const DEFAULT_LAYOUT: WorkshopLayout = WorkshopLayoutSchema.parse({});

function storageKey(workshopId: string): string {
  return `vsw.layout.${workshopId}`;
}

export function readWorkshopLayout(workshopId: string): WorkshopLayout {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(workshopId)) ?? '{}');
    const parsed = WorkshopLayoutSchema.safeParse(stored);
    return parsed.success ? parsed.data : DEFAULT_LAYOUT;
  } catch {
    return DEFAULT_LAYOUT;
  }
}

function writeWorkshopLayout(workshopId: string, layout: WorkshopLayout): void {
  try {
    localStorage.setItem(storageKey(workshopId), JSON.stringify(layout));
  } catch {
    // Storage full or switched off: the choice still holds until the screen is left.
  }
}

/** One part of the workshop's layout, as state that is remembered when it is set. */
export function useWorkshopLayout<K extends keyof WorkshopLayout>(
  workshopId: string,
  key: K,
): [WorkshopLayout[K], (value: WorkshopLayout[K]) => void] {
  const [value, setValue] = useState(() => readWorkshopLayout(workshopId)[key]);
  const remember = useCallback(
    (next: WorkshopLayout[K]) => {
      setValue(next);
      writeWorkshopLayout(workshopId, { ...readWorkshopLayout(workshopId), [key]: next });
    },
    [workshopId, key],
  );
  return [value, remember];
}
