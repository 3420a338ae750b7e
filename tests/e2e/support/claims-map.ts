import type { MapChange } from '../../../shared/editing/map-change';
import type { Connector, ConnectorKind } from '../../../shared/model/connector';
import type { MapNode, ProcessData } from '../../../shared/model/map-node';
import { createNode } from '../../../shared/model/node-factory';
import type { NodeKind } from '../../../shared/model/node-kinds';
import type { MapSettings } from '../../../shared/model/vsm-map';

/**
 * A realistic twelve-step office map, as a room would leave it at the end of a morning: claims
 * handling at an insurer, laid out in two rows on the wall (left to right, then back), with
 * in-trays between steps, the claims system and the customer above, kaizen bursts and notes.
 */
const HOUR = 3600;
const DAY = 8 * HOUR;

const STEPS: Array<[string, ProcessData]> = [
  ['Receive claim', { processTime: 5 * 60, cycleTime: 75, leadTime: 2 * HOUR, percentCompleteAccurate: 70, operators: 4 }],
  ['Register', { processTime: 10 * 60, cycleTime: 200, leadTime: 4 * HOUR, percentCompleteAccurate: 90, operators: 3 }],
  ['Check coverage', { processTime: 15 * 60, cycleTime: 450, leadTime: DAY, percentCompleteAccurate: 85, operators: 2 }],
  ['Request documents', { processTime: 10 * 60, cycleTime: 300, leadTime: 5 * DAY, percentCompleteAccurate: 60, operators: 2 }],
  ['Assess damage', { processTime: 45 * 60, cycleTime: 540, leadTime: 3 * DAY, percentCompleteAccurate: 80, operators: 5 }],
  ['Expert review', { processTime: 2 * HOUR, cycleTime: HOUR, leadTime: 6 * DAY, percentCompleteAccurate: 75, operators: 2 }],
  ['Approve', { processTime: 5 * 60, leadTime: 2 * DAY, percentCompleteAccurate: 95, operators: 1 }],
  ['Calculate payout', { processTime: 12 * 60, cycleTime: 360, leadTime: DAY, percentCompleteAccurate: 90, operators: 2 }],
  ['Second approval', { processTime: 5 * 60, leadTime: 2 * DAY, percentCompleteAccurate: 98, operators: 1 }],
  ['Pay out', { processTime: 5 * 60, leadTime: DAY, percentCompleteAccurate: 99, operators: 1 }],
  ['Notify customer', { processTime: 10 * 60, cycleTime: 300, leadTime: 4 * HOUR, percentCompleteAccurate: 97, operators: 2 }],
  ['Archive', { processTime: 5 * 60, leadTime: 2 * DAY, percentCompleteAccurate: 100, operators: 1 }],
];

export const CLAIMS_SETTINGS: MapSettings = { demandPerPeriod: 1_200, demandUnit: 'claims', workingDaysPerPeriod: 20, workingTimePerDay: DAY };

export function claimsMap(): MapChange[] {
  const nodes: MapNode[] = [];
  const connectors: Connector[] = [];
  const place = (id: string, kind: NodeKind, x: number, y: number, text: string) => {
    const node = createNode({ id, kind, at: { x, y }, z: nodes.length + 1, text });
    nodes.push(node);
    return node;
  };
  const link = (id: string, kind: ConnectorKind, fromId: string, toId: string, label = '') => {
    connectors.push({ id, kind, fromId, toId, label, originId: null });
  };
  const rowY = [560, 1000];
  const columnX = (column: number) => 220 + column * 330;
  STEPS.forEach(([name, data], index) => {
    const row = index < 6 ? 0 : 1;
    const column = row === 0 ? index : 11 - index;
    const step = place(`step-${index}`, 'process', columnX(column), rowY[row]!, name);
    if (step.kind === 'process') step.process = data;
    if (index > 0) link(`flow-${index}`, index === 9 ? 'fifo' : 'push', index === 6 ? 'tray-5' : `tray-${index - 1}`, step.id);
    if (index < STEPS.length - 1) {
      const trayX = index === 5 ? columnX(5) : columnX(column) + (row === 0 ? 165 : -165);
      const trayY = index === 5 ? (rowY[0]! + rowY[1]!) / 2 + 40 : rowY[row]!;
      const tray = place(`tray-${index}`, 'inventory', trayX, trayY, index === 3 ? 'Waiting for customer' : 'In-tray');
      if (tray.kind === 'inventory') tray.inventory = { quantity: 40 + index * 15, unit: 'claims' };
      link(`into-tray-${index}`, 'push', step.id, tray.id);
    }
  });
  place('customer', 'customer', 220, 830, 'Policy holders\n1,200 claims/month');
  place('system', 'production-control', 700, 150, 'Claims system\n(ClaimsPro)');
  place('supplier', 'outside-source', 1870, 150, 'Loss adjusters');
  link('info-1', 'electronic-info', 'customer', 'system', 'Claim form, e-mail');
  link('info-2', 'electronic-info', 'system', 'step-1', 'Daily queue');
  link('info-3', 'manual-info', 'system', 'step-3', 'Letters');
  link('info-4', 'electronic-info', 'supplier', 'step-5', 'Reports');
  link('in', 'push', 'customer', 'step-0', 'Claims');
  link('out', 'push', 'step-11', 'customer');
  place('kaizen-1', 'kaizen-burst', 1390, 330, 'Ask for documents at first contact');
  place('kaizen-2', 'kaizen-burst', 1060, 1240, 'One approval, not two');
  const noteA = place('note-1', 'sticky-note', 1600, 780, 'Experts booked 3 weeks out');
  noteA.color = 'pink';
  place('note-2', 'sticky-note', 140, 1240, '30 % of claims come back for missing data');
  const noteC = place('note-3', 'sticky-note', 580, 1240, 'Payouts batched on Fridays');
  noteC.color = 'blue';
  return [
    { op: 'setSettings', settings: CLAIMS_SETTINGS },
    ...nodes.map((node): MapChange => ({ op: 'putNode', node })),
    ...connectors.map((connector): MapChange => ({ op: 'putConnector', connector })),
  ];
}
