import type { StationResult } from '../../shared/flow/simulation/simulation-result';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/** Each step's share of time working, and its load against capacity; the constraint stands out. */
export function UtilisationBars({ stations, constraint }: { stations: readonly StationResult[]; constraint: string | null }) {
  return (
    <table className="flow-bars">
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Working</th>
          <th scope="col" title="Work offered against capacity; above 100 % the step cannot keep up">
            Load
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
              {percent.format(station.utilisation)}
            </td>
            <td className={station.load > 1 ? 'flow-over' : undefined}>{percent.format(station.load)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
