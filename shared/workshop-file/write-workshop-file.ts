import type { WorkshopFile } from './workshop-file-schema';

/**
 * The file's text: indented JSON, so that a person (or a diff) can read it, ending in a newline.
 * Reading it back with readWorkshopFile gives the same workshop file, value for value.
 */
export function serializeWorkshopFile(file: WorkshopFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
