import { describe, expect, it } from 'vitest';
import { InvalidEditError, updateMapSettings, updateNodeData } from '../../../shared/editing/commands-data';
import { createNode } from '../../../shared/model/node-factory';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { emptyDoc } from '../fixtures';
import { applyAndCheckInverse } from './inverse';

function doc(): MapDocument {
  return {
    ...emptyDoc(),
    nodes: [
      createNode({ id: 'p', kind: 'process', at: { x: 0, y: 0 }, z: 1 }),
      createNode({ id: 'i', kind: 'inventory', at: { x: 300, y: 0 }, z: 2 }),
      createNode({ id: 't', kind: 'shipment', at: { x: 600, y: 0 }, z: 3 }),
    ],
  };
}

const byId = (d: MapDocument, id: string) => d.nodes.find((node) => node.id === id)!;

describe('data commands', () => {
  it('sets and clears data-box fields, each step undone exactly', () => {
    let current = applyAndCheckInverse(doc(), updateNodeData(doc(), 'p', { process: { cycleTime: 39, uptime: 85 } }));
    expect(byId(current, 'p')).toMatchObject({ process: { cycleTime: 39, uptime: 85 } });
    current = applyAndCheckInverse(current, updateNodeData(current, 'p', { process: { uptime: undefined } }));
    expect(byId(current, 'p')).toMatchObject({ process: { cycleTime: 39 } });
    expect('uptime' in (byId(current, 'p') as { process: object }).process).toBe(false);
  });

  it('fills in inventory and truck data', () => {
    let current = applyAndCheckInverse(doc(), updateNodeData(doc(), 'i', { inventory: { quantity: 4600, unit: 'pcs' } }));
    current = applyAndCheckInverse(current, updateNodeData(current, 't', { shipment: { frequency: '2x week' } }));
    expect(byId(current, 'i')).toMatchObject({ inventory: { quantity: 4600, unit: 'pcs' } });
    expect(byId(current, 't')).toMatchObject({ shipment: { frequency: '2x week' } });
  });

  it('gives no change when nothing differs or the section does not fit the node', () => {
    const current = applyAndCheckInverse(doc(), updateNodeData(doc(), 'p', { process: { cycleTime: 39 } }));
    expect(updateNodeData(current, 'p', { process: { cycleTime: 39 } })).toEqual([]);
    expect(updateNodeData(current, 'i', { process: { cycleTime: 39 } })).toEqual([]);
  });

  it('refuses a value the model would refuse, naming the field', () => {
    expect(() => updateNodeData(doc(), 'p', { process: { uptime: 140 } })).toThrow(InvalidEditError);
    expect(() => updateNodeData(doc(), 'p', { process: { uptime: 140 } })).toThrow(/uptime must be a percentage/);
    expect(() => updateNodeData(doc(), 'p', { process: { batchSize: 0 } })).toThrow(/batchSize/);
  });

  it('edits the map settings, undone exactly, and refuses a zero working time', () => {
    const current = applyAndCheckInverse(doc(), updateMapSettings(doc(), { demandPerPeriod: 18_400, workingDaysPerPeriod: 20 }));
    expect(current.map.settings).toEqual({ demandPerPeriod: 18_400, workingDaysPerPeriod: 20 });
    expect(updateMapSettings(current, { demandPerPeriod: 18_400 })).toEqual([]);
    expect(() => updateMapSettings(current, { workingTimePerDay: 0 })).toThrow(/workingTimePerDay/);
  });
});
