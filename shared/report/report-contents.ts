import { comparisonFor } from '../comparison/map-pairs';
import { comparisonRows, dayLengthNote, type ComparisonRow } from '../comparison/format-comparison';
import { ladderChart, laddersChart, type LadderChart } from '../comparison/ladder-layout';
import { actualMs, totalPlannedMinutes } from '../facilitation/agenda';
import { formatMinutes } from '../facilitation/format-duration';
import { answersInOrder, type FutureStateQuestion } from '../future-state/questions';
import { translator } from '../i18n/i18n-instance';
import type { LocaleFormat } from '../locale/locale-format';
import type { MapDocument } from '../model/vsm-map';
import { compareMaps, computeMetrics, type VsmMetrics } from '../vsm';
import { mapDocumentsOf } from '../workshop-file/file-maps';
import type { WorkshopFile } from '../workshop-file/workshop-file-schema';
import type { MapRange } from '../flow/flow-job';
import { actionPlanRows, type ActionPlanRow } from './action-plan-rows';
import { comparisonRanges, mapFlowReport, type MapFlowReport } from './flow-report';
import { mapFigureRows, stepFigureRows, type FigureRow, type StepFigures } from './map-figures';
import { votingResults, type SessionResults } from './vote-results';

/**
 * Everything the report prints, worked out from a workshop file in one place: every figure is
 * the engine's (computeMetrics, compareMaps) and every text the shared formatting's, so the
 * report says what the app's screens say. The report page only lays this out. Every word and
 * figure is in the language and locale of `format`: the workshop's, so the report matches the room.
 */
export type AgendaRow = { title: string; notes: string; planned: string; actual: string; difference: string; isCurrent: boolean };

export type MapReport = {
  doc: MapDocument;
  metrics: VsmMetrics;
  figures: FigureRow[];
  steps: StepFigures[];
  ladder: LadderChart;
  flow: MapFlowReport;
};

export type ComparisonReport = {
  current: MapDocument;
  future: MapDocument;
  rows: ComparisonRow[];
  chart: LadderChart;
  note: string;
  ranges: MapRange[];
};

export type QuestionsReport = { map: MapDocument; answers: { question: FutureStateQuestion; answer: string }[] };

export type ReportContents = {
  file: WorkshopFile;
  /** The language and locale every word and figure is in. */
  format: LocaleFormat;
  agenda: { rows: AgendaRow[]; planned: string; actual: string };
  maps: MapReport[];
  votes: SessionResults[];
  comparisons: ComparisonReport[];
  questions: QuestionsReport[];
  actions: ActionPlanRow[];
};

const MINUS = '\u2212';

function minutesOf(seconds: number, format: LocaleFormat): string {
  return seconds === 0 ? '—' : formatMinutes(seconds / 60, format);
}

function difference(plannedMinutes: number, actualSeconds: number, format: LocaleFormat): string {
  if (actualSeconds === 0) return '';
  const minutes = Math.round(actualSeconds / 60 - plannedMinutes);
  if (minutes === 0) return translator(format.language, 'report')('agenda.onTime');
  return `${minutes > 0 ? '+' : MINUS}${formatMinutes(Math.abs(minutes), format)}`;
}

/**
 * The time each activity really took, as the agenda panel counts it: what was recorded, and for
 * the activity whose timer is still running (a report made before the last activity is
 * stopped), the stretch it has run until the moment the workshop was read for the report.
 */
function actualSecondsOf(file: WorkshopFile): (item: WorkshopFile['agenda'][number]) => number {
  const readAt = Date.parse(file.exportedAt);
  return (item) => Math.floor(actualMs(item, file.timer, readAt) / 1000);
}

function agendaOf(file: WorkshopFile, format: LocaleFormat): ReportContents['agenda'] {
  const actualOf = actualSecondsOf(file);
  const rows = file.agenda.map((item) => ({
    title: item.title,
    notes: item.notes,
    planned: formatMinutes(item.plannedMinutes, format),
    actual: minutesOf(actualOf(item), format),
    difference: difference(item.plannedMinutes, actualOf(item), format),
    isCurrent: item.isCurrent,
  }));
  const actual = file.agenda.reduce((sum, item) => sum + actualOf(item), 0);
  return { rows, planned: formatMinutes(totalPlannedMinutes(file.agenda), format), actual: minutesOf(actual, format) };
}

export function reportContents(file: WorkshopFile, today: string, format: LocaleFormat): ReportContents {
  const { language } = format;
  const docs = mapDocumentsOf(file);
  const maps = docs.map((doc) => {
    const metrics = computeMetrics(doc, format);
    const { settings } = doc.map;
    const ladder = laddersChart([{ title: doc.map.name, metrics }], settings, format);
    return {
      doc,
      metrics,
      figures: mapFigureRows(metrics, settings, format),
      steps: stepFigureRows(metrics, settings, format),
      ladder,
      flow: mapFlowReport(doc, language),
    };
  });
  const metas = docs.map((doc) => doc.map);
  const byId = new Map(maps.map((map) => [map.doc.map.id, map]));
  const comparisons = maps.flatMap((future): ComparisonReport[] => {
    if (future.doc.map.state !== 'future') return [];
    const pair = comparisonFor(metas, future.doc.map.id);
    const current = pair ? byId.get(pair.currentId) : undefined;
    if (!current) return [];
    const comparison = compareMaps(current.doc, future.doc);
    const settings = current.doc.map.settings;
    return [
      {
        current: current.doc,
        future: future.doc,
        rows: comparisonRows(comparison, settings, format),
        chart: ladderChart(
          { title: current.doc.map.name, metrics: comparison.current },
          { title: future.doc.map.name, metrics: comparison.future },
          settings,
          format,
        ),
        note: dayLengthNote(settings, format),
        ranges: comparisonRanges(current.doc, future.doc),
      },
    ];
  });
  const questions = file.maps.flatMap((map, index): QuestionsReport[] =>
    map.state === 'future' ? [{ map: docs[index]!, answers: answersInOrder(map.futureStateAnswers, language) }] : [],
  );
  return {
    file,
    format,
    agenda: agendaOf(file, format),
    maps,
    votes: votingResults(file, language),
    comparisons,
    questions,
    actions: actionPlanRows(file, today, language),
  };
}
