import { Context, type SvgContext } from 'svgcanvas';
import { CANVAS_FONT_FAMILY } from '../canvas/shapes/shape-style';

/**
 * A 2D context that records SVG (svgcanvas), with text that keeps its type. svgcanvas reads the
 * context's font by writing it into an element's style attribute, which the app's
 * Content-Security-Policy refuses: every word would come out at the page's own size and face,
 * and each refusal is reported, which took seconds for a big map. So text is written here the way
 * svgcanvas writes it, with the font read through a style object instead (which the policy
 * allows).
 */
const ANCHORS: Record<CanvasTextAlign, string> = { left: 'start', right: 'end', center: 'middle', start: 'start', end: 'end' };
const BASELINES: Record<CanvasTextBaseline, string> = {
  alphabetic: 'alphabetic',
  hanging: 'hanging',
  top: 'text-before-edge',
  bottom: 'text-after-edge',
  middle: 'central',
  ideographic: 'alphabetic',
};

/**
 * svgcanvas maps every point through a new DOMPoint and writes each path command through a
 * regular expression made for it, which was a third of the time of recording a big map; these
 * write the same commands with plain arithmetic.
 */
function fastPaths(recorder: SvgContext): void {
  recorder.__matrixTransform = (x, y) => {
    const { a, b, c, d, e, f } = recorder.__transformMatrix;
    return { x: a * x + c * y + e, y: b * x + d * y + f };
  };
  recorder.moveTo = (x, y) => {
    if (recorder.__currentElement.nodeName !== 'path') recorder.beginPath();
    recorder.__currentPosition = { x, y };
    const point = recorder.__matrixTransform(x, y);
    recorder.__addPathCommand(`M ${point.x} ${point.y}`);
  };
  recorder.lineTo = (x, y) => {
    recorder.__currentPosition = { x, y };
    const point = recorder.__matrixTransform(x, y);
    recorder.__addPathCommand(`${recorder.__currentDefaultPath.includes('M') ? 'L' : 'M'} ${point.x} ${point.y}`);
  };
}

/** A text's attributes, less those that say what SVG takes anyway (and the map's usual type, which the file says once). */
function textAttributes(font: CSSStyleDeclaration, usualFamily: string, recorder: SvgContext, x: number, y: number): Record<string, string | number> {
  const attributes: Record<string, string | number> = { 'font-size': font.fontSize, x, y };
  if (font.fontFamily !== usualFamily) attributes['font-family'] = font.fontFamily;
  if (font.fontStyle !== 'normal') attributes['font-style'] = font.fontStyle;
  if (font.fontWeight !== 'normal' && font.fontWeight !== '400') attributes['font-weight'] = font.fontWeight;
  const anchor = ANCHORS[recorder.textAlign];
  if (anchor !== 'start') attributes['text-anchor'] = anchor;
  const baseline = BASELINES[recorder.textBaseline];
  if (baseline !== 'alphabetic') attributes['dominant-baseline'] = baseline;
  return attributes;
}

export function svgRecorder(width: number, height: number): SvgContext {
  const recorder = new Context({ width, height });
  fastPaths(recorder);
  const font = document.createElement('span').style;
  // CANVAS_FONT_FAMILY as the browser writes it back, to compare with what each text is set in.
  font.fontFamily = CANVAS_FONT_FAMILY;
  const usualFamily = font.fontFamily;
  recorder.__applyText = (text, x, y, action) => {
    font.font = recorder.font;
    // Found before the text becomes the current element, which has no parent yet.
    const parent = recorder.__closestGroupOrSvg();
    const element = recorder.__createElement('text', textAttributes(font, usualFamily, recorder, x, y), true);
    element.textContent = text;
    recorder.__currentElement = element;
    recorder.__applyTransformation(element);
    recorder.__applyStyleToCurrentElement(action);
    parent.append(element);
  };
  return recorder;
}

/** Paper pixels to two decimals: a two-hundredth of a pixel is finer than any printer. */
const LONG_DECIMALS = /(\.\d\d)\d+/g;
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const NUMERIC_ATTRIBUTES = ['d', 'transform', 'x', 'y', 'stroke-width'];

/**
 * What was recorded since the last take, as markup for an SVG file (see svgFile), taken out of the
 * recorder so the next take starts empty. It is made lighter for the page that prints it:
 * svgcanvas wraps every saved state in a group of its own and writes numbers to seventeen
 * digits, which a big map turns into tens of thousands of elements and megabytes of markup.
 * Groups with no attributes change nothing drawn, so their contents take their place.
 */
export function takeRecorded(recorder: SvgContext): string {
  const drawn = recorder.getSvg().querySelector(':scope > g');
  if (!drawn) return '';
  const taken = drawn.ownerDocument.createElementNS(drawn.namespaceURI, 'g');
  taken.append(...drawn.childNodes);
  for (const group of [...taken.querySelectorAll('g')].reverse()) {
    if (group.attributes.length === 0) group.replaceWith(...group.childNodes);
  }
  for (const element of taken.querySelectorAll('*')) {
    for (const name of NUMERIC_ATTRIBUTES) {
      const value = element.getAttribute(name);
      const shorter = value?.replace(LONG_DECIMALS, '$1');
      if (shorter !== undefined && shorter !== value) element.setAttribute(name, shorter);
    }
  }
  const serializer = new XMLSerializer();
  return [...taken.childNodes].map((node) => serializer.serializeToString(node)).join('');
}

/** What the recorder keeps for every take alike (clip paths, gradients), as markup. */
export function recordedDefinitions(recorder: SvgContext): string {
  const serializer = new XMLSerializer();
  return [...(recorder.getSvg().querySelector(':scope > defs')?.childNodes ?? [])].map((node) => serializer.serializeToString(node)).join('');
}

/**
 * A standalone SVG file showing `area` (in the recording's units) of recorded markup, as large
 * as `area` and scaling to any box, its words in the map's usual type unless they say otherwise. Ligatures are off (an image's text would otherwise get them),
 * so a printed “off” stays letters that a reader's search finds.
 */
export function svgFile(area: { x: number; y: number; width: number; height: number }, definitions: string, markup: string): string {
  const { x, y, width, height } = area;
  return (
    `<svg xmlns="${SVG_NAMESPACE}" width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}" font-family="${CANVAS_FONT_FAMILY.replaceAll('"', '&quot;')}">` +
    `<style>text { font-variant-ligatures: none; }</style><defs>${definitions}</defs>${markup}</svg>`
  );
}
