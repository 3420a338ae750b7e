import { useEffect } from 'react';
import type { MapEditor } from '../editor/map-editor';
import { useEditor } from '../editor-react/use-editor';

/**
 * Presenting hides the tools; it also asks for full screen where the browser allows it. Leaving
 * full screen with the browser's own Escape leaves the presentation too.
 */
export function usePresentation(editor: MapEditor): void {
  const presenting = useEditor(editor, (state) => state.session.mode === 'presenting');
  useEffect(() => {
    if (presenting && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
    if (!presenting && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    if (!presenting) return;
    const onFullscreenChange = () => {
      if (!document.fullscreenElement && editor.getState().session.mode === 'presenting') editor.setMode('editing');
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange);
  }, [presenting, editor]);
}
