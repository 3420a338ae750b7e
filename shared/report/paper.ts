import type { PaperSize } from './report-page';

/**
 * The report's paper, in millimetres: the sheet sizes, the margins that hold the running header
 * and the page numbers, and what is left for content in each orientation. The print options use
 * the margins; the report page sizes its maps to the content area, so a map part fills a page.
 */
export type Millimetres = { width: number; height: number };

export const PAPER_MM: Readonly<Record<PaperSize, Millimetres>> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

export const REPORT_MARGINS_MM = { top: 16, bottom: 15, left: 14, right: 14 } as const;

export const CSS_PX_PER_MM = 96 / 25.4;

export type Orientation = 'portrait' | 'landscape';

export function contentArea(paper: PaperSize, orientation: Orientation): Millimetres {
  const sheet = PAPER_MM[paper];
  const [width, height] = orientation === 'portrait' ? [sheet.width, sheet.height] : [sheet.height, sheet.width];
  return {
    width: width - REPORT_MARGINS_MM.left - REPORT_MARGINS_MM.right,
    height: height - REPORT_MARGINS_MM.top - REPORT_MARGINS_MM.bottom,
  };
}
