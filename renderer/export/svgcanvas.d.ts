/**
 * svgcanvas ships no types: its Context is a 2D canvas context that records what is drawn as an
 * SVG scene instead of pixels (see its README). Only what the map drawing uses is declared; the
 * double-underscore members are its internals (see svg-recorder.ts), hence the pinned version.
 */
declare module 'svgcanvas' {
  type TextAction = 'fill' | 'stroke';
  export type SvgContext = CanvasRenderingContext2D & {
    getSvg: () => SVGSVGElement;
    __applyText: (text: string, x: number, y: number, action: TextAction) => void;
    __createElement: (name: string, attributes: Record<string, string | number>, resetFill: boolean) => SVGElement;
    __currentElement: SVGElement;
    __applyTransformation: (element: SVGElement) => void;
    __applyStyleToCurrentElement: (action: TextAction) => void;
    __closestGroupOrSvg: () => SVGElement;
    __transformMatrix: DOMMatrix;
    __matrixTransform: (x: number, y: number) => { x: number; y: number };
    __currentPosition: { x: number; y: number };
    __currentDefaultPath: string;
    __addPathCommand: (command: string) => void;
  };
  export const Context: new (options: { width: number; height: number }) => SvgContext;
}
