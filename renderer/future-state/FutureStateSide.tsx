import { useState, type ReactNode } from 'react';
import type { Id } from '../../shared/model/ids';
import type { MapEditor } from '../map/map-editor';
import type { SaveQueue } from '../map/save-queue';
import { useEditorState } from '../map/use-map-editor';
import { FutureStatePanel } from './FutureStatePanel';
import './future-state.css';

type FutureStateSideProps = {
  workshopId: string;
  editor: MapEditor;
  saveQueue: SaveQueue;
  selection: ReadonlySet<Id>;
  presenting: boolean;
  children: ReactNode;
};

const FOLDED_KEY = 'vsw.futurePanelFolded';

/** Puts the future-state panel beside the map when the map is a future state (not while presenting). */
export function FutureStateSide({ workshopId, editor, saveQueue, selection, presenting, children }: FutureStateSideProps) {
  const { doc } = useEditorState(editor);
  const [folded, setFolded] = useState(() => sessionStorage.getItem(FOLDED_KEY) === 'yes');
  const fold = (next: boolean) => {
    sessionStorage.setItem(FOLDED_KEY, next ? 'yes' : 'no');
    setFolded(next);
  };
  if (doc.map.state !== 'future' || presenting) return <>{children}</>;
  return (
    <div className="future-side">
      {children}
      {folded ? (
        <aside className="future-panel future-panel-folded" aria-label="Future state">
          <button type="button" className="future-panel-unfold" onClick={() => fold(false)} title="Show the future-state questions, actions and merging">
            <span aria-hidden="true">«</span> Future-state questions and actions
          </button>
        </aside>
      ) : (
        <FutureStatePanel workshopId={workshopId} editor={editor} saveQueue={saveQueue} selection={selection} onFold={() => fold(true)} />
      )}
    </div>
  );
}
