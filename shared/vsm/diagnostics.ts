import type { Id } from '../model/ids';
import type { MapSettings } from '../model/vsm-map';
import type { StepMetrics, StockMetrics } from './metric-types';
import type { ReworkLoop } from './rework-loops';
import { formatDuration, naturalUnit } from './units';

/**
 * What stops a figure from being complete or right, said so a facilitator can act on it, with
 * the nodes it concerns so the canvas can point at them. Codes are stable (the UI and tests key
 * on them); messages may be reworded. Severity: an error means a figure shown rests on
 * contradictory data; a warning, that a figure lacks data or the map breaks a mapping rule; info,
 * how a figure was worked out.
 */
export const DIAGNOSTIC_CODES = [
  'demand-not-set',
  'working-days-not-set',
  'working-time-not-set',
  'inventory-needs-demand',
  'stock-without-data',
  'process-time-missing',
  'lead-time-below-process-time',
  'no-material-flow',
  'not-on-flow',
  'several-customers',
  'rework-loop',
  'over-takt',
  'percent-complete-accurate-missing',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type Severity = 'error' | 'warning' | 'info';

export type Diagnostic = { code: DiagnosticCode; severity: Severity; nodeIds: Id[]; connectorIds: Id[]; message: string };

const SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
  'demand-not-set': 'warning',
  'working-days-not-set': 'warning',
  'working-time-not-set': 'warning',
  'inventory-needs-demand': 'warning',
  'stock-without-data': 'warning',
  'process-time-missing': 'warning',
  'lead-time-below-process-time': 'error',
  'no-material-flow': 'warning',
  'not-on-flow': 'warning',
  'several-customers': 'warning',
  'rework-loop': 'info',
  'over-takt': 'warning',
  'percent-complete-accurate-missing': 'info',
};

export type DiagnosticInput = {
  settings: MapSettings;
  taktTime: number | null;
  steps: readonly StepMetrics[];
  stocks: readonly StockMetrics[];
  customers: readonly { id: Id; label: string }[];
  reworkLoops: readonly ReworkLoop[];
  hasMaterialFlow: boolean;
  labelOf: (id: Id) => string;
};

function diagnostic(code: DiagnosticCode, message: string, nodeIds: Id[] = [], connectorIds: Id[] = []): Diagnostic {
  return { code, severity: SEVERITY[code], nodeIds, connectorIds, message };
}

function quoteList(labels: readonly string[]): string {
  const shown = labels.slice(0, 3).map((label) => `“${label}”`);
  const more = labels.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** Both in takt's unit, unless rounding would make them look equal; then in seconds. */
function formatAgainstTakt(cycleTime: number, taktTime: number, settings: MapSettings): [string, string] {
  const unit = naturalUnit(taktTime, settings);
  const pair: [string, string] = [formatDuration(cycleTime, settings, { unit }), formatDuration(taktTime, settings, { unit })];
  if (pair[0] !== pair[1]) return pair;
  return [formatDuration(cycleTime, settings, { unit: 's' }), formatDuration(taktTime, settings, { unit: 's' })];
}

function settingsDiagnostics(settings: MapSettings): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (!settings.demandPerPeriod) {
    found.push(diagnostic('demand-not-set', 'Customer demand is not set, so takt time cannot be worked out and inventory quantities cannot be turned into days. Enter the demand per period in the map settings.'));
  }
  if (settings.workingDaysPerPeriod === undefined) {
    found.push(diagnostic('working-days-not-set', 'The number of working days per period is not set, so the daily demand (and with it takt time and inventory days) cannot be worked out.'));
  }
  if (settings.workingTimePerDay === undefined) {
    found.push(diagnostic('working-time-not-set', 'The available working time per day is not set, so takt time cannot be worked out, and days are counted as 8-hour working days until it is.'));
  }
  return found;
}

function stepDiagnostics({ steps, taktTime, settings }: DiagnosticInput): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const step of steps) {
    if (step.processTime === null) {
      found.push(diagnostic('process-time-missing', `“${step.label}” has no process time or cycle time, so its work counts as zero in the totals.`, [step.nodeId]));
    }
    if (step.leadTimeBelowProcessTime) {
      found.push(diagnostic('lead-time-below-process-time', `“${step.label}” has a lead time shorter than its process time. A step cannot finish before its work is done, so its process time is used as its lead time. Check both figures.`, [step.nodeId]));
    }
    if (step.overTakt && step.cycleTime !== null && taktTime !== null) {
      const [cycle, takt] = formatAgainstTakt(step.cycleTime, taktTime, settings);
      found.push(diagnostic('over-takt', `“${step.label}” needs ${cycle} a piece, more than the takt time of ${takt}: it cannot keep up with customer demand.`, [step.nodeId]));
    }
  }
  const withoutQuality = steps.filter((step) => step.percentCompleteAccurate === null);
  if (withoutQuality.length > 0 && withoutQuality.length < steps.length) {
    found.push(diagnostic('percent-complete-accurate-missing', `%C&A is missing for ${quoteList(withoutQuality.map((step) => step.label))}, so the rolled %C&A covers only the steps that have it.`, withoutQuality.map((step) => step.nodeId)));
  }
  return found;
}

function stockDiagnostics({ stocks }: DiagnosticInput): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const stock of stocks) {
    if (stock.waitSource !== null) continue;
    if (stock.quantity !== null) {
      found.push(diagnostic('inventory-needs-demand', `“${stock.label}” holds ${stock.quantity.toLocaleString('en')}, but without the customer's daily demand that cannot be turned into days of waiting. Set the demand and working days, or enter the wait time directly.`, [stock.nodeId]));
    } else {
      found.push(diagnostic('stock-without-data', `“${stock.label}” has neither a quantity nor a wait time, so it adds no time to the lead time.`, [stock.nodeId]));
    }
  }
  return found;
}

function flowDiagnostics(input: DiagnosticInput): Diagnostic[] {
  const found: Diagnostic[] = [];
  const placed = [...input.steps, ...input.stocks];
  if (!input.hasMaterialFlow && placed.length > 0) {
    found.push(diagnostic('no-material-flow', 'No push, pull or FIFO arrows join the steps yet, so lead time and process time cannot be added up. Connect the steps in the order the work flows.', placed.map((item) => item.nodeId)));
  } else {
    for (const item of placed.filter((entry) => !entry.onFlow)) {
      found.push(diagnostic('not-on-flow', `“${item.label}” is not connected to the value stream's material flow, so its time is not in the totals. Join it with a push, pull or FIFO arrow.`, [item.nodeId]));
    }
  }
  if (input.customers.length > 1) {
    found.push(diagnostic('several-customers', `The map has ${input.customers.length} customers (${quoteList(input.customers.map((c) => c.label))}). A value stream map follows one product family to one customer, and takt time uses the map's single demand figure.`, input.customers.map((c) => c.id)));
  }
  for (const loop of input.reworkLoops) {
    const route = [...loop.nodeIds, loop.nodeIds[0] ?? ''].map((id) => `“${input.labelOf(id)}”`).join(' → ');
    found.push(diagnostic('rework-loop', `Rework loop: ${route}. Lead time and process time count each step once, as a first pass with no rework; the cost of rework shows in the rolled %C&A.`, loop.nodeIds, [loop.closingConnectorId]));
  }
  return found;
}

export function diagnose(input: DiagnosticInput): Diagnostic[] {
  const mapped = input.steps.length > 0 || input.stocks.length > 0;
  return [
    ...(mapped ? settingsDiagnostics(input.settings) : []),
    ...flowDiagnostics(input),
    ...stepDiagnostics(input),
    ...stockDiagnostics(input),
  ];
}
