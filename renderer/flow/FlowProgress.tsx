/** How far a simulation is, with Cancel. */
export function FlowProgress({ done, total, onCancel }: { done: number; total: number; onCancel: () => void }) {
  return (
    <div className="flow-progress">
      <progress max={Math.max(1, total)} value={done} aria-label="Simulation progress" />
      <span className="muted">{total > 1 ? `${done} of ${total} runs` : 'Running…'}</span>
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
