import { useCallback, useEffect, useState } from 'react';
import type { ParkingLotItem } from '../../../shared/facilitation/parking-lot';
import type { NoteColor } from '../../../shared/model/colors';
import { call } from '../../api/client';
import type { MapEditor } from '../../editor/map-editor';
import type { Point } from '../overlay/ViewCentreProbe';
import { useFacilitationTopic } from '../use-facilitation-topic';

export type ParkingLot = {
  items: ParkingLotItem[] | null;
  add: (text: string, color: NoteColor) => void;
  update: (id: string, text: string) => void;
  remove: (id: string) => void;
  park: (nodeId: string) => void;
  restore: (itemId: string) => void;
  /** Shows the list as the store answered it after a change made elsewhere (an idea from the room, parked). */
  replace: (items: ParkingLotItem[]) => void;
};

type ParkingLotOptions = {
  workshopId: string;
  mapId: string;
  editor: MapEditor;
  /** Where a returning note goes: the middle of the canvas's view, when known. */
  viewCentre: () => Point | null;
  report: (error: unknown) => void;
};

/**
 * The parking lot, and moving notes between it and the open map. A move is saved by the store in
 * one transaction; on this screen it reaches the map as an external change, outside undo (see
 * shared/editing/external-changes.ts). Pending map edits are saved first, so the store sees the
 * note as the screen does.
 */
export function useParkingLot({ workshopId, mapId, editor, viewCentre, report }: ParkingLotOptions): ParkingLot {
  const [items, setItems] = useState<ParkingLotItem[] | null>(null);

  useEffect(() => {
    let cancelled = false;
    call('parkingLot.list', { workshopId }).then((list) => !cancelled && setItems(list), report);
    return () => {
      cancelled = true;
    };
  }, [workshopId, report]);

  // Another window parked, edited or brought back a topic: this list follows.
  useFacilitationTopic(workshopId, 'parking-lot', () => void call('parkingLot.list', { workshopId }).then(setItems, report));

  const park = useCallback(
    async (nodeId: string) => {
      const node = editor.getState().doc.nodes.find((candidate) => candidate.id === nodeId);
      if (!node) return;
      editor.applyExternal([{ op: 'removeNode', id: nodeId }]);
      try {
        await editor.flush();
        setItems((await call('parkingLot.parkNote', { mapId, nodeId })).items);
      } catch (error) {
        editor.applyExternal([{ op: 'putNode', node }]);
        report(error);
      }
    },
    [editor, mapId, report],
  );

  const restore = useCallback(
    async (itemId: string) => {
      const item = items?.find((candidate) => candidate.id === itemId);
      if (!item) return;
      const returning = item.note && item.fromMapId === mapId ? item.note : null;
      const at = viewCentre() ?? (returning ? { x: returning.x + returning.width / 2, y: returning.y + returning.height / 2 } : { x: 0, y: 0 });
      try {
        await editor.flush();
        const result = await call('parkingLot.restore', { itemId, mapId, at });
        editor.applyExternal([{ op: 'putNode', node: result.node }]);
        setItems(result.items);
      } catch (error) {
        report(error);
      }
    },
    [items, mapId, editor, viewCentre, report],
  );

  return {
    items,
    add: useCallback((text, color) => void call('parkingLot.add', { workshopId, text, color }).then(setItems, report), [workshopId, report]),
    update: useCallback((id, text) => void call('parkingLot.update', { id, text }).then(setItems, report), [report]),
    remove: useCallback((id) => void call('parkingLot.remove', { id }).then(setItems, report), [report]),
    park: useCallback((nodeId) => void park(nodeId), [park]),
    restore: useCallback((itemId) => void restore(itemId), [restore]),
    replace: setItems,
  };
}
