import { uiFormat, uiText } from '../../ui-text/ui-text';
import type { MapNode, ProcessData } from '../../../shared/model/map-node';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { formatDuration } from '../../../shared/vsm';
import { formatNotationTime } from '../../../shared/vsm/bare-numbers';
import { BODY_FONT_SIZE, LINE_HEIGHT } from './shape-style';

/**
 * The words a symbol's data shows, in the book's abbreviations: only the fields the room has
 * filled in, so a fresh box stays clean and a full one reads like Learning to See's data boxes.
 * Formatting only; every figure comes from the node or from the engine's unit helpers, written in
 * the app's locale ("2,5 d", "27.600 s" in German).
 */
export type DataRow = { label: string; value: string };

type Settings = Pick<MapSettings, 'workingTimePerDay'>;

export function processDataRows(process: ProcessData, settings: Settings): DataRow[] {
  const format = uiFormat();
  const count = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const time = (seconds: number) => formatDuration(seconds, settings, { format });
  const rows: Array<DataRow | null> = [
    process.cycleTime !== undefined ? { label: uiText('canvas:data.cycleTime'), value: time(process.cycleTime) } : null,
    process.changeoverTime !== undefined ? { label: uiText('canvas:data.changeover'), value: time(process.changeoverTime) } : null,
    process.uptime !== undefined ? { label: uiText('canvas:data.uptime'), value: format.withUnit(count(process.uptime), '%') } : null,
    process.processTime !== undefined ? { label: uiText('canvas:data.processTime'), value: time(process.processTime) } : null,
    process.leadTime !== undefined ? { label: uiText('canvas:data.leadTime'), value: time(process.leadTime) } : null,
    process.percentCompleteAccurate !== undefined
      ? { label: uiText('canvas:data.percentCompleteAccurate'), value: format.withUnit(count(process.percentCompleteAccurate), '%') }
      : null,
    process.batchSize !== undefined ? { label: uiText('canvas:data.batch'), value: count(process.batchSize) } : null,
    process.operators !== undefined ? { label: uiText('canvas:data.operators'), value: count(process.operators) } : null,
    process.shifts !== undefined ? { label: uiText('canvas:data.shifts'), value: count(process.shifts) } : null,
    process.availableTimePerShift !== undefined
      ? { label: uiText('canvas:data.available'), value: formatNotationTime(process.availableTimePerShift, 'shift', settings, format) }
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
  const format = uiFormat();
  if (quantity !== undefined) {
    const shown = format.number(quantity, { maximumFractionDigits: 2 });
    const amount = unit ? format.withUnit(shown, unit) : shown;
    return node.kind === 'fifo-lane' ? uiText('canvas:data.fifoMax', { amount }) : amount;
  }
  if (waitTime !== undefined) return formatDuration(waitTime, settings, { format });
  return null;
}
