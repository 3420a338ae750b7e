import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../../main/store/open-database';
import { stepNearBurst } from '../../../../shared/future-state/burst-step';
import type { MapDocument } from '../../../../shared/model/vsm-map';
import { changeoverBurst } from '../../../support/full-workshop';
import { acmeWorkshop, useApi, type Api } from './api-support';

async function futureOfAcme(api: Api) {
  const acme = await acmeWorkshop(api);
  const meta = await api.call('map.deriveFutureState', { sourceMapId: acme.currentId, name: 'Next quarter' });
  const future = await api.call('map.load', { mapId: meta.id });
  await api.call('map.applyChanges', { mapId: meta.id, changes: [{ op: 'putNode', node: changeoverBurst }] });
  return {
    ...acme,
    futureId: meta.id,
    future: { ...future, nodes: [...future.nodes, changeoverBurst] } satisfies MapDocument,
    burstId: changeoverBurst.id,
  };
}

const stepOf = (doc: MapDocument, origin: string) => doc.nodes.find((node) => node.originId === origin)!.id;

describe('future-state answers', () => {
  const openApi = useApi();

  it('stores answers per future-state map, in question order; a blank answer removes one', async () => {
    const api = await openApi();
    const { currentId, futureId } = await futureOfAcme(api);
    const other = await api.call('map.deriveFutureState', { sourceMapId: currentId, name: 'Ideal' });
    await api.call('futureState.setAnswer', { mapId: futureId, question: 'pacemaker', answer: 'Weld + assembly cell' });
    const answers = await api.call('futureState.setAnswer', { mapId: futureId, question: 'takt', answer: '60 s' });
    expect(answers.map((answer) => [answer.question, answer.answer])).toEqual([
      ['takt', '60 s'],
      ['pacemaker', 'Weld + assembly cell'],
    ]);
    expect(await api.call('futureState.getAnswers', { mapId: other.id })).toEqual([]);
    await api.call('futureState.setAnswer', { mapId: futureId, question: 'takt', answer: '  ' });
    expect((await api.call('futureState.getAnswers', { mapId: futureId })).map((answer) => answer.question)).toEqual(['pacemaker']);
  });

  it('refuses answers on a current-state map and unknown questions', async () => {
    const api = await openApi();
    const { currentId, futureId } = await futureOfAcme(api);
    expect(await api.refusal('futureState.setAnswer', { mapId: currentId, question: 'takt', answer: '60 s' })).toMatchObject({
      code: 'invalid-change',
    });
    expect(await api.refusal('futureState.setAnswer', { mapId: futureId, question: 'heijunka', answer: 'x' })).toMatchObject({
      code: 'invalid-input',
    });
    expect(await api.refusal('futureState.setAnswer', { mapId: futureId, question: 'takt', answer: 'x'.repeat(5_001) })).toMatchObject({
      code: 'invalid-input',
    });
    expect(await api.call('futureState.getAnswers', { mapId: futureId })).toEqual([]);
  });
});

describe('the action plan', () => {
  const openApi = useApi();

  it('creates an action from a kaizen burst, linked to the step it improves, then edits and deletes it', async () => {
    const api = await openApi();
    const { workshopId, futureId, future, burstId } = await futureOfAcme(api);
    const stepNodeId = stepNearBurst(future, burstId);
    expect(stepNodeId).toBe(stepOf(future, 'acme-stamping'));
    const created = await api.call('action.create', { mapId: futureId, what: 'Changeover < 10 min', kaizenNodeId: burstId, stepNodeId });
    expect(created).toMatchObject({
      workshopId,
      mapId: futureId,
      what: 'Changeover < 10 min',
      owner: '',
      dueDate: null,
      status: 'open',
      kaizenNodeId: burstId,
      stepNodeId,
    });

    const edited = await api.call('action.update', { id: created.id, owner: 'Kim', dueDate: '2027-01-15', status: 'in-progress' });
    expect(edited).toMatchObject({ what: 'Changeover < 10 min', owner: 'Kim', dueDate: '2027-01-15', status: 'in-progress' });
    expect(await api.call('action.update', { id: created.id, dueDate: null })).toMatchObject({ dueDate: null, owner: 'Kim' });
    expect(await api.call('action.list', { workshopId })).toHaveLength(1);
    expect(await api.call('action.list', { workshopId, mapId: futureId })).toHaveLength(1);
    expect(await api.call('action.delete', { id: created.id })).toEqual({ id: created.id });
    expect(await api.call('action.list', { workshopId })).toEqual([]);
  });

  it('refuses links to nodes that are not a step or a burst of the map, and actions on a current-state map', async () => {
    const api = await openApi();
    const { currentId, futureId, future, burstId } = await futureOfAcme(api);
    const step = stepOf(future, 'acme-stamping');
    expect(await api.refusal('action.create', { mapId: futureId, what: 'X', stepNodeId: burstId })).toMatchObject({ code: 'invalid-change' });
    expect(await api.refusal('action.create', { mapId: futureId, what: 'X', kaizenNodeId: step })).toMatchObject({ code: 'invalid-change' });
    expect(await api.refusal('action.create', { mapId: futureId, what: 'X', stepNodeId: 'acme-stamping' })).toMatchObject({ code: 'invalid-change' });
    expect(await api.refusal('action.create', { mapId: currentId, what: 'X' })).toMatchObject({ code: 'invalid-change' });
    expect(await api.refusal('action.create', { mapId: futureId, what: ' ' })).toMatchObject({ code: 'invalid-input' });
    expect(await api.refusal('action.create', { mapId: futureId, what: 'X', dueDate: '15/01/2027' })).toMatchObject({ code: 'invalid-input' });
    const action = await api.call('action.create', { mapId: futureId, what: 'X', stepNodeId: step });
    expect(await api.refusal('action.update', { id: action.id, status: 'later' })).toMatchObject({ code: 'invalid-input' });
    expect(await api.refusal('action.update', { id: 'ghost', owner: 'Kim' })).toMatchObject({ code: 'not-found' });
    expect(await api.refusal('action.update', { id: action.id, kaizenNodeId: step })).toMatchObject({ code: 'invalid-change' });
    expect(await api.call('action.list', { workshopId: future.map.workshopId })).toEqual([action]);
  });

  it('keeps an action whose step was later deleted from the map, and still edits it', async () => {
    const api = await openApi();
    const { futureId, future, burstId } = await futureOfAcme(api);
    const action = await api.call('action.create', { mapId: futureId, what: 'Changeover', kaizenNodeId: burstId });
    await api.call('map.applyChanges', { mapId: futureId, changes: [{ op: 'removeNode', id: burstId }] });
    expect(await api.call('action.list', { workshopId: future.map.workshopId })).toEqual([action]);
    expect(await api.call('action.update', { id: action.id, owner: 'Kim', kaizenNodeId: burstId })).toMatchObject({
      owner: 'Kim',
      kaizenNodeId: burstId,
    });
    expect(await api.refusal('action.update', { id: action.id, kaizenNodeId: 'another-gone-burst' })).toMatchObject({ code: 'invalid-change' });
  });

  it('goes with its map and its workshop, and is copied with the workshop', async () => {
    const api = await openApi();
    const { workshopId, currentId, futureId, burstId } = await futureOfAcme(api);
    await api.call('action.create', { mapId: futureId, what: 'Changeover', kaizenNodeId: burstId, owner: 'Kim' });
    await api.call('futureState.setAnswer', { mapId: futureId, question: 'takt', answer: '60 s' });

    const copy = await api.call('workshop.duplicate', { id: workshopId });
    const copiedFuture = copy.maps.find((map) => map.name === 'Next quarter')!;
    expect(copiedFuture.derivedFromMapId).toBe(copy.maps.find((map) => map.state === 'current')!.id);
    const copiedActions = await api.call('action.list', { workshopId: copy.workshop.id });
    expect(copiedActions).toEqual([expect.objectContaining({ mapId: copiedFuture.id, what: 'Changeover', owner: 'Kim', kaizenNodeId: burstId })]);
    expect((await api.call('futureState.getAnswers', { mapId: copiedFuture.id })).map((answer) => answer.answer)).toEqual(['60 s']);

    await api.call('map.delete', { mapId: futureId });
    expect(await api.call('action.list', { workshopId })).toEqual([]);
    expect(await api.call('action.list', { workshopId: copy.workshop.id })).toHaveLength(1);
    await api.call('workshop.delete', { id: copy.workshop.id });
    expect(await api.refusal('action.list', { workshopId: copy.workshop.id })).toMatchObject({ code: 'not-found' });
    expect(await api.refusal('futureState.getAnswers', { mapId: copiedFuture.id })).toMatchObject({ code: 'not-found' });
    const db = new Database(path.join(api.services.dataDir, DATABASE_FILE_NAME), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM actions').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM future_state_answers').get()).toEqual({ n: 0 });
    db.close();
    expect((await api.call('workshop.get', { id: workshopId })).maps.map((map) => map.id)).toEqual([currentId]);
  });
});
