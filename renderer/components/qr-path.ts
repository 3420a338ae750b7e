import { create } from 'qrcode';

/** The quiet zone every QR reader needs around the code, in modules (the standard asks for four). */
export const QUIET_ZONE = 4;

export type QrDrawing = {
  /** Modules across, quiet zone included. */ size: number;
  /** One SVG path of unit squares, one per dark module. */ path: string;
};

/**
 * A QR code as one SVG path, computed here from the `qrcode` package's module matrix, so the code
 * is drawn by React as data (no markup string, no canvas, nothing fetched). Medium error
 * correction survives a projector's glare and a phone held at an angle.
 */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) squares.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: squares.join('') };
}
