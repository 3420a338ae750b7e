import type { MenuClick, MenuEntry } from './app-menu-template';

/** The menu template with each click's data turned into the function Electron calls; what a click does stays in one handler. */
export type BoundMenuEntry =
  { type: 'separator' } | (Omit<Exclude<MenuEntry, { type: 'separator' }>, 'click' | 'submenu'> & { click?: () => void; submenu?: BoundMenuEntry[] });

export function bindMenuClicks(entries: readonly MenuEntry[], onClick: (click: MenuClick) => void): BoundMenuEntry[] {
  return entries.map((entry) => {
    if ('type' in entry) return entry;
    const { click, submenu, ...rest } = entry;
    return {
      ...rest,
      ...(click ? { click: () => onClick(click) } : {}),
      ...(submenu ? { submenu: bindMenuClicks(submenu, onClick) } : {}),
    };
  });
}
