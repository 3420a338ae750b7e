import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapNode } from '../../../shared/model/map-node';
import { kindLabel } from '../../canvas/shapes/node-kind-views';
import { dotLimits, dotsLeft, dotsPlaced, type VotingContext } from '../../../shared/facilitation/voting-rules';

type FacilitatorEntryProps = {
  context: VotingContext;
  items: readonly MapNode[];
  onAdd: (nodeId: string) => Promise<string | null>;
  onRemove: (nodeId: string) => Promise<string | null>;
};

/** The paper wall's dots, entered per item with steppers (or by clicking the item on the map). */
export function FacilitatorEntry({ context, items, onAdd, onRemove }: FacilitatorEntryProps) {
  const { t } = useTranslation('facilitation');
  const [refusal, setRefusal] = useState<string | null>(null);
  const { budget } = dotLimits(context, null);
  const open = context.session.status === 'open';
  const step = (action: Promise<string | null>) => void action.then(setRefusal);
  return (
    <div className="facilitator-entry">
      <p className="muted">{t('entry.intro', { placed: dotsPlaced(context, null), count: budget, left: dotsLeft(context, null) })}</p>
      {refusal && (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      )}
      <ul className="entry-list" aria-label={t('entry.list')}>
        {items.map((item) => {
          const count = dotsPlaced(context, null, item.id);
          const label = item.text.trim() || t('entry.unnamed', { kind: kindLabel(item.kind) });
          return (
            <li key={item.id} className="entry-row">
              <span className="entry-label">{label}</span>
              <button
                type="button"
                className="icon-button"
                disabled={!open || count === 0}
                aria-label={t('entry.fewer', { label })}
                onClick={() => step(onRemove(item.id))}
              >
                −
              </button>
              <span className="entry-count" aria-label={t('entry.count', { count, label })}>
                {count}
              </span>
              <button
                type="button"
                className="icon-button"
                disabled={!open}
                aria-label={t('entry.more', { label })}
                onClick={() => step(onAdd(item.id))}
              >
                +
              </button>
            </li>
          );
        })}
      </ul>
      {items.length === 0 && <p className="muted">{t('entry.nothing')}</p>}
    </div>
  );
}
