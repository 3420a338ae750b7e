import { Dialog } from '../components/Dialog';
import { TIMER_SHORTCUT_LABELS, type TimerShortcut } from '../facilitation/timer/timer-shortcuts';
import { SHORTCUTS, type MapCommand } from './keyboard-shortcuts';

const GROUPS: Array<{ title: string; commands: MapCommand[] }> = [
  { title: 'Add', commands: ['add-note', 'add-process', 'add-inventory', 'add-kaizen-burst', 'add-text'] },
  { title: 'Connect', commands: ['connect-tool', 'connect-selected'] },
  { title: 'Edit', commands: ['edit-text', 'delete', 'duplicate', 'copy', 'cut', 'paste', 'undo', 'redo', 'select-all', 'deselect'] },
  {
    title: 'Arrange',
    commands: ['nudge-left', 'nudge-right', 'nudge-up', 'nudge-down', 'align-left', 'align-centre', 'align-right', 'align-top', 'align-middle', 'align-bottom', 'distribute-horizontal', 'distribute-vertical', 'bring-to-front', 'send-to-back', 'toggle-snap'],
  },
  { title: 'View', commands: ['zoom-in', 'zoom-out', 'zoom-reset', 'zoom-fit', 'zoom-selection', 'present', 'shortcuts'] },
];

const TIMER_SHORTCUTS: Array<[TimerShortcut, string]> = [
  ['toggle', 'Start, pause or resume the timer'],
  ['add-minute', 'A minute more'],
  ['remove-minute', 'A minute less'],
  ['reset', 'Reset the timer'],
];

/** Every key of the map screen, from the tables the handlers use. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <div className="shortcut-sheet">
        {GROUPS.map((group) => (
          <section key={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.commands.map((command) => (
                <div key={command}>
                  <dt>
                    <kbd>{SHORTCUTS[command].keys}</kbd>
                  </dt>
                  <dd>{SHORTCUTS[command].description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section>
          <h3>Timer</h3>
          <dl>
            {TIMER_SHORTCUTS.map(([shortcut, description]) => (
              <div key={shortcut}>
                <dt>
                  <kbd>{TIMER_SHORTCUT_LABELS[shortcut]}</kbd>
                </dt>
                <dd>{description}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section>
          <h3>Without a mouse</h3>
          <dl>
            <div><dt><kbd>Tab</kbd></dt><dd>Reach the list of everything on the map</dd></div>
            <div><dt><kbd>Enter</kbd></dt><dd>In that list: select the node; Shift+Enter adds it to the selection</dd></div>
          </dl>
        </section>
        <section>
          <h3>Mouse and trackpad</h3>
          <dl>
            <div><dt><kbd>Drag</kbd></dt><dd>Move; on empty wall, select with a box</dd></div>
            <div><dt><kbd>Shift+click</kbd></dt><dd>Add to or remove from the selection</dd></div>
            <div><dt><kbd>Double-click</kbd></dt><dd>Edit text; on empty wall, add a sticky note</dd></div>
            <div><dt><kbd>Space+drag</kbd></dt><dd>Pan (or drag with the middle button, or scroll with two fingers)</dd></div>
            <div><dt><kbd>Wheel</kbd></dt><dd>Zoom at the pointer (or pinch, or Ctrl + scroll)</dd></div>
            <div><dt><kbd>Alt+drag</kbd></dt><dd>Move without snapping</dd></div>
          </dl>
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
