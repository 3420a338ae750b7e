import { useTranslation } from 'react-i18next';
import { kaizenBursts } from '../../shared/future-state/burst-step';
import type { ActionItem } from '../../shared/action-plan/action-item';
import type { Id } from '../../shared/model/ids';
import type { MapDocument } from '../../shared/model/vsm-map';
import { nodeLabel } from '../../shared/vsm';

type BurstSuggestionsProps = {
  futures: readonly MapDocument[];
  actions: readonly ActionItem[];
  onCreate: (doc: MapDocument, burstId: Id) => void;
};

/** The kaizen bursts of the future states that no action has come from yet, one click from becoming one. */
export function BurstSuggestions({ futures, actions, onCreate }: BurstSuggestionsProps) {
  const { t } = useTranslation('actionPlan');
  const used = new Set(actions.map((action) => `${action.mapId}/${action.kaizenNodeId}`));
  const open = futures.flatMap((doc) =>
    kaizenBursts(doc)
      .filter((burst) => !used.has(`${doc.map.id}/${burst.id}`))
      .map((burst) => ({ doc, burst })),
  );
  if (open.length === 0) return null;
  return (
    <section className="burst-suggestions" aria-label={t('suggestions.title')}>
      <h2>{t('suggestions.title')}</h2>
      <ul>
        {open.map(({ doc, burst }) => (
          <li key={`${doc.map.id}/${burst.id}`}>
            <button
              type="button"
              className="button"
              onClick={() => onCreate(doc, burst.id)}
              title={t('suggestions.createTitle', { map: doc.map.name })}
            >
              <span className="burst-icon" aria-hidden="true">
                ✸
              </span>
              {nodeLabel(burst)}
              {futures.length > 1 && <span className="muted"> · {doc.map.name}</span>}
              <span aria-hidden="true">+</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
