import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionFromBurst } from '../../shared/action-plan/action-from-burst';
import { kaizenBursts } from '../../shared/future-state/burst-step';
import { answeredCount } from '../../shared/future-state/questions';
import type { Id } from '../../shared/model/ids';
import { computeMetrics } from '../../shared/vsm';
import { formatRoute } from '../routes/routes';
import { ErrorBanner } from '../components/ErrorBanner';
import type { MapEditor } from '../editor/map-editor';
import { useEditor } from '../editor-react/use-editor';
import type { ActionHost } from '../map-actions/action-host';
import { isAvailable, tooltip } from '../map-actions/registry';
import { useActions } from '../action-plan/use-actions';
import { ActionsTab } from './ActionsTab';
import { QuestionsTab } from './QuestionsTab';
import { useAnswers } from './use-answers';
import './future-state.css';

type Tab = 'questions' | 'actions';

type FutureStatePanelProps = {
  workshopId: string;
  editor: MapEditor;
  mapActions: ActionHost;
};

/**
 * The future-state tab of the side panel on a future-state map: merging the selected steps, the
 * eight questions, and the kaizen bursts turned into actions.
 */
export function FutureStatePanel({ workshopId, editor, mapActions }: FutureStatePanelProps) {
  const { t } = useTranslation('futureState');
  const state = useEditor(editor, (current) => current);
  const { doc } = state;
  const selection = state.session.selection;
  const mapId = doc.map.id;
  const [tab, setTab] = useState<Tab>('questions');
  const answers = useAnswers(mapId);
  const actions = useActions(workshopId, mapId);
  const [problem, setProblem] = useState<string | null>(null);

  const taktTime = useMemo(() => computeMetrics(doc).taktTime, [doc]);
  const bursts = useMemo(() => kaizenBursts(doc), [doc]);
  const selectedSteps = doc.nodes.filter((node) => node.kind === 'process' && selection.has(node.id)).length;
  const selectedBurst = selection.size === 1 ? bursts.find((burst) => selection.has(burst.id)) : undefined;

  const createFromBurst = async (burstId: Id) => {
    const fields = actionFromBurst(editor.getState().doc, burstId);
    if (!fields) return;
    // The burst may have been placed a moment ago: it must be saved before an action can name it.
    await editor.flush();
    if (editor.hasUnsaved()) {
      setProblem(t('panel.notSaved'));
      return;
    }
    await actions.create({ mapId, ...fields });
    setTab('actions');
  };

  const answered = answeredCount(Object.values(answers.drafts ?? {}));
  return (
    <div className="future-panel">
      <div className="future-panel-tabs" role="tablist" aria-label={t('panel.tools')}>
        <button type="button" role="tab" aria-selected={tab === 'questions'} className="future-panel-tab" onClick={() => setTab('questions')}>
          {t('panel.questions')} <span className="future-panel-count">{answered}/8</span>
        </button>
        <button type="button" role="tab" aria-selected={tab === 'actions'} className="future-panel-tab" onClick={() => setTab('actions')}>
          {t('panel.actions')} <span className="future-panel-count">{actions.actions?.length ?? 0}</span>
        </button>
      </div>
      <div className="merge-bar">
        {selectedSteps >= 2 ? (
          <button
            type="button"
            className="button button-primary"
            disabled={!isAvailable('merge', state)}
            onClick={() => mapActions.run('merge')}
            title={tooltip('merge', t('panel.mergeTitle'))}
          >
            {t('panel.merge', { count: selectedSteps })}
          </button>
        ) : selectedBurst ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => void createFromBurst(selectedBurst.id)}
            title={t('panel.burstTitle')}
          >
            {t('panel.burst')}
          </button>
        ) : (
          <p className="muted">{t('panel.mergeHint')}</p>
        )}
      </div>
      <ErrorBanner
        message={problem ?? answers.problem ?? actions.problem}
        onDismiss={() => {
          setProblem(null);
          actions.dismissProblem();
        }}
      />
      <div className="future-panel-body" role="tabpanel" aria-label={tab === 'questions' ? t('panel.questionsLabel') : t('panel.actions')}>
        {tab === 'questions' ? (
          <QuestionsTab
            answers={answers}
            taktTime={taktTime}
            settings={doc.map.settings}
            burstCount={bursts.length}
            onShowActions={() => setTab('actions')}
          />
        ) : (
          <ActionsTab
            bursts={bursts}
            selection={selection}
            state={actions}
            onCreateFromBurst={(burstId) => void createFromBurst(burstId)}
            actionPlanHref={formatRoute({ screen: 'actions', workshopId, mapId })}
          />
        )}
      </div>
    </div>
  );
}
