import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../shared/geometry/rect';
import {
  cutBetween,
  imagePixelRatio,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  MIN_PRINT_SCALE,
  partLabelPlace,
  partsWithContent,
  planMapPages,
} from '../../../shared/report/map-pages';

const page = { width: 1000, height: 600 };

/** `box` lies wholly within `part`. */
function inside(box: Rect, part: Rect): boolean {
  return (
    box.x >= part.x - 1e-6 &&
    box.y >= part.y - 1e-6 &&
    box.x + box.width <= part.x + part.width + 1e-6 &&
    box.y + box.height <= part.y + part.height + 1e-6
  );
}

/** A cut of `part` runs through `box`: they overlap, but the box is not wholly inside. */
function cuts(part: Rect, box: Rect): boolean {
  const overlap = box.x < part.x + part.width && part.x < box.x + box.width && box.y < part.y + part.height && part.y < box.y + box.height;
  return overlap && !inside(box, part);
}

describe('putting a map on paper', () => {
  it('prints a map that fits at the largest scale up to full size, on one page', () => {
    expect(planMapPages({ x: 10, y: 20, width: 500, height: 200 }, page)).toEqual({
      scale: 1,
      parts: [{ x: 10, y: 20, width: 500, height: 200 }],
      columns: 1,
      rows: 1,
      overviewScale: null,
    });
    expect(planMapPages({ x: 0, y: 0, width: 1600, height: 400 }, page).scale).toBeCloseTo(1000 / 1600, 9);
  });

  it('prints Learning to See’s current state, about 2,000 units wide, on one page of A4 at 6 pt or more', () => {
    const a4 = { width: 1016.7, height: 517.8 };
    const plan = planMapPages({ x: 0, y: 0, width: 2_000, height: 700 }, a4);
    expect(plan.parts).toHaveLength(1);
    expect(plan.overviewScale).toBeNull();
    expect(16 * plan.scale * 0.75).toBeGreaterThanOrEqual(6);
  });

  it('splits a map that would print too small between its nodes, with an overview first', () => {
    const boxes = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((index) => ({ x: index * 400, y: 100, width: 160, height: 300 }));
    const plan = planMapPages({ x: -100, y: 0, width: 4_100, height: 500 }, page, boxes);
    expect(plan.overviewScale).toBeCloseTo(1000 / 4100, 9);
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(plan.rows).toBe(1);
    for (const box of boxes) expect(plan.parts.filter((part) => cuts(part, box))).toEqual([]);
    expect(plan.parts.filter((part) => boxes.some((box) => inside(box, part)))).toHaveLength(plan.parts.length);
  });

  it('puts every node of any map whole on one part, each part fitting its page, the parts covering the map', () => {
    // Nodes in the cells of a 500-unit lattice, so no chain of overlapping nodes is longer than a page.
    const node = fc
      .record({
        column: fc.integer({ min: 0, max: 12 }),
        row: fc.integer({ min: 0, max: 6 }),
        dx: fc.integer({ min: 0, max: 100 }),
        dy: fc.integer({ min: 0, max: 100 }),
        width: fc.integer({ min: 20, max: 350 }),
        height: fc.integer({ min: 20, max: 350 }),
      })
      .map(({ column, row, dx, dy, width, height }) => ({ x: column * 500 + dx, y: row * 500 + dy, width, height }));
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 40 }), (nodes) => {
        const left = Math.min(...nodes.map((n) => n.x)) - 20;
        const top = Math.min(...nodes.map((n) => n.y)) - 20;
        const content = {
          x: left,
          y: top,
          width: Math.max(...nodes.map((n) => n.x + n.width)) + 20 - left,
          height: Math.max(...nodes.map((n) => n.y + n.height)) + 20 - top,
        };
        const plan = planMapPages(content, page, nodes);
        expect(plan.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE - 1e-9);
        expect(plan.scale).toBeLessThanOrEqual(1);
        expect(plan.parts).toHaveLength(plan.columns * plan.rows);
        for (const part of plan.parts) {
          expect(part.width * plan.scale).toBeLessThanOrEqual(page.width + 1e-6);
          expect(part.height * plan.scale).toBeLessThanOrEqual(page.height + 1e-6);
        }
        const area = plan.parts.reduce((total, part) => total + part.width * part.height, 0);
        expect(area).toBeCloseTo(content.width * content.height, 3);
        for (const box of nodes) expect(plan.parts.filter((part) => inside(box, part))).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('cutting one axis between nodes', () => {
  it('cuts in the furthest gap that fits on the page, just clear of the next node', () => {
    expect(
      cutBetween(0, 1000, 400, [
        { start: 100, end: 200 },
        { start: 300, end: 500 },
        { start: 600, end: 700 },
      ]),
    ).toEqual([
      { start: 0, end: 288 },
      { start: 288, end: 588 },
      { start: 588, end: 988 },
      { start: 988, end: 1000 },
    ]);
  });

  it('cuts at the page’s edge only where a node is longer than a page', () => {
    expect(cutBetween(0, 1000, 400, [{ start: 0, end: 1000 }])).toEqual([
      { start: 0, end: 400 },
      { start: 400, end: 800 },
      { start: 800, end: 1000 },
    ]);
  });
});

describe('the numbers of the parts on the overview', () => {
  it('go in the middle of the part, else an edge or a corner no node covers, or above the picture when all are taken', () => {
    const bounds = { x: 0, y: 0, width: 1000, height: 500 };
    const part = { x: 0, y: 0, width: 500, height: 500 };
    const label = { width: 40, height: 30 };
    expect(partLabelPlace(part, [{ x: 0, y: 0, width: 100, height: 100 }], label, bounds)).toEqual({ x: 230, y: 235, outside: false });
    const row = [{ x: 0, y: 150, width: 500, height: 200 }];
    expect(partLabelPlace(part, row, label, bounds)).toEqual({ x: 230, y: 0, outside: false });
    const full = [{ x: 0, y: 0, width: 500, height: 500 }];
    expect(partLabelPlace(part, full, label, bounds)).toEqual({ x: 0, y: -30, outside: true });
  });
});

describe('the parts of a split map that are printed', () => {
  it('leaves out a part with nothing on it, keeping the others in reading order', () => {
    const parts = [0, 1, 2].map((column) => ({ x: column * 100, y: 0, width: 100, height: 100 }));
    expect(
      partsWithContent(parts, [
        { x: 10, y: 10, width: 20, height: 20 },
        { x: 250, y: 50, width: 10, height: 10 },
      ]),
    ).toEqual([parts[0], parts[2]]);
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
