import { uiText } from '../ui-text/ui-text';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { copyFragment, parseFragment, serializeFragment, type MapFragment } from '../../shared/editing/clipboard';
import { addNode } from '../../shared/editing/commands';
import { deleteKeepingFlow } from '../../shared/editing/commands-delete';
import { pasteOffset, placeFragment } from '../../shared/editing/commands-paste';
import type { Point, Rect } from '../../shared/geometry/rect';
import { newId, type Id } from '../../shared/model/ids';
import { NodeTextSchema } from '../../shared/model/map-node';
import { isTypingTarget } from '../canvas/keyboard-focus';
import { maxLengthOf } from '../components/max-length';
import type { MapEditor } from '../editor/map-editor';

/**
 * Copy, cut and paste, within a map and between maps. The keyboard goes through the browser's
 * clipboard events, which reach the system clipboard without asking for permission (so a copy
 * can be pasted in another window of the app). The app also keeps its own copy, which survives
 * moving between maps and stands in wherever the system clipboard cannot be reached — toolbar
 * buttons in a browser that refuses `navigator.clipboard`, for instance. Plain text pasted from
 * elsewhere becomes a sticky note.
 */
let appClipboard: string | null = null;

type ClipboardOptions = {
  editor: MapEditor;
  /** The part of the map in view, and its middle, where pastes from elsewhere land. */
  view: () => { visible: Rect; middle: Point };
};

/** Copying works in every mode; cutting and pasting only where the editor edits. */
export function useClipboard({ editor, view }: ClipboardOptions) {
  const latest = useRef({ view });
  latest.current = { view };
  const repeat = useRef({ text: '', count: 0 });

  const copyText = useCallback((): string | null => {
    const fragment = copyFragment(editor.getState().doc, editor.getState().session.selection);
    if (!fragment) return null;
    const text = serializeFragment(fragment);
    appClipboard = text;
    repeat.current = { text, count: 0 };
    return text;
  }, [editor]);

  const cutSelection = useCallback(() => {
    editor.execute(uiText('map:edits.cut'), (doc) => deleteKeepingFlow(doc, [...editor.getState().session.selection], newId));
  }, [editor]);

  const placeFrom = useCallback(
    (fragment: MapFragment, text: string) => {
      repeat.current = { text, count: repeat.current.text === text ? repeat.current.count + 1 : 1 };
      const offset = pasteOffset(fragment, latest.current.view(), repeat.current.count);
      let ids: Id[] = [];
      editor.execute(uiText('map:edits.paste'), (doc) => {
        const placed = placeFragment(doc, fragment, offset, newId);
        ids = placed.nodeIds;
        return placed.changes;
      });
      editor.select(ids);
    },
    [editor],
  );

  const pasteText = useCallback(
    (text: string) => {
      const fragment = parseFragment(text);
      if (fragment) return placeFrom(fragment, text);
      const plain = text.trim().slice(0, maxLengthOf(NodeTextSchema));
      if (plain !== '') {
        const id = newId();
        editor.execute(uiText('map:edits.pasteText'), (doc) =>
          addNode(doc, { id, kind: 'sticky-note', at: latest.current.view().middle, text: plain }),
        );
        editor.select([id]);
        return;
      }
      const saved = appClipboard ? parseFragment(appClipboard) : null;
      if (saved && appClipboard) placeFrom(saved, appClipboard);
    },
    [editor, placeFrom],
  );

  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      if (event.type === 'cut' && !editor.canEdit()) return;
      const text = copyText();
      if (!text) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
      if (event.type === 'cut') cutSelection();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]') || !editor.canEdit()) return;
      event.preventDefault();
      pasteText(event.clipboardData?.getData('text/plain') ?? '');
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [editor, copyText, cutSelection, pasteText]);

  /** For buttons, which raise no clipboard event: the system clipboard when the browser allows it. */
  const copy = useCallback(() => {
    const text = copyText();
    if (text) navigator.clipboard?.writeText(text).catch(() => undefined);
    return text !== null;
  }, [copyText]);

  const cut = useCallback(() => {
    if (copy()) cutSelection();
  }, [copy, cutSelection]);

  const paste = useCallback(async () => {
    const fromSystem = await (navigator.clipboard?.readText() ?? Promise.reject(new Error('no clipboard'))).catch(() => null);
    const usable = (fromSystem !== null && parseFragment(fromSystem) ? fromSystem : null) ?? appClipboard ?? fromSystem;
    if (usable) pasteText(usable);
  }, [pasteText]);

  return useMemo(() => ({ copy: () => void copy(), cut, paste: () => void paste() }), [copy, cut, paste]);
}
