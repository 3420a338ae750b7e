import type { VswApi } from '../../shared/api/contract';
import { languageInForce } from '../../shared/api/settings-contract';
import { translator } from '../../shared/i18n/i18n-instance';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import type { MapActionId } from '../../shared/actions/map-action-descriptors';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import type { DesktopWindows } from '../desktop/desktop-windows';
import { openingMapId } from '../desktop/open-workshop-file';
import type { MenuPlatform } from './accelerators';
import { appMenuTemplate, type MenuClick, type RecentWorkshop } from './app-menu-template';
import { bindMenuClicks, type BoundMenuEntry } from './bind-menu-clicks';
import { recentWorkshops } from './recent-workshops';

/**
 * The application menu at work: it is rebuilt from the template when what it lists changes (the
 * recent workshops, the actions the focused window can run, the app's language), and its clicks are handled here,
 * through the same API the windows call. A click that belongs to the page is sent to the focused
 * window; importing a file and opening a recent workshop happen here and the main window shows
 * the workshop; a refusal is explained in a message.
 */
export type DesktopMenuOptions = {
  platform: MenuPlatform;
  appName: string;
  packaged: boolean;
  api: VswApi;
  windows: DesktopWindows;
  setMenu: (template: BoundMenuEntry[]) => void;
  openDataFolder: () => void;
};

export type DesktopMenu = {
  /** Reads the recent workshops and the app's language again and rebuilds the menu. */
  refresh: () => Promise<void>;
  /** What the focused window reported it can run now; null when it is not showing a map. */
  setAvailable: (available: readonly MapActionId[] | null) => void;
  click: (click: MenuClick) => Promise<void>;
};

export function createDesktopMenu(options: DesktopMenuOptions): DesktopMenu {
  const { api, windows } = options;
  let recent: RecentWorkshop[] = [];
  let available: ReadonlySet<MapActionId> | null = null;
  let language: Language = DEFAULT_LANGUAGE;

  function rebuild(): void {
    const template = appMenuTemplate({
      platform: options.platform,
      appName: options.appName,
      packaged: options.packaged,
      language,
      recent,
      available,
    });
    options.setMenu(bindMenuClicks(template, (click) => void menu.click(click)));
  }

  async function showWorkshop(workshopId: string): Promise<void> {
    const overview = await api.invoke('workshop.get', { id: workshopId });
    const mapId = overview.ok ? openingMapId(overview.value) : null;
    if (!overview.ok) windows.showError(translator(language, 'menu')('notOpened'), overview.error.message);
    else if (mapId) windows.showInMainWindow({ type: 'open-map', workshopId, mapId });
  }

  async function importWorkshop(): Promise<void> {
    const result = await api.invoke('workshop.importFile', {});
    if (!result.ok) {
      windows.showError(translator(language, 'menu')('notImported'), result.error.message);
      return;
    }
    if (result.value.status !== 'imported') return;
    await showWorkshop(result.value.overview.workshop.id);
    await menu.refresh();
  }

  const menu: DesktopMenu = {
    async refresh() {
      const [listed, settings] = await Promise.all([api.invoke('workshop.list', {}), api.invoke('settings.get', {})]);
      recent = listed.ok ? recentWorkshops(listed.value) : [];
      // Without a system locale (never so in the desktop app), English: the menu has no browser to ask.
      if (settings.ok) language = languageInForce(settings.value, DEFAULT_LANGUAGE).language;
      rebuild();
    },
    setAvailable(ids) {
      available = ids ? new Set(ids) : null;
      rebuild();
    },
    async click(click) {
      switch (click.type) {
        case 'send':
          windows.sendToFocused(click.command);
          return;
        case 'import-workshop':
          return importWorkshop();
        case 'open-recent':
          return showWorkshop(click.workshopId);
        case 'open-data-folder':
          options.openDataFolder();
          return;
        default:
          return exhaustiveSwitchError(click, 'menu click');
      }
    },
  };
  rebuild();
  return menu;
}
