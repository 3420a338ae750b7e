import Konva from 'konva';
import { CANVAS_FONT_FAMILY, LINE_HEIGHT } from './shape-style';
import type { TextPlacement } from './text-layout';

/**
 * A node's text is never cut off, on screen or in print, and its words are broken between words,
 * not inside one, wherever the box has room for each word on its own line. Text that does not fit
 * its placement box is set smaller, down to SHRINK_FLOOR of its size (a burst's "Cut changeover
 * from 60 to 10 min" at 11 units instead of 15); a single word wider than the box
 * ("Auftragserfassung" in a process box) is set smaller still, down to WHOLE_WORD_FLOOR, before
 * it is broken; what still does not fit then grows past the box, centred on it where the box
 * centres its text, rather than ending in "…". Measured with Konva's own word wrapping (which
 * breaks at spaces and after hyphens, and inside a word only when the word is wider than the
 * line), and remembered, so a redraw of the wall measures nothing new.
 */
type FittedText = { fontSize: number; y: number; height: number };

const SHRINK_FLOOR = 0.75;
const WHOLE_WORD_FLOOR = 0.6;

const STEP = 0.5;
const REMEMBERED = 5_000;

let measure: Konva.Text | null = null;
const fitted = new Map<string, FittedText>();
const grown = new Map<string, number>();

function measuring(): Konva.Text {
  measure ??= new Konva.Text({ fontFamily: CANVAS_FONT_FAMILY, lineHeight: LINE_HEIGHT, wrap: 'word' });
  return measure;
}

function heightAt(text: string, placement: TextPlacement, fontStyle: string, fontSize: number): number {
  const konvaText = measuring();
  konvaText.setAttrs({ text, width: placement.width, padding: placement.padding, fontSize, fontStyle });
  return konvaText.height();
}

/** The pieces Konva's word wrapping never breaks inside while a line has room for them: words, and the parts of a hyphenated word. */
function unbreakable(text: string): string[] {
  return text.split(/\s+/).flatMap((word) => word.split(/(?<=-)/));
}

/** Whether every word stands whole on a line `lineWidth` wide at this size. */
function wordsFit(text: string, lineWidth: number, fontStyle: string, fontSize: number): boolean {
  const konvaText = measuring();
  konvaText.setAttrs({ fontSize, fontStyle, padding: 0 });
  return unbreakable(text).every((piece) => konvaText.measureSize(piece).width <= lineWidth);
}

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= REMEMBERED) cache.clear();
  cache.set(key, value);
  return value;
}

/** Font sizes from `largest` down to `smallest`, a step apart. */
function sizesBetween(largest: number, smallest: number): number[] {
  const sizes: number[] = [];
  for (let fontSize = largest; fontSize >= smallest - 1e-9; fontSize -= STEP) sizes.push(fontSize);
  return sizes;
}

export function fitText(text: string, placement: TextPlacement, fontStyle: string): FittedText {
  const key = `${placement.width}|${placement.height}|${placement.padding}|${placement.fontSize}|${placement.verticalAlign}|${fontStyle}|${text}`;
  const known = fitted.get(key);
  if (known) return known;
  const lineWidth = placement.width - 2 * placement.padding;
  const floor = placement.fontSize * SHRINK_FLOOR;
  const fits = sizesBetween(placement.fontSize, floor).find(
    (size) => wordsFit(text, lineWidth, fontStyle, size) && heightAt(text, placement, fontStyle, size) <= placement.height,
  );
  if (fits !== undefined) return remember(fitted, key, { fontSize: fits, y: placement.y, height: placement.height });
  let fontSize = floor;
  if (!wordsFit(text, lineWidth, fontStyle, floor)) {
    const wholeWords = sizesBetween(floor - STEP, placement.fontSize * WHOLE_WORD_FLOOR).find((size) => wordsFit(text, lineWidth, fontStyle, size));
    if (wholeWords !== undefined) fontSize = wholeWords;
  }
  // A hair over the lines' height, so Konva's own line-by-line sum never leaves the last one off.
  const needed = Math.max(heightAt(text, placement, fontStyle, fontSize) + 0.01, placement.height);
  const y = placement.verticalAlign === 'middle' ? placement.y + (placement.height - needed) / 2 : placement.y;
  return remember(fitted, key, { fontSize, y, height: needed });
}

/**
 * The size a name grown for a zoomed-out wall is drawn at: `size`, or a step or more smaller (down
 * to SHRINK_FLOOR of it, never under the name's own size) where a word of it would otherwise be
 * broken inside; at `size` when no step keeps it whole.
 */
export function grownNameSize(text: string, lineWidth: number, fontStyle: string, size: number, ownSize: number): number {
  const key = `${lineWidth}|${size}|${ownSize}|${fontStyle}|${text}`;
  const known = grown.get(key);
  if (known !== undefined) return known;
  const whole = sizesBetween(size, Math.max(ownSize, size * SHRINK_FLOOR)).find((fontSize) => wordsFit(text, lineWidth, fontStyle, fontSize));
  return remember(grown, key, whole ?? size);
}
