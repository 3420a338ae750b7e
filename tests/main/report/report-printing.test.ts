import { describe, expect, it } from 'vitest';
import { createReportPrinter, type PrintablePage } from '../../../main/report/print-report-page';
import { createReportJobs } from '../../../main/report/report-jobs';
import { inLanguage } from '../../../shared/i18n/refusals';
import { READ_REPORT_STATE, toPageState, waitForReport } from '../../../main/report/wait-for-report';
import { BusyError, ExportFailedError } from '../../../main/store/store-errors';
import { reportWindowOptions } from '../../../main/electron/report-window';
import type { ReportStage } from '../../../shared/api/report-contract';

const noSleep = () => Promise.resolve();

function states(...sequence: unknown[]): () => Promise<unknown> {
  let index = 0;
  return async () => sequence[Math.min(index++, sequence.length - 1)];
}

describe('waiting for the report page', () => {
  it('returns once the page says it is ready, passing on what it says it is doing', async () => {
    const details: string[] = [];
    const read = states(
      null,
      { state: 'loading', detail: 'Loading the workshop' },
      { state: 'drawing', detail: 'Drawing map 1 of 2' },
      { state: 'drawing', detail: 'Drawing map 1 of 2' },
      { state: 'ready', detail: '' },
    );
    await waitForReport(read, (detail) => details.push(detail), 10_000, noSleep);
    expect(details).toEqual(['Loading the workshop', 'Drawing map 1 of 2']);
  });

  it('fails with the page’s own reason, or after the time allowed', async () => {
    await expect(waitForReport(states({ state: 'failed', detail: 'map.load: no map with id x' }), () => undefined, 10_000, noSleep)).rejects.toThrow(
      /could not be made: map\.load: no map with id x/,
    );
    const slow = waitForReport(states({ state: 'drawing', detail: 'Drawing map 2 of 2' }), () => undefined, 1_000, noSleep);
    await expect(slow).rejects.toThrow(ExportFailedError);
    await expect(waitForReport(states({ state: 'drawing', detail: 'Drawing map 2 of 2' }), () => undefined, 1_000, noSleep)).rejects.toThrow(
      /within 1 seconds \(it was at “Drawing map 2 of 2”\)/,
    );
    const inGerman = inLanguage('de', () => waitForReport(states({ state: 'failed', detail: '' }), () => undefined, 10_000, noSleep));
    await expect(inGerman).rejects.toThrow('Der Bericht konnte nicht erstellt werden: die Berichtsseite ist fehlgeschlagen');
  });

  it('reads anything the page might hold as a state or nothing', () => {
    expect(toPageState({ state: 'ready', detail: 'x' })).toEqual({ state: 'ready', detail: 'x' });
    expect(toPageState({ state: 'printing', detail: 3 })).toEqual({ state: null, detail: '' });
    expect(toPageState('ready')).toEqual({ state: null, detail: '' });
    expect(READ_REPORT_STATE).toContain("getAttribute('data-report-state')");
  });
});

describe('printing the report page', () => {
  function fakePage(print: PrintablePage['print']) {
    const log: string[] = [];
    const page: PrintablePage = { readState: async () => ({ state: 'ready', detail: '' }), print, close: async () => void log.push('closed') };
    return { page, log };
  }

  it('opens the report route for the paper, prints with the shared options and closes the page', async () => {
    const { page, log } = fakePage(async (options) => {
      log.push(`print ${options.paper.name}`);
      return new Uint8Array([37, 80, 68, 70]);
    });
    const stages: ReportStage[] = [];
    const printer = createReportPrinter(async (hash) => {
      log.push(`open ${hash}`);
      return page;
    });
    const pdf = await printer({ workshopId: 'w 1', paper: 'letter' }, (stage) => stages.push(stage));
    expect([...pdf]).toEqual([37, 80, 68, 70]);
    expect(log).toEqual(['open #/workshops/w%201/report?paper=letter', 'print Letter', 'closed']);
    expect(stages).toEqual(['opening', 'printing']);
  });

  it('closes the page when printing fails', async () => {
    const { page, log } = fakePage(async () => {
      throw new Error('out of memory');
    });
    await expect(createReportPrinter(async () => page)({ workshopId: 'w', paper: 'a4' }, () => undefined)).rejects.toThrow('out of memory');
    expect(log).toEqual(['closed']);
  });

  it('opens the desktop app’s report window hidden, locked down and not throttled', () => {
    const options = reportWindowOptions('/app/preload.cjs');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      backgroundThrottling: false,
    });
  });
});

describe('one report at a time', () => {
  it('refuses a second report while one runs, shows the running one’s progress, and is free again afterwards', async () => {
    const jobs = createReportJobs();
    expect(jobs.progress()).toEqual({ running: false });
    let finish = () => undefined as void;
    const first = jobs.run('w', (report) => {
      report('drawing', 'Drawing map 1 of 2');
      return new Promise<string>((resolve) => {
        finish = () => resolve('done');
      });
    });
    expect(jobs.progress()).toEqual({ running: true, workshopId: 'w', stage: 'drawing', detail: 'Drawing map 1 of 2' });
    await expect(jobs.run('w', async () => 'again')).rejects.toBeInstanceOf(BusyError);
    finish();
    expect(await first).toBe('done');
    expect(jobs.progress()).toEqual({ running: false });
    await expect(
      jobs.run('w', async () => {
        throw new Error('broken');
      }),
    ).rejects.toThrow('broken');
    expect(await jobs.run('w', async () => 'next')).toBe('next');
  });
});
