import { PAPER_MM, REPORT_MARGINS_MM } from '../../shared/report/paper';
import { translator } from '../../shared/i18n/i18n-instance';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import type { PaperSize } from '../../shared/report/report-page';

/**
 * How the report page is printed to PDF, the same in both hosts: the paper, the margins that hold
 * the running header and the page numbers, and the templates Chromium draws there. The page's
 * own CSS says which pages are landscape (maps) and which portrait; the paper here is the
 * default. The two adapters below only rename these for Electron's printToPDF and Playwright's
 * page.pdf, which both end in Chromium's Page.printToPDF.
 */
export type Inches = { top: number; bottom: number; left: number; right: number };

export type ReportPrintOptions = {
  paper: { name: 'A4' | 'Letter'; widthInches: number; heightInches: number };
  marginsInches: Inches;
  headerTemplate: string;
  footerTemplate: string;
};

const MM_PER_INCH = 25.4;

const PAPER_NAMES: Readonly<Record<PaperSize, ReportPrintOptions['paper']['name']>> = { a4: 'A4', letter: 'Letter' };

const TEMPLATE_STYLE =
  'width:100%;margin:0 14mm;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:8pt;color:#3d4650;display:flex;justify-content:space-between;';

/**
 * Chromium fills the elements of class title, pageNumber and totalPages; the title is the page's,
 * the workshop's name. The words around them are in the report's language.
 */
export function headerTemplate(language: Language): string {
  return `<div style='${TEMPLATE_STYLE}'><span class='title'></span><span>${translator(language, 'report')('cover.kicker')}</span></div>`;
}

export function footerTemplate(language: Language): string {
  const pageOf = translator(language, 'report')('pageOf', { page: "<span class='pageNumber'></span>", pages: "<span class='totalPages'></span>" });
  return `<div style='${TEMPLATE_STYLE}justify-content:flex-end;'><span>${pageOf}</span></div>`;
}

export function reportPrintOptions(paper: PaperSize, language: Language = DEFAULT_LANGUAGE): ReportPrintOptions {
  const inches = (mm: number) => mm / MM_PER_INCH;
  return {
    paper: { name: PAPER_NAMES[paper], widthInches: inches(PAPER_MM[paper].width), heightInches: inches(PAPER_MM[paper].height) },
    marginsInches: {
      top: inches(REPORT_MARGINS_MM.top),
      bottom: inches(REPORT_MARGINS_MM.bottom),
      left: inches(REPORT_MARGINS_MM.left),
      right: inches(REPORT_MARGINS_MM.right),
    },
    headerTemplate: headerTemplate(language),
    footerTemplate: footerTemplate(language),
  };
}

/** What both hosts are told alike: portrait by default, backgrounds, the page's own sizes, header and footer. */
function common(options: ReportPrintOptions) {
  return {
    landscape: false,
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
  };
}

/** Electron's webContents.printToPDF options (sizes in inches). */
export function electronPdfOptions(options: ReportPrintOptions) {
  return {
    ...common(options),
    pageSize: { width: options.paper.widthInches, height: options.paper.heightInches },
    margins: options.marginsInches,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/** Playwright's page.pdf options (sizes as CSS lengths). */
export function playwrightPdfOptions(options: ReportPrintOptions) {
  const length = (inches: number) => `${inches}in`;
  const margins = options.marginsInches;
  return {
    width: length(options.paper.widthInches),
    height: length(options.paper.heightInches),
    margin: { top: length(margins.top), bottom: length(margins.bottom), left: length(margins.left), right: length(margins.right) },
    ...common(options),
    tagged: true,
    outline: true,
  };
}
