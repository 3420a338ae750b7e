import type { Rect } from '../geometry/rect';
import type { Id } from '../model/ids';
import type { MapDocument, MapSettings } from '../model/vsm-map';
import { exhaustiveSwitchError } from '../util/exhaustive';
import { formatDuration, type FieldChange, type MapComparison, type StepField } from '../vsm';
import { describeRemovedStock } from './removed-stocks';
import { translator } from '../i18n/i18n-instance';
import { ENGLISH, type LocaleFormat } from '../locale/locale-format';

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

function fieldValue(field: StepField, value: number | string | null, settings: DaySettings, format: LocaleFormat): string {
  if (value === null) return '—';
  if (typeof value === 'string') return translator(format.language, 'vsm')('quoted', { text: value.replace(/\s+/g, ' ').trim() });
  switch (field) {
    case 'cycleTime':
    case 'cycleTimeMin':
    case 'cycleTimeMax':
    case 'changeoverTime':
    case 'availableTimePerShift':
    case 'processTime':
    case 'leadTime':
      return formatDuration(value, settings, { format });
    case 'uptime':
    case 'percentCompleteAccurate':
      return format.withUnit(format.number(value), '%');
    case 'operators':
    case 'shifts':
    case 'batchSize':
    case 'text':
      return format.number(value);
    default:
      return exhaustiveSwitchError(field, 'step field');
  }
}

/** "Cycle time: 46 s → 30 s" */
export function describeFieldChange(change: FieldChange, settings: DaySettings, format: LocaleFormat = ENGLISH): string {
  const { field, before, after } = change;
  const t = translator(format.language, 'figures');
  return t('fieldChange', {
    field: t(`field.${field}`),
    before: fieldValue(field, before, settings, format),
    after: fieldValue(field, after, settings, format),
  });
}

export function stepMarks(comparison: MapComparison, current: MapDocument, future: MapDocument, format: LocaleFormat = ENGLISH): StepMark[] {
  const t = translator(format.language, 'figures');
  const settings = current.map.settings;
  const currentNodes = new Map(current.nodes.map((node) => [node.id, node]));
  const futureNodes = new Map(future.nodes.map((node) => [node.id, node]));
  const marks: StepMark[] = [];
  const mark = (kind: StepMarkKind, nodeId: Id, label: string, lines: string[], onCurrent = false) => {
    const node = (onCurrent ? currentNodes : futureNodes).get(nodeId);
    if (node) marks.push({ kind, nodeId, rect: { x: node.x, y: node.y, width: node.width, height: node.height }, label, lines });
  };
  const { steps } = comparison;
  for (const step of steps.removed) mark('removed', step.nodeId, step.label, [t('mark.removedStep')], true);
  for (const stock of comparison.inventoryRemoved) mark('removed', stock.nodeId, stock.label, [describeRemovedStock(stock, current, format)], true);
  for (const step of steps.added) mark('added', step.nodeId, step.label, [t('mark.newStep')]);
  for (const { future: step, fields } of steps.changed) {
    mark('changed', step.nodeId, step.label, [t('mark.changed'), ...fields.map((field) => describeFieldChange(field, settings, format))]);
  }
  for (const { currentSteps, future: step } of steps.merged) {
    mark('merged', step.nodeId, step.label, [`${mergedCount(currentSteps.length, 1, format)}: ${currentSteps.map((from) => from.label).join(', ')}`]);
  }
  for (const { current: from, futureSteps } of steps.split) {
    for (const step of futureSteps) mark('split', step.nodeId, step.label, [t('mark.splitFrom', { label: from.label })]);
  }
  return marks;
}

/** "4 steps merged into 1" */
function mergedCount(steps: number, cells: number, format: LocaleFormat): string {
  return translator(format.language, 'figures')('mark.merged', { count: steps, cells: format.number(cells) });
}

export type LegendEntry = { kind: StepMarkKind; count: number; text: string };

const LEGEND_ORDER: readonly StepMarkKind[] = ['merged', 'changed', 'added', 'removed', 'split'];

/** The legend over the future map: how many of each kind, and for merges how many steps into how many. */
export function differenceLegend(comparison: MapComparison, marks: readonly StepMark[], format: LocaleFormat = ENGLISH): LegendEntry[] {
  const t = translator(format.language, 'figures');
  return LEGEND_ORDER.map((kind) => {
    const count = marks.filter((mark) => mark.kind === kind).length;
    if (kind === 'merged' && count > 0) {
      const steps = comparison.steps.merged.reduce((total, merge) => total + merge.currentSteps.length, 0);
      return { kind, count, text: mergedCount(steps, comparison.steps.merged.length, format) };
    }
    return { kind, count, text: t(`legend.${kind}`, { count }) };
  });
}
