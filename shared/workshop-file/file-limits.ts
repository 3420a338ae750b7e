import { refusalLanguage, refusalWords } from '../i18n/refusals';

/**
 * How large a workshop file may be. A real workshop's file is a few megabytes; the limit keeps a
 * wrong or hostile file from filling memory, and is checked before anything is read or parsed.
 */
export const MAX_WORKSHOP_FILE_MB = 50;

export const MAX_WORKSHOP_FILE_BYTES = MAX_WORKSHOP_FILE_MB * 1024 * 1024;

export function tooLargeMessage(bytes: number): string {
  const language = refusalLanguage();
  const size = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
  return refusalWords()('fileTooLarge', { size, max: new Intl.NumberFormat(language).format(MAX_WORKSHOP_FILE_MB) });
}
