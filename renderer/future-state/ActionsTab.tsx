import { Trans, useTranslation } from 'react-i18next';
import type { ActionItem } from '../../shared/action-plan/action-item';
import type { Id } from '../../shared/model/ids';
import type { MapNode } from '../../shared/model/map-node';
import { nodeLabel } from '../../shared/vsm';
import { ActionStatusSelect } from '../action-plan/ActionStatusSelect';
import type { ActionsState } from '../action-plan/use-actions';

type ActionsTabProps = {
  bursts: readonly MapNode[];
  selection: ReadonlySet<Id>;
  state: ActionsState;
  onCreateFromBurst: (burstId: Id) => void;
  actionPlanHref: string;
};

function ActionLine({ action, state }: { action: ActionItem; state: ActionsState }) {
  const { t } = useTranslation('futureState');
  return (
    <li className="panel-action">
      <span className="panel-action-what">{action.what}</span>
      <span className="panel-action-meta">
        {t('actions.meta', { owner: action.owner || t('actions.noOwner'), due: action.dueDate ?? t('actions.noDate') })}
      </span>
      <ActionStatusSelect
        label={t('actions.status', { what: action.what })}
        status={action.status}
        onChange={(status) => void state.update(action.id, { status })}
      />
    </li>
  );
}

/** The map's kaizen bursts and the actions they turned into; a burst without one offers to make it. */
export function ActionsTab({ bursts, selection, state, onCreateFromBurst, actionPlanHref }: ActionsTabProps) {
  const { t } = useTranslation('futureState');
  const { actions } = state;
  if (!actions) return <p className="muted">{state.problem ?? t('actions.loading')}</p>;
  const burstIds = new Set(bursts.map((burst) => burst.id));
  const loose = actions.filter((action) => action.kaizenNodeId === null || !burstIds.has(action.kaizenNodeId));
  return (
    <div className="actions-tab">
      <p className="muted">
        <Trans t={t} i18nKey="actions.intro" components={{ plan: <a href={actionPlanHref} /> }} />
      </p>
      {bursts.length === 0 && <p className="muted">{t('actions.noBursts')}</p>}
      <ul className="burst-list" aria-label={t('actions.bursts')}>
        {bursts.map((burst) => {
          const own = actions.filter((action) => action.kaizenNodeId === burst.id);
          return (
            <li key={burst.id} className={selection.has(burst.id) ? 'burst burst-selected' : 'burst'}>
              <div className="burst-heading">
                <span className="burst-icon" aria-hidden="true">
                  ✸
                </span>
                <span className="burst-text">{nodeLabel(burst)}</span>
                <button type="button" className="button button-small" onClick={() => onCreateFromBurst(burst.id)} title={t('actions.createTitle')}>
                  {own.length === 0 ? t('actions.create') : t('actions.another')}
                </button>
              </div>
              {own.length > 0 && (
                <ul className="panel-actions">
                  {own.map((action) => (
                    <ActionLine key={action.id} action={action} state={state} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {loose.length > 0 && (
        <>
          <h3 className="panel-subheading">{t('actions.others')}</h3>
          <ul className="panel-actions">
            {loose.map((action) => (
              <ActionLine key={action.id} action={action} state={state} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
