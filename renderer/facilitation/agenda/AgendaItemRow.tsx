import { useState } from 'react';
import type { AgendaItem, AgendaItemDetails } from '../../../shared/facilitation/agenda';
import { formatClock, formatMinutes } from '../../../shared/facilitation/format-duration';
import { AgendaItemForm } from './AgendaItemForm';

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
  const [editing, setEditing] = useState(false);
  const over = actualMs > item.plannedMinutes * 60_000;
  if (editing) {
    return (
      <li className="agenda-item agenda-item-editing">
        <AgendaItemForm
          initial={item}
          submitLabel="Save activity"
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
            {formatMinutes(item.plannedMinutes)} planned
            {actualMs > 0 && <span className={over ? 'agenda-item-over' : undefined}> · {formatClock(actualMs, 'down')} actual</span>}
          </span>
          {item.isCurrent && item.notes && <span className="agenda-item-notes">{item.notes}</span>}
        </div>
      </div>
      <div className="agenda-item-actions">
        <button
          type="button"
          className="icon-button"
          onClick={onStart}
          aria-label={`Start ${item.title}`}
          title="Make this the current activity and start its timer"
        >
          ▶
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => onMove(index - 1)}
          disabled={index === 0}
          aria-label={`Move ${item.title} earlier`}
          title="Move earlier"
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => onMove(index + 1)}
          disabled={index === count - 1}
          aria-label={`Move ${item.title} later`}
          title="Move later"
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => setEditing(true)}
          aria-label={`Edit ${item.title}`}
          title="Edit title, minutes and notes"
        >
          ✎
        </button>
        <button
          type="button"
          className="icon-button icon-button-danger"
          onClick={onRemove}
          aria-label={`Delete ${item.title}`}
          title="Delete this activity"
        >
          ✕
        </button>
      </div>
    </li>
  );
}
