import { useTranslation } from 'react-i18next';
import type { ExportChoice } from '../../shared/desktop/desktop-command';
import type { MapDocument } from '../../shared/model/vsm-map';
import { PAPER_NAMES, PAPER_SIZES, reportHash, type PaperSize } from '../../shared/report/report-page';
import { MenuButton, type MenuItem } from '../components/MenuButton';
import { useDesktopCommands } from '../desktop/use-desktop-commands';
import { ExportStatus } from './ExportStatus';
import { copyMapImage } from './map-image';
import { describeSave, useExportTask } from './use-export-task';
import { CSV_TABLES, exportCsv, exportMapPng, exportPdf, exportWorkshopFile, type CsvTable } from './workshop-exports';
import { useLocaleFormat } from '../i18n/I18nProvider';

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
  const { t } = useTranslation('exports');
  const { task, run, dismiss, busy } = useExportTask();
  const ui = useLocaleFormat();
  const saved = (what: string, job: () => ReturnType<typeof exportWorkshopFile>) =>
    void run(what, async () => {
      await beforeExport();
      return describeSave(await job());
    });

  const pdf = (paper: PaperSize): MenuItem => ({
    label: t('menu.pdf', { paper: PAPER_NAMES[paper] }),
    title: t('menu.pdfTitle', { paper: PAPER_NAMES[paper] }),
    onSelect: () =>
      void run(t('menu.pdfWorking', { paper: PAPER_NAMES[paper] }), async (report) => {
        await beforeExport();
        return describeSave(await exportPdf(workshopId, workshopTitle, paper, report));
      }),
  });
  const png = (ratio: 2 | 4): MenuItem => ({
    label: t('menu.png', { ratio }),
    title: t('menu.pngTitle', { ratio }),
    onSelect: () => saved(t('menu.pngWorking', { ratio }), () => exportMapPng(doc(), workshopTitle, ratio)),
  });
  const workshopFile: MenuItem = {
    label: t('menu.workshopFile'),
    title: t('menu.workshopFileTitle'),
    onSelect: () => saved(t('menu.workshopFileWorking'), () => exportWorkshopFile(workshopId, workshopTitle)),
  };
  const csv = (table: CsvTable): MenuItem => ({
    label: t(`menu.csv.${table}.label`),
    title: t(`menu.csv.${table}.title`),
    onSelect: () => saved(t(`menu.csv.${table}.working`), () => exportCsv(workshopId, workshopTitle, table, ui)),
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
        label: t('menu.preview'),
        title: t('menu.previewTitle'),
        onSelect: () => void beforeExport().finally(() => (window.location.hash = reportHash(workshopId, 'a4'))),
      },
    ],
    [
      png(2),
      png(4),
      {
        label: t('menu.copyImage'),
        title: t('menu.copyImageTitle'),
        onSelect: () =>
          void run(t('menu.copyImageWorking'), async () => {
            const result = await copyMapImage(doc());
            if (!result.copied) throw new Error(result.reason);
            return { message: t('menu.copied'), open: null };
          }),
      },
    ],
    CSV_TABLES.map(csv),
    [workshopFile],
  ];

  return (
    <>
      <MenuButton label={t('menu.label')} title={t('menu.title')} groups={groups} disabled={busy} align="right" />
      <ExportStatus task={task} onDismiss={dismiss} />
    </>
  );
}
