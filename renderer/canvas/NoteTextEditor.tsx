import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import { NodeTextSchema, type MapNode } from '../../shared/model/map-node';
import type { MapSettings } from '../../shared/model/vsm-map';
import { maxLengthOf } from '../components/max-length';
import { symbolDataLine } from './shapes/data-lines';
import { CANVAS_FONT_FAMILY, INK, LINE_HEIGHT, NOTE_FILL } from './shapes/shape-style';
import { NODE_KIND_VIEWS } from './shapes/node-kind-views';
import type { Viewport } from '../editor/viewport';

type NoteTextEditorProps = {
  node: MapNode;
  settings: MapSettings;
  viewport: Viewport;
  /** Called as the user types, so a crash mid-sentence loses at most the last moment. */
  onDraft: (text: string) => void;
  onDone: (text: string) => void;
};

const DRAFT_INTERVAL_MS = 400;

/**
 * Edits a node's text in place: a text box laid exactly over where the node draws its text, in
 * the same font, scaled with the canvas. Enter keeps the text and ends the edit, as do a click
 * away, Escape and Ctrl+Enter; Shift+Enter starts a new line.
 */
export function NoteTextEditor({ node, settings, viewport, onDraft, onDone }: NoteTextEditorProps) {
  const { t } = useTranslation('canvas');
  const [text, setText] = useState(node.text);
  const ref = useRef<HTMLTextAreaElement>(null);
  const finished = useRef(false);
  const latest = useRef(text);
  latest.current = text;

  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);

  useEffect(() => {
    if (text === node.text) return;
    const timer = setTimeout(() => onDraft(text), DRAFT_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [text, node.text, onDraft]);

  function finish() {
    if (finished.current) return;
    finished.current = true;
    onDone(latest.current);
  }

  const { scale } = viewport;
  const place = NODE_KIND_VIEWS[node.kind].text(node, symbolDataLine(node, settings) !== null);
  return (
    <textarea
      ref={ref}
      className="note-text-editor"
      aria-label={t('nodeText')}
      value={text}
      maxLength={maxLengthOf(NodeTextSchema)}
      onChange={(event) => setText(event.target.value)}
      onBlur={finish}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing)) {
          event.preventDefault();
          finish();
        }
      }}
      style={{
        left: (node.x + place.x) * scale + viewport.x,
        top: (node.y + place.y) * scale + viewport.y,
        width: Math.max(place.width, 60) * scale,
        height: Math.max(place.height, 30) * scale,
        padding: place.padding * scale,
        fontSize: place.fontSize * scale,
        fontWeight: place.bold ? 700 : 400,
        textAlign: place.align,
        fontFamily: CANVAS_FONT_FAMILY,
        lineHeight: LINE_HEIGHT,
        color: INK,
        background: node.kind === 'sticky-note' ? NOTE_FILL[node.color] : '#ffffff',
      }}
    />
  );
}
