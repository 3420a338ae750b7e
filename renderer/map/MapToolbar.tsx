import { NOTE_COLORS, type NoteColor } from '../../shared/model/colors';
import { NOTE_FILL } from '../canvas/note-palette';
import { SHORTCUT_LABELS, type MapCommand } from './keyboard-shortcuts';

type MapToolbarProps = {
  canUndo: boolean;
  canRedo: boolean;
  hasSelection: boolean;
  zoomPercent: number;
  onCommand: (command: MapCommand) => void;
  onRecolor: (color: NoteColor) => void;
};

function ToolButton({ label, command, onCommand, disabled, children }: {
  label: string;
  command: MapCommand;
  onCommand: (command: MapCommand) => void;
  disabled?: boolean;
  children: React.ReactNode;
}) {
  const tip = `${label} (${SHORTCUT_LABELS[command]})`;
  return (
    <button type="button" className="tool-button" aria-label={label} title={tip} disabled={disabled} onClick={() => onCommand(command)}>
      {children}
    </button>
  );
}

export function MapToolbar({ canUndo, canRedo, hasSelection, zoomPercent, onCommand, onRecolor }: MapToolbarProps) {
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map tools">
      <ToolButton label="Add sticky note" command="add-note" onCommand={onCommand}>
        <span className="tool-icon tool-icon-note" aria-hidden="true" /> Note
      </ToolButton>
      <div className="toolbar-group" role="group" aria-label="Note colour">
        {NOTE_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className="color-swatch"
            aria-label={`Colour ${color}`}
            title={hasSelection ? `Make the selected notes ${color}` : 'Select notes to change their colour'}
            disabled={!hasSelection}
            onClick={() => onRecolor(color)}
            style={{ background: NOTE_FILL[color] }}
          />
        ))}
      </div>
      <ToolButton label="Delete selected" command="delete" onCommand={onCommand} disabled={!hasSelection}>
        Delete
      </ToolButton>
      <span className="toolbar-separator" />
      <ToolButton label="Undo" command="undo" onCommand={onCommand} disabled={!canUndo}>
        ↶ Undo
      </ToolButton>
      <ToolButton label="Redo" command="redo" onCommand={onCommand} disabled={!canRedo}>
        ↷ Redo
      </ToolButton>
      <span className="toolbar-separator" />
      <ToolButton label="Zoom out" command="zoom-out" onCommand={onCommand}>
        −
      </ToolButton>
      <span className="zoom-readout" aria-live="polite" aria-label="Zoom level">
        {zoomPercent}%
      </span>
      <ToolButton label="Zoom in" command="zoom-in" onCommand={onCommand}>
        +
      </ToolButton>
      <ToolButton label="Zoom to fit" command="zoom-fit" onCommand={onCommand}>
        Fit
      </ToolButton>
    </div>
  );
}
