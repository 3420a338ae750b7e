import type { DomainHandlers } from '../../shared/api/contract';
import type { PrintedReport } from '../../shared/api/report-contract';
import { languageInForce } from '../../shared/api/settings-contract';
import { DEFAULT_LANGUAGE, isLanguage } from '../../shared/i18n/languages';
import { createReportJobs } from '../report/report-jobs';
import { getWorkshop } from '../store/workshop-repository';
import type { ApiServices } from './api-services';

/** One report at a time, printed by the host and saved to an export ticket's file or handed to the page. */
export function createReportHandlers({ db, host }: ApiServices): DomainHandlers<'report'> {
  const jobs = createReportJobs();
  /** The language of the app, which a workshop without its own prints in: the chosen one, else the chosen locale's, else the system's. */
  const appLanguage = () => {
    const row = (key: string) => db().prepare<[string], { value: string }>('SELECT value FROM app_settings WHERE key = ?').get(key)?.value ?? null;
    const chosen = row('language');
    const settings = { language: chosen !== null && isLanguage(chosen) ? chosen : null, locale: row('locale'), systemLocale: host.systemLocale() };
    return languageInForce(settings, DEFAULT_LANGUAGE).language;
  };
  return {
    'report.print': ({ workshopId, paper, ticket }) => {
      const { language } = getWorkshop(db(), workshopId);
      if (ticket !== undefined) host.files.fileNameOf(ticket);
      return jobs.run(workshopId, async (report): Promise<PrintedReport> => {
        const pdf = await host.printReport({ workshopId, paper, language: language ?? appLanguage() }, report);
        if (ticket === undefined) return { savedBy: 'page', pdfBase64: Buffer.from(pdf).toString('base64'), bytes: pdf.length };
        report('saving', `Saving ${host.files.fileNameOf(ticket)}`);
        return { savedBy: 'host', file: await host.files.write(ticket, pdf) };
      });
    },
    'report.progress': () => jobs.progress(),
  };
}
