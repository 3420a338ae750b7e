import { useTranslation } from 'react-i18next';
import { editText, recolorNodes } from '../../../shared/editing/commands';
import { setWaste, updateNodeData } from '../../../shared/editing/commands-data';
import { NOTE_COLORS } from '../../../shared/model/colors';
import { WASTES, type MapNode } from '../../../shared/model/map-node';
import { WASTE_LABELS } from '../../../shared/report/waste-counts';
import { isOneOf } from '../../../shared/util/is-one-of';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { processTimeNote } from '../../../shared/vsm/cell-process-time';
import { shiftTimeNote } from '../../../shared/vsm/shift-times';
import type { Diagnostic, VsmMetrics } from '../../../shared/vsm';
import { kindLabel } from '../../canvas/shapes/node-kind-views';
import { NOTE_FILL } from '../../canvas/shapes/shape-style';
import type { MapEditor } from '../../editor/map-editor';
import { NodeKindIcon } from '../palette/PaletteIcon';
import { DataFieldList, unplacedFindings } from './DataFieldList';
import { dataFieldsFor } from './field-definitions';
import { FindingList } from './FindingList';
import { NodeFigures } from './NodeFigures';
import { TextArea } from './TextArea';
import { tryEdit } from './try-edit';

type NodePanelProps = { node: MapNode; settings: MapSettings; metrics: VsmMetrics; findings: readonly Diagnostic[]; editor: MapEditor };

/** One selected node: its text, its colour (notes), its data with units, and what the engine says about it. */
export function NodePanel({ node, settings, metrics, findings, editor }: NodePanelProps) {
  const { t } = useTranslation(['inspector', 'common']);
  const fields = dataFieldsFor(node.kind);
  const commitData = (key: string, value: number | string | undefined) => {
    const patch =
      node.kind === 'process'
        ? { process: { [key]: value } }
        : 'inventory' in node
          ? { inventory: { [key]: value } }
          : { shipment: { [key]: value } };
    return tryEdit(editor, t('edits.data'), (doc) => updateNodeData(doc, node.id, patch));
  };
  const values: Record<string, number | string | undefined> =
    node.kind === 'process' ? node.process : 'inventory' in node ? node.inventory : node.kind === 'shipment' ? node.shipment : {};
  return (
    <section className="inspector-panel" aria-labelledby="inspector-node-heading">
      <h2 id="inspector-node-heading" className="inspector-heading">
        <NodeKindIcon kind={node.kind} />
        {kindLabel(node.kind)}
      </h2>
      <TextArea
        key={`${node.id}:${node.text}`}
        label={node.kind === 'process' ? t('node.processName') : t('node.text')}
        value={node.text}
        onCommit={(text) => editor.execute(t('edits.text'), (doc) => editText(doc, node.id, text))}
      />
      {node.kind === 'sticky-note' && (
        <div className="inspector-field" role="radiogroup" aria-label={t('node.noteColour')}>
          <span className="inspector-label">{t('node.colour')}</span>
          <div className="inspector-swatches">
            {NOTE_COLORS.map((color) => (
              <button
                key={color}
                type="button"
                role="radio"
                aria-checked={node.color === color}
                aria-label={t(`common:colours.${color}`)}
                className="color-swatch"
                style={{ background: NOTE_FILL[color] }}
                onClick={() => editor.execute(t('edits.colour'), (doc) => recolorNodes(doc, [node.id], color))}
              />
            ))}
          </div>
        </div>
      )}
      {(node.kind === 'kaizen-burst' || node.kind === 'sticky-note') && (
        <div className="inspector-field">
          <label htmlFor={`waste-${node.id}`}>{t('node.waste')}</label>
          <select
            id={`waste-${node.id}`}
            value={node.waste ?? ''}
            onChange={(event) => {
              const picked = event.target.value;
              const waste = isOneOf(WASTES, picked) ? picked : undefined;
              editor.execute(t('edits.waste'), (doc) => setWaste(doc, [node.id], waste));
            }}
          >
            <option value="">{t('node.noWaste')}</option>
            {WASTES.map((waste) => (
              <option key={waste} value={waste}>
                {WASTE_LABELS[waste]}
              </option>
            ))}
          </select>
        </div>
      )}
      {fields.length > 0 && (
        <DataFieldList
          ownerId={node.id}
          fields={fields}
          values={values}
          settings={settings}
          findings={findings}
          sources={
            node.kind === 'process'
              ? { processTime: processTimeNote(node, settings), availableTimePerShift: shiftTimeNote(node.process, settings) }
              : {}
          }
          onCommit={commitData}
        />
      )}
      <NodeFigures node={node} metrics={metrics} settings={settings} />
      <FindingList findings={unplacedFindings(findings, fields)} />
    </section>
  );
}
