import type { ReportProgress, ReportStage } from '../../shared/api/report-contract';
import { apiRefusalWords } from '../../shared/i18n/refusals';
import { BusyError } from '../store/store-errors';

/**
 * One report at a time: making one takes a Chromium page and several seconds, and a second click
 * while it runs is a mistake, not a wish for two. The job's stage is kept for the progress the
 * page shows while it waits.
 */
export type ProgressReport = (stage: ReportStage, detail: string) => void;

export type ReportJobs = {
  progress: () => ReportProgress;
  run: <T>(workshopId: string, work: (report: ProgressReport) => Promise<T>) => Promise<T>;
};

export function createReportJobs(): ReportJobs {
  let current: Extract<ReportProgress, { running: true }> | null = null;
  return {
    progress: () => current ?? { running: false },
    async run(workshopId, work) {
      if (current) throw new BusyError(apiRefusalWords()('report.busy'));
      current = { running: true, workshopId, stage: 'opening', detail: '' };
      try {
        return await work((stage, detail) => {
          current = { running: true, workshopId, stage, detail };
        });
      } finally {
        current = null;
      }
    },
  };
}
