import type { DomainHandlers } from '../../shared/api/contract';
import type { PrintedReport } from '../../shared/api/report-contract';
import { createReportJobs } from '../report/report-jobs';
import { requireWorkshop } from '../store/require-existing';
import type { ApiServices } from './api-services';

/** One report at a time, printed by the host and saved to an export ticket's file or handed to the page. */
export function createReportHandlers({ db, host }: ApiServices): DomainHandlers<'report'> {
  const jobs = createReportJobs();
  return {
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
  };
}
