import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../i18n/I18nProvider';
import type { StationResult } from '../../shared/flow/simulation/simulation-result';

/** Each step's share of time working, and its load against capacity; the constraint stands out. */
export function UtilisationBars({ stations, constraint }: { stations: readonly StationResult[]; constraint: string | null }) {
  const { t } = useTranslation('flow');
  const format = useLocaleFormat();
  return (
    <table className="flow-bars">
      <thead>
        <tr>
          <th scope="col">{t('bars.step')}</th>
          <th scope="col">{t('bars.working')}</th>
          <th scope="col" title={t('bars.loadTitle')}>
            {t('bars.load')}
          </th>
        </tr>
      </thead>
      <tbody>
        {stations.map((station) => (
          <tr key={station.nodeId} className={station.nodeId === constraint ? 'flow-constraint' : undefined}>
            <th scope="row">{station.label}</th>
            <td>
              <span className="flow-bar" aria-hidden="true">
                <span style={{ width: `${Math.min(100, station.utilisation * 100)}%` }} />
              </span>
              {format.percent(station.utilisation, 0)}
            </td>
            <td className={station.load > 1 ? 'flow-over' : undefined}>{format.percent(station.load, 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
