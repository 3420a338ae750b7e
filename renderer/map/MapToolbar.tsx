import type { ReactNode } from 'react';
import { NOTE_COLORS, type NoteColor } from '../../shared/model/colors';
import type { CanvasTool } from '../canvas/interaction/use-stage-gestures';
import { NOTE_FILL } from '../canvas/shapes/shape-style';
import { tooltip, type MapCommand } from './keyboard-shortcuts';
import { ToolbarIcon, type IconName } from './ToolbarIcon';

type MapToolbarProps = {
  tool: CanvasTool;
  snapToGrid: boolean;
  canUndo: boolean;
  canRedo: boolean;
  selectedNodes: number;
  hasSelection: boolean;
  zoomPercent: number;
  onCommand: (command: MapCommand) => void;
  onSelectTool: () => void;
  onRecolor: (color: NoteColor) => void;
};

type ToolButtonProps = {
  label: string;
  command: MapCommand;
  icon?: IconName;
  pressed?: boolean;
  disabled?: boolean;
  onCommand: (command: MapCommand) => void;
  children?: ReactNode;
};

function ToolButton({ label, command, icon, pressed, disabled, onCommand, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="tool-button"
      aria-label={label}
      aria-pressed={pressed}
      title={tooltip(label, command)}
      disabled={disabled}
      onClick={() => onCommand(command)}
    >
      {icon && <ToolbarIcon name={icon} />}
      {children}
    </button>
  );
}

const ALIGN_BUTTONS: Array<[MapCommand, string, IconName, number]> = [
  ['align-left', 'Align left', 'align-left', 2],
  ['align-centre', 'Align centres', 'align-centre', 2],
  ['align-right', 'Align right', 'align-right', 2],
  ['align-top', 'Align top', 'align-top', 2],
  ['align-middle', 'Align middles', 'align-middle', 2],
  ['align-bottom', 'Align bottom', 'align-bottom', 2],
  ['distribute-horizontal', 'Distribute horizontally', 'distribute-horizontal', 3],
  ['distribute-vertical', 'Distribute vertically', 'distribute-vertical', 3],
];

export function MapToolbar(props: MapToolbarProps) {
  const { tool, snapToGrid, canUndo, canRedo, selectedNodes, hasSelection, zoomPercent, onCommand } = props;
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map tools">
      <div className="toolbar-group" role="group" aria-label="Tools">
        <button
          type="button"
          className="tool-button"
          aria-label="Select and move"
          aria-pressed={tool === 'select'}
          title="Select and move (Esc)"
          onClick={props.onSelectTool}
        >
          <ToolbarIcon name="select" />
        </button>
        <ToolButton label="Connect" command="connect-tool" icon="connect" pressed={tool === 'connect'} onCommand={onCommand} />
      </div>
      <span className="toolbar-separator" />
      <ToolButton label="Undo" command="undo" icon="undo" disabled={!canUndo} onCommand={onCommand} />
      <ToolButton label="Redo" command="redo" icon="redo" disabled={!canRedo} onCommand={onCommand} />
      <span className="toolbar-separator" />
      <ToolButton label="Copy" command="copy" icon="copy" disabled={selectedNodes === 0} onCommand={onCommand} />
      <ToolButton label="Paste" command="paste" icon="paste" onCommand={onCommand} />
      <ToolButton label="Duplicate" command="duplicate" icon="duplicate" disabled={selectedNodes === 0} onCommand={onCommand} />
      <ToolButton label="Delete selected" command="delete" icon="delete" disabled={!hasSelection} onCommand={onCommand} />
      <span className="toolbar-separator" />
      <div className="toolbar-group" role="group" aria-label="Arrange">
        {ALIGN_BUTTONS.map(([command, label, icon, needed]) => (
          <ToolButton key={command} label={label} command={command} icon={icon} disabled={selectedNodes < needed} onCommand={onCommand} />
        ))}
      </div>
      <span className="toolbar-separator" />
      <div className="toolbar-group" role="group" aria-label="Note colour">
        {NOTE_COLORS.map((color: NoteColor) => (
          <button
            key={color}
            type="button"
            className="color-swatch"
            aria-label={`Colour ${color}`}
            title={selectedNodes > 0 ? `Make the selected notes ${color}` : 'Select notes to change their colour'}
            disabled={selectedNodes === 0}
            onClick={() => props.onRecolor(color)}
            style={{ background: NOTE_FILL[color] }}
          />
        ))}
      </div>
      <span className="toolbar-separator" />
      <ToolButton label="Snap to grid" command="toggle-snap" icon="grid" pressed={snapToGrid} onCommand={onCommand} />
      <span className="toolbar-spacer" />
      <ToolButton label="Zoom out" command="zoom-out" onCommand={onCommand}>
        −
      </ToolButton>
      <button type="button" className="tool-button zoom-readout" aria-label="Zoom to 100 %" title={tooltip('Zoom to 100 %', 'zoom-reset')} onClick={() => onCommand('zoom-reset')}>
        {zoomPercent}%
      </button>
      <ToolButton label="Zoom in" command="zoom-in" onCommand={onCommand}>
        +
      </ToolButton>
      <ToolButton label="Zoom to fit" command="zoom-fit" icon="fit" onCommand={onCommand} />
      <ToolButton label="Zoom to selection" command="zoom-selection" icon="fit-selection" disabled={selectedNodes === 0} onCommand={onCommand} />
      <span className="toolbar-separator" />
      <ToolButton label="Present" command="present" icon="present" onCommand={onCommand}>
        <span className="tool-button-label">Present</span>
      </ToolButton>
      <ToolButton label="Keyboard shortcuts" command="shortcuts" icon="help" onCommand={onCommand} />
    </div>
  );
}
