import Konva from 'konva';
import { CANVAS_FONT_FAMILY, LINE_HEIGHT } from './shape-style';
import type { TextPlacement } from './text-layout';

/**
 * A node's text is never cut off, on screen or in print: text that does not fit its placement
 * box is set smaller, down to SHRINK_FLOOR of its size (a burst's "Cut changeover from 60 to
 * 10 min" at 11 units instead of 15); what still does not fit then grows past the box, centred on
 * it where the box centres its text, rather than ending in "…". Measured with Konva's own word
 * wrapping, and remembered, so a redraw of the wall measures nothing new.
 */
type FittedText = { fontSize: number; y: number; height: number };

const SHRINK_FLOOR = 0.75;

const STEP = 0.5;
const REMEMBERED = 5_000;

let measure: Konva.Text | null = null;
const fitted = new Map<string, FittedText>();

function heightAt(text: string, placement: TextPlacement, fontStyle: string, fontSize: number): number {
  measure ??= new Konva.Text({ fontFamily: CANVAS_FONT_FAMILY, lineHeight: LINE_HEIGHT, wrap: 'word' });
  measure.setAttrs({ text, width: placement.width, padding: placement.padding, fontSize, fontStyle });
  return measure.height();
}

export function fitText(text: string, placement: TextPlacement, fontStyle: string): FittedText {
  const key = `${placement.width}|${placement.height}|${placement.padding}|${placement.fontSize}|${placement.verticalAlign}|${fontStyle}|${text}`;
  const known = fitted.get(key);
  if (known) return known;
  const floor = placement.fontSize * SHRINK_FLOOR;
  let result: FittedText | null = null;
  for (let fontSize = placement.fontSize; fontSize >= floor - 1e-9; fontSize -= STEP) {
    if (heightAt(text, placement, fontStyle, fontSize) <= placement.height) {
      result = { fontSize, y: placement.y, height: placement.height };
      break;
    }
  }
  if (!result) {
    // A hair over the lines' height, so Konva's own line-by-line sum never leaves the last one off.
    const needed = heightAt(text, placement, fontStyle, floor) + 0.01;
    const y = placement.verticalAlign === 'middle' ? placement.y + (placement.height - needed) / 2 : placement.y;
    result = { fontSize: floor, y, height: needed };
  }
  if (fitted.size >= REMEMBERED) fitted.clear();
  fitted.set(key, result);
  return result;
}
