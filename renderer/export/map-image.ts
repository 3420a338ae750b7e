import { uiText } from '../ui-text/ui-text';
import type { MapDocument } from '../../shared/model/vsm-map';
import { imagePixelRatio } from '../../shared/report/map-pages';
import { call, errorMessage } from '../api/client';
import { base64Of } from './save-file';
import { mapImageBounds, withMapStage } from './map-stage';

/**
 * A map as a PNG at 2× or 4× (reduced for a map too large for one canvas, and then said so), and
 * the same picture on the clipboard. The browser may refuse the clipboard (no permission, or the
 * page not in front); the caller is told why.
 */
export type MapImage = { blob: Blob; ratio: number; reduced: boolean };

export async function mapPng(doc: MapDocument, requested: number): Promise<MapImage> {
  const bounds = mapImageBounds(doc);
  const { ratio, reduced } = imagePixelRatio(bounds, requested);
  const blob = await withMapStage(doc, 1, bounds, (stage) => stage.blob(bounds, ratio));
  return { blob, ratio, reduced };
}

export type CopyResult = { copied: true } | { copied: false; reason: string };

async function browserCopy(blob: Blob): Promise<string | null> {
  if (!navigator.clipboard || typeof ClipboardItem === 'undefined') return uiText('exports:clipboard.unsupported');
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}

/** The browser's clipboard first; where the page may not write it (the desktop app's locked-down page), the host's. */
export async function copyMapImage(doc: MapDocument): Promise<CopyResult> {
  const { blob } = await mapPng(doc, 2);
  const refused = await browserCopy(blob);
  if (refused === null) return { copied: true };
  const { copiedBy } = await call('app.copyImage', { pngBase64: await base64Of(blob) });
  if (copiedBy === 'host') return { copied: true };
  return { copied: false, reason: uiText('exports:clipboard.refused', { refused }) };
}
