import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNode, deleteNodes, editText, moveNodes, recolorNodes } from '../../../shared/editing/commands';
import { commit, emptyHistory, redo, undo, type EditorState } from '../../../shared/editing/history';
import { applyChanges, applyChangesWithInverse, type MapChange } from '../../../shared/editing/map-change';
import { NOTE_COLORS } from '../../../shared/model/colors';
import { CONNECTOR_KINDS } from '../../../shared/model/connector';
import { NODE_KINDS } from '../../../shared/model/node-kinds';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { exhaustiveSwitchError } from '../../../shared/util/exhaustive';
import { emptyDoc } from '../fixtures';

/**
 * Every editing command, in any order on any map, is undone exactly by the inverse its changes
 * produce, and undo/redo through the history retrace the same documents.
 */
const intent = fc.oneof(
  fc.record({
    do: fc.constant('add' as const),
    kind: fc.constantFrom(...NODE_KINDS),
    x: fc.integer({ min: -5_000, max: 5_000 }),
    y: fc.integer({ min: -5_000, max: 5_000 }),
  }),
  fc.record({
    do: fc.constant('move' as const),
    picks: fc.array(fc.nat(), { maxLength: 4 }),
    dx: fc.integer({ min: -300, max: 300 }),
    dy: fc.integer({ min: -300, max: 300 }),
  }),
  fc.record({ do: fc.constant('text' as const), pick: fc.nat(), text: fc.string({ maxLength: 30 }) }),
  fc.record({
    do: fc.constant('recolor' as const),
    picks: fc.array(fc.nat(), { maxLength: 4 }),
    color: fc.constantFrom(...NOTE_COLORS),
  }),
  fc.record({ do: fc.constant('delete' as const), picks: fc.array(fc.nat(), { maxLength: 3 }) }),
  fc.record({
    do: fc.constant('connect' as const),
    from: fc.nat(),
    to: fc.nat(),
    kind: fc.constantFrom(...CONNECTOR_KINDS),
  }),
  fc.record({ do: fc.constant('settings' as const), demand: fc.integer({ min: 0, max: 100_000 }) }),
);

type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

function changesFor(doc: MapDocument, wish: Intent, serial: number): MapChange[] {
  const ids = doc.nodes.map((node) => node.id);
  const pick = (n: number) => ids[n % Math.max(ids.length, 1)];
  const picked = (ns: number[]) => ns.flatMap((n) => pick(n) ?? []);
  switch (wish.do) {
    case 'add':
      return addNode(doc, { id: `n${serial}`, kind: wish.kind, at: { x: wish.x, y: wish.y } });
    case 'move':
      return moveNodes(
        doc,
        picked(wish.picks).map((id) => {
          const node = doc.nodes.find((n) => n.id === id);
          return { id, x: (node?.x ?? 0) + wish.dx, y: (node?.y ?? 0) + wish.dy };
        }),
      );
    case 'text':
      return picked([wish.pick]).flatMap((id) => editText(doc, id, wish.text));
    case 'recolor':
      return recolorNodes(doc, picked(wish.picks), wish.color);
    case 'delete':
      return deleteNodes(doc, picked(wish.picks));
    case 'connect': {
      const [fromId, toId] = picked([wish.from, wish.to]);
      if (!fromId || !toId || fromId === toId) return [];
      return [
        {
          op: 'putConnector',
          connector: { id: `c${serial}`, kind: wish.kind, fromId, toId, label: '', originId: null },
        },
      ];
    }
    case 'settings':
      return [{ op: 'setSettings', settings: { ...doc.map.settings, demandPerPeriod: wish.demand } }];
    default:
      return exhaustiveSwitchError(wish, 'editing intent');
  }
}

describe('editing commands (fast-check)', () => {
  it('each command’s inverse restores the map exactly', () => {
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 40 }), (wishes) => {
        let doc = emptyDoc();
        wishes.forEach((wish, serial) => {
          const { doc: after, inverse } = applyChangesWithInverse(doc, changesFor(doc, wish, serial));
          expect(applyChanges(after, inverse)).toEqual(doc);
          doc = after;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('undo walks back through every state and redo forward again', () => {
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 25 }), (wishes) => {
        let state: EditorState = { doc: emptyDoc(), history: emptyHistory() };
        const seen = [state.doc];
        wishes.forEach((wish, serial) => {
          // An edit that changes nothing (the same setting set twice) is no step to undo.
          const step = commit(state, wish.do, changesFor(state.doc, wish, serial));
          state = step.state;
          if (step.applied.length > 0) seen.push(state.doc);
        });
        for (const expected of [...seen].reverse().slice(1)) {
          state = undo(state).state;
          expect(state.doc).toEqual(expected);
        }
        for (const expected of seen.slice(1)) {
          state = redo(state).state;
          expect(state.doc).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the same setting set twice is one step to undo', () => {
    const first = commit({ doc: emptyDoc(), history: emptyHistory() }, 'settings', [
      { op: 'setSettings', settings: { ...emptyDoc().map.settings, demandPerPeriod: 9 } },
    ]).state;
    const second = commit(first, 'settings', [{ op: 'setSettings', settings: { ...first.doc.map.settings, demandPerPeriod: 9 } }]);
    expect(second.applied).toEqual([]);
    expect(undo(second.state).state.doc).toEqual(emptyDoc());
  });
});
