import { startTransition, useEffect, useState } from 'react';

/**
 * Turns true once `ready` has been true for a painted frame, in a transition, so that what it
 * brings in is rendered in slices between frames rather than ahead of the picture. For what may
 * come a moment after the wall is drawn: on a wall of thousands of notes, the hidden contents
 * list costs as much to render as the wall's own nodes.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callbacks run before its paint; a task queued from one runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
