import type { Rect } from '../geometry/rect';
import type { Id } from '../model/ids';
import type { MapDocument, MapSettings } from '../model/vsm-map';
import { exhaustiveSwitchError } from '../util/exhaustive';
import { formatDuration, type FieldChange, type MapComparison, type StepField } from '../vsm';
import { describeRemovedStock } from './removed-stocks';
import { withUnit } from '../util/unit-text';

/**
 * The difference overlay on the future map, read from compareMaps: steps and stocks the future no
 * longer has, drawn as ghosts where they stood on the current map (a derived map shares its
 * coordinates); added steps; changed steps with each changed field, before and after; merged and
 * split steps with where they came from. Each mark carries the lines of its tooltip, in the words a
 * facilitator would use: which inventory went (what it held, between which steps), how many steps
 * were merged into how many.
 */
export type StepMarkKind = 'removed' | 'added' | 'changed' | 'merged' | 'split';

export type StepMark = {
  kind: StepMarkKind;
  /** The future map's node, or for a removed one the current map's. */
  nodeId: Id;
  /** Where to draw the mark, in map coordinates. */
  rect: Rect;
  label: string;
  lines: string[];
};

type DaySettings = Pick<MapSettings, 'workingTimePerDay'>;

const FIELD_LABELS: Readonly<Record<StepField, string>> = {
  text: 'Name',
  cycleTime: 'Cycle time',
  cycleTimeMin: 'Cycle time at best',
  cycleTimeMax: 'Cycle time at worst',
  changeoverTime: 'Changeover',
  uptime: 'Uptime',
  operators: 'Operators',
  shifts: 'Shifts',
  availableTimePerShift: 'Available time per shift',
  batchSize: 'Batch size',
  processTime: 'Process time',
  leadTime: 'Lead time',
  percentCompleteAccurate: '%C&A',
};

function fieldValue(field: StepField, value: number | string | null, settings: DaySettings): string {
  if (value === null) return '—';
  if (typeof value === 'string') return `“${value.replace(/\s+/g, ' ').trim()}”`;
  switch (field) {
    case 'cycleTime':
    case 'cycleTimeMin':
    case 'cycleTimeMax':
    case 'changeoverTime':
    case 'availableTimePerShift':
    case 'processTime':
    case 'leadTime':
      return formatDuration(value, settings);
    case 'uptime':
    case 'percentCompleteAccurate':
      return withUnit(value, '%');
    case 'operators':
    case 'shifts':
    case 'batchSize':
    case 'text':
      return String(value);
    default:
      return exhaustiveSwitchError(field, 'step field');
  }
}

/** "Cycle time: 46 s → 30 s" */
export function describeFieldChange(change: FieldChange, settings: DaySettings): string {
  const { field, before, after } = change;
  return `${FIELD_LABELS[field]}: ${fieldValue(field, before, settings)} → ${fieldValue(field, after, settings)}`;
}

export function stepMarks(comparison: MapComparison, current: MapDocument, future: MapDocument): StepMark[] {
  const settings = current.map.settings;
  const currentNodes = new Map(current.nodes.map((node) => [node.id, node]));
  const futureNodes = new Map(future.nodes.map((node) => [node.id, node]));
  const marks: StepMark[] = [];
  const mark = (kind: StepMarkKind, nodeId: Id, label: string, lines: string[], onCurrent = false) => {
    const node = (onCurrent ? currentNodes : futureNodes).get(nodeId);
    if (node) marks.push({ kind, nodeId, rect: { x: node.x, y: node.y, width: node.width, height: node.height }, label, lines });
  };
  const { steps } = comparison;
  for (const step of steps.removed) mark('removed', step.nodeId, step.label, ['Removed step'], true);
  for (const stock of comparison.inventoryRemoved) mark('removed', stock.nodeId, stock.label, [describeRemovedStock(stock, current)], true);
  for (const step of steps.added) mark('added', step.nodeId, step.label, ['New step']);
  for (const { future: step, fields } of steps.changed) {
    mark('changed', step.nodeId, step.label, ['Changed', ...fields.map((field) => describeFieldChange(field, settings))]);
  }
  for (const { currentSteps, future: step } of steps.merged) {
    mark('merged', step.nodeId, step.label, [`${mergedCount(currentSteps.length, 1)}: ${currentSteps.map((from) => from.label).join(', ')}`]);
  }
  for (const { current: from, futureSteps } of steps.split) {
    for (const step of futureSteps) mark('split', step.nodeId, step.label, [`Split from ${from.label}`]);
  }
  return marks;
}

/** "4 steps merged into 1" */
function mergedCount(steps: number, cells: number): string {
  return `${steps} steps merged into ${cells}`;
}

export type LegendEntry = { kind: StepMarkKind; count: number; text: string };

const LEGEND_ORDER: readonly StepMarkKind[] = ['merged', 'changed', 'added', 'removed', 'split'];

const LEGEND_WORD: Readonly<Record<StepMarkKind, string>> = {
  merged: 'merged',
  changed: 'changed',
  added: 'new',
  removed: 'removed',
  split: 'split',
};

/** The legend over the future map: how many of each kind, and for merges how many steps into how many. */
export function differenceLegend(comparison: MapComparison, marks: readonly StepMark[]): LegendEntry[] {
  return LEGEND_ORDER.map((kind) => {
    const count = marks.filter((mark) => mark.kind === kind).length;
    if (kind === 'merged' && count > 0) {
      const steps = comparison.steps.merged.reduce((total, merge) => total + merge.currentSteps.length, 0);
      return { kind, count, text: mergedCount(steps, comparison.steps.merged.length) };
    }
    return { kind, count, text: `${count} ${LEGEND_WORD[kind]}` };
  });
}
