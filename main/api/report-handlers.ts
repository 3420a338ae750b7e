import type { DomainHandlers } from '../../shared/api/contract';
import type { PrintedReport } from '../../shared/api/report-contract';
import { createReportJobs } from '../report/report-jobs';
import type { ApiServices } from './api-services';
import { workshopLanguage } from './workshop-language';

/** One report at a time, printed by the host and saved to an export ticket's file or handed to the page. */
export function createReportHandlers(services: ApiServices): DomainHandlers<'report'> {
  const { host } = services;
  const jobs = createReportJobs();
  return {
    'report.print': ({ workshopId, paper, ticket }) => {
      const language = workshopLanguage(services, workshopId);
      if (ticket !== undefined) host.files.fileNameOf(ticket);
      return jobs.run(workshopId, async (report): Promise<PrintedReport> => {
        const pdf = await host.printReport({ workshopId, paper, language }, report);
        if (ticket === undefined) return { savedBy: 'page', pdfBase64: Buffer.from(pdf).toString('base64'), bytes: pdf.length };
        report('saving', host.files.fileNameOf(ticket));
        return { savedBy: 'host', file: await host.files.write(ticket, pdf) };
      });
    },
    'report.progress': () => jobs.progress(),
  };
}
