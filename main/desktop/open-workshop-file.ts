import fs from 'node:fs';
import path from 'node:path';
import type { VswApi } from '../../shared/api/contract';
import type { WorkshopOverview } from '../../shared/api/workshop-contract';
import { translator } from '../../shared/i18n/i18n-instance';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import { MAX_WORKSHOP_FILE_BYTES, tooLargeMessage } from '../../shared/workshop-file/file-limits';

/**
 * Opening a workshop file the system handed us (a double-click, the command line, the recent
 * list): it goes through the very import the Import button uses, so it always becomes a new
 * workshop and a bad file is refused with the import's own message, changing nothing. What the
 * app says around that message is in the app's language.
 */
export type OpenedFile =
  { status: 'opened'; workshopId: string; mapId: string; title: string } | { status: 'refused'; message: string; detail: string };

/** The map a workshop opens on: its current state, or its first map. */
export function openingMapId(overview: WorkshopOverview): string | null {
  return (overview.maps.find((map) => map.state === 'current') ?? overview.maps[0])?.id ?? null;
}

type Words = ReturnType<typeof translator<'menu'>>;

async function readWorkshopText(filePath: string, words: Words): Promise<{ text: string } | { problem: string }> {
  try {
    const stat = await fs.promises.stat(filePath);
    if (!stat.isFile()) return { problem: words('notAFile', { path: filePath }) };
    if (stat.size > MAX_WORKSHOP_FILE_BYTES) return { problem: tooLargeMessage(stat.size) };
    return { text: await fs.promises.readFile(filePath, 'utf8') };
  } catch (error) {
    return { problem: words('notRead', { detail: error instanceof Error ? error.message : String(error) }) };
  }
}

export async function openWorkshopFile(filePath: string, api: VswApi, language: Language = DEFAULT_LANGUAGE): Promise<OpenedFile> {
  const words = translator(language, 'menu');
  const refused = (detail: string): OpenedFile => ({ status: 'refused', message: words('fileNotOpened', { name: path.basename(filePath) }), detail });
  const read = await readWorkshopText(filePath, words);
  if ('problem' in read) return refused(read.problem);
  const result = await api.invoke('workshop.importFile', { text: read.text });
  if (!result.ok) return refused(result.error.message);
  const outcome = result.value;
  if (outcome.status !== 'imported') return refused(words('fileNotImported'));
  const mapId = openingMapId(outcome.overview);
  if (!mapId) return refused(words('noMap'));
  return { status: 'opened', workshopId: outcome.overview.workshop.id, mapId, title: outcome.overview.workshop.title };
}
