import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imagePixelRatio, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MIN_PRINT_SCALE, PART_OVERLAP, partsWithContent, planMapPages } from '../../../shared/report/map-pages';

const page = { width: 1000, height: 600 };

describe('putting a map on paper', () => {
  it('prints a map that fits at the largest scale up to full size, on one page', () => {
    expect(planMapPages({ x: 10, y: 20, width: 500, height: 200 }, page)).toEqual({ scale: 1, parts: [{ x: 10, y: 20, width: 500, height: 200 }], columns: 1, rows: 1, overviewScale: null });
    expect(planMapPages({ x: 0, y: 0, width: 1600, height: 400 }, page).scale).toBeCloseTo(1000 / 1600, 9);
  });

  it('splits a map that would print too small, with an overview first', () => {
    const plan = planMapPages({ x: -100, y: 0, width: 4000, height: 900 }, page);
    expect(plan.overviewScale).toBeCloseTo(0.25, 9);
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(plan.columns).toBe(3);
    expect(plan.rows).toBe(1);
    const step = (1000 - PART_OVERLAP) / plan.scale;
    const slack = 2 * step + 1000 / plan.scale - 4000;
    expect(plan.parts.map((part) => part.x)).toEqual([0, 1, 2].map((column) => -100 - slack / 2 + column * step));
  });

  it('covers every part of any map at a legible scale, each part filling one page', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 40_000 }),
      height: fc.integer({ min: 1, max: 20_000 }),
    });
    fc.assert(
      fc.property(rect, (content) => {
        const plan = planMapPages(content, page);
        expect(plan.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE - 1e-9);
        expect(plan.scale).toBeLessThanOrEqual(1);
        expect(plan.parts).toHaveLength(plan.columns * plan.rows);
        const right = Math.max(...plan.parts.map((part) => part.x + part.width));
        const bottom = Math.max(...plan.parts.map((part) => part.y + part.height));
        expect(Math.min(...plan.parts.map((part) => part.x))).toBeLessThanOrEqual(content.x + 1e-6);
        expect(Math.min(...plan.parts.map((part) => part.y))).toBeLessThanOrEqual(content.y + 1e-6);
        expect(right).toBeGreaterThanOrEqual(content.x + content.width - 1e-6);
        expect(bottom).toBeGreaterThanOrEqual(content.y + content.height - 1e-6);
        for (const part of plan.parts) {
          expect(part.width * plan.scale).toBeLessThanOrEqual(page.width + 1e-6);
          expect(part.height * plan.scale).toBeLessThanOrEqual(page.height + 1e-6);
        }
        if (plan.parts.length > 1) {
          const [first, second] = plan.parts;
          if (plan.columns > 1) expect(first!.x + first!.width - second!.x).toBeCloseTo(PART_OVERLAP / plan.scale, 6);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the parts of a split map that are printed', () => {
  it('leaves out a part with nothing on it, keeping the others in reading order', () => {
    const parts = [0, 1, 2].map((column) => ({ x: column * 100, y: 0, width: 100, height: 100 }));
    expect(partsWithContent(parts, [{ x: 10, y: 10, width: 20, height: 20 }, { x: 250, y: 50, width: 10, height: 10 }])).toEqual([parts[0], parts[2]]);
    expect(partsWithContent(parts, [])).toEqual([]);
  });
});

describe('the pixel ratio of a PNG export', () => {
  it('gives the ratio asked for while the image stays within what a canvas can hold', () => {
    expect(imagePixelRatio({ width: 2000, height: 800 }, 4)).toEqual({ ratio: 4, reduced: false });
  });

  it('reduces it for a very large map, and says so', () => {
    const wide = imagePixelRatio({ width: 12_000, height: 1_000 }, 4);
    expect(wide.reduced).toBe(true);
    expect(12_000 * wide.ratio).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    const big = imagePixelRatio({ width: 6_000, height: 5_000 }, 4);
    expect(big.reduced).toBe(true);
    expect(6_000 * 5_000 * big.ratio ** 2).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
  });
});
