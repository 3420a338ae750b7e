import { Context, type SvgContext } from 'svgcanvas';

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

export function svgRecorder(width: number, height: number): SvgContext {
  const recorder = new Context({ width, height });
  const font = document.createElement('span').style;
  recorder.__applyText = (text, x, y, action) => {
    font.font = recorder.font;
    // Found before the text becomes the current element, which has no parent yet.
    const parent = recorder.__closestGroupOrSvg();
    const element = recorder.__createElement(
      'text',
      {
        'font-family': font.fontFamily,
        'font-size': font.fontSize,
        'font-style': font.fontStyle,
        'font-weight': font.fontWeight,
        x,
        y,
        'text-anchor': ANCHORS[recorder.textAlign],
        'dominant-baseline': BASELINES[recorder.textBaseline],
      },
      true,
    );
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
 * as `area` and scaling to any box. Ligatures are off (an image's text would otherwise get them),
 * so a printed “off” stays letters that a reader's search finds.
 */
export function svgFile(area: { x: number; y: number; width: number; height: number }, definitions: string, markup: string): string {
  const { x, y, width, height } = area;
  return (
    `<svg xmlns="${SVG_NAMESPACE}" width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}">` +
    `<style>text { font-variant-ligatures: none; }</style><defs>${definitions}</defs>${markup}</svg>`
  );
}
