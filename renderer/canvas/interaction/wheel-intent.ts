/**
 * What a wheel event means. A mouse wheel zooms, as on a map; a trackpad's two-finger scroll
 * pans; a pinch (which browsers report as a wheel event with the control key) zooms. The two
 * devices send the same event, so they are told apart by its shape: a mouse notch moves a
 * whole line or 100-odd pixels straight up or down, a trackpad a few pixels, often sideways too.
 */
export type WheelLike = { deltaX: number; deltaY: number; deltaMode: number; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean };

export type WheelIntent = { action: 'zoom'; factor: number } | { action: 'pan'; dx: number; dy: number };

const DOM_DELTA_LINE = 1;
const MOUSE_NOTCH_PIXELS = 40;
/** Zoom per pixel of wheel travel: a 100-pixel notch zooms by about 16 %. */
const ZOOM_PER_PIXEL = 1.0015;
/** A pinch reports small deltas; it zooms faster per pixel so a pinch feels direct. */
const PINCH_PER_PIXEL = 1.01;
const LINE_PIXELS = 40;

export function wheelIntent(event: WheelLike): WheelIntent {
  const lines = event.deltaMode === DOM_DELTA_LINE;
  const dy = lines ? event.deltaY * LINE_PIXELS : event.deltaY;
  const dx = lines ? event.deltaX * LINE_PIXELS : event.deltaX;
  if (event.ctrlKey || event.metaKey) return { action: 'zoom', factor: Math.pow(PINCH_PER_PIXEL, -dy) };
  if (event.shiftKey) return { action: 'pan', dx: -(dx || dy), dy: 0 };
  const mouseNotch = lines || (event.deltaX === 0 && Math.abs(event.deltaY) >= MOUSE_NOTCH_PIXELS);
  if (mouseNotch) return { action: 'zoom', factor: Math.pow(ZOOM_PER_PIXEL, -dy) };
  return { action: 'pan', dx: -dx, dy: -dy };
}
