import { translator } from '../i18n/i18n-instance';
import type { LocaleFormat } from '../locale/locale-format';
import type { Id } from '../model/ids';
import type { MapSettings } from '../model/vsm-map';
import type { StepMetrics, StockMetrics } from './metric-types';
import type { ReworkLoop } from './rework-loops';
import { formatDuration, naturalUnit, toUnit, type TimeUnit } from './units';

/**
 * What stops a figure from being complete or right, said so a facilitator can act on it, with
 * the nodes it concerns so the canvas can point at them. Codes are stable (the UI and tests key
 * on them); messages may be reworded. Severity: an error means a figure shown rests on
 * contradictory data; a warning, that a figure lacks data or the map breaks a mapping rule; info,
 * how a figure was worked out. Messages are in the language of `format`, figures in its locale.
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
  endlessReworkAt: { id: Id; label: string } | null;
  /** The lead time the map adds up to, against the measured one in the settings. */
  mappedLeadTime: number;
  hasMaterialFlow: boolean;
  /** The labels of loop i's nodes, in flow order; called only when that loop's sentence is written. */
  loopLabels: (loop: number) => string[];
  format: LocaleFormat;
};

/**
 * The sentence is written when first read, then kept: a map of thousands of steps has hundreds of
 * findings, and writing each through i18next took most of computeMetrics' time, while the
 * comparison, the simulation and the ladder read none of them. The message is an own enumerable
 * property, so copies, JSON and structured clones carry it like any other.
 */
function diagnostic(code: DiagnosticCode, nodeIds: Id[], write: () => string, connectorIds: Id[] = []): Diagnostic {
  let message: string | undefined;
  return {
    code,
    severity: SEVERITY[code],
    nodeIds,
    connectorIds,
    get message() {
      message ??= write();
      return message;
    },
  };
}

type Words = ReturnType<typeof translator<'vsm'>>;

function quoted(t: Words, label: string): string {
  return t('quoted', { text: label });
}

function quoteList(t: Words, labels: readonly string[]): string {
  const shown = labels.slice(0, 3).map((label) => quoted(t, label));
  const more = labels.length - shown.length;
  return more > 0 ? t('andMore', { list: shown.join(', '), count: more }) : shown.join(', ');
}

/** What formatting a figure needs; a finding keeps no more than this (not the flow graph) until it is read. */
type Writing = Pick<DiagnosticInput, 'format' | 'settings'>;

function inUnit(seconds: number, unit: TimeUnit, input: Writing, maximumFractionDigits: number): string {
  const { format, settings } = input;
  return format.withUnit(format.number(toUnit(seconds, unit, settings), { maximumFractionDigits }), format.timeUnit(unit));
}

/**
 * Both in takt's unit, so they can be compared at a glance, unless rounding would make them look
 * equal (then in seconds, to the millisecond). A cycle time of a bigger order than takt is read
 * first in its own unit: "1.6 d (43,200 s)", not a bare "43200 s".
 */
function formatAgainstTakt(cycleTime: number, taktTime: number, input: Writing): [string, string] {
  const { settings, format } = input;
  const unit = naturalUnit(taktTime, settings);
  const [cycle, takt] = [inUnit(cycleTime, unit, input, 1), inUnit(taktTime, unit, input, 1)];
  if (cycle === takt) return [inUnit(cycleTime, 's', input, 3), inUnit(taktTime, 's', input, 3)];
  return naturalUnit(cycleTime, settings) === unit ? [cycle, takt] : [`${formatDuration(cycleTime, settings, { format })} (${cycle})`, takt];
}

function settingsDiagnostics({ settings }: DiagnosticInput, t: Words): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (!settings.demandPerPeriod) found.push(diagnostic('demand-not-set', [], () => t('diagnostic.demandNotSet')));
  if (settings.workingDaysPerPeriod === undefined) found.push(diagnostic('working-days-not-set', [], () => t('diagnostic.workingDaysNotSet')));
  if (settings.workingTimePerDay === undefined) found.push(diagnostic('working-time-not-set', [], () => t('diagnostic.workingTimeNotSet')));
  return found;
}

function stepDiagnostics(input: DiagnosticInput, t: Words): Diagnostic[] {
  const { steps, taktTime } = input;
  const writing: Writing = { format: input.format, settings: input.settings };
  const found: Diagnostic[] = [];
  for (const { nodeId, label, processTime, leadTimeBelowProcessTime, overTakt, cycleTime } of steps) {
    if (processTime === null) {
      found.push(diagnostic('process-time-missing', [nodeId], () => t('diagnostic.processTimeMissing', { label: quoted(t, label) })));
    }
    if (leadTimeBelowProcessTime) {
      found.push(diagnostic('lead-time-below-process-time', [nodeId], () => t('diagnostic.leadTimeBelowProcessTime', { label: quoted(t, label) })));
    }
    if (overTakt && cycleTime !== null && taktTime !== null) {
      found.push(
        diagnostic('over-takt', [nodeId], () => {
          const [cycle, takt] = formatAgainstTakt(cycleTime, taktTime, writing);
          return t('diagnostic.overTakt', { label: quoted(t, label), cycle, takt });
        }),
      );
    }
  }
  const withoutQuality = steps.filter((step) => step.percentCompleteAccurate === null);
  if (withoutQuality.length > 0 && withoutQuality.length < steps.length) {
    found.push(
      diagnostic(
        'percent-complete-accurate-missing',
        withoutQuality.map((step) => step.nodeId),
        () =>
          t('diagnostic.percentCompleteAccurateMissing', {
            names: quoteList(
              t,
              withoutQuality.map((step) => step.label),
            ),
          }),
      ),
    );
  }
  return found;
}

function stockDiagnostics({ stocks, format }: DiagnosticInput, t: Words): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { nodeId, label, quantity, waitSource } of stocks) {
    if (waitSource !== null) continue;
    if (quantity === null) {
      found.push(diagnostic('stock-without-data', [nodeId], () => t('diagnostic.stockWithoutData', { label: quoted(t, label) })));
      continue;
    }
    const message = () =>
      t('diagnostic.inventoryNeedsDemand', {
        label: quoted(t, label),
        quantity: format.number(quantity, { maximumFractionDigits: 3 }),
      });
    found.push(diagnostic('inventory-needs-demand', [nodeId], message));
  }
  return found;
}

function flowDiagnostics(input: DiagnosticInput, t: Words): Diagnostic[] {
  const { steps, stocks, hasMaterialFlow, customers, reworkLoops, loopLabels, endlessReworkAt } = input;
  const found: Diagnostic[] = [];
  if (!hasMaterialFlow && steps.length + stocks.length > 0) {
    found.push(
      diagnostic(
        'no-material-flow',
        [...steps, ...stocks].map((item) => item.nodeId),
        () => t('diagnostic.noMaterialFlow'),
      ),
    );
  } else {
    // Two loops rather than one over a joined copy: a big map has thousands of steps and stocks.
    for (const placed of [steps, stocks]) {
      for (const { nodeId, label, onFlow } of placed) {
        if (!onFlow) found.push(diagnostic('not-on-flow', [nodeId], () => t('diagnostic.notOnFlow', { label: quoted(t, label) })));
      }
    }
  }
  if (customers.length > 1) {
    found.push(
      diagnostic(
        'several-customers',
        customers.map((c) => c.id),
        () =>
          t('diagnostic.severalCustomers', {
            count: customers.length,
            names: quoteList(
              t,
              customers.map((c) => c.label),
            ),
          }),
      ),
    );
  }
  reworkLoops.forEach(({ nodeIds, closingConnectorId }, loop) => {
    const route = () => {
      const labels = loopLabels(loop);
      return [...labels, labels[0] ?? ''].map((label) => quoted(t, label)).join(' → ');
    };
    found.push(diagnostic('rework-loop', nodeIds, () => t('diagnostic.reworkLoop', { route: route() }), [closingConnectorId]));
  });
  if (endlessReworkAt !== null) {
    const { id, label } = endlessReworkAt;
    found.push(diagnostic('rework-never-ends', [id], () => t('diagnostic.reworkNeverEnds', { label: quoted(t, label) })));
  }
  return found;
}

/**
 * A map claims more than was measured when its waits and steps add up to a longer lead time
 * than order and delivery data show: some inventory was counted high, or a wait counted twice.
 */
function measuredDiagnostics(input: DiagnosticInput, t: Words): Diagnostic[] {
  const measured = input.settings.measuredLeadTime;
  if (measured === undefined || input.mappedLeadTime <= measured) return [];
  const { settings, format } = input;
  const mapped = input.mappedLeadTime;
  const message = () =>
    t('diagnostic.mappedAboveMeasured', {
      mapped: formatDuration(mapped, settings, { format }),
      measured: formatDuration(measured, settings, { format }),
    });
  return [diagnostic('mapped-above-measured', [], message)];
}

export function diagnose(input: DiagnosticInput): Diagnostic[] {
  const t = translator(input.format.language, 'vsm');
  const mapped = input.steps.length > 0 || input.stocks.length > 0;
  return [
    ...(mapped ? settingsDiagnostics(input, t) : []),
    ...flowDiagnostics(input, t),
    ...measuredDiagnostics(input, t),
    ...stepDiagnostics(input, t),
    ...stockDiagnostics(input, t),
  ];
}
