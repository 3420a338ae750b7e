/**
 * Breaks an SVG title into lines no wider than `width` pixels, at spaces, measured in the page's
 * own font (SVG text does not wrap): a future state's long name is shown whole on a laptop and
 * in print instead of running off the chart.
 */
let context: CanvasRenderingContext2D | null = null;

export function wrapTitle(text: string, width: number, font: string): string[] {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context || width <= 0) return [text];
  context.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  return line === '' ? lines : [...lines, line];
}

/** The font an SVG `.ladder-title` is drawn in, for measuring. */
export function titleFont(): string {
  return `700 16px ${getComputedStyle(document.body).fontFamily}`;
}
