/**
 * How large a workshop file may be. A real workshop's file is a few megabytes; the limit keeps a
 * wrong or hostile file from filling memory, and is checked before anything is read or parsed.
 */
export const MAX_WORKSHOP_FILE_MB = 50;

export const MAX_WORKSHOP_FILE_BYTES = MAX_WORKSHOP_FILE_MB * 1024 * 1024;

const MAX_WORKSHOP_FILE_TEXT = `${MAX_WORKSHOP_FILE_MB} MB`;

export function tooLargeMessage(bytes: number): string {
  const size = `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `This file is ${size}; a workshop file may be at most ${MAX_WORKSHOP_FILE_TEXT}. Nothing was imported.`;
}
