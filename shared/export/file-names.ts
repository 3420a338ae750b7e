/**
 * Names offered for exported files: the workshop's title and what the file holds, made safe on
 * every system (no path separators, no characters Windows refuses, no leading or trailing dots
 * or spaces), and short enough for any file system.
 */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

export function safeFileStem(text: string): string {
  const cleaned = text
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 120)
    .trim();
  return cleaned === '' ? 'Workshop' : cleaned;
}

/** "Acme Stamping - report.pdf"; without `what`, "Acme Stamping.vsw.json". */
export function exportFileName(title: string, what: string | null, extension: string): string {
  const stem = safeFileStem(title);
  return what === null ? `${stem}${extension}` : `${stem} - ${safeFileStem(what)}${extension}`;
}
