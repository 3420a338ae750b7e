import { actionDescriptor, type MapActionId } from '../../shared/actions/map-action-descriptors';
import { EXPORT_CHOICES, type DesktopCommand } from '../../shared/desktop/desktop-command';
import { menuAccelerator, type MenuPlatform } from './accelerators';
import { EXPORT_LABELS, MENU_LABELS } from './menu-labels';

/**
 * The application menu as plain data, built by one pure function so every system's menu is
 * tested without Electron. Map actions (Undo, Zoom, Present …) come from the action registry's
 * descriptors: the menu sends their id to the focused window, which runs them through the
 * registry, so Undo is the map's undo and a key shown here is the key that works there. What only
 * the main process can do (import a file, open the data folder) is a click the shell handles.
 * Reload and the developer tools appear only in a development build.
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

function actionItem(id: MapActionId, input: MenuInput): MenuEntry {
  const descriptor = actionDescriptor(id);
  return {
    label: descriptor.label,
    ...menuAccelerator(descriptor.keys, input.platform),
    enabled: input.available?.has(id) ?? true,
    click: send({ type: 'run-action', actionId: id }),
  };
}

/** Cut, copy and paste go through the system's own edit commands, which a focused field handles and the map receives as clipboard events. */
function clipboardItem(id: 'cut' | 'copy' | 'paste', input: MenuInput): MenuEntry {
  const descriptor = actionDescriptor(id);
  const shown = menuAccelerator(descriptor.keys, input.platform);
  return { label: descriptor.label, role: id, ...(shown ? { accelerator: shown.accelerator } : {}) };
}

function macAppMenu({ appName }: MenuInput): MenuEntry {
  return {
    label: appName,
    submenu: [
      { label: MENU_LABELS.about(appName), role: 'about' },
      SEPARATOR,
      { label: MENU_LABELS.services, role: 'services' },
      SEPARATOR,
      { label: MENU_LABELS.hide(appName), role: 'hide' },
      { label: MENU_LABELS.hideOthers, role: 'hideOthers' },
      { label: MENU_LABELS.showAll, role: 'unhide' },
      SEPARATOR,
      { label: MENU_LABELS.quit(appName), role: 'quit' },
    ],
  };
}

function recentItems(recent: readonly RecentWorkshop[]): MenuEntry[] {
  if (recent.length === 0) return [{ label: MENU_LABELS.noRecent, enabled: false }];
  return recent.map((workshop) => ({ label: workshop.title, click: { type: 'open-recent', workshopId: workshop.id } }));
}

function fileMenu(input: MenuInput): MenuEntry {
  const onMac = input.platform === 'darwin';
  return {
    label: MENU_LABELS.file,
    submenu: [
      { label: MENU_LABELS.newWorkshop, accelerator: 'CmdOrCtrl+N', click: send({ type: 'new-workshop' }) },
      { label: MENU_LABELS.importWorkshop, accelerator: 'CmdOrCtrl+O', click: { type: 'import-workshop' } },
      { label: MENU_LABELS.openRecent, submenu: recentItems(input.recent) },
      SEPARATOR,
      {
        label: MENU_LABELS.export,
        submenu: EXPORT_CHOICES.map((choice) => ({ label: EXPORT_LABELS[choice], click: send({ type: 'export', choice }) })),
      },
      SEPARATOR,
      { label: MENU_LABELS.closeWindow, role: 'close' },
      ...(onMac ? [] : [{ label: MENU_LABELS.quit(input.appName), role: 'quit' } satisfies MenuEntry]),
    ],
  };
}

function editMenu(input: MenuInput): MenuEntry {
  return {
    label: MENU_LABELS.edit,
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
    ],
  };
}

function viewMenu(input: MenuInput): MenuEntry {
  const development: MenuEntry[] = input.packaged
    ? []
    : [SEPARATOR, { label: MENU_LABELS.reload, role: 'reload' }, { label: MENU_LABELS.developerTools, role: 'toggleDevTools' }];
  return {
    label: MENU_LABELS.view,
    submenu: [
      actionItem('zoom-in', input),
      actionItem('zoom-out', input),
      actionItem('zoom-reset', input),
      actionItem('zoom-fit', input),
      SEPARATOR,
      actionItem('present', input),
      { label: MENU_LABELS.projectorView, click: send({ type: 'projector' }) },
      SEPARATOR,
      { label: MENU_LABELS.fullScreen, role: 'togglefullscreen' },
      ...development,
    ],
  };
}

function helpMenu(input: MenuInput): MenuEntry {
  const about: MenuEntry[] = input.platform === 'darwin' ? [] : [SEPARATOR, { label: MENU_LABELS.about(input.appName), role: 'about' }];
  return {
    label: MENU_LABELS.help,
    submenu: [
      actionItem('shortcuts', input),
      SEPARATOR,
      { label: MENU_LABELS.openDataFolder, click: { type: 'open-data-folder' } },
      { label: MENU_LABELS.backups, click: send({ type: 'backups' }) },
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
    { label: MENU_LABELS.window, role: 'windowMenu' },
    helpMenu(input),
  ];
}
