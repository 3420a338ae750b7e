import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, AgendaItemDetails } from '../../../shared/facilitation/agenda';
import { formatClock, formatMinutes } from '../../../shared/facilitation/format-duration';
import { AgendaItemForm } from './AgendaItemForm';
import { useLocaleFormat } from '../../i18n/I18nProvider';

type AgendaItemRowProps = {
  item: AgendaItem;
  index: number;
  count: number;
  /** Actual time so far, including a stretch the timer is running right now. */
  actualMs: number;
  onStart: () => void;
  onMove: (toIndex: number) => void;
  onSave: (details: AgendaItemDetails) => void;
  onRemove: () => void;
};

export function AgendaItemRow({ item, index, count, actualMs, onStart, onMove, onSave, onRemove }: AgendaItemRowProps) {
  const { t } = useTranslation('facilitation');
  const format = useLocaleFormat();
  const [editing, setEditing] = useState(false);
  const over = actualMs > item.plannedMinutes * 60_000;
  if (editing) {
    return (
      <li className="agenda-item agenda-item-editing">
        <AgendaItemForm
          initial={item}
          submitLabel={t('agenda.save')}
          onSubmit={(details) => {
            onSave(details);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className={`agenda-item${item.isCurrent ? ' agenda-item-current' : ''}`} aria-current={item.isCurrent ? 'step' : undefined}>
      <div className="agenda-item-main">
        <span className="agenda-item-number" aria-hidden="true">
          {item.isCurrent ? '▶' : index + 1}
        </span>
        <div className="agenda-item-text">
          <span className="agenda-item-title">{item.title}</span>
          <span className="agenda-item-times">
            {t('agenda.planned', { minutes: formatMinutes(item.plannedMinutes, format) })}
            {actualMs > 0 && (
              <span className={over ? 'agenda-item-over' : undefined}>{t('agenda.actual', { clock: formatClock(actualMs, 'down') })}</span>
            )}
          </span>
          {item.isCurrent && item.notes && <span className="agenda-item-notes">{item.notes}</span>}
        </div>
      </div>
      <div className="agenda-item-actions">
        <button
          type="button"
          className="icon-button"
          onClick={onStart}
          aria-label={t('agenda.startItem', { title: item.title })}
          title={t('agenda.startItemTitle')}
        >
          ▶
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => onMove(index - 1)}
          disabled={index === 0}
          aria-label={t('agenda.earlierItem', { title: item.title })}
          title={t('agenda.earlier')}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => onMove(index + 1)}
          disabled={index === count - 1}
          aria-label={t('agenda.laterItem', { title: item.title })}
          title={t('agenda.later')}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => setEditing(true)}
          aria-label={t('agenda.editItem', { title: item.title })}
          title={t('agenda.editTitle')}
        >
          ✎
        </button>
        <button
          type="button"
          className="icon-button icon-button-danger"
          onClick={onRemove}
          aria-label={t('agenda.deleteItem', { title: item.title })}
          title={t('agenda.deleteTitle')}
        >
          ✕
        </button>
      </div>
    </li>
  );
}
