import { useEffect } from 'react';
import { PAPER_NAMES, type PaperSize } from '../../shared/report/report-page';
import { ReportDocument } from './ReportDocument';
import { useReport } from './use-report';
import { useReportState } from './use-report-state';
import './report.css';

type ReportScreenProps = { workshopId: string; paper: PaperSize; onBack: () => void };

/**
 * The report page. The desktop app and the browser host print it to PDF; opened in the app, it is
 * the preview, with a bar (not printed) to go back. The page's title is the workshop's, which the
 * running header of every printed page shows.
 */
export function ReportScreen({ workshopId, paper, onBack }: ReportScreenProps) {
  const load = useReport(workshopId, paper);
  const title = load.contents?.file.workshop.title;

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('report-page');
    return () => root.classList.remove('report-page');
  }, []);

  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  // After the title: the running header of the printed pages reads it.
  useReportState(load);

  return (
    <div className="report" data-paper={paper}>
      <header className="report-bar">
        <button type="button" className="button button-quiet" onClick={onBack} title="Back to the map">
          ← Back
        </button>
        <span className="report-bar-title">Report preview · {PAPER_NAMES[paper]}</span>
        <span className="report-bar-state" role="status">
          {load.state === 'ready' ? 'Use Export ▾ on the map to save it as a PDF.' : load.detail}
        </span>
      </header>
      {load.state === 'failed' ? (
        <p className="report-problem" role="alert">
          The report could not be made: {load.detail}
        </p>
      ) : load.state === 'ready' ? (
        <ReportDocument contents={load.contents} pictures={load.pictures} paper={paper} />
      ) : (
        <p className="report-waiting">{load.detail}…</p>
      )}
    </div>
  );
}
