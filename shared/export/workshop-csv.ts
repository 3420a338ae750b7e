import { translator } from '../i18n/i18n-instance';
import type { LocaleFormat } from '../locale/locale-format';
import type { MetricUnit } from '../vsm';
import { computeMetrics } from '../vsm';
import { actionPlanRows } from '../report/action-plan-rows';
import { mapFigureRows, stepFigureRows, type FigureRow } from '../report/map-figures';
import { votingResults } from '../report/vote-results';
import { mapDocumentsOf } from '../workshop-file/file-maps';
import type { WorkshopFile } from '../workshop-file/workshop-file-schema';
import { toCsv, type CsvCell, type CsvDialect } from './csv';

/**
 * The three tables a facilitator takes into a spreadsheet: every map's figures (the whole map's
 * and each step's), the dot votes' results, and the action plan. Each is built from the same rows
 * the report prints, so the two never disagree. Times are in seconds, with the figure as the app
 * shows it beside them. Headers and words are in the language of `format` (the workshop's), and
 * the file is in the dialect a spreadsheet of its locale reads (csv.ts).
 */
const UNIT_WORDS = { seconds: 'seconds', count: 'count', ratio: 'ratio', percent: 'percent' } as const satisfies Record<MetricUnit, string>;

function dialectOf(format: LocaleFormat): CsvDialect {
  const t = translator(format.language, 'csv');
  const comma = format.decimalSeparator === ',';
  return { separator: comma ? ';' : ',', decimal: comma ? ',' : '.', yes: t('yes'), no: t('no') };
}

export function metricsCsv(file: Pick<WorkshopFile, 'workshop' | 'maps'>, format: LocaleFormat): string {
  const t = translator(format.language, 'csv');
  const rows: CsvCell[][] = [];
  const figure = (mapName: string, state: 'current' | 'future', step: string, row: FigureRow): CsvCell[] => [
    mapName,
    t(`state.${state}`),
    step,
    row.label,
    row.value,
    t(`unit.${UNIT_WORDS[row.unit]}`),
    row.shown,
  ];
  for (const doc of mapDocumentsOf(file)) {
    const metrics = computeMetrics(doc, format);
    const { name, state, settings } = doc.map;
    for (const row of mapFigureRows(metrics, settings, format)) rows.push(figure(name, state, '', row));
    for (const step of stepFigureRows(metrics, settings, format)) {
      for (const row of step.figures) rows.push(figure(name, state, step.label, row));
    }
  }
  const header = [
    t('figures.map'),
    t('figures.state'),
    t('figures.step'),
    t('figures.measure'),
    t('figures.value'),
    t('figures.unit'),
    t('figures.shown'),
  ];
  return toCsv(header, rows, dialectOf(format));
}

export function votesCsv(file: Pick<WorkshopFile, 'maps' | 'participants' | 'parkingLot' | 'votingSessions'>, format: LocaleFormat): string {
  const t = translator(format.language, 'csv');
  const rows = votingResults(file, format.language).flatMap(({ session, mapName, counted, rows: ranked }) =>
    counted
      ? ranked.map((row): CsvCell[] => [
          session.title,
          mapName,
          t(`voteStatus.${session.status}`),
          row.rank,
          row.tied,
          row.label,
          row.dots,
          row.voters.map((voter) => `${voter.initials || voter.name} ${voter.count}`).join('; '),
        ])
      : [[session.title, mapName, t(`voteStatus.${session.status}`), null, null, t('votes.stillOpen'), null, '']],
  );
  const header = [
    t('votes.vote'),
    t('votes.map'),
    t('votes.status'),
    t('votes.rank'),
    t('votes.tied'),
    t('votes.item'),
    t('votes.dots'),
    t('votes.byPerson'),
  ];
  return toCsv(header, rows, dialectOf(format));
}

export function actionsCsv(file: Pick<WorkshopFile, 'maps' | 'actions'>, today: string, format: LocaleFormat): string {
  const t = translator(format.language, 'csv');
  const rows = actionPlanRows(file, today, format.language).map((row): CsvCell[] => [
    row.what,
    row.step,
    row.burst,
    row.owner,
    row.dueDate,
    row.statusLabel,
    row.overdue,
    row.mapName,
  ]);
  const header = [
    t('actions.action'),
    t('actions.improves'),
    t('actions.burst'),
    t('actions.owner'),
    t('actions.due'),
    t('actions.status'),
    t('actions.overdue'),
    t('actions.futureState'),
  ];
  return toCsv(header, rows, dialectOf(format));
}
