import fs from 'node:fs';
import path from 'node:path';
import type { VswApi } from '../../shared/api/contract';
import type { WorkshopOverview } from '../../shared/api/workshop-contract';
import { MAX_WORKSHOP_FILE_BYTES, tooLargeMessage } from '../../shared/workshop-file/file-limits';

/**
 * Opening a workshop file the system handed us (a double-click, the command line, the recent
 * list): it goes through the very import the Import button uses, so it always becomes a new
 * workshop and a bad file is refused with the import's own message, changing nothing.
 */
export type OpenedFile =
  { status: 'opened'; workshopId: string; mapId: string; title: string } | { status: 'refused'; message: string; detail: string };

/** The map a workshop opens on: its current state, or its first map. */
export function openingMapId(overview: WorkshopOverview): string | null {
  return (overview.maps.find((map) => map.state === 'current') ?? overview.maps[0])?.id ?? null;
}

function refused(filePath: string, detail: string): OpenedFile {
  return { status: 'refused', message: `“${path.basename(filePath)}” was not opened`, detail };
}

async function readWorkshopText(filePath: string): Promise<{ text: string } | { problem: string }> {
  try {
    const stat = await fs.promises.stat(filePath);
    if (!stat.isFile()) return { problem: `${filePath} is not a file.` };
    if (stat.size > MAX_WORKSHOP_FILE_BYTES) return { problem: tooLargeMessage(stat.size) };
    return { text: await fs.promises.readFile(filePath, 'utf8') };
  } catch (error) {
    return { problem: `It could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function openWorkshopFile(filePath: string, api: VswApi): Promise<OpenedFile> {
  const read = await readWorkshopText(filePath);
  if ('problem' in read) return refused(filePath, read.problem);
  const result = await api.invoke('workshop.importFile', { text: read.text });
  if (!result.ok) return refused(filePath, result.error.message);
  const outcome = result.value;
  if (outcome.status !== 'imported') return refused(filePath, 'The file was not imported.');
  const mapId = openingMapId(outcome.overview);
  if (!mapId) return refused(filePath, 'The workshop in it has no map.');
  return { status: 'opened', workshopId: outcome.overview.workshop.id, mapId, title: outcome.overview.workshop.title };
}
