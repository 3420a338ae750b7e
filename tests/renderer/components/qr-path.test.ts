import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrDrawing } from '../../../renderer/components/qr-path';

const PIXELS_PER_MODULE = 4;

/** Paints the drawing's squares into an RGBA bitmap, as a screen would, so a real QR reader can read it back. */
function rasterize(size: number, path: string): { data: Uint8ClampedArray; width: number } {
  const width = size * PIXELS_PER_MODULE;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, col, row] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < PIXELS_PER_MODULE; dy += 1) {
      for (let dx = 0; dx < PIXELS_PER_MODULE; dx += 1) {
        const offset = ((Number(row) * PIXELS_PER_MODULE + dy) * width + Number(col) * PIXELS_PER_MODULE + dx) * 4;
        data.fill(0, offset, offset + 3);
      }
    }
  }
  return { data, width };
}

describe('qrDrawing', () => {
  it.each(['http://127.0.0.2:41234/#code=K7Q2XM', 'http://192.168.178.23:5173/'])('draws a code a QR reader reads back as %s', (text) => {
    const { size, path } = qrDrawing(text);
    const { data, width } = rasterize(size, path);
    expect(jsQR(data, width, width)?.data).toBe(text);
  });

  it('leaves the quiet zone around the code empty', () => {
    const { size, path } = qrDrawing('http://127.0.0.2:1/');
    const positions = [...path.matchAll(/M(\d+) (\d+)/g)].flatMap(([, col, row]) => [Number(col), Number(row)]);
    expect(Math.min(...positions)).toBe(QUIET_ZONE);
    expect(Math.max(...positions)).toBe(size - QUIET_ZONE - 1);
  });
});
