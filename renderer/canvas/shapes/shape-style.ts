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

/**
 * What the wall draws at a zoom, so a whole map on a laptop stays readable and a huge one stays
 * fast. Small print (data boxes, captions, notes, arrow labels) goes first, below the zoom at
 * which it would shrink under about 7 screen pixels. Names (process boxes, factories, trucks,
 * bursts, and the bold counts under inventories) stay down to a much smaller zoom, drawn larger
 * than their own size so they never fall under NAME_MIN_SCREEN_PX on screen. Below that, outlines
 * only. From SMALL_PRINT_MIN_SCALE up everything is drawn at its own size. The name size moves in whole steps, so zooming re-renders the text only now and then.
 */
export const SMALL_PRINT_MIN_SCALE = 0.45;
export const NAMES_MIN_SCALE = 0.15;
export const NAME_MIN_SCREEN_PX = 10;
const NAME_SIZE_STEP = 2;

export type DetailLevel = 'full' | 'names' | 'outline';
/** `nameFontSize`: the least font size, in canvas units, a name is drawn at (0: its own size is large enough). */
export type Detail = { readonly level: DetailLevel; readonly nameFontSize: number };

const details = new Map<string, Detail>();

function detailOf(level: DetailLevel, nameFontSize: number): Detail {
  const key = `${level}:${nameFontSize}`;
  let detail = details.get(key);
  if (!detail) {
    detail = { level, nameFontSize };
    details.set(key, detail);
  }
  return detail;
}

/** Everything at its own size: pictures printed or exported at full scale. */
export const FULL_DETAIL = detailOf('full', 0);

/** The same object for the same level and name size, so memoised shapes skip a zoom that changes neither. */
export function detailForScale(scale: number): Detail {
  if (scale < NAMES_MIN_SCALE) return detailOf('outline', 0);
  if (scale >= SMALL_PRINT_MIN_SCALE) return FULL_DETAIL;
  return detailOf('names', Math.ceil(NAME_MIN_SCREEN_PX / scale / NAME_SIZE_STEP) * NAME_SIZE_STEP);
}

/** Whether text of this kind is drawn: names at `full` and `names`, small print at `full` only. */
export function drawsText(detail: Detail, isName: boolean): boolean {
  return detail.level === 'full' || (isName && detail.level === 'names');
}

/** The size a name is drawn at: its own, or larger so it stays readable on screen. */
export function nameFontSize(own: number, detail: Detail): number {
  return Math.max(own, detail.nameFontSize);
}
