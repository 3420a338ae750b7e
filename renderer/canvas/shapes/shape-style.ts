import type { NoteColor } from '../../../shared/model/colors';

/**
 * The look of the notation, chosen for a projector in a lit room: dark ink on white, strokes
 * thick enough to survive being scaled down, and paper-note colours that stay distinct on a
 * washed-out beam while keeping dark text above a 7:1 contrast ratio.
 */
export const NOTE_FILL: Record<NoteColor, string> = {
  yellow: '#ffe270',
  pink: '#ffb3c8',
  blue: '#a8d4ff',
  green: '#b4ecb4',
  orange: '#ffc27a',
  purple: '#d4c2ff',
};

export const INK = '#1b1f24';
export const INK_MUTED = '#3d4650';
export const PAPER = '#ffffff';
export const SELECTION_COLOR = '#1f6feb';
export const KAIZEN_STROKE = '#d9480f';
export const KAIZEN_FILL = '#fff1e0';
export const ERROR_COLOR = '#c62828';
export const WARNING_COLOR = '#b45309';

export const STROKE_WIDTH = 2;

/** A symbol's heavy outline on paper, drawn only (the node's frame catches the pointer). */
export const SYMBOL_OUTLINE = {
  fill: PAPER,
  stroke: INK,
  strokeWidth: STROKE_WIDTH + 1,
  lineJoin: 'round',
  listening: false,
  perfectDrawEnabled: false,
} as const;

export const CANVAS_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Canvas units; at 100 % zoom one unit is one screen pixel. */
export const NOTE_FONT_SIZE = 18;
export const TITLE_FONT_SIZE = 19;
export const BODY_FONT_SIZE = 16;
export const CAPTION_FONT_SIZE = 16;
export const LINE_HEIGHT = 1.2;
export const NOTE_PADDING = 12;
export const TEXT_PADDING = 8;

/** Below this zoom, text is too small to read on any screen and is left out, which keeps huge maps fast. */
export const TEXT_MIN_SCALE = 0.3;

export type Detail = 'full' | 'outline';

export function detailForScale(scale: number): Detail {
  return scale >= TEXT_MIN_SCALE ? 'full' : 'outline';
}
