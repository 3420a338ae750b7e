import type { NoteColor } from '../../shared/model/colors';

/**
 * Paper-note colours chosen to stay distinct on a washed-out projector while keeping dark text
 * at a contrast ratio above 7:1.
 */
export const NOTE_FILL: Record<NoteColor, string> = {
  yellow: '#ffe270',
  pink: '#ffb3c8',
  blue: '#a8d4ff',
  green: '#b4ecb4',
  orange: '#ffc27a',
  purple: '#d4c2ff',
};

export const NOTE_TEXT_COLOR = '#1b1f24';

export const SELECTION_COLOR = '#1f6feb';

export const NOTE_FONT_SIZE = 18;

export const NOTE_PADDING = 12;

export const CANVAS_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
