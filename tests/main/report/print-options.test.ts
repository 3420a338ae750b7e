import { describe, expect, it } from 'vitest';
import { electronPdfOptions, footerTemplate, headerTemplate, playwrightPdfOptions, reportPrintOptions } from '../../../main/report/print-options';

describe('the report print options, shared by both hosts', () => {
  it('prints A4 and Letter at their sizes, with margins for the header and the page numbers', () => {
    const a4 = reportPrintOptions('a4');
    expect(a4.paper.name).toBe('A4');
    expect(a4.paper.widthInches * 25.4).toBeCloseTo(210, 6);
    expect(a4.paper.heightInches * 25.4).toBeCloseTo(297, 6);
    expect(reportPrintOptions('letter').paper).toEqual({ name: 'Letter', widthInches: 8.5, heightInches: 11 });
    expect(a4.marginsInches.top * 25.4).toBeCloseTo(16, 6);
    expect(a4.marginsInches.bottom * 25.4).toBeCloseTo(15, 6);
  });

  it('has a running header with the page title and a footer with page n of m, in a readable size', () => {
    expect(headerTemplate('en')).toContain("class='title'");
    expect(footerTemplate('en')).toContain("class='pageNumber'");
    expect(footerTemplate('en')).toContain("class='totalPages'");
    for (const template of [headerTemplate('en'), footerTemplate('en')]) expect(template).toContain('font-size:8pt');
  });

  it('says the header and the page numbers in the report’s language', () => {
    expect(headerTemplate('de')).toContain('<span>Bericht zum Wertstrom-Workshop</span>');
    expect(footerTemplate('de')).toContain("<span>Seite <span class='pageNumber'></span> von <span class='totalPages'></span></span>");
    expect(reportPrintOptions('a4', 'fr').footerTemplate).toContain('Page <span');
    expect(footerTemplate('en')).toContain("Page <span class='pageNumber'></span> of <span class='totalPages'></span>");
  });

  it('says the same to Electron and to Playwright', () => {
    const options = reportPrintOptions('letter');
    const electron = electronPdfOptions(options);
    const playwright = playwrightPdfOptions(options);
    expect(electron.pageSize).toEqual({ width: 8.5, height: 11 });
    expect(playwright).toMatchObject({ width: '8.5in', height: '11in' });
    expect(Object.values(playwright.margin).map((length) => Number.parseFloat(length))).toEqual(Object.values(electron.margins));
    for (const key of ['printBackground', 'preferCSSPageSize', 'displayHeaderFooter', 'headerTemplate', 'footerTemplate', 'landscape'] as const) {
      expect(playwright[key], key).toEqual(electron[key]);
    }
    expect([electron.generateTaggedPDF, electron.generateDocumentOutline]).toEqual([playwright.tagged, playwright.outline]);
    expect(electron).toMatchObject({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true });
  });
});
