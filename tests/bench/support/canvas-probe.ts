import type { Page } from '@playwright/test';

/**
 * Instruments the page's Konva (which puts itself on `window.Konva`) from the outside: the time
 * every layer spends drawing, summed per animation frame, the time between animation frames (what
 * the eye sees: a long gap is a frame the display missed), and the drag moves the stage handled.
 * The app carries no benchmark code.
 */
type KonvaShape = { name: () => string; id: () => string; getParent: () => KonvaShape | null };

type KonvaGlobal = {
  Layer: { prototype: Record<string, (...args: unknown[]) => unknown> };
  stages: Array<{
    on: (event: string, handler: (event: { evt: MouseEvent }) => void) => void;
    find: (selector: string) => unknown[];
    getLayers: () => Array<{ getChildren: () => unknown[] }>;
    getIntersection: (at: { x: number; y: number }) => KonvaShape | null;
  }>;
};

type Probe = { frames: number[]; gaps: number[]; current: number; moves: number; last: string; at: number; quiet: number };

declare global {
  interface Window {
    Konva?: KonvaGlobal;
    __canvasProbe?: Probe;
  }
}

export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const konva = window.Konva!;
    if (window.__canvasProbe) return;
    const probe: Probe = { frames: [], gaps: [], current: 0, moves: 0, last: '', at: 0, quiet: 0 };
    for (const method of ['drawScene', 'drawHit']) {
      const original = konva.Layer.prototype[method]!;
      konva.Layer.prototype[method] = function (this: unknown, ...args: unknown[]) {
        const start = performance.now();
        const result = original.apply(this, args);
        probe.current += performance.now() - start;
        return result;
      };
    }
    const tick = (now: number) => {
      if (probe.current > 0) probe.frames.push(probe.current);
      probe.quiet = probe.current > 0 ? 0 : probe.quiet + 1;
      if (probe.at > 0) probe.gaps.push(now - probe.at);
      probe.at = now;
      probe.current = 0;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // Chromium also sends a move at the same spot after a repaint, to update hover; count only real moves.
    konva.stages[0]!.on('dragmove.bench', ({ evt }) => {
      const at = `${evt.clientX},${evt.clientY}`;
      if (at !== probe.last) probe.moves += 1;
      probe.last = at;
    });
    window.__canvasProbe = probe;
  });
}

/** Clears the probe's counts, so the next reading covers only what happens after. */
export async function resetProbe(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const probe = window.__canvasProbe!;
    probe.frames = [];
    probe.gaps = [];
    probe.moves = 0;
  });
}

/** Waits until nothing has been drawn for ten frames in a row (a settling gesture, a render React had still to do). */
export async function waitForQuiet(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const probe = window.__canvasProbe!;
    const start = performance.now();
    while (probe.quiet < 10 && performance.now() - start < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

export async function readProbe(page: Page): Promise<{ frames: number[]; gaps: number[]; moves: number }> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const probe = window.__canvasProbe!;
    return { frames: [...probe.frames], gaps: [...probe.gaps], moves: probe.moves };
  });
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}
