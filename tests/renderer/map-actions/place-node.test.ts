import { describe, expect, it } from 'vitest';
import type { Point } from '../../../shared/geometry/rect';
import { exampleMap, processBox } from '../../../shared/vsm/examples/example-builder';
import { createMapEditor } from '../../../renderer/editor/map-editor';
import { createActionHost } from '../../../renderer/map-actions/action-host';

function setUp(pointer: Point | null) {
  const doc = exampleMap(
    {
      id: 'm',
      name: 'Line',
      state: 'current',
      derivedFromMapId: null,
      settings: { demandPerPeriod: 400, workingDaysPerPeriod: 20, workingTimePerDay: 28_800 },
    },
    [processBox({ id: 'A', text: 'Stamping', x: 200, y: 0 }, { cycleTime: 10 })],
    [],
  );
  const editor = createMapEditor(doc, { enqueue: () => undefined, flush: () => Promise.resolve(), hasUnsaved: () => false });
  const host = createActionHost(editor);
  host.provide({ canvasSize: () => ({ width: 1000, height: 600 }), liveViewport: () => ({ x: 0, y: 0, scale: 1 }), pointer: () => pointer });
  return { editor, host };
}

const added = (editor: ReturnType<typeof createMapEditor>) => {
  const node = editor.getState().doc.nodes.find((candidate) => candidate.id !== 'A')!;
  return { x: node.x + node.width / 2, y: node.y + node.height / 2, id: node.id };
};

describe('adding a symbol by key', () => {
  it('puts it under the pointer when the pointer is over the canvas, selected and ready to be named', () => {
    const { editor, host } = setUp({ x: 640, y: 420 });
    editor.select(['A']);
    host.run('add-process');
    const node = added(editor);
    expect({ x: node.x, y: node.y }).toEqual({ x: 640, y: 420 });
    expect(editor.getState().session).toMatchObject({ selection: new Set([node.id]), editingId: node.id });
  });

  it('puts it beside the one selected node when the pointer is elsewhere', () => {
    const { editor, host } = setUp(null);
    editor.select(['A']);
    host.run('add-process');
    expect(added(editor).x).toBeGreaterThan(200 + 160);
  });

  it('puts it mid-view with nothing selected and the pointer elsewhere', () => {
    const { editor, host } = setUp(null);
    host.run('add-note');
    const node = added(editor);
    expect(Math.abs(node.x - 500)).toBeLessThan(200);
    expect(Math.abs(node.y - 300)).toBeLessThan(200);
  });

  it('from the palette, never at the pointer (the pointer is on the palette button)', () => {
    const { editor, host } = setUp({ x: 640, y: 420 });
    host.run('add-node', { nodeKind: 'process' });
    expect(added(editor).x).not.toBe(640);
  });
});
