import type { Id } from '../model/ids';
import type { MapSettings } from '../model/vsm-map';
import type { StepMetrics, StockMetrics } from './metric-types';
import type { ReworkLoop } from './rework-loops';
import { formatDuration, naturalUnit, toUnit, type TimeUnit } from './units';
import { withUnit } from '../util/unit-text';

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
  'rework-never-ends',
  'mapped-above-measured',
  'over-takt',
  'percent-complete-accurate-missing',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type Severity = 'error' | 'warning' | 'info';

export type Diagnostic = {
  code: DiagnosticCode;
  severity: Severity;
  /** The nodes the canvas should point at; empty for a map-wide setting. */
  nodeIds: Id[];
  connectorIds: Id[];
  message: string;
};

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
  'rework-never-ends': 'error',
  'mapped-above-measured': 'warning',
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
  /** The step whose rework rates add up to 100 % or more, when one does. */
  endlessReworkAt: Id | null;
  /** The lead time the map adds up to, against the measured one in the settings. */
  mappedLeadTime: number;
  hasMaterialFlow: boolean;
  labelOf: (id: Id) => string;
};

function diagnostic(code: DiagnosticCode, nodeIds: Id[], message: string, connectorIds: Id[] = []): Diagnostic {
  return { code, severity: SEVERITY[code], nodeIds, connectorIds, message };
}

function quoteList(labels: readonly string[]): string {
  const shown = labels.slice(0, 3).map((label) => `“${label}”`);
  const more = labels.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

function inUnit(seconds: number, unit: TimeUnit, settings: MapSettings, maximumFractionDigits: number): string {
  return withUnit(new Intl.NumberFormat('en', { maximumFractionDigits }).format(toUnit(seconds, unit, settings)), unit);
}

/**
 * Both in takt's unit, so they can be compared at a glance, unless rounding would make them look
 * equal (then in seconds, to the millisecond). A cycle time of a bigger order than takt is read
 * first in its own unit: "1.6 d (43,200 s)", not a bare "43200 s".
 */
function formatAgainstTakt(cycleTime: number, taktTime: number, settings: MapSettings): [string, string] {
  const unit = naturalUnit(taktTime, settings);
  const [cycle, takt] = [inUnit(cycleTime, unit, settings, 1), inUnit(taktTime, unit, settings, 1)];
  if (cycle === takt) return [inUnit(cycleTime, 's', settings, 3), inUnit(taktTime, 's', settings, 3)];
  return naturalUnit(cycleTime, settings) === unit ? [cycle, takt] : [`${formatDuration(cycleTime, settings)} (${cycle})`, takt];
}

function settingsDiagnostics(settings: MapSettings): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (!settings.demandPerPeriod) {
    found.push(
      diagnostic(
        'demand-not-set',
        [],
        'Customer demand is not set, so takt time cannot be worked out and inventory quantities cannot be ' +
          'turned into days. Enter the demand per period in the map settings.',
      ),
    );
  }
  if (settings.workingDaysPerPeriod === undefined) {
    found.push(
      diagnostic(
        'working-days-not-set',
        [],
        'The number of working days per period is not set, so the daily demand (and with it takt time and ' + 'inventory days) cannot be worked out.',
      ),
    );
  }
  if (settings.workingTimePerDay === undefined) {
    found.push(
      diagnostic(
        'working-time-not-set',
        [],
        'The available working time per day is not set, so takt time cannot be worked out, and days are ' +
          'counted as 8-hour working days until it is.',
      ),
    );
  }
  return found;
}

function stepDiagnostics({ steps, taktTime, settings }: DiagnosticInput): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { nodeId, label, processTime, leadTimeBelowProcessTime, overTakt, cycleTime } of steps) {
    if (processTime === null) {
      const message = `“${label}” has no process time or cycle time, so its work counts as zero in the totals.`;
      found.push(diagnostic('process-time-missing', [nodeId], message));
    }
    if (leadTimeBelowProcessTime) {
      const message =
        `“${label}” has a lead time shorter than its process time. A step cannot finish before its work is ` +
        'done, so its process time is used as its lead time. Check both figures.';
      found.push(diagnostic('lead-time-below-process-time', [nodeId], message));
    }
    if (overTakt && cycleTime !== null && taktTime !== null) {
      const [cycle, takt] = formatAgainstTakt(cycleTime, taktTime, settings);
      const message = `“${label}” needs ${cycle} a piece, more than the takt time of ${takt}: ` + 'it cannot keep up with customer demand.';
      found.push(diagnostic('over-takt', [nodeId], message));
    }
  }
  const withoutQuality = steps.filter((step) => step.percentCompleteAccurate === null);
  if (withoutQuality.length > 0 && withoutQuality.length < steps.length) {
    const names = quoteList(withoutQuality.map((step) => step.label));
    const message = `%C&A is missing for ${names}, so the rolled %C&A covers only the steps that have it.`;
    found.push(
      diagnostic(
        'percent-complete-accurate-missing',
        withoutQuality.map((step) => step.nodeId),
        message,
      ),
    );
  }
  return found;
}

function stockDiagnostics({ stocks }: DiagnosticInput): Diagnostic[] {
  return stocks.flatMap(({ nodeId, label, quantity, waitSource }) => {
    if (waitSource !== null) return [];
    if (quantity === null) {
      const message = `“${label}” has neither a quantity nor a wait time, so it adds no time to the lead time.`;
      return [diagnostic('stock-without-data', [nodeId], message)];
    }
    const message =
      `“${label}” holds ${quantity.toLocaleString('en')}, but without the customer's daily demand that cannot be ` +
      'turned into days of waiting. Set the demand and working days, or enter the wait time directly.';
    return [diagnostic('inventory-needs-demand', [nodeId], message)];
  });
}

function flowDiagnostics(input: DiagnosticInput): Diagnostic[] {
  const { steps, stocks, hasMaterialFlow, customers, reworkLoops, labelOf } = input;
  const found: Diagnostic[] = [];
  const placed = [...steps, ...stocks];
  if (!hasMaterialFlow && placed.length > 0) {
    const message =
      'No push, pull or FIFO arrows join the steps yet, so lead time and process time cannot be added up. ' +
      'Connect the steps in the order the work flows.';
    found.push(
      diagnostic(
        'no-material-flow',
        placed.map((item) => item.nodeId),
        message,
      ),
    );
  } else {
    for (const { nodeId, label } of placed.filter((item) => !item.onFlow)) {
      const message =
        `“${label}” is not connected to the value stream's material flow, so its time is not in the totals. ` +
        'Join it with a push, pull or FIFO arrow.';
      found.push(diagnostic('not-on-flow', [nodeId], message));
    }
  }
  if (customers.length > 1) {
    const message =
      `The map has ${customers.length} customers (${quoteList(customers.map((c) => c.label))}). A value stream ` +
      "map follows one product family to one customer, and takt time uses the map's single demand figure.";
    found.push(
      diagnostic(
        'several-customers',
        customers.map((c) => c.id),
        message,
      ),
    );
  }
  for (const { nodeIds, closingConnectorId } of reworkLoops) {
    const route = [...nodeIds, nodeIds[0] ?? ''].map((id) => `“${labelOf(id)}”`).join(' → ');
    const message =
      `Rework loop: ${route}. The first-pass lead time and process time count each step once; give the ` +
      'rework arrow a rate (the share of items sent back) and the figures with rework count the passes too.';
    found.push(diagnostic('rework-loop', nodeIds, message, [closingConnectorId]));
  }
  if (input.endlessReworkAt !== null) {
    const message =
      `The rework arrows out of “${labelOf(input.endlessReworkAt)}” send 100 % or more of its items back, so ` +
      'no item would ever leave and the lead time with rework cannot be worked out. Lower their rates.';
    found.push(diagnostic('rework-never-ends', [input.endlessReworkAt], message));
  }
  return found;
}

/**
 * A map claims more than was measured when its waits and steps add up to a longer lead time
 * than order and delivery data show: some inventory was counted high, or a wait counted twice.
 */
function measuredDiagnostics(input: DiagnosticInput): Diagnostic[] {
  const measured = input.settings.measuredLeadTime;
  if (measured === undefined || input.mappedLeadTime <= measured) return [];
  const { settings } = input;
  const message =
    `The map adds up to a lead time of ${formatDuration(input.mappedLeadTime, settings)}, more than the ` +
    `${formatDuration(measured, settings)} measured from order to delivery. Check the inventory counts and ` +
    "waits on the critical path: one may be counted high, or a step's lead time may include a queue drawn before it.";
  return [diagnostic('mapped-above-measured', [], message)];
}

export function diagnose(input: DiagnosticInput): Diagnostic[] {
  const mapped = input.steps.length > 0 || input.stocks.length > 0;
  return [
    ...(mapped ? settingsDiagnostics(input.settings) : []),
    ...flowDiagnostics(input),
    ...measuredDiagnostics(input),
    ...stepDiagnostics(input),
    ...stockDiagnostics(input),
  ];
}
