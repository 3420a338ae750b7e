import type { MetricUnit } from '../vsm';
import { computeMetrics } from '../vsm';
import { actionPlanRows } from '../report/action-plan-rows';
import { mapFigureRows, stepFigureRows, type FigureRow } from '../report/map-figures';
import { votingResults } from '../report/vote-results';
import { mapDocumentsOf } from '../workshop-file/file-maps';
import type { WorkshopFile } from '../workshop-file/workshop-file-schema';
import { toCsv, type CsvCell } from './csv';

/**
 * The three tables a facilitator takes into a spreadsheet: every map's figures (the whole map's
 * and each step's), the dot votes' results, and the action plan. Each is built from the same rows
 * the report prints, so the two never disagree. Times are in seconds, with the figure as the app
 * shows it beside them.
 */
const UNIT_NAMES: Readonly<Record<MetricUnit, string>> = { seconds: 's', count: 'count', ratio: 'fraction', percent: '%' };

export function metricsCsv(file: Pick<WorkshopFile, 'workshop' | 'maps'>): string {
  const rows: CsvCell[][] = [];
  const figure = (mapName: string, state: string, step: string, row: FigureRow): CsvCell[] => [
    mapName,
    state,
    step,
    row.label,
    row.value,
    UNIT_NAMES[row.unit],
    row.shown,
  ];
  for (const doc of mapDocumentsOf(file)) {
    const metrics = computeMetrics(doc);
    const { name, state, settings } = doc.map;
    for (const row of mapFigureRows(metrics, settings)) rows.push(figure(name, state, '', row));
    for (const step of stepFigureRows(metrics, settings)) {
      for (const row of step.figures) rows.push(figure(name, state, step.label, row));
    }
  }
  return toCsv(['Map', 'State', 'Step', 'Measure', 'Value', 'Unit', 'As shown'], rows);
}

export function votesCsv(file: Pick<WorkshopFile, 'maps' | 'participants' | 'parkingLot' | 'votingSessions'>): string {
  const rows = votingResults(file).flatMap(({ session, mapName, counted, rows: ranked }) =>
    counted
      ? ranked.map((row): CsvCell[] => [
          session.title,
          mapName,
          session.status,
          row.rank,
          row.tied,
          row.label,
          row.dots,
          row.voters.map((voter) => `${voter.initials || voter.name} ${voter.count}`).join('; '),
        ])
      : [[session.title, mapName, session.status, null, null, '(voting still open)', null, '']],
  );
  return toCsv(['Vote', 'Map', 'Status', 'Rank', 'Tied', 'Item', 'Dots', 'Dots by person'], rows);
}

export function actionsCsv(file: Pick<WorkshopFile, 'maps' | 'actions'>, today: string): string {
  const rows = actionPlanRows(file, today).map((row): CsvCell[] => [
    row.what,
    row.step,
    row.burst,
    row.owner,
    row.dueDate,
    row.statusLabel,
    row.overdue,
    row.mapName,
  ]);
  return toCsv(['Action', 'Improves step', 'From kaizen burst', 'Owner', 'Due', 'Status', 'Overdue', 'Future state'], rows);
}
