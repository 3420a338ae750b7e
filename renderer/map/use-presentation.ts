import { useCallback, useEffect } from 'react';

/**
 * Presentation mode hides the tools; it also asks for full screen where the browser allows it.
 * Leaving full screen with the browser's own Escape leaves the presentation too.
 */
export function usePresentation(presenting: boolean, onChange: (presenting: boolean) => void) {
  useEffect(() => {
    const onFullscreenChange = () => {
      if (!document.fullscreenElement && presenting) onChange(false);
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange);
  }, [presenting, onChange]);

  return useCallback(
    (next: boolean) => {
      onChange(next);
      if (next && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
      if (!next && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    },
    [onChange],
  );
}
