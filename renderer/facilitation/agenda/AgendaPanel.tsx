import { useTranslation } from 'react-i18next';
import { actualMs, totalActualMs, totalPlannedMinutes } from '../../../shared/facilitation/agenda';
import { vsmDayTemplate } from '../../../shared/facilitation/agenda-template';
import { formatClock, formatMinutes } from '../../../shared/facilitation/format-duration';
import { useNow } from '../timer/use-now';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaItemRow } from './AgendaItemRow';
import type { AgendaTimer } from './use-agenda-timer';
import { useContentLanguage } from '../../i18n/ContentLanguage';
import { useLocaleFormat } from '../../i18n/I18nProvider';

/** The day's activities: start one (its timer starts), reorder, edit; actual time is recorded as the timer runs. */
export function AgendaPanel({ agendaTimer }: { agendaTimer: AgendaTimer }) {
  const { agenda, timer } = agendaTimer;
  const now = useNow(timer.status === 'running', 1000);
  const { t } = useTranslation('facilitation');
  const format = useLocaleFormat();
  const template = vsmDayTemplate(useContentLanguage());
  if (agenda === null) return <p className="muted">{t('agenda.loading')}</p>;

  const currentIndex = agenda.findIndex((item) => item.isCurrent);
  const next = agenda[currentIndex + 1];

  return (
    <div className="agenda-panel">
      {agenda.length === 0 ? (
        <div className="panel-empty">
          <p>{t('agenda.emptyText')}</p>
          <button type="button" className="button button-primary" onClick={() => agendaTimer.addItems(template)}>
            {t('agenda.useTemplate')}
          </button>
          <p className="muted">
            {t('agenda.templateSummary', { count: template.length, minutes: formatMinutes(totalPlannedMinutes(template), format) })}
          </p>
        </div>
      ) : (
        <>
          {next && (
            <button
              type="button"
              className="button button-primary agenda-next"
              onClick={() => agendaTimer.makeCurrent(next.id, true)}
              title={t('agenda.nextTitle')}
            >
              {currentIndex < 0 ? t('agenda.startNext', { title: next.title }) : t('agenda.next', { title: next.title })}
            </button>
          )}
          <ol className="agenda-list" aria-label={t('tabs.agenda')}>
            {agenda.map((item, index) => (
              <AgendaItemRow
                key={item.id}
                item={item}
                index={index}
                count={agenda.length}
                actualMs={actualMs(item, timer, now)}
                onStart={() => agendaTimer.makeCurrent(item.id, true)}
                onMove={(toIndex) => agendaTimer.moveItem(item.id, toIndex)}
                onSave={(details) => agendaTimer.updateItem(item.id, details)}
                onRemove={() => agendaTimer.removeItem(item.id)}
              />
            ))}
          </ol>
          <p className="agenda-totals">
            {t('agenda.totals', {
              minutes: formatMinutes(totalPlannedMinutes(agenda), format),
              clock: formatClock(totalActualMs(agenda, timer, now), 'down'),
            })}
          </p>
        </>
      )}
      <AgendaItemForm
        initial={{ title: '', plannedMinutes: 15, notes: '' }}
        submitLabel={t('agenda.add')}
        onSubmit={(item) => agendaTimer.addItems([item])}
      />
    </div>
  );
}
