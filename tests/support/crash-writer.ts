import fs from 'node:fs';
import { openAppServices } from '../../main/services/app-services';
import type { MapChange } from '../../shared/editing/map-change';

/**
 * The writer of the crash test, run as its own process: `node crash-writer.mjs <dataDir> <mapId> <run>`.
 * It saves map edits through the app's own API in a loop, printing `saving <edit> <nodes>` before
 * each save and `saved <edit>` once the app has reported it saved, until it is killed. Every tenth edit is a large paste, so that
 * kills also land inside transactions that span many pages.
 */
const [dataDir, mapId, run] = process.argv.slice(2);
if (!dataDir || !mapId || !run) throw new Error('usage: crash-writer <dataDir> <mapId> <run>');

function nodesInEdit(index: number): number {
  return index % 10 === 9 ? 60 : 1;
}

function editChanges(edit: string, index: number): MapChange[] {
  return Array.from({ length: nodesInEdit(index) }, (_, part) => ({
    op: 'putNode',
    node: {
      id: `${edit}-${part}`,
      kind: 'sticky-note',
      x: index * 10,
      y: part * 10,
      width: 160,
      height: 120,
      z: index,
      text: `Edit ${edit} part ${part}: ${'waiting for approval '.repeat(8)}`,
      color: 'yellow',
      originId: null,
    },
  }));
}

const services = openAppServices(dataDir);
for (let index = 0; ; index += 1) {
  const edit = `${run}.${index}`;
  const changes = editChanges(edit, index);
  fs.writeSync(1, `saving ${edit} ${changes.length}\n`);
  const result = await services.dispatch('map.applyChanges', { mapId, changes });
  if (!result.ok) throw new Error(`save failed: ${result.error.message}`);
  fs.writeSync(1, `saved ${edit}\n`);
}
