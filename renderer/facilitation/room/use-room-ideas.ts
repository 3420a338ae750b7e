import { useCallback, useRef, useState } from 'react';
import type { ParkingLotItem } from '../../../shared/facilitation/parking-lot';
import type { RoomIdea } from '../../../shared/room/room-idea';
import { call } from '../../api/client';
import type { MapEditor } from '../../editor/map-editor';
import type { Point } from '../overlay/ViewCentreProbe';
import { useRoomTopic } from './use-room-topic';

export type RoomIdeas = {
  /** Every idea sent to the workshop, newest first; null until loaded. */
  ideas: RoomIdea[] | null;
  /** Puts an idea on the open map as a sticky note at `at`, or where the room is looking. */
  place: (ideaId: string, at?: Point) => void;
  park: (ideaId: string) => void;
  merge: (intoId: string, ideaIds: string[]) => void;
  dismiss: (ideaId: string) => void;
  restore: (ideaId: string) => void;
  /** Shows the ideas of a silent brainstorm to the room (or hides them again). */
  show: (shown: boolean) => void;
};

type RoomIdeasOptions = {
  workshopId: string;
  mapId: string;
  editor: MapEditor;
  viewCentre: () => Point | null;
  /** The parking lot heard of a parked idea, so its tab shows it at once. */
  onParked: (items: ParkingLotItem[]) => void;
  report: (error: unknown) => void;
};

/** Notes placed one after another from the inbox step down and right, so they never hide each other. */
const CASCADE_STEP = 28;
const CASCADE_LENGTH = 6;

/**
 * The "From the room" inbox. Placing an idea is saved by the store in one transaction (the note
 * and the idea's new state together); on this screen the note arrives as an external change,
 * outside undo, as a note back from the parking lot does.
 */
export function useRoomIdeas({ workshopId, mapId, editor, viewCentre, onParked, report }: RoomIdeasOptions): RoomIdeas {
  const [ideas, setIdeas] = useState<RoomIdea[] | null>(null);
  const placed = useRef(0);
  const reload = useCallback(() => void call('room.ideas', { workshopId }).then(setIdeas, report), [workshopId, report]);
  useRoomTopic(workshopId, 'ideas', reload);

  const place = useCallback(
    async (ideaId: string, at?: Point) => {
      const step = (placed.current % CASCADE_LENGTH) * CASCADE_STEP;
      const centre = viewCentre() ?? { x: 0, y: 0 };
      const where = at ?? { x: centre.x + step, y: centre.y + step };
      try {
        await editor.flush();
        const result = await call('room.placeIdea', { ideaId, mapId, at: { x: Math.round(where.x), y: Math.round(where.y) } });
        placed.current += at ? 0 : 1;
        editor.applyExternal([{ op: 'putNode', node: result.node }]);
        setIdeas(result.ideas);
      } catch (error) {
        report(error);
      }
    },
    [editor, mapId, viewCentre, report],
  );

  return {
    ideas,
    place: useCallback((ideaId, at) => void place(ideaId, at), [place]),
    park: useCallback(
      (ideaId) =>
        void call('room.parkIdea', { ideaId }).then((result) => {
          setIdeas(result.ideas);
          onParked(result.parkingLot);
        }, report),
      [onParked, report],
    ),
    merge: useCallback((intoId, ideaIds) => void call('room.mergeIdeas', { intoId, ideaIds }).then(setIdeas, report), [report]),
    dismiss: useCallback((ideaId) => void call('room.dismissIdea', { ideaId }).then(setIdeas, report), [report]),
    restore: useCallback((ideaId) => void call('room.restoreIdea', { ideaId }).then(setIdeas, report), [report]),
    show: useCallback((shown) => void call('room.showIdeas', { workshopId, shown }).then(setIdeas, report), [workshopId, report]),
  };
}
