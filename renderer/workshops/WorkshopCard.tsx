import type { WorkshopSummary } from '../../shared/api/workshop-contract';
import { formatUpdatedAt, formatWorkshopDate } from '../components/format-dates';
import { countOf } from '../../shared/util/count-words';

type WorkshopCardProps = {
  workshop: WorkshopSummary;
  onOpen: () => void;
  onEdit: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
};

export function WorkshopCard({ workshop, onOpen, onEdit, onDuplicate, onExport, onDelete }: WorkshopCardProps) {
  return (
    <li className="workshop-card" aria-label={workshop.title}>
      <button type="button" className="workshop-card-open" onClick={onOpen} title="Open workshop">
        <span className="workshop-card-title">{workshop.title}</span>
        <span className="workshop-card-meta">
          {formatWorkshopDate(workshop.date)}
          {workshop.facilitator && ` · ${workshop.facilitator}`}
        </span>
        <span className="workshop-card-updated">
          {countOf(workshop.mapCount, 'map')} · edited {formatUpdatedAt(workshop.updatedAt)}
        </span>
      </button>
      <div className="workshop-card-actions">
        <button type="button" className="button button-quiet" onClick={onEdit}>
          Rename
        </button>
        <button type="button" className="button button-quiet" onClick={onDuplicate}>
          Duplicate
        </button>
        <button type="button" className="button button-quiet" onClick={onExport} title="Save the whole workshop as a workshop file">
          Export
        </button>
        <button type="button" className="button button-quiet button-danger-text" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
