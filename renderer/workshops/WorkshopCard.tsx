import type { WorkshopSummary } from '../../shared/api/workshop-contract';
import { formatUpdatedAt, formatWorkshopDate } from '../components/format-dates';
import { useTranslation } from 'react-i18next';

type WorkshopCardProps = {
  workshop: WorkshopSummary;
  onOpen: () => void;
  onEdit: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
};

export function WorkshopCard({ workshop, onOpen, onEdit, onDuplicate, onExport, onDelete }: WorkshopCardProps) {
  const { t } = useTranslation('workshops');
  return (
    <li className="workshop-card" aria-label={workshop.title}>
      <button type="button" className="workshop-card-open" onClick={onOpen} title={t('card.open')}>
        <span className="workshop-card-title">{workshop.title}</span>
        <span className="workshop-card-meta">
          {formatWorkshopDate(workshop.date)}
          {workshop.facilitator && ` · ${workshop.facilitator}`}
        </span>
        <span className="workshop-card-updated">
          {t('card.mapsEdited', { count: workshop.mapCount, edited: formatUpdatedAt(workshop.updatedAt) })}
        </span>
      </button>
      <div className="workshop-card-actions">
        <button type="button" className="button button-quiet" onClick={onEdit}>
          {t('card.rename')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDuplicate}>
          {t('card.duplicate')}
        </button>
        <button type="button" className="button button-quiet" onClick={onExport} title={t('card.exportTitle')}>
          {t('card.export')}
        </button>
        <button type="button" className="button button-quiet button-danger-text" onClick={onDelete}>
          {t('card.delete')}
        </button>
      </div>
    </li>
  );
}
