import { useEffect, useRef, useState } from 'react';
import type { MapNode } from '../../shared/model/map-node';
import { CANVAS_FONT_FAMILY, NOTE_FILL, NOTE_FONT_SIZE, NOTE_PADDING, NOTE_TEXT_COLOR } from './note-palette';
import type { Viewport } from './viewport';

type NoteTextEditorProps = {
  node: MapNode;
  viewport: Viewport;
  /** Called as the user types, so a crash mid-sentence loses at most the last moment. */
  onDraft: (text: string) => void;
  onDone: (text: string) => void;
};

const DRAFT_INTERVAL_MS = 400;

/**
 * Edits a note's text in place: a textarea laid exactly over the note, in the note's colour and
 * font, scaled with the canvas. Leaving it (click away, Escape, Ctrl+Enter) keeps the text.
 */
export function NoteTextEditor({ node, viewport, onDraft, onDone }: NoteTextEditorProps) {
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

  const scale = viewport.scale;
  const fontSize = (node.kind === 'text' ? NOTE_FONT_SIZE + 4 : NOTE_FONT_SIZE) * scale;
  return (
    <textarea
      ref={ref}
      className="note-text-editor"
      aria-label="Note text"
      value={text}
      maxLength={10_000}
      onChange={(event) => setText(event.target.value)}
      onBlur={finish}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault();
          finish();
        }
      }}
      style={{
        left: node.x * scale + viewport.x,
        top: node.y * scale + viewport.y,
        width: node.width * scale,
        height: node.height * scale,
        padding: NOTE_PADDING * scale,
        fontSize,
        fontFamily: CANVAS_FONT_FAMILY,
        lineHeight: 1.25,
        color: NOTE_TEXT_COLOR,
        background: node.kind === 'text' ? '#ffffff' : NOTE_FILL[node.color],
      }}
    />
  );
}
