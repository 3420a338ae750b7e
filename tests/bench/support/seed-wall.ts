import type { MapChange } from '../../../shared/editing/map-change';
import type { Connector } from '../../../shared/model/connector';
import { NOTE_COLORS } from '../../../shared/model/colors';
import type { MapNode } from '../../../shared/model/map-node';
import { createNode } from '../../../shared/model/node-factory';

/**
 * A busy workshop wall for the benchmarks: `notes` sticky notes with a sentence each, in a grid
 * under rows of ten process boxes with full data boxes, and connectors between the boxes and from
 * boxes to notes. Ids are readable so a benchmark can find things by them.
 */
export type Wall = { changes: MapChange[]; noteIds: string[] };

const SENTENCES = [
  'Waiting for credit check before the order can move on',
  'Rework at packing: labels printed twice',
  'Approval needs two signatures',
  'Batch of 20 waits for the weekly run',
  'Hand-off by e-mail, often lost',
];

export function seedWall({ notes, processes, connectors }: { notes: number; processes: number; connectors: number }): Wall {
  const nodes: MapNode[] = [];
  const columns = Math.ceil(Math.sqrt(notes * 1.6));
  for (let index = 0; index < processes; index++) {
    const at = { x: 120 + (index % 10) * 260, y: 80 + Math.floor(index / 10) * 280 };
    const node = createNode({ id: `process-${index}`, kind: 'process', at, z: nodes.length + 1, text: `Step ${index + 1}` });
    if (node.kind === 'process')
      node.process = { cycleTime: 30 + index, changeoverTime: 600, uptime: 90, operators: 1, shifts: 2, processTime: 30 + index };
    nodes.push(node);
  }
  const noteIds: string[] = [];
  for (let index = 0; index < notes; index++) {
    const id = `note-${index}`;
    noteIds.push(id);
    nodes.push(
      createNode({
        id,
        kind: 'sticky-note',
        at: { x: 100 + (index % columns) * 190, y: 80 + Math.ceil(processes / 10) * 280 + Math.floor(index / columns) * 150 },
        z: nodes.length + 1,
        text: `${index + 1}. ${SENTENCES[index % SENTENCES.length]}`,
        color: NOTE_COLORS[index % NOTE_COLORS.length],
      }),
    );
  }
  const links: Connector[] = [];
  for (let index = 0; index < connectors; index++) {
    const fromProcess = index % processes;
    const toId = index < processes - 1 ? `process-${index + 1}` : noteIds[(index * 7) % notes]!;
    links.push({
      id: `link-${index}`,
      kind: index < processes - 1 ? 'push' : 'manual-info',
      fromId: `process-${fromProcess}`,
      toId,
      label: '',
      originId: null,
    });
  }
  return {
    changes: [
      ...nodes.map((node): MapChange => ({ op: 'putNode', node })),
      ...links.map((connector): MapChange => ({ op: 'putConnector', connector })),
    ],
    noteIds,
  };
}
