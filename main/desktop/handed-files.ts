import type { VswApi } from '../../shared/api/contract';
import { languageInForce } from '../../shared/api/settings-contract';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages';
import type { DesktopWindows } from './desktop-windows';
import { openWorkshopFile } from './open-workshop-file';

/**
 * A workshop file the system handed over (double-click, command line, a second start, the
 * system's recent list) is imported as a new workshop and shown in the main window; the file
 * joins the system's recent documents (the jump list on Windows). A refused file is explained
 * in a message, in the app's language, and nothing changes. Files are opened one after another,
 * in the order they came.
 */
export type HandedFilesOptions = {
  api: VswApi;
  windows: DesktopWindows;
  addRecentDocument: (filePath: string) => void;
  /** After a workshop was added, so that File ▸ Open recent lists it. */
  onOpened: () => void;
};

export function createHandedFiles({ api, windows, addRecentDocument, onOpened }: HandedFilesOptions): (filePath: string) => Promise<void> {
  let queue = Promise.resolve();
  async function open(filePath: string): Promise<void> {
    const settings = await api.invoke('settings.get', {});
    const language = settings.ok ? languageInForce(settings.value, DEFAULT_LANGUAGE).language : DEFAULT_LANGUAGE;
    const outcome = await openWorkshopFile(filePath, api, language);
    if (outcome.status === 'refused') {
      windows.showError(outcome.message, outcome.detail);
      return;
    }
    addRecentDocument(filePath);
    windows.showInMainWindow({ type: 'open-map', workshopId: outcome.workshopId, mapId: outcome.mapId });
    onOpened();
  }
  return (filePath) => {
    queue = queue.then(() => open(filePath));
    return queue;
  };
}
