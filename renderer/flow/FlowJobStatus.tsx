import { useTranslation } from 'react-i18next';
import type { FlowJobState } from './use-flow-job';

/** How far a simulation is, with Cancel, or why it failed; nothing once it is idle or done. */
export function FlowJobStatus({ state, onCancel }: { state: FlowJobState; onCancel: () => void }) {
  const { t } = useTranslation(['flow', 'common']);
  if (state.status === 'running') {
    return (
      <div className="flow-progress">
        <progress max={Math.max(1, state.total)} value={state.done} aria-label={t('status.progress')} />
        <span className="muted">{state.total > 1 ? t('status.runs', { done: state.done, count: state.total }) : t('status.running')}</span>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <p className="form-error" role="alert">
        {t('status.failed', { problem: state.message })}
      </p>
    );
  }
  return null;
}
