import { useState } from 'react';
import type { MapNode } from '../../../shared/model/map-node';
import { dotLimits, dotsLeft, dotsPlaced, type VotingContext } from '../../../shared/facilitation/voting-rules';

type FacilitatorEntryProps = {
  context: VotingContext;
  items: readonly MapNode[];
  onAdd: (nodeId: string) => Promise<string | null>;
  onRemove: (nodeId: string) => Promise<string | null>;
};

/** The paper wall's dots, entered per item with steppers (or by clicking the item on the map). */
export function FacilitatorEntry({ context, items, onAdd, onRemove }: FacilitatorEntryProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const { budget } = dotLimits(context, null);
  const open = context.session.status === 'open';
  const step = (action: Promise<string | null>) => void action.then(setRefusal);
  return (
    <div className="facilitator-entry">
      <p className="muted">
        Count the dots on each item of the paper wall. {dotsPlaced(context, null)} of {budget} dots entered, {dotsLeft(context, null)} left. Clicking
        an item on the map adds a dot; Shift+click takes one away.
      </p>
      {refusal && (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      )}
      <ul className="entry-list" aria-label="Dots per item">
        {items.map((item) => {
          const count = dotsPlaced(context, null, item.id);
          const label = item.text.trim() || `(${item.kind.replace(/-/g, ' ')})`;
          return (
            <li key={item.id} className="entry-row">
              <span className="entry-label">{label}</span>
              <button
                type="button"
                className="icon-button"
                disabled={!open || count === 0}
                aria-label={`One dot fewer on ${label}`}
                onClick={() => step(onRemove(item.id))}
              >
                −
              </button>
              <span className="entry-count" aria-label={`${count} dots on ${label}`}>
                {count}
              </span>
              <button
                type="button"
                className="icon-button"
                disabled={!open}
                aria-label={`One dot more on ${label}`}
                onClick={() => step(onAdd(item.id))}
              >
                +
              </button>
            </li>
          );
        })}
      </ul>
      {items.length === 0 && <p className="muted">The map has nothing of the kinds this vote is on.</p>}
    </div>
  );
}
