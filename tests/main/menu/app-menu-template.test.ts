import { describe, expect, it } from 'vitest';
import type { MapActionId } from '../../../shared/actions/map-action-descriptors';
import { actionDescriptor } from '../../../shared/actions/map-action-descriptors';
import type { KeyLike } from '../../../shared/actions/key-chords';
import { DesktopCommandSchema } from '../../../shared/desktop/desktop-command';
import { appMenuTemplate, type MenuClick, type MenuEntry, type MenuInput } from '../../../main/menu/app-menu-template';
import { bindMenuClicks } from '../../../main/menu/bind-menu-clicks';
import { actionForKey } from '../../../renderer/map-actions/registry';

const input = (overrides: Partial<MenuInput> = {}): MenuInput => ({
  platform: 'win32',
  appName: 'Value Stream Workshop',
  language: 'en',
  packaged: true,
  recent: [],
  available: null,
  ...overrides,
});

type Item = Exclude<MenuEntry, { type: 'separator' }>;

function items(entries: readonly MenuEntry[]): Item[] {
  return entries.flatMap((entry) => ('type' in entry ? [] : [entry, ...items(entry.submenu ?? [])]));
}

function topMenu(entries: readonly MenuEntry[], label: string): Item[] {
  const menu = entries.find((entry): entry is Item => !('type' in entry) && entry.label === label);
  if (!menu?.submenu) throw new Error(`no menu ${label}`);
  return menu.submenu.filter((entry): entry is Item => !('type' in entry));
}

const sentAction = (item: Item): MapActionId | null =>
  item.click?.type === 'send' && item.click.command.type === 'run-action' ? item.click.command.actionId : null;

/** The key press an accelerator names, as the page's keyboard listener would see it. */
function keyPressOf(accelerator: string): KeyLike {
  const parts = accelerator.split('+');
  const key = parts.at(-1) === '' ? '+' : parts.at(-1)!;
  const named: Record<string, { key: string; code: string }> = {
    Plus: { key: '+', code: 'Equal' },
    Up: { key: 'ArrowUp', code: 'ArrowUp' },
    Down: { key: 'ArrowDown', code: 'ArrowDown' },
    Left: { key: 'ArrowLeft', code: 'ArrowLeft' },
    Right: { key: 'ArrowRight', code: 'ArrowRight' },
    '[': { key: '[', code: 'BracketLeft' },
    ']': { key: ']', code: 'BracketRight' },
  };
  const letterOrDigit = /^[A-Z]$/.test(key)
    ? { key: key.toLowerCase(), code: `Key${key}` }
    : /^[0-9]$/.test(key)
      ? { key, code: `Digit${key}` }
      : null;
  const pressed = named[key] ?? letterOrDigit ?? { key, code: key };
  return { ...pressed, ctrlKey: parts.includes('CmdOrCtrl'), metaKey: false, altKey: parts.includes('Alt'), shiftKey: parts.includes('Shift') };
}

describe('the application menu', () => {
  it('has the macOS app menu (About, Services, Hide, Quit) on macOS only; elsewhere Quit is in File and About in Help', () => {
    const mac = appMenuTemplate(input({ platform: 'darwin' }));
    const appMenu = topMenu(mac, 'Value Stream Workshop');
    expect(appMenu.map((item) => item.role ?? item.label)).toEqual(['about', 'Settings…', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(topMenu(mac, 'File').some((item) => item.role === 'quit')).toBe(false);
    for (const platform of ['win32', 'linux'] as const) {
      const menu = appMenuTemplate(input({ platform }));
      expect(menu.map((entry) => ('type' in entry ? null : entry.label))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
      expect(topMenu(menu, 'File').at(-1)?.role).toBe('quit');
      expect(topMenu(menu, 'Help').at(-1)?.role).toBe('about');
    }
  });

  it('has File: new workshop, import, open recent, export, close window', () => {
    const file = topMenu(appMenuTemplate(input()), 'File');
    expect(file.map((item) => item.label)).toEqual([
      'New workshop',
      'Import a workshop file…',
      'Open recent',
      'Export',
      'Settings…',
      'Close window',
      'Quit Value Stream Workshop',
    ]);
    expect(file[1]?.click).toEqual({ type: 'import-workshop' });
    expect(file[3]?.submenu?.flatMap((entry) => ('type' in entry ? [] : [entry.label]))).toEqual([
      'PDF report (A4)…',
      'PDF report (Letter)…',
      'This map as PNG…',
      'Workshop file…',
    ]);
  });

  it('lists recent workshops under Open recent, opening each by its id', () => {
    const recent = [
      { id: 'w1', title: 'Pump line' },
      { id: 'w2', title: 'Order to cash' },
    ];
    const openRecent = topMenu(appMenuTemplate(input({ recent })), 'File').find((item) => item.label === 'Open recent');
    expect(openRecent?.submenu).toEqual([
      { label: 'Pump line', click: { type: 'open-recent', workshopId: 'w1' } },
      { label: 'Order to cash', click: { type: 'open-recent', workshopId: 'w2' } },
    ]);
    const none = topMenu(appMenuTemplate(input()), 'File').find((item) => item.label === 'Open recent');
    expect(none?.submenu).toEqual([{ label: 'No workshops yet', enabled: false }]);
  });

  it("wires Undo and Redo to the map's history through the registry, not to the web contents", () => {
    const edit = topMenu(appMenuTemplate(input()), 'Edit');
    expect(edit.map(sentAction)).toEqual(['undo', 'redo', null, null, null, 'duplicate', 'delete', 'select-all']);
    expect(topMenu(appMenuTemplate(input({ platform: 'linux' })), 'Edit').map(sentAction)).toEqual([
      'undo',
      'redo',
      null,
      null,
      null,
      'duplicate',
      'delete',
      'select-all',
      null,
    ]);
    expect(edit.map((item) => item.role ?? null)).toEqual([null, null, 'cut', 'copy', 'paste', null, null, null]);
    expect(items(appMenuTemplate(input({ platform: 'darwin' }))).some((item) => item.role === ('undo' as string))).toBe(false);
  });

  it('has View: zoom, present, projector view, full screen', () => {
    const view = topMenu(appMenuTemplate(input()), 'View');
    expect(view.map((item) => item.label)).toEqual([
      'Zoom in',
      'Zoom out',
      'Zoom to 100 %',
      'Zoom to fit',
      'Present',
      'Projector view',
      'Full screen',
    ]);
    expect(view.at(-1)?.role).toBe('togglefullscreen');
  });

  it('has Help: shortcuts, the data folder, backups', () => {
    const help = topMenu(appMenuTemplate(input()), 'Help');
    expect(help.slice(0, 3).map((item) => item.label)).toEqual(['Keyboard shortcuts', 'Open the data folder', 'Backups…']);
    expect(help[1]?.click).toEqual({ type: 'open-data-folder' });
  });

  it('has no Reload and no developer tools in a packaged build, on any system; a development build has both', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const roles = items(appMenuTemplate(input({ platform }))).map((item) => item.role);
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('toggleDevTools');
      const development = items(appMenuTemplate(input({ platform, packaged: false }))).map((item) => item.role);
      expect(development).toContain('reload');
      expect(development).toContain('toggleDevTools');
    }
  });

  it("names each map action by the registry's label", () => {
    for (const item of items(appMenuTemplate(input()))) {
      const id = sentAction(item);
      if (id) expect(item.label).toBe(actionDescriptor(id).label);
    }
  });

  it.each(['darwin', 'win32', 'linux'] as const)('on %s, every key the menu shows runs that very action in the page', (platform) => {
    const shown = items(appMenuTemplate(input({ platform }))).filter((item) => item.accelerator && sentAction(item));
    expect(shown.length).toBeGreaterThan(platform === 'darwin' ? 3 : 8);
    for (const item of shown) {
      const id = sentAction(item)!;
      const mode = actionDescriptor(id).modes[0]!;
      expect(actionForKey(keyPressOf(item.accelerator!), mode), `${item.label} (${item.accelerator})`).toBe(id);
    }
  });

  it.each([
    ['darwin', 'Value Stream Workshop', 'CmdOrCtrl+,'],
    ['win32', 'File', 'CmdOrCtrl+,'],
    ['linux', 'Edit', 'CmdOrCtrl+,'],
  ] as const)('on %s, Settings… is in the %s menu, with the key that opens Settings in the page', (platform, menuLabel, accelerator) => {
    const menu = appMenuTemplate(input({ platform }));
    const settings = items(menu).filter((item) => item.click?.type === 'send' && item.click.command.type === 'settings');
    expect(settings).toHaveLength(1);
    expect(topMenu(menu, menuLabel)).toContain(settings[0]);
    expect(settings[0]).toMatchObject({ label: actionDescriptor('open-settings').label, accelerator });
    expect(actionForKey(keyPressOf(accelerator), 'editing')).toBe('open-settings');
    expect(actionForKey(keyPressOf(accelerator), 'voting-turn')).toBeNull();
    const duringVote = items(appMenuTemplate(input({ platform, available: new Set<MapActionId>(['undo']) })));
    expect(duringVote.find((item) => item.click?.type === 'send' && item.click.command.type === 'settings')?.enabled).toBe(false);
  });

  it('speaks German, with the Mac’s own words for its menus, and keeps every key, role and click', () => {
    const shape = (entries: readonly MenuEntry[]) =>
      items(entries).map((item) => [item.role, item.accelerator, item.registerAccelerator, item.enabled, JSON.stringify(item.click)]);
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const german = appMenuTemplate(input({ platform, language: 'de', packaged: false }));
      const english = appMenuTemplate(input({ platform, language: 'en', packaged: false }));
      expect(shape(german)).toEqual(shape(english));
      const germanLabels = new Set(items(german).map((item) => item.label));
      // Only the app's name reads the same in both.
      expect(
        items(english)
          .filter((item) => germanLabels.has(item.label))
          .map((item) => item.label),
      ).toEqual(platform === 'darwin' ? ['Value Stream Workshop'] : []);
    }
    const mac = appMenuTemplate(input({ platform: 'darwin', language: 'de' }));
    expect(mac.map((entry) => ('type' in entry ? null : entry.label))).toEqual([
      'Value Stream Workshop',
      'Ablage',
      'Bearbeiten',
      'Darstellung',
      'Fenster',
      'Hilfe',
    ]);
    expect(topMenu(mac, 'Value Stream Workshop').map((item) => item.label)).toEqual([
      'Über Value Stream Workshop',
      'Einstellungen …',
      'Dienste',
      'Value Stream Workshop ausblenden',
      'Andere ausblenden',
      'Alle einblenden',
      'Value Stream Workshop beenden',
    ]);
    const windows = appMenuTemplate(input({ platform: 'win32', language: 'de' }));
    expect(windows.map((entry) => ('type' in entry ? null : entry.label))).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
    expect(topMenu(windows, 'Datei').map((item) => item.label)).toEqual([
      'Neuer Workshop',
      'Workshop-Datei importieren …',
      'Zuletzt geöffnet',
      'Exportieren',
      'Einstellungen …',
      'Fenster schließen',
      'Value Stream Workshop beenden',
    ]);
    expect(
      topMenu(windows, 'Bearbeiten')
        .slice(0, 2)
        .map((item) => [item.label, item.accelerator]),
    ).toEqual([
      ['Rückgängig', 'CmdOrCtrl+Z'],
      ['Wiederholen', 'CmdOrCtrl+Shift+Z'],
    ]);
  });

  it('shows the clipboard keys on the system roles, which the page receives as clipboard events', () => {
    const edit = topMenu(appMenuTemplate(input({ platform: 'darwin' })), 'Edit');
    expect(edit.filter((item) => item.role).map((item) => [item.role, item.accelerator])).toEqual([
      ['cut', 'CmdOrCtrl+X'],
      ['copy', 'CmdOrCtrl+C'],
      ['paste', 'CmdOrCtrl+V'],
    ]);
  });

  it('disables the map actions the focused window says it cannot run now', () => {
    const edit = topMenu(appMenuTemplate(input({ available: new Set<MapActionId>(['redo', 'select-all']) })), 'Edit');
    expect(edit.filter((item) => sentAction(item)).map((item) => [sentAction(item), item.enabled])).toEqual([
      ['undo', false],
      ['redo', true],
      ['duplicate', false],
      ['delete', false],
      ['select-all', true],
    ]);
  });

  it('sends only commands the page accepts', () => {
    const sent = items(appMenuTemplate(input({ platform: 'darwin', packaged: false }))).flatMap((item) =>
      item.click?.type === 'send' ? [item.click.command] : [],
    );
    expect(sent.length).toBeGreaterThan(10);
    for (const command of sent) expect(DesktopCommandSchema.parse(command)).toEqual(command);
  });

  it('turns each click into a function that hands its data to one handler', () => {
    const clicks: MenuClick[] = [];
    const bound = bindMenuClicks(appMenuTemplate(input()), (click) => clicks.push(click));
    const file = bound[0];
    if (!file || 'type' in file || !file.submenu) throw new Error('no File menu');
    const importItem = file.submenu[1];
    if (!importItem || 'type' in importItem) throw new Error('no import item');
    importItem.click?.();
    expect(clicks).toEqual([{ type: 'import-workshop' }]);
  });
});
