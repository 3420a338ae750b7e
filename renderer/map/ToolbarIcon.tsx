/** Line icons for the toolbar, drawn in the current text colour. */
const PATHS: Record<string, string> = {
  select: 'M5 3 L5 19 L9.5 14.5 L12.5 21 L15 20 L12 13.5 L18 13.5 Z',
  connect: 'M4 18 L18 4 M12 4 H18 V10 M4 18 a2 2 0 1 0 0.1 0',
  undo: 'M9 7 L4 12 L9 17 M4 12 H15 A5 5 0 0 1 15 22',
  redo: 'M15 7 L20 12 L15 17 M20 12 H9 A5 5 0 0 0 9 22',
  copy: 'M8 8 H20 V20 H8 Z M4 16 V4 H16',
  paste: 'M8 4 H16 V7 H8 Z M6 6 H4 V21 H20 V6 H18',
  duplicate: 'M4 4 H15 V15 H4 Z M9 9 H20 V20 H9 Z',
  delete: 'M4 6 H20 M9 6 V3 H15 V6 M6 6 L7 21 H17 L18 6 M10 10 V17 M14 10 V17',
  'align-left': 'M4 3 V21 M8 6 H20 V10 H8 Z M8 14 H15 V18 H8 Z',
  'align-centre': 'M12 3 V21 M5 6 H19 V10 H5 Z M8 14 H16 V18 H8 Z',
  'align-right': 'M20 3 V21 M4 6 H16 V10 H4 Z M9 14 H16 V18 H9 Z',
  'align-top': 'M3 4 H21 M6 8 H10 V20 H6 Z M14 8 H18 V15 H14 Z',
  'align-middle': 'M3 12 H21 M6 5 H10 V19 H6 Z M14 8 H18 V16 H14 Z',
  'align-bottom': 'M3 20 H21 M6 4 H10 V16 H6 Z M14 9 H18 V16 H14 Z',
  'distribute-horizontal': 'M3 4 V20 M21 4 V20 M9 7 H15 V17 H9 Z',
  'distribute-vertical': 'M4 3 H20 M4 21 H20 M7 9 H17 V15 H7 Z',
  grid: 'M4 4 H20 V20 H4 Z M9.3 4 V20 M14.6 4 V20 M4 9.3 H20 M4 14.6 H20',
  fit: 'M4 9 V4 H9 M15 4 H20 V9 M20 15 V20 H15 M9 20 H4 V15',
  'fit-selection': 'M4 9 V4 H9 M15 4 H20 V9 M20 15 V20 H15 M9 20 H4 V15 M9 9 H15 V15 H9 Z',
  present: 'M3 4 H21 V16 H3 Z M12 16 V20 M8 20 H16',
  help: 'M9 9 A3 3 0 1 1 12 12 V14 M12 17.5 V18',
};

export type IconName = keyof typeof PATHS;

export function ToolbarIcon({ name }: { name: IconName }) {
  return (
    <svg className="toolbar-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
