import type { ExportFormat, WrittenFile } from '../../shared/api/export-contract';
import { call } from '../api/client';

/**
 * Saving what the page made (a map image, a CSV, the workshop file) the same way in both hosts:
 * the host is asked where it goes first, so the desktop app's save dialog comes before any work;
 * then the content is either handed to the host for the chosen file or downloaded by the page.
 */
export type SaveOutcome = { status: 'saved'; file: WrittenFile } | { status: 'downloaded'; fileName: string; url: string } | { status: 'cancelled' };

/** Starts a download of `blob` under `fileName`; the address stays valid for opening it afterwards. */
export function download(blob: Blob, fileName: string): string {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}

export async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

export function blobOfBase64(data: string, type: string): Blob {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type });
}

export async function saveFile(suggestedName: string, format: ExportFormat, make: () => Blob | Promise<Blob>): Promise<SaveOutcome> {
  const target = await call('export.chooseTarget', { suggestedName, format });
  if (target.savedBy === 'nobody') return { status: 'cancelled' };
  const blob = await make();
  if (target.savedBy === 'page') return { status: 'downloaded', fileName: suggestedName, url: download(blob, suggestedName) };
  const file = await call('export.write', { ticket: target.ticket, content: { encoding: 'base64', data: await base64Of(blob) } });
  return { status: 'saved', file };
}

/** Opens what was just saved: the desktop app opens the file it wrote; the browser shows the download in a new tab. */
export async function openSaved(outcome: Exclude<SaveOutcome, { status: 'cancelled' }>): Promise<void> {
  if (outcome.status === 'saved') await call('export.openWritten', { ticket: outcome.file.ticket });
  else window.open(outcome.url, '_blank', 'noopener');
}
