import type { FlowJobState } from './use-flow-job';

/** How far a simulation is, with Cancel, or why it failed; nothing once it is idle or done. */
export function FlowJobStatus({ state, onCancel }: { state: FlowJobState; onCancel: () => void }) {
  if (state.status === 'running') {
    return (
      <div className="flow-progress">
        <progress max={Math.max(1, state.total)} value={state.done} aria-label="Simulation progress" />
        <span className="muted">{state.total > 1 ? `${state.done} of ${state.total} runs` : 'Running…'}</span>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <p className="form-error" role="alert">
        The simulation failed: {state.message}
      </p>
    );
  }
  return null;
}
