import type { Page } from '@playwright/test';
import type { MapChange } from '../../../shared/editing/map-change';
import { acmeStampingFutureState } from '../../../shared/vsm/examples';
import { seedAcmeWorkshopInto, type ApiCall } from '../../support/full-workshop';
import type { RunningHost } from './browser-host-process';
import { createWorkshop, expect } from './fixtures';
import { hostCall } from './host-api';

/**
 * A small real workshop for the export tests, on a workshop the test created through the UI: the
 * Acme Stamping current state, the book's future state (derived through the app, so lineage is
 * the app's), two people, a revealed vote with a tie, answers and three actions.
 */
export type ReportWorkshop = { currentId: string; futureId: string; sessionId: string; actions: string[] };

export async function seedReportWorkshop(call: ApiCall, workshopId: string): Promise<ReportWorkshop> {
  const currentId = await seedAcmeWorkshopInto(call, workshopId);
  const derived = await call('map.deriveFutureState', { sourceMapId: currentId, name: 'Next quarter' });
  const copy = await call('map.load', { mapId: derived.id });
  const example = acmeStampingFutureState();
  const burst = {
    id: 'kb-setup',
    kind: 'kaizen-burst' as const,
    x: 60,
    y: 640,
    width: 150,
    height: 110,
    z: 900,
    text: 'Setup < 10 min',
    color: 'yellow' as const,
    originId: null,
  };
  const changes: MapChange[] = [
    ...copy.connectors.map((connector): MapChange => ({ op: 'removeConnector', id: connector.id })),
    ...copy.nodes.map((node): MapChange => ({ op: 'removeNode', id: node.id })),
    { op: 'setSettings', settings: example.map.settings },
    ...example.nodes.map((node): MapChange => ({ op: 'putNode', node })),
    { op: 'putNode', node: burst },
    ...example.connectors.map((connector): MapChange => ({ op: 'putConnector', connector })),
  ];
  await call('map.applyChanges', { mapId: derived.id, changes });
  const people = await call('participant.add', { workshopId, people: [{ name: 'Ana López' }, { name: 'Ben Kim' }, { name: 'Chris Park' }] });
  const session = await call('voting.create', {
    workshopId,
    mapId: currentId,
    setup: {
      title: 'Where does it hurt most',
      targetKinds: ['process'],
      votesPerParticipant: 3,
      maxVotesPerItem: 3,
      visibility: 'secret',
      mode: 'open-clicking',
    },
  });
  const dots: [number, string][] = [
    [0, 'acme-stamping'],
    [1, 'acme-stamping'],
    [2, 'acme-stamping'],
    [0, 'acme-weld-2'],
    [1, 'acme-weld-2'],
    [2, 'acme-assembly-1'],
    [0, 'acme-weld-1'],
  ];
  for (const [person, nodeId] of dots)
    await call('voting.cast', { sessionId: session.id, participantId: people[person]!.id, nodeId, writeId: crypto.randomUUID() });
  await call('voting.setStatus', { sessionId: session.id, status: 'revealed' });
  await call('futureState.setAnswer', { mapId: derived.id, question: 'takt', answer: '60 seconds' });
  await call('futureState.setAnswer', { mapId: derived.id, question: 'pacemaker', answer: 'The weld and assembly cell' });
  const actions = ['Quick changeover workshop at the press', 'Build the weld and assembly cell', 'Kanban between stamping and the cell'];
  for (const [index, what] of actions.entries()) {
    await call('action.create', {
      mapId: derived.id,
      what,
      owner: ['Ben', 'Ana', 'Chris'][index]!,
      dueDate: `2027-0${index + 1}-15`,
      ...(index === 0 ? { kaizenNodeId: burst.id } : {}),
    });
  }
  return { currentId, futureId: derived.id, sessionId: session.id, actions };
}

/** Creates the workshop on the workshop list, fills it through the API, and shows its map again. */
export async function openReportWorkshop(page: Page, host: RunningHost, title: string): Promise<ReportWorkshop & { workshopId: string }> {
  await page.goto(host.url);
  await createWorkshop(page, title, 'Dana Lee');
  const workshopId = decodeURIComponent(/#\/workshops\/([^/]+)\//.exec(new URL(page.url()).hash)![1]!);
  const seeded = await seedReportWorkshop(hostCall(host), workshopId);
  await page.reload();
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  return { workshopId, ...seeded };
}
