import type { Connector } from '../model/connector';
import type { MapNode } from '../model/map-node';
import type { MapDocument, MapSettings } from '../model/vsm-map';
import { formatDuration } from '../vsm';
import { arrow, exampleMap, plain, processBox, stock } from '../vsm/examples/example-builder';
import type { MeasuredStep, MeasuredStream, TimeSummary } from './measured-stream';
import { translator } from '../i18n/i18n-instance';
import { ENGLISH, type LocaleFormat } from '../locale/locale-format';

/**
 * The map a measured stream becomes, in the notation: one process box per kept step in path
 * order with its median process time, an inventory triangle before each step after the first
 * holding the median wait, push arrows along the path, a rework arrow back to every step that
 * cases repeated (carrying the measured share), and under each box the figures behind it
 * (cases, medians and 85th percentiles). The triangles sit above the row of boxes because
 * connectors are drawn straight: a rework arrow back along the row then runs clear of them. A note at the top names the source and the case lead
 * time. Its words and figures are the workshop's language's (`format`), written in once as any
 * inserted text. Times in an event log are calendar time, so a "day" on this map is 24 hours, demand is
 * the log's cases over its calendar days, and the measured lead time is the median case's.
 */
const ROW = 400;
/** Triangles sit above the row, so a rework arrow (drawn straight, box to box) runs clear of the forward flow. */
const WAIT_ROW = ROW - 100;
const STEP = 340;
const LEFT = 60;
const MS_PER_DAY = 86_400_000;

export function measuredMapDocument(stream: MeasuredStream, name: string, format: LocaleFormat = ENGLISH): MapDocument {
  const { source, steps } = stream;
  const days = Math.max(1, Math.ceil((Date.parse(source.lastEventAt) - Date.parse(source.firstEventAt)) / MS_PER_DAY));
  const settings: MapSettings = {
    demandPerPeriod: source.cases,
    demandUnit: 'cases',
    workingDaysPerPeriod: days,
    workingTimePerDay: 86_400,
    measuredLeadTime: source.leadTime.median,
    eventLog: source,
  };
  const time = (seconds: number) => formatDuration(seconds, settings, { format });
  const words: Words = { t: translator(format.language, 'content'), format, time };
  const nodes: MapNode[] = [plain('sticky-note', { id: 'source', text: sourceNote(stream, words), x: LEFT, y: 40 })];
  const connectors: Connector[] = [];
  nodes[0] = { ...nodes[0]!, width: 460, height: 210 };

  steps.forEach((step, index) => {
    const x = LEFT + 160 + index * STEP;
    if (index > 0) {
      nodes.push(
        stock(
          'inventory',
          {
            id: `wait-${index}`,
            text: step.waitBefore ? words.t('measured.waitP85', { time: time(step.waitBefore.p85) }) : words.t('measured.wait'),
            x: x - 130,
            y: WAIT_ROW,
          },
          step.waitBefore ? { waitTime: step.waitBefore.median } : {},
        ),
      );
      connectors.push(
        arrow(`flow-${index}-in`, 'push', `step-${index - 1}`, `wait-${index}`),
        arrow(`flow-${index}-out`, 'push', `wait-${index}`, `step-${index}`),
      );
    }
    nodes.push(processBox({ id: `step-${index}`, text: step.activity, x, y: ROW }, step.processTime ? { processTime: step.processTime.median } : {}));
    nodes.push({ ...plain('text', { id: `figures-${index}`, text: stepFigures(step, words), x: x - 75, y: ROW + 140 }), width: 310, height: 140 });
  });

  steps.forEach((step, index) => {
    if (!step.rework || step.rework.fromStep === null) return;
    const percent = format.number(Math.round(step.rework.rate * 1_000) / 10);
    connectors.push({
      ...arrow(`rework-${index}`, 'push', `step-${step.rework.fromStep}`, `step-${index}`, words.t('measured.rework', { percent })),
      reworkRate: reworkPercent(step.rework.rate),
    });
  });

  return exampleMap({ id: 'event-log', name, state: 'current', derivedFromMapId: null, settings }, nodes, connectors);
}

/** A measured share of cases reworked, as the rework arrow's percentage, which stays below 100 (a loop that sends every item back never ends). */
function reworkPercent(share: number): number {
  return Math.min(Math.round(share * 1_000) / 10, 99.9);
}

type Words = { t: ReturnType<typeof translator<'content'>>; format: LocaleFormat; time: (seconds: number) => string };

function cases(count: number, { t, format }: Words): string {
  return t('measured.cases', { count, cases: format.number(count) });
}

function summary(key: 'measured.work' | 'measured.waitFigures', figures: TimeSummary | null, { t, time }: Words): string | null {
  return figures ? t(key, { median: time(figures.median), p85: time(figures.p85) }) : null;
}

function stepFigures(step: MeasuredStep, words: Words): string {
  return [
    words.t('measured.stepCases', { cases: cases(step.cases, words) }),
    summary('measured.work', step.processTime, words),
    summary('measured.waitFigures', step.waitBefore, words),
    step.rework ? words.t('measured.reworkShare', { percent: words.format.number(Math.round(step.rework.rate * 1_000) / 10) }) : null,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

function sourceNote({ source }: MeasuredStream, words: Words): string {
  const { t, format, time } = words;
  const shown = source.foldedActivities.slice(0, 6).join(', ') + (source.foldedActivities.length > 6 ? '…' : '');
  return [
    t('measured.note', {
      file: source.fileName,
      from: format.date(source.firstEventAt.slice(0, 10)),
      to: format.date(source.lastEventAt.slice(0, 10)),
      cases: cases(source.cases, words),
    }),
    t('measured.noteLeadTime', { median: time(source.leadTime.median), p85: time(source.leadTime.p85), longest: time(source.leadTime.longest) }),
    t('measured.noteFigures'),
    ...(source.foldedActivities.length > 0 ? [t('measured.folded', { activities: shown })] : []),
  ].join('\n');
}
