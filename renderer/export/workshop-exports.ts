import { uiText } from '../ui-text/ui-text';
import { REPORT_STAGES, type ReportProgress, type ReportStage } from '../../shared/api/report-contract';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { actionsCsv, metricsCsv, votesCsv } from '../../shared/export/workshop-csv';
import { exportFileName } from '../../shared/export/file-names';
import { formatForLanguage, type LocaleFormat } from '../../shared/locale/locale-format';
import type { MapDocument } from '../../shared/model/vsm-map';
import { PAPER_NAMES, type PaperSize } from '../../shared/report/report-page';
import { FILE_EXTENSION, type WorkshopFile } from '../../shared/workshop-file/workshop-file-schema';
import { serializeWorkshopFile } from '../../shared/workshop-file/write-workshop-file';
import { call } from '../api/client';
import { todayIsoDate } from '../components/format-dates';
import { mapPng } from './map-image';
import { blobOfBase64, download, saveFile, type SaveOutcome } from './save-file';

/**
 * Every export the app offers, each a function from what it needs to where the file went. All
 * of them are made from the workshop file (`workshop.exportFile`) or the open map, with the shared
 * formats; the report is printed by the host. `report` says how a long export is getting on.
 */
export type Report = (detail: string) => void;

export type ExportResult = { outcome: SaveOutcome; note?: string };

export const CSV_TABLES = ['figures', 'votes', 'actions'] as const;

export type CsvTable = (typeof CSV_TABLES)[number];

/** Each table in the workshop's language (the app's for a workshop without one), in the dialect of its locale. */
const CSV_OF: Readonly<Record<CsvTable, (file: WorkshopFile, format: LocaleFormat) => string>> = {
  figures: metricsCsv,
  votes: votesCsv,
  actions: (file, format) => actionsCsv(file, todayIsoDate(), format),
};

export async function exportWorkshopFile(workshopId: string, title: string): Promise<ExportResult> {
  const outcome = await saveFile(exportFileName(title, null, FILE_EXTENSION), 'workshop', async () => {
    const file = await call('workshop.exportFile', { id: workshopId });
    return new Blob([serializeWorkshopFile(file)], { type: 'application/json' });
  });
  return { outcome };
}

export async function exportCsv(workshopId: string, title: string, table: CsvTable, ui: LocaleFormat): Promise<ExportResult> {
  const outcome = await saveFile(exportFileName(title, uiText(`exports:csvFileNames.${table}`), '.csv'), 'csv', async () => {
    const file = await call('workshop.exportFile', { id: workshopId });
    return new Blob([CSV_OF[table](file, formatForLanguage(file.workshop.language, ui))], { type: 'text/csv;charset=utf-8' });
  });
  return { outcome };
}

export async function exportMapPng(doc: MapDocument, title: string, ratio: 2 | 4): Promise<ExportResult> {
  let note: string | undefined;
  const outcome = await saveFile(exportFileName(title, `${doc.map.name} ${ratio}x`, '.png'), 'png', async () => {
    const image = await mapPng(doc, ratio);
    if (image.reduced) note = uiText('exports:reducedImage', { ratio, saved: image.ratio });
    return image.blob;
  });
  return note ? { outcome, note } : { outcome };
}

/** A stage of the report in the screen's words; the report page names what it draws itself, the host names the file it saves. */
function stageWords(stage: ReportStage, detail: string): string {
  switch (stage) {
    case 'opening':
      return uiText('exports:reportStage.opening');
    case 'drawing':
      return detail;
    case 'printing':
      return uiText('exports:reportStage.printing');
    case 'saving':
      return uiText('exports:reportStage.saving', { file: detail });
    default:
      return exhaustiveSwitchError(stage, 'report stage');
  }
}

export function reportProgressText(progress: ReportProgress): string | null {
  if (!progress.running) return null;
  const detail = stageWords(progress.stage, progress.detail);
  return uiText('exports:reportStep', { step: REPORT_STAGES.indexOf(progress.stage) + 1, steps: REPORT_STAGES.length, detail });
}

/** The PDF report, printed by the host: saved where the user chose (desktop app) or downloaded. */
export async function exportPdf(workshopId: string, title: string, paper: PaperSize, report: Report): Promise<ExportResult> {
  const suggestedName = exportFileName(title, uiText('exports:reportFileName', { paper: PAPER_NAMES[paper] }), '.pdf');
  const target = await call('export.chooseTarget', { suggestedName, format: 'pdf' });
  if (target.savedBy === 'nobody') return { outcome: { status: 'cancelled' } };
  report(uiText('exports:starting'));
  const poll = setInterval(() => {
    call('report.progress', {}).then(
      (progress) => {
        const text = reportProgressText(progress);
        if (text) report(text);
      },
      () => undefined,
    );
  }, 400);
  try {
    const printed = await call('report.print', { workshopId, paper, ...(target.savedBy === 'host' ? { ticket: target.ticket } : {}) });
    if (printed.savedBy === 'host') return { outcome: { status: 'saved', file: printed.file } };
    const url = download(blobOfBase64(printed.pdfBase64, 'application/pdf'), suggestedName);
    return { outcome: { status: 'downloaded', fileName: suggestedName, url } };
  } finally {
    clearInterval(poll);
  }
}
