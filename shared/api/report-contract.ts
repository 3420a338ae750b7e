import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { PAPER_SIZES } from '../report/report-page';
import type { WrittenFile } from './export-contract';

/**
 * `report.print` makes the PDF (Chromium's print of the report page, in either host) and writes
 * it to an export ticket's file, or hands it to the page; one report at a time, whose progress
 * `report.progress` tells. Everything the report prints comes from `workshop.exportFile`.
 */
export const reportInputs = {
  'report.print': z.strictObject({ workshopId: IdSchema, paper: z.enum(PAPER_SIZES), ticket: IdSchema.optional() }),
  'report.progress': z.strictObject({}),
};

export type PrintedReport = { savedBy: 'host'; file: WrittenFile } | { savedBy: 'page'; pdfBase64: string; bytes: number };

export const REPORT_STAGES = ['opening', 'drawing', 'printing', 'saving'] as const;

export type ReportStage = (typeof REPORT_STAGES)[number];

/** `detail`: what the report page is drawing (its own words) or the name of the file being saved; the screen words the other stages. */
export type ReportProgress = { running: false } | { running: true; workshopId: string; stage: ReportStage; detail: string };

export type ReportOutputs = {
  'report.print': PrintedReport;
  'report.progress': ReportProgress;
};
