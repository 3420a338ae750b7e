import { useTranslation } from 'react-i18next';
import { updateMapSettings } from '../../../shared/editing/commands-data';
import { leadTimeLine, sourceLine } from '../../../shared/event-log/source-line';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { formatDuration, isProcessNode, nodeLabel, type Diagnostic, type VsmMetrics } from '../../../shared/vsm';
import { formatNotationTime } from '../../../shared/vsm/bare-numbers';
import { boxesWorkingDay, workingDayNote } from '../../../shared/vsm/shift-times';
import type { MapEditor } from '../../editor/map-editor';
import { useLocaleFormat } from '../../i18n/I18nProvider';
import { DataFieldList } from './DataFieldList';
import { settingsFields } from './field-definitions';
import { tryEdit } from './try-edit';

type MapSettingsPanelProps = { doc: MapDocument; metrics: VsmMetrics; findings: readonly Diagnostic[]; editor: MapEditor };

/** With nothing selected: what the whole value stream is measured against. */
export function MapSettingsPanel({ doc, metrics, findings, editor }: MapSettingsPanelProps) {
  const { t } = useTranslation('inspector');
  const format = useLocaleFormat();
  const { settings } = doc.map;
  const boxes = doc.nodes.filter(isProcessNode).map((node) => ({ label: nodeLabel(node), process: node.process }));
  const offered = settings.workingTimePerDay === undefined ? boxesWorkingDay(boxes) : null;
  return (
    <section className="inspector-panel" aria-labelledby="inspector-map-heading">
      <h2 id="inspector-map-heading" className="inspector-heading">
        {t('settings.heading')}
      </h2>
      <p className="inspector-intro">{t('settings.intro')}</p>
      {settings.eventLog && (
        <p className="inspector-intro">{`${sourceLine(settings.eventLog, format)} ${leadTimeLine(settings.eventLog, format)}`}</p>
      )}
      <DataFieldList
        ownerId={doc.map.id}
        fields={settingsFields()}
        values={settings}
        settings={settings}
        findings={findings}
        sources={{ workingTimePerDay: workingDayNote(boxes, settings) }}
        onCommit={(key, value) => tryEdit(editor, t('edits.settings'), (current) => updateMapSettings(current, { [key]: value }))}
      />
      {offered !== null && (
        <button
          type="button"
          className="button button-small"
          onClick={() => tryEdit(editor, t('edits.settings'), (current) => updateMapSettings(current, { workingTimePerDay: offered }))}
        >
          {t('settings.useBoxesDay', { time: formatNotationTime(offered, 'shift', settings, format) })}
        </button>
      )}
      <dl className="inspector-figures">
        <div>
          <dt>{t('settings.dailyDemand')}</dt>
          <dd>{metrics.dailyDemand === null ? '—' : `${format.number(metrics.dailyDemand)} ${settings.demandUnit ?? ''}`.trim()}</dd>
        </div>
        <div>
          <dt>{t('settings.taktTime')}</dt>
          <dd>{metrics.taktTime === null ? '—' : formatDuration(metrics.taktTime, settings, { format })}</dd>
        </div>
        {metrics.unmappedWaiting !== null && (
          <div>
            <dt>{t('settings.unmappedWaiting')}</dt>
            <dd title={t('settings.unmappedWaitingTitle')}>{formatDuration(metrics.unmappedWaiting, settings, { format })}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
