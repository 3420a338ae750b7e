import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { shortcutSheet } from '../map-actions/registry';

/** Every key of the map screen, from the action registry the keyboard listener uses. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['map', 'common']);
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
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
          <h3>{t('shortcuts.withoutMouse')}</h3>
          <dl>
            <div>
              <dt>
                <kbd>{t('shortcuts.tabKey')}</kbd>
              </dt>
              <dd>{t('shortcuts.tab')}</dd>
            </div>
            <div>
              <dt>
                <kbd>{t('shortcuts.enterKey')}</kbd>
              </dt>
              <dd>{t('shortcuts.enter')}</dd>
            </div>
          </dl>
        </section>
        <section>
          <h3>{t('shortcuts.mouse')}</h3>
          <dl>
            <div>
              <dt>
                <kbd>{t('shortcuts.dragKey')}</kbd>
              </dt>
              <dd>{t('shortcuts.drag')}</dd>
            </div>
            <div>
              <dt>
                <kbd>{t('shortcuts.shiftClickKey')}</kbd>
              </dt>
              <dd>{t('shortcuts.shiftClick')}</dd>
            </div>
            <div>
              <dt>
                <kbd>{t('shortcuts.doubleClickKey')}</kbd>
              </dt>
              <dd>{t('shortcuts.doubleClick')}</dd>
            </div>
            <div>
              <dt>
                <kbd>{t('shortcuts.wheelKey')}</kbd>
              </dt>
              <dd>{t('shortcuts.wheel')}</dd>
            </div>
            <div>
              <dt>
                <kbd>{t('shortcuts.altDragKey')}</kbd>
              </dt>
              <dd>{t('shortcuts.altDrag')}</dd>
            </div>
          </dl>
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </Dialog>
  );
}
