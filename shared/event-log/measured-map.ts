import type { Connector } from '../model/connector';
import type { MapNode } from '../model/map-node';
import type { MapDocument, MapSettings } from '../model/vsm-map';
import { formatDuration } from '../vsm';
import { arrow, exampleMap, plain, processBox, stock } from '../vsm/examples/example-builder';
import type { MeasuredStep, MeasuredStream, TimeSummary } from './measured-stream';
import { countOf } from '../util/count-words';

/**
 * The map a measured stream becomes, in the notation: one process box per kept step in path
 * order with its median process time, an inventory triangle before each step after the first
 * holding the median wait, push arrows along the path, a rework arrow back to every step that
 * cases repeated (carrying the measured share), and under each box the figures behind it
 * (cases, medians and 85th percentiles). The triangles sit above the row of boxes because
 * connectors are drawn straight: a rework arrow back along the row then runs clear of them. A note at the top names the source and the case lead
 * time. Times in an event log are calendar time, so a "day" on this map is 24 hours, demand is
 * the log's cases over its calendar days, and the measured lead time is the median case's.
 */
const ROW = 400;
/** Triangles sit above the row, so a rework arrow (drawn straight, box to box) runs clear of the forward flow. */
const WAIT_ROW = ROW - 100;
const STEP = 340;
const LEFT = 60;
const MS_PER_DAY = 86_400_000;

export function measuredMapDocument(stream: MeasuredStream, name: string): MapDocument {
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
  const time = (seconds: number) => formatDuration(seconds, settings);
  const nodes: MapNode[] = [plain('sticky-note', { id: 'source', text: sourceNote(stream, time), x: LEFT, y: 40 })];
  const connectors: Connector[] = [];
  nodes[0] = { ...nodes[0]!, width: 460, height: 210 };

  steps.forEach((step, index) => {
    const x = LEFT + 160 + index * STEP;
    if (index > 0) {
      nodes.push(
        stock(
          'inventory',
          { id: `wait-${index}`, text: step.waitBefore ? `Wait, P85 ${time(step.waitBefore.p85)}` : 'Wait', x: x - 130, y: WAIT_ROW },
          step.waitBefore ? { waitTime: step.waitBefore.median } : {},
        ),
      );
      connectors.push(
        arrow(`flow-${index}-in`, 'push', `step-${index - 1}`, `wait-${index}`),
        arrow(`flow-${index}-out`, 'push', `wait-${index}`, `step-${index}`),
      );
    }
    nodes.push(processBox({ id: `step-${index}`, text: step.activity, x, y: ROW }, step.processTime ? { processTime: step.processTime.median } : {}));
    nodes.push({ ...plain('text', { id: `figures-${index}`, text: stepFigures(step, time), x: x - 75, y: ROW + 140 }), width: 310, height: 140 });
  });

  steps.forEach((step, index) => {
    if (!step.rework || step.rework.fromStep === null) return;
    const percent = Math.round(step.rework.rate * 1_000) / 10;
    connectors.push({
      ...arrow(`rework-${index}`, 'push', `step-${step.rework.fromStep}`, `step-${index}`, `Rework ${percent} %`),
      reworkRate: reworkPercent(step.rework.rate),
    });
  });

  return exampleMap({ id: 'event-log', name, state: 'current', derivedFromMapId: null, settings }, nodes, connectors);
}

/** A measured share of cases reworked, as the rework arrow's percentage, which stays below 100 (a loop that sends every item back never ends). */
function reworkPercent(share: number): number {
  return Math.min(Math.round(share * 1_000) / 10, 99.9);
}

function summary(label: string, figures: TimeSummary | null, time: (seconds: number) => string): string | null {
  return figures ? `${label} ${time(figures.median)} / ${time(figures.p85)}` : null;
}

function stepFigures(step: MeasuredStep, time: (seconds: number) => string): string {
  return [
    `${countOf(step.cases, 'case')} · median / P85`,
    summary('Work', step.processTime, time),
    summary('Wait', step.waitBefore, time),
    step.rework ? `Rework ${Math.round(step.rework.rate * 1_000) / 10} % of cases` : null,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

function sourceNote({ source }: MeasuredStream, time: (seconds: number) => string): string {
  const from = source.firstEventAt.slice(0, 10);
  const to = source.lastEventAt.slice(0, 10);
  const folded =
    source.foldedActivities.length > 0
      ? `\nFolded into waits: ${source.foldedActivities.slice(0, 6).join(', ')}${source.foldedActivities.length > 6 ? '…' : ''}`
      : '';
  return (
    `Measured from ${source.fileName}, ${from} to ${to}: ${countOf(source.cases, 'case')}.\n` +
    `Lead time per case: median ${time(source.leadTime.median)}, P85 ${time(source.leadTime.p85)}, longest ${time(source.leadTime.longest)}.\n` +
    `Under each step: its median time / 85th percentile (P85).${folded}`
  );
}
