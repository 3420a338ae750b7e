import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Id } from '../../shared/model/ids';

/**
 * What is selected, read node by node: each node (on the canvas and in the contents list)
 * subscribes to whether it is selected itself, so a click that selects one note of thousands
 * re-renders that note and the one it replaces, not the whole list. A wall drawn for looking at
 * only (the projector, the comparison) has no source, and nothing on it is selected.
 */
export type SelectionSource = {
  subscribe: (listener: () => void) => () => void;
  selection: () => ReadonlySet<Id>;
};

const NOTHING: ReadonlySet<Id> = new Set();

const NOTHING_SELECTED: SelectionSource = { subscribe: () => () => undefined, selection: () => NOTHING };

export const SelectionSourceContext = createContext<SelectionSource>(NOTHING_SELECTED);

export function useSelected(id: Id): boolean {
  const source = useContext(SelectionSourceContext);
  const isSelected = () => source.selection().has(id);
  return useSyncExternalStore(source.subscribe, isSelected, isSelected);
}
