/** Line icons for the side panel's tabs, drawn in the current text colour; they stand in for a tab's words when the row is crowded. */
const ICONS = {
  agenda: { path: 'M9 6 H20 M9 12 H20 M9 18 H20 M4.5 6 H5.5 M4.5 12 H5.5 M4.5 18 H5.5' },
  // Dot-voting stickers.
  vote: {
    path: 'M7.5 8 m-3 0 a3 3 0 1 0 6 0 a3 3 0 1 0 -6 0 M16.5 8 m-3 0 a3 3 0 1 0 6 0 a3 3 0 1 0 -6 0 M12 16.5 m-3 0 a3 3 0 1 0 6 0 a3 3 0 1 0 -6 0',
    filled: true,
  },
  parking: { path: 'M4 4 H20 V20 H4 Z M10 17 V7 H13.5 A3 3 0 0 1 13.5 13 H10' },
  room: { path: 'M7.5 3 H16.5 V21 H7.5 Z M11 18 H13' },
  'room-ideas': { path: 'M4 13 L6.5 5 H17.5 L20 13 V19 H4 Z M4 13 H9 L10 15.5 H14 L15 13 H20' },
  future: { path: 'M4 12 H17 M12 6.5 L17.5 12 L12 17.5 M21 5 V19' },
  // The timeline ladder under a value stream map.
  flow: { path: 'M3 8 H8 V16 H13 V8 H18 V16 H21' },
} satisfies Record<string, { path: string; filled?: boolean }>;

export type PanelTabIconName = keyof typeof ICONS;

export function PanelTabIcon({ name }: { name: PanelTabIconName }) {
  const icon: { path: string; filled?: boolean } = ICONS[name];
  return (
    <svg className="panel-tab-icon" viewBox="0 0 24 24" width="17" height="17" aria-hidden="true">
      <path
        d={icon.path}
        fill={icon.filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
