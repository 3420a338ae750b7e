import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_COLORS, type NoteColor } from '../../shared/model/colors';
import { NOTE_FILL } from '../canvas/shapes/shape-style';
import type { MapEditorState } from '../editor/editor-state';
import type { MapEditor } from '../editor/map-editor';
import { useEditor } from '../editor-react/use-editor';
import type { ActionHost } from '../map-actions/action-host';
import { actionLabel, isAvailable, tooltip, type ActionId } from '../map-actions/registry';
import { ToolbarIcon, type IconName } from './ToolbarIcon';

type MapToolbarProps = { editor: MapEditor; actions: ActionHost };

type ToolButtonProps = {
  id: ActionId;
  state: MapEditorState;
  actions: ActionHost;
  icon?: IconName;
  pressed?: boolean;
  children?: ReactNode;
};

/** A button for one action of the registry: its label and keys, disabled where the action would not run. */
function ToolButton({ id, state, actions, icon, pressed, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="tool-button"
      aria-label={actionLabel(id)}
      aria-pressed={pressed}
      title={tooltip(id)}
      disabled={!isAvailable(id, state)}
      onClick={() => actions.run(id)}
    >
      {icon && <ToolbarIcon name={icon} />}
      {children}
    </button>
  );
}

const ALIGN_BUTTONS: Array<[ActionId, IconName]> = [
  ['align-left', 'align-left'],
  ['align-centre', 'align-centre'],
  ['align-right', 'align-right'],
  ['align-top', 'align-top'],
  ['align-middle', 'align-middle'],
  ['align-bottom', 'align-bottom'],
  ['distribute-horizontal', 'distribute-horizontal'],
  ['distribute-vertical', 'distribute-vertical'],
];

export function MapToolbar({ editor, actions }: MapToolbarProps) {
  const state = useEditor(editor, (current) => current);
  const { tool, snapToGrid, viewport } = state.session;
  const zoomPercent = Math.round((viewport?.scale ?? 1) * 100);
  const canRecolor = isAvailable('recolor', state);
  const common = { state, actions };
  const { t } = useTranslation(['map', 'common']);
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar-group" role="group" aria-label={t('toolbar.tools')}>
        <button
          type="button"
          className="tool-button"
          aria-label={actionLabel('select-tool')}
          aria-pressed={tool === 'select'}
          title={t('toolbar.selectTitle', { label: actionLabel('select-tool') })}
          onClick={() => actions.run('select-tool')}
        >
          <ToolbarIcon name="select" />
        </button>
        <ToolButton id="connect-tool" icon="connect" pressed={tool === 'connect'} {...common} />
      </div>
      <span className="toolbar-separator" />
      <ToolButton id="undo" icon="undo" {...common} />
      <ToolButton id="redo" icon="redo" {...common} />
      <span className="toolbar-separator" />
      <ToolButton id="copy" icon="copy" {...common} />
      <ToolButton id="paste" icon="paste" {...common} />
      <ToolButton id="duplicate" icon="duplicate" {...common} />
      <ToolButton id="delete" icon="delete" {...common} />
      <span className="toolbar-separator" />
      <div className="toolbar-group" role="group" aria-label={t('toolbar.arrange')}>
        {ALIGN_BUTTONS.map(([id, icon]) => (
          <ToolButton key={id} id={id} icon={icon} {...common} />
        ))}
      </div>
      <span className="toolbar-separator" />
      <div className="toolbar-group" role="group" aria-label={t('toolbar.noteColour')}>
        {NOTE_COLORS.map((color: NoteColor) => (
          <button
            key={color}
            type="button"
            className="color-swatch"
            aria-label={t('toolbar.colour', { color: t(`common:colours.${color}`) })}
            title={canRecolor ? t('toolbar.recolorTitle', { color: t(`common:colours.${color}`) }) : t('toolbar.recolorDisabled')}
            disabled={!canRecolor}
            onClick={() => actions.run('recolor', { color })}
            style={{ background: NOTE_FILL[color] }}
          />
        ))}
      </div>
      <span className="toolbar-separator" />
      <ToolButton id="toggle-snap" icon="grid" pressed={snapToGrid} {...common} />
      <span className="toolbar-spacer" />
      <ToolButton id="zoom-out" {...common}>
        −
      </ToolButton>
      <button
        type="button"
        className="tool-button zoom-readout"
        aria-label={actionLabel('zoom-reset')}
        title={tooltip('zoom-reset')}
        onClick={() => actions.run('zoom-reset')}
      >
        {zoomPercent}%
      </button>
      <ToolButton id="zoom-in" {...common}>
        +
      </ToolButton>
      <ToolButton id="zoom-fit" icon="fit" {...common} />
      <ToolButton id="zoom-selection" icon="fit-selection" {...common} />
      <span className="toolbar-separator" />
      <ToolButton id="present" icon="present" {...common}>
        <span className="tool-button-label">{t('toolbar.present')}</span>
      </ToolButton>
      <ToolButton id="shortcuts" icon="help" {...common} />
    </div>
  );
}
