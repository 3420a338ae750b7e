import { Dialog } from '../components/Dialog';
import { shortcutSheet } from '../map-actions/registry';

/** Every key of the map screen, from the action registry the keyboard listener uses. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <div className="shortcut-sheet">
        {shortcutSheet().map((section) => (
          <section key={section.title}>
            <h3>{section.title}</h3>
            <dl>
              {section.rows.map((row) => (
                <div key={row.id}>
                  <dt>
                    <kbd>{row.keys}</kbd>
                  </dt>
                  <dd>{row.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section>
          <h3>Without a mouse</h3>
          <dl>
            <div>
              <dt>
                <kbd>Tab</kbd>
              </dt>
              <dd>Reach the list of everything on the map</dd>
            </div>
            <div>
              <dt>
                <kbd>Enter</kbd>
              </dt>
              <dd>In that list: select the node; Shift+Enter adds it to the selection</dd>
            </div>
          </dl>
        </section>
        <section>
          <h3>Mouse and trackpad</h3>
          <dl>
            <div>
              <dt>
                <kbd>Drag</kbd>
              </dt>
              <dd>Move; on empty wall, select with a box</dd>
            </div>
            <div>
              <dt>
                <kbd>Shift+click</kbd>
              </dt>
              <dd>Add to or remove from the selection</dd>
            </div>
            <div>
              <dt>
                <kbd>Double-click</kbd>
              </dt>
              <dd>Edit text; on empty wall, add a sticky note</dd>
            </div>
            <div>
              <dt>
                <kbd>Wheel</kbd>
              </dt>
              <dd>Zoom at the pointer (or pinch, or Ctrl + scroll)</dd>
            </div>
            <div>
              <dt>
                <kbd>Alt+drag</kbd>
              </dt>
              <dd>Move without snapping</dd>
            </div>
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
