import { actionDescriptor, type MapActionId } from '../../shared/actions/map-action-descriptors';
import { EXPORT_CHOICES, type DesktopCommand, type ExportChoice } from '../../shared/desktop/desktop-command';
import { translator } from '../../shared/i18n/i18n-instance';
import type { Language } from '../../shared/i18n/languages';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { menuAccelerator, type MenuPlatform } from './accelerators';

/**
 * The application menu as plain data, built by one pure function so every system's menu is
 * tested without Electron. Map actions (Undo, Zoom, Present …) come from the action registry's
 * descriptors: the menu sends their id to the focused window, which runs them through the
 * registry, so Undo is the map's undo and a key shown here is the key that works there. What only
 * the main process can do (import a file, open the data folder) is a click the shell handles.
 * Reload and the developer tools appear only in a development build. Every word comes from the
 * catalogues in the app's language (namespace `menu`, and `mapActions` for the actions' names), so
 * the menu reads as the windows do. Settings… sits where each system keeps it: the app menu on
 * macOS, File on Windows (where Office keeps its Options; the classic Tools menu is not ours), and
 * the end of Edit on Linux (the GNOME guidelines' Preferences).
 */
export type MenuClick =
  | { type: 'send'; command: DesktopCommand }
  | { type: 'import-workshop' }
  | { type: 'open-recent'; workshopId: string }
  | { type: 'open-data-folder' };

export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'togglefullscreen'
  | 'windowMenu'
  | 'reload'
  | 'toggleDevTools';

export type MenuEntry =
  | { type: 'separator' }
  | {
      label?: string;
      role?: MenuRole;
      accelerator?: string;
      registerAccelerator?: boolean;
      enabled?: boolean;
      click?: MenuClick;
      submenu?: MenuEntry[];
    };

export type RecentWorkshop = { id: string; title: string };

export type MenuInput = {
  platform: MenuPlatform;
  /** The app's language: the one chosen in Settings, else the system's. */
  language: Language;
  appName: string;
  /** A packaged build: no Reload, no developer tools. */
  packaged: boolean;
  recent: readonly RecentWorkshop[];
  /** The map actions the focused window can run now, as it last reported them; null when it reported none (every item enabled). */
  available: ReadonlySet<MapActionId> | null;
};

const SEPARATOR: MenuEntry = { type: 'separator' };

function send(command: DesktopCommand): MenuClick {
  return { type: 'send', command };
}

type MenuWords = ReturnType<typeof translator<'menu'>>;

function wordsFor(input: MenuInput): MenuWords {
  return translator(input.language, 'menu');
}

function actionLabel(id: MapActionId, input: MenuInput): string {
  return translator(input.language, 'mapActions')(`actions.${id}.label`);
}

function exportLabel(choice: ExportChoice, words: MenuWords): string {
  switch (choice) {
    case 'pdf-a4':
      return words('exportPdfA4');
    case 'pdf-letter':
      return words('exportPdfLetter');
    case 'png':
      return words('exportPng');
    case 'workshop-file':
      return words('exportWorkshopFile');
    default:
      return exhaustiveSwitchError(choice, 'export choice');
  }
}

function actionItem(id: MapActionId, input: MenuInput): MenuEntry {
  const descriptor = actionDescriptor(id);
  return {
    label: actionLabel(id, input),
    ...menuAccelerator(descriptor.keys, input.platform),
    enabled: input.available?.has(id) ?? true,
    click: send({ type: 'run-action', actionId: id }),
  };
}

/** Cut, copy and paste go through the system's own edit commands, which a focused field handles and the map receives as clipboard events. */
function clipboardItem(id: 'cut' | 'copy' | 'paste', input: MenuInput): MenuEntry {
  const descriptor = actionDescriptor(id);
  const shown = menuAccelerator(descriptor.keys, input.platform);
  return { label: actionLabel(id, input), role: id, ...(shown ? { accelerator: shown.accelerator } : {}) };
}

/**
 * Settings… opens in whichever window has the focus, on any screen, so it is the app's command
 * rather than the map's; its name, keys and modes are the registry's (greyed out while a map is in
 * a private voting turn).
 */
function settingsItem(input: MenuInput): MenuEntry {
  return {
    label: actionLabel('open-settings', input),
    ...menuAccelerator(actionDescriptor('open-settings').keys, input.platform),
    enabled: input.available?.has('open-settings') ?? true,
    click: send({ type: 'settings' }),
  };
}

function macAppMenu(input: MenuInput): MenuEntry {
  const { appName } = input;
  const words = wordsFor(input);
  return {
    label: appName,
    submenu: [
      { label: words('about', { appName }), role: 'about' },
      SEPARATOR,
      settingsItem(input),
      SEPARATOR,
      { label: words('services'), role: 'services' },
      SEPARATOR,
      { label: words('hide', { appName }), role: 'hide' },
      { label: words('hideOthers'), role: 'hideOthers' },
      { label: words('showAll'), role: 'unhide' },
      SEPARATOR,
      { label: words('quit', { appName }), role: 'quit' },
    ],
  };
}

function recentItems(recent: readonly RecentWorkshop[], words: MenuWords): MenuEntry[] {
  if (recent.length === 0) return [{ label: words('noRecent'), enabled: false }];
  return recent.map((workshop) => ({ label: workshop.title, click: { type: 'open-recent', workshopId: workshop.id } }));
}

function fileMenu(input: MenuInput): MenuEntry {
  const onMac = input.platform === 'darwin';
  const words = wordsFor(input);
  const settings = input.platform === 'win32' ? [settingsItem(input), SEPARATOR] : [];
  return {
    label: onMac ? words('fileMac') : words('file'),
    submenu: [
      { label: words('newWorkshop'), accelerator: 'CmdOrCtrl+N', click: send({ type: 'new-workshop' }) },
      { label: words('importWorkshop'), accelerator: 'CmdOrCtrl+O', click: { type: 'import-workshop' } },
      { label: words('openRecent'), submenu: recentItems(input.recent, words) },
      SEPARATOR,
      {
        label: words('export'),
        submenu: EXPORT_CHOICES.map((choice) => ({ label: exportLabel(choice, words), click: send({ type: 'export', choice }) })),
      },
      SEPARATOR,
      ...settings,
      { label: words('closeWindow'), role: 'close' },
      ...(onMac ? [] : [{ label: words('quit', { appName: input.appName }), role: 'quit' } satisfies MenuEntry]),
    ],
  };
}

function editMenu(input: MenuInput): MenuEntry {
  const settings = input.platform === 'linux' ? [SEPARATOR, settingsItem(input)] : [];
  return {
    label: wordsFor(input)('edit'),
    submenu: [
      actionItem('undo', input),
      actionItem('redo', input),
      SEPARATOR,
      clipboardItem('cut', input),
      clipboardItem('copy', input),
      clipboardItem('paste', input),
      actionItem('duplicate', input),
      actionItem('delete', input),
      SEPARATOR,
      actionItem('select-all', input),
      ...settings,
    ],
  };
}

function viewMenu(input: MenuInput): MenuEntry {
  const words = wordsFor(input);
  const development: MenuEntry[] = input.packaged
    ? []
    : [SEPARATOR, { label: words('reload'), role: 'reload' }, { label: words('developerTools'), role: 'toggleDevTools' }];
  return {
    label: input.platform === 'darwin' ? words('viewMac') : words('view'),
    submenu: [
      actionItem('zoom-in', input),
      actionItem('zoom-out', input),
      actionItem('zoom-reset', input),
      actionItem('zoom-fit', input),
      SEPARATOR,
      actionItem('present', input),
      { label: words('projectorView'), click: send({ type: 'projector' }) },
      SEPARATOR,
      { label: words('fullScreen'), role: 'togglefullscreen' },
      ...development,
    ],
  };
}

function helpMenu(input: MenuInput): MenuEntry {
  const words = wordsFor(input);
  const about: MenuEntry[] = input.platform === 'darwin' ? [] : [SEPARATOR, { label: words('about', { appName: input.appName }), role: 'about' }];
  return {
    label: words('help'),
    submenu: [
      actionItem('shortcuts', input),
      SEPARATOR,
      { label: words('openDataFolder'), click: { type: 'open-data-folder' } },
      { label: words('backups'), click: send({ type: 'backups' }) },
      ...about,
    ],
  };
}

export function appMenuTemplate(input: MenuInput): MenuEntry[] {
  return [
    ...(input.platform === 'darwin' ? [macAppMenu(input)] : []),
    fileMenu(input),
    editMenu(input),
    viewMenu(input),
    { label: wordsFor(input)('window'), role: 'windowMenu' },
    helpMenu(input),
  ];
}
