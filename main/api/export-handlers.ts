import type { Database } from 'better-sqlite3';
import type { ExportChannel, FileContent, ImportOutcome, PrintedReport } from '../../shared/api/export-contract';
import type { Handlers } from '../../shared/api/contract';
import { readWorkshopFile } from '../../shared/workshop-file/read-workshop-file';
import { exportWorkshopFile } from '../export/export-workshop-file';
import { importWorkshopFile } from '../export/import-workshop-file';
import { createReportJobs } from '../report/report-jobs';
import type { Clock } from '../store/clock';
import { InvalidFileError } from '../store/store-errors';
import { requireWorkshop } from '../store/workshop-repository';
import type { HostActions } from './host-actions';

function bytesOf(content: FileContent): Uint8Array {
  return content.encoding === 'utf8' ? Buffer.from(content.data, 'utf8') : Buffer.from(content.data, 'base64');
}

/** The export and import channels; what only a host can do (dialogs, printing, the clipboard) comes from `host`. */
export function createExportHandlers(db: () => Database, clock: Clock, host: HostActions): Pick<Handlers, ExportChannel> {
  const jobs = createReportJobs();

  function importText(text: string): ImportOutcome {
    const read = readWorkshopFile(text);
    if (!read.ok) throw new InvalidFileError(read.message, read.issues);
    const { overview, renamed } = importWorkshopFile(db(), read.file, clock);
    return { status: 'imported', overview, renamed, upgradedFrom: read.upgradedFrom };
  }

  return {
    'workshop.exportFile': ({ id }) => exportWorkshopFile(db(), id, clock),
    'workshop.importFile': async ({ text }) => {
      if (text !== undefined) return importText(text);
      const chosen = await host.files.chooseImport();
      if (chosen.chosenBy === 'page') return { status: 'choose-in-page' };
      if (chosen.chosenBy === 'nobody') return { status: 'cancelled' };
      return importText(chosen.text);
    },
    'export.chooseTarget': ({ suggestedName, format }) => host.files.chooseSaveTarget(suggestedName, format),
    'export.write': ({ ticket, content }) => host.files.write(ticket, bytesOf(content)),
    'export.openWritten': async ({ ticket }) => {
      await host.files.openWritten(ticket);
      return { opened: true };
    },
    'report.print': ({ workshopId, paper, ticket }) => {
      requireWorkshop(db(), workshopId);
      if (ticket !== undefined) host.files.fileNameOf(ticket);
      return jobs.run(workshopId, async (report): Promise<PrintedReport> => {
        const pdf = await host.printReport({ workshopId, paper }, report);
        if (ticket === undefined) return { savedBy: 'page', pdfBase64: Buffer.from(pdf).toString('base64'), bytes: pdf.length };
        report('saving', `Saving ${host.files.fileNameOf(ticket)}`);
        return { savedBy: 'host', file: await host.files.write(ticket, pdf) };
      });
    },
    'report.progress': () => jobs.progress(),
    'app.copyImage': ({ pngBase64 }) => host.copyImage(Buffer.from(pngBase64, 'base64')),
  };
}
