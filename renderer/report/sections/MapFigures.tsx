import { useTranslation } from 'react-i18next';
import type { MapReport } from '../../../shared/report/report-contents';
import type { StepFigures } from '../../../shared/report/map-figures';
import { LadderChart } from '../../comparison/LadderChart';

function StepsTable({ steps, name }: { steps: readonly StepFigures[]; name: string }) {
  const { t } = useTranslation('report');
  const columns = steps[0]?.figures ?? [];
  return (
    <table className="report-table steps-table" aria-label={t('figures.stepsLabel', { name })}>
      <thead>
        <tr>
          <th scope="col">{t('figures.step')}</th>
          {columns.map((column) => (
            <th key={column.key} scope="col" className="figure">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {steps.map((step) => (
          <tr key={step.nodeId} className={step.overTakt ? 'over-takt' : undefined}>
            <th scope="row">
              {step.label}
              {step.overTakt && <span className="cell-flag">{t('figures.slowerThanTakt')}</span>}
            </th>
            {step.figures.map((figure) => (
              <td key={figure.key} className="figure">
                {figure.shown}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A map's numbers: its lead-time ladder, its headline figures, each process step's data, and what
 * the engine could not work out or warns about, so a reader knows how far to trust the figures.
 */
export function MapFigures({ map, width }: { map: MapReport; width: number }) {
  const { t } = useTranslation('report');
  const findings = map.metrics.diagnostics.filter((finding) => finding.severity !== 'info');
  const name = map.doc.map.name;
  return (
    <div className="map-figures">
      <LadderChart chart={map.ladder} settings={map.doc.map.settings} heading={t('figures.ladder')} fixedWidth={width} />
      <div className="figures-columns">
        <table className="report-table figures-table" aria-label={t('figures.figuresLabel', { name })}>
          <thead>
            <tr>
              <th scope="col">{t('figures.measure')}</th>
              <th scope="col" className="figure">
                {t('figures.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {map.figures.map((row) => (
              <tr key={row.key} data-metric={row.key}>
                <th scope="row">{row.label}</th>
                <td className="figure">{row.shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          {map.steps.length > 0 && <StepsTable steps={map.steps} name={name} />}
          {findings.length > 0 && (
            <section className="findings" aria-label={t('figures.notes')}>
              <h3>{t('figures.notes')}</h3>
              <ul>
                {findings.map((finding, index) => (
                  <li key={`${finding.code}-${index}`}>{finding.message}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
