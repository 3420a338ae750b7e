import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperSize } from '../../shared/report/report-page';
import { I18nProvider } from '../i18n/I18nProvider';
import { ReportDocument } from './ReportDocument';
import { useReport } from './use-report';
import { useReportState } from './use-report-state';
import './report.css';

type ReportScreenProps = { workshopId: string; paper: PaperSize; onBack: () => void };

/**
 * The report page. The desktop app and the browser host print it to PDF; opened in the app, it is
 * the preview, with a bar (not printed) to go back. The page's title is the workshop's, which the
 * running header of every printed page shows. The bar is in the app's language, the report in
 * the workshop's.
 */
export function ReportScreen({ workshopId, paper, onBack }: ReportScreenProps) {
  const { t } = useTranslation('report');
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
        <button type="button" className="button button-quiet" onClick={onBack} title={t('screen.backTitle')}>
          {t('screen.back')}
        </button>
        <span className="report-bar-title">{t('screen.preview', { paper: t(`paper.${paper}`) })}</span>
        <span className="report-bar-state" role="status">
          {load.state === 'ready' ? t('screen.howToSave') : load.detail}
        </span>
      </header>
      {load.state === 'failed' ? (
        <p className="report-problem" role="alert">
          {t('screen.failed', { detail: load.detail })}
        </p>
      ) : load.state === 'ready' ? (
        <I18nProvider language={load.contents.format.language} locale={load.contents.format.locale}>
          <ReportDocument contents={load.contents} pictures={load.pictures} paper={paper} />
        </I18nProvider>
      ) : (
        <p className="report-waiting">{load.detail}…</p>
      )}
    </div>
  );
}
