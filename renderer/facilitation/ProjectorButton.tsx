import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectorHash } from '../../shared/facilitation/presentation';
import { call, errorMessage } from '../api/client';
import { useDesktopCommands } from '../desktop/use-desktop-commands';

/**
 * Opens the projector view. The desktop app opens it itself, on the second display; the browser
 * host cannot open windows, so the page opens the route in a new window, which inherits this
 * tab's session (and its API token).
 */
export function ProjectorButton({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('facilitation');
  const [problem, setProblem] = useState<string | null>(null);
  async function open() {
    setProblem(null);
    try {
      const { openedBy } = await call('app.openProjector', { workshopId });
      if (openedBy === 'page') {
        const opened = window.open(`${window.location.pathname}${projectorHash(workshopId)}`, `vsw-projector-${workshopId}`);
        if (!opened) setProblem(t('projector.blocked'));
      }
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }
  useDesktopCommands((command) => {
    if (command.type !== 'projector') return 'not-mine';
    void open();
    return 'done';
  });
  return (
    <>
      {problem && (
        <span className="header-problem" role="alert">
          {problem}
        </span>
      )}
      <button type="button" className="button" onClick={() => void open()} title={t('projector.openTitle')}>
        {t('projector.open')}
      </button>
    </>
  );
}
