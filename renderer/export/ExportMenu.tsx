import type { ExportChoice } from '../../shared/desktop/desktop-command';
import type { MapDocument } from '../../shared/model/vsm-map';
import { PAPER_NAMES, PAPER_SIZES, reportHash, type PaperSize } from '../../shared/report/report-page';
import { MenuButton, type MenuItem } from '../components/MenuButton';
import { useDesktopCommands } from '../desktop/use-desktop-commands';
import { ExportStatus } from './ExportStatus';
import { copyMapImage } from './map-image';
import { describeSave, useExportTask } from './use-export-task';
import { CSV_NAMES, CSV_TABLES, exportCsv, exportMapPng, exportPdf, exportWorkshopFile, type CsvTable } from './workshop-exports';

type ExportMenuProps = {
  workshopId: string;
  workshopTitle: string;
  /** The open map as it is now. */
  doc: () => MapDocument;
  /** Saves what is still unsaved, so that what is exported is what is on screen. */
  beforeExport: () => Promise<void>;
};

/**
 * Export ▾ in the map's header: the PDF report (A4 or Letter) and its preview, this map as an
 * image (file or clipboard), the tables as CSV, and the whole workshop as a workshop file.
 */
export function ExportMenu({ workshopId, workshopTitle, doc, beforeExport }: ExportMenuProps) {
  const { task, run, dismiss, busy } = useExportTask();
  const saved = (what: string, job: () => ReturnType<typeof exportWorkshopFile>) =>
    void run(what, async () => {
      await beforeExport();
      return describeSave(await job());
    });

  const pdf = (paper: PaperSize): MenuItem => ({
    label: `PDF report (${PAPER_NAMES[paper]})…`,
    title: `The workshop's report for sponsors, on ${PAPER_NAMES[paper]} paper: maps, figures, votes, comparison, answers, actions`,
    onSelect: () =>
      void run(`Making the PDF report (${PAPER_NAMES[paper]})`, async (report) => {
        await beforeExport();
        return describeSave(await exportPdf(workshopId, workshopTitle, paper, report));
      }),
  });
  const png = (ratio: 2 | 4): MenuItem => ({
    label: `This map as PNG (${ratio}×)…`,
    title: `A picture of the whole map at ${ratio} times screen size, on white`,
    onSelect: () => saved(`Saving the map as PNG (${ratio}×)`, () => exportMapPng(doc(), workshopTitle, ratio)),
  });
  const workshopFile: MenuItem = {
    label: 'Workshop file…',
    title: 'The whole workshop in one file, to keep, to send or to open on another computer (Import on the workshop list)',
    onSelect: () => saved('Saving the workshop file', () => exportWorkshopFile(workshopId, workshopTitle)),
  };
  const csv = (table: CsvTable): MenuItem => ({
    label: `${CSV_NAMES[table][0]!.toUpperCase()}${CSV_NAMES[table].slice(1)} (CSV)…`,
    title: `The ${CSV_NAMES[table]} as a table for a spreadsheet`,
    onSelect: () => saved(`Saving the ${CSV_NAMES[table]} as CSV`, () => exportCsv(workshopId, workshopTitle, table)),
  });

  useDesktopCommands((command) => {
    if (command.type !== 'export') return 'not-mine';
    const fromMenu: Record<ExportChoice, MenuItem> = {
      'pdf-a4': pdf('a4'),
      'pdf-letter': pdf('letter'),
      png: png(2),
      'workshop-file': workshopFile,
    };
    fromMenu[command.choice].onSelect();
    return 'done';
  });

  const groups: MenuItem[][] = [
    [
      ...PAPER_SIZES.map(pdf),
      {
        label: 'Preview the report',
        title: 'The report as it will be printed, in this window',
        onSelect: () => void beforeExport().finally(() => (window.location.hash = reportHash(workshopId, 'a4'))),
      },
    ],
    [
      png(2),
      png(4),
      {
        label: 'Copy this map as an image',
        title: 'Put a picture of the whole map on the clipboard, to paste into a slide or an e-mail',
        onSelect: () =>
          void run('Copying the map', async () => {
            const result = await copyMapImage(doc());
            if (!result.copied) throw new Error(result.reason);
            return { message: 'The map is on the clipboard.', open: null };
          }),
      },
    ],
    CSV_TABLES.map(csv),
    [workshopFile],
  ];

  return (
    <>
      <MenuButton label="Export ▾" title="Save the report, images, tables or the workshop file" groups={groups} disabled={busy} align="right" />
      <ExportStatus task={task} onDismiss={dismiss} />
    </>
  );
}
