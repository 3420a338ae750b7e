import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Point } from '../../shared/geometry/rect';
import type { NodeKind } from '../../shared/model/node-kinds';
import { computeMetrics } from '../../shared/vsm';
import { MapCanvas, type CanvasControls } from '../canvas/MapCanvas';
import type { MapEditor } from '../editor/map-editor';
import { toCanvasPoint, visibleRect, type Size, type Viewport } from '../editor/viewport';
import { useEditor } from '../editor-react/use-editor';
import type { ActionHost } from '../map-actions/action-host';
import { placeNode } from '../map-actions/place-node';
import { Inspector } from './inspector/Inspector';
import { issueLevels } from './issue-levels';
import { MapToolbar } from './MapToolbar';
import { NodePalette } from './palette/NodePalette';
import { ShortcutSheet } from './ShortcutSheet';
import { StartPanel } from './StartPanel';
import { TimelinePanel } from './timeline/TimelinePanel';
import { useClipboard } from './use-clipboard';
import { usePresentation } from './use-presentation';
import './map-workspace.css';
import { useLocaleFormat } from '../i18n/I18nProvider';

type MapWorkspaceProps = {
  editor: MapEditor;
  actions: ActionHost;
  /** What the facilitation tools draw on the canvas (voting dots, click targets). */
  canvasOverlay?: ReactNode;
};

/**
 * The map being edited: toolbar, palette, canvas, inspector and timeline, each reading the editor.
 * It lends the actions what only it knows (the canvas's size, the live viewport, the pointer, the
 * clipboard, the canvas's gestures) and fits the map into view when the canvas first has a size or the tools come and go.
 */
export function MapWorkspace({ editor, actions, canvasOverlay }: MapWorkspaceProps) {
  const { t } = useTranslation('map');
  const doc = useEditor(editor, (state) => state.doc);
  const selection = useEditor(editor, (state) => state.session.selection);
  const mode = useEditor(editor, (state) => state.session.mode);
  const presenting = mode === 'presenting';
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const liveViewport = useRef<Viewport>(editor.getState().session.viewport ?? { x: 0, y: 0, scale: 1 });
  const pointer = useRef<Point | null>(null);
  const canvasControls = useRef<CanvasControls | null>(null);
  const wantsFit = useRef(true);

  const format = useLocaleFormat();
  const metrics = useMemo(() => computeMetrics(doc, format), [doc, format]);
  const issues = useMemo(() => issueLevels(metrics.diagnostics), [metrics]);

  const view = useCallback(() => {
    const current = liveViewport.current;
    const { width, height } = sizeRef.current;
    return { visible: visibleRect(current, sizeRef.current), middle: toCanvasPoint(current, { x: width / 2, y: height / 2 }) };
  }, []);
  const clipboard = useClipboard({ editor, view });
  usePresentation(editor);

  useEffect(
    () =>
      actions.provide({
        canvasSize: () => sizeRef.current,
        liveViewport: () => liveViewport.current,
        pointer: () => (pointer.current ? toCanvasPoint(liveViewport.current, pointer.current) : null),
        ...clipboard,
        openShortcuts: () => setShortcutsOpen(true),
        cancelGesture: () => canvasControls.current?.cancelGesture() ?? false,
        holdToPan: (held) => canvasControls.current?.holdToPan(held),
      }),
    [actions, clipboard],
  );

  useEffect(() => {
    wantsFit.current = true;
  }, [presenting]);

  useEffect(() => {
    if (size.width === 0 || !wantsFit.current) return;
    wantsFit.current = false;
    actions.run('zoom-fit');
    if (!editor.getState().session.viewport) editor.setViewport(liveViewport.current);
  }, [size, actions, editor]);

  const onAddNode = useCallback((kind: NodeKind, at: Point) => placeNode(actions.context(), kind, at), [actions]);
  const onSizeChange = useCallback((next: Size) => setSize(next), []);
  const onSelectNodes = useCallback((ids: readonly string[]) => editor.select(ids), [editor]);

  return (
    <main className={presenting ? 'map-workspace presenting' : 'map-workspace'} data-mode={mode}>
      {!presenting && <MapToolbar editor={editor} actions={actions} />}
      <div className="map-body">
        {!presenting && <NodePalette editor={editor} actions={actions} />}
        <div className="map-stage-column">
          <MapCanvas
            editor={editor}
            liveViewport={liveViewport}
            pointer={pointer}
            controls={canvasControls}
            issues={issues}
            onSizeChange={onSizeChange}
            onAddNode={onAddNode}
            overlay={canvasOverlay}
          />
          <TimelinePanel metrics={metrics} settings={doc.map.settings} selection={selection} onSelectNodes={onSelectNodes} />
          {doc.nodes.length === 0 && doc.map.state === 'current' && mode === 'editing' && (
            <StartPanel onStart={(template, language) => actions.run('start-from-example', { template, language })} />
          )}
          {presenting && (
            <button type="button" className="button presentation-exit" title={t('presentation.leaveTitle')} onClick={() => editor.setMode('editing')}>
              {t('presentation.leave')}
            </button>
          )}
        </div>
        {!presenting && <Inspector doc={doc} selection={selection} metrics={metrics} editor={editor} actions={actions} />}
      </div>
      {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
    </main>
  );
}
