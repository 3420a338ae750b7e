import { uiText } from '../../i18n/ui-text';
import type { MapNode, ProcessData } from '../../../shared/model/map-node';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { formatDuration } from '../../../shared/vsm';
import { formatNotationTime } from '../../../shared/vsm/bare-numbers';
import { BODY_FONT_SIZE, LINE_HEIGHT } from './shape-style';
import { withUnit } from '../../../shared/util/unit-text';

/**
 * The words a symbol's data shows, in the book's abbreviations: only the fields the room has
 * filled in, so a fresh box stays clean and a full one reads like Learning to See's data boxes.
 * Formatting only; every figure comes from the node or from the engine's unit helpers.
 */
export type DataRow = { label: string; value: string };

const count = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

type Settings = Pick<MapSettings, 'workingTimePerDay'>;

export function processDataRows(process: ProcessData, settings: Settings): DataRow[] {
  const time = (seconds: number) => formatDuration(seconds, settings);
  const rows: Array<DataRow | null> = [
    process.cycleTime !== undefined ? { label: uiText('canvas:data.cycleTime'), value: time(process.cycleTime) } : null,
    process.changeoverTime !== undefined ? { label: uiText('canvas:data.changeover'), value: time(process.changeoverTime) } : null,
    process.uptime !== undefined ? { label: uiText('canvas:data.uptime'), value: withUnit(count.format(process.uptime), '%') } : null,
    process.processTime !== undefined ? { label: uiText('canvas:data.processTime'), value: time(process.processTime) } : null,
    process.leadTime !== undefined ? { label: uiText('canvas:data.leadTime'), value: time(process.leadTime) } : null,
    process.percentCompleteAccurate !== undefined
      ? { label: uiText('canvas:data.percentCompleteAccurate'), value: withUnit(count.format(process.percentCompleteAccurate), '%') }
      : null,
    process.batchSize !== undefined ? { label: uiText('canvas:data.batch'), value: count.format(process.batchSize) } : null,
    process.operators !== undefined ? { label: uiText('canvas:data.operators'), value: count.format(process.operators) } : null,
    process.shifts !== undefined ? { label: uiText('canvas:data.shifts'), value: count.format(process.shifts) } : null,
    process.availableTimePerShift !== undefined
      ? { label: uiText('canvas:data.available'), value: formatNotationTime(process.availableTimePerShift, 'shift', settings) }
      : null,
  ];
  return rows.filter((row): row is DataRow => row !== null);
}

export const DATA_BOX_ROW_HEIGHT = Math.ceil(BODY_FONT_SIZE * LINE_HEIGHT);
export const DATA_BOX_PADDING = 6;

export function dataBoxHeight(rowCount: number): number {
  return rowCount === 0 ? 0 : rowCount * DATA_BOX_ROW_HEIGHT + 2 * DATA_BOX_PADDING;
}

/** The line under a stock or a truck: how much waits (a FIFO lane's limit), or how often the truck goes. */
export function symbolDataLine(node: MapNode, settings: Settings): string | null {
  if (node.kind === 'shipment') return node.shipment.frequency?.trim() || null;
  if (!('inventory' in node)) return null;
  const { quantity, unit, waitTime } = node.inventory;
  if (quantity !== undefined) {
    const amount = unit ? withUnit(count.format(quantity), unit) : count.format(quantity);
    return node.kind === 'fifo-lane' ? uiText('canvas:data.fifoMax', { amount }) : amount;
  }
  if (waitTime !== undefined) return formatDuration(waitTime, settings);
  return null;
}
