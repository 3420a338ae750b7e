import type { MapTemplate } from '../../shared/editing/map-templates';

type StartPanelProps = { onStart: (template: Exclude<MapTemplate, 'blank'>) => void };

/**
 * Shown on an empty current-state map: how to start drawing, or a worked example to start from,
 * so a new user sees in a minute what the app does.
 */
export function StartPanel({ onStart }: StartPanelProps) {
  return (
    <section className="start-panel" aria-label="Start mapping">
      <h2>Start mapping</h2>
      <p>
        Double-click the wall or press <kbd>N</kbd> for a sticky note, <kbd>P</kbd> for a process box, or pick any symbol from the palette on the
        left. <kbd>?</kbd> lists every shortcut.
      </p>
      <p>Or start from a worked example, to show the notation and the figures before the room maps its own stream:</p>
      <div className="start-panel-actions">
        <button type="button" className="button button-large" onClick={() => onStart('learning-to-see')}>
          Manufacturing: Acme Stamping (Learning to See)
        </button>
        <button type="button" className="button button-large" onClick={() => onStart('office')}>
          Office: custom order fulfilment
        </button>
      </div>
    </section>
  );
}
