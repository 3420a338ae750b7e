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
const NUMERIC_ATTRIBUTES = ['d', 'transform', 'x', 'y', 'stroke-width'];

/**
 * What was recorded, as a standalone SVG file (`width` × `height` paper pixels, scaling to any
 * box), made lighter for the page that prints it: svgcanvas wraps every saved state in a group of
 * its own and writes numbers to seventeen digits, which a big map turns into tens of thousands of
 * elements and megabytes of markup. Groups with no attributes change nothing drawn, so their
 * contents take their place. Ligatures are off (an image's text would otherwise get them), so a
 * printed “off” stays letters that a reader's search finds.
 */
export function recordedSvg(recorder: SvgContext, width: number, height: number): string {
  const svg = recorder.getSvg();
  for (const group of [...svg.querySelectorAll('g')].reverse()) {
    if (group.attributes.length === 0) group.replaceWith(...group.childNodes);
  }
  for (const element of svg.querySelectorAll('*')) {
    for (const name of NUMERIC_ATTRIBUTES) {
      const value = element.getAttribute(name);
      const shorter = value?.replace(LONG_DECIMALS, '$1');
      if (shorter !== undefined && shorter !== value) element.setAttribute(name, shorter);
    }
  }
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const style = svg.ownerDocument.createElementNS(svg.namespaceURI, 'style');
  style.textContent = 'text { font-variant-ligatures: none; }';
  svg.prepend(style);
  return new XMLSerializer().serializeToString(svg);
}
