import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../../main/services/app-services';
import { DATABASE_FILE_NAME } from '../../../../main/store/open-database';
import { defaultVotingSetup } from '../../../../shared/facilitation/voting';
import { note } from '../../../shared/fixtures';
import { noSchedule, typedApi } from '../../../support/api-services';
import { useTempDir } from '../../../support/temp-dir';

describe('the laptop’s dots carry a write id, so a click sent again never counts twice', () => {
  const tempDir = useTempDir();
  let services: AppServices | null = null;
  afterEach(async () => {
    await services?.close();
    services = null;
  });

  async function open(dataDir: string) {
    const opened = openAppServices(dataDir, { scheduler: noSchedule });
    services = opened;
    await opened.started;
    return typedApi(opened);
  }

  async function votingRoom(dataDir: string) {
    const { ok } = await open(dataDir);
    const { workshop, maps } = await ok('workshop.create', { title: 'Dots', date: '2026-12-05', facilitator: 'Dana' });
    const mapId = maps[0]!.id;
    await ok('map.applyChanges', { mapId, changes: [{ op: 'putNode', node: note('n1', { text: 'Changeover' }) }] });
    const [ana] = await ok('participant.add', { workshopId: workshop.id, people: [{ name: 'Ana Silva' }] });
    const setup = { ...defaultVotingSetup('en'), targetKinds: ['sticky-note' as const], votesPerParticipant: 3, maxVotesPerItem: 3 };
    const session = await ok('voting.create', { workshopId: workshop.id, mapId, setup });
    return { sessionId: session.id, ballot: { sessionId: session.id, participantId: ana!.id, nodeId: 'n1' } };
  }

  it('a cast and a retract sent again after the host died before answering (here: closed and opened again) each count once', async () => {
    const dataDir = tempDir();
    const { sessionId, ballot } = await votingRoom(dataDir);
    let api = typedApi(services!);
    await api.ok('voting.cast', { ...ballot, writeId: 'click-0001' });
    await api.ok('voting.cast', { ...ballot, writeId: 'click-0002' });
    await services!.close();
    api = await open(dataDir);
    const again = await api.ok('voting.cast', { ...ballot, writeId: 'click-0002' });
    expect(again.votes).toHaveLength(2);

    await api.ok('voting.retract', { ...ballot, writeId: 'click-0003' });
    const retriedRetract = await api.ok('voting.retract', { ...ballot, writeId: 'click-0003' });
    expect(retriedRetract.votes).toHaveLength(1);
    expect((await api.ok('voting.get', { sessionId })).votes).toHaveLength(1);
  });

  it('refuses an id already used for another dot, or none at all, and changes nothing', async () => {
    const { sessionId, ballot } = await votingRoom(tempDir());
    const { ok, call } = typedApi(services!);
    await ok('voting.cast', { ...ballot, writeId: 'click-0001' });
    expect(await call('voting.retract', { ...ballot, writeId: 'click-0001' })).toMatchObject({ ok: false, error: { code: 'invalid-change' } });
    expect(await call('voting.cast', { ...ballot, participantId: null, writeId: 'click-0001' })).toMatchObject({ ok: false });
    expect(await services!.dispatch('voting.cast', ballot)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await services!.dispatch('voting.cast', { ...ballot, writeId: 'short' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await ok('voting.get', { sessionId })).votes).toHaveLength(1);
  });

  it('a refused dot records no id: the same click may be sent again once the rules allow it', async () => {
    const { sessionId, ballot } = await votingRoom(tempDir());
    const { ok, call } = typedApi(services!);
    await ok('voting.setStatus', { sessionId, status: 'closed' });
    expect(await call('voting.cast', { ...ballot, writeId: 'click-0001' })).toMatchObject({ ok: false, error: { code: 'vote-refused' } });
    await ok('voting.setStatus', { sessionId, status: 'open' });
    expect((await ok('voting.cast', { ...ballot, writeId: 'click-0001' })).votes).toHaveLength(1);
  });

  it('forgets a session’s ids with the session', async () => {
    const dataDir = tempDir();
    const { sessionId, ballot } = await votingRoom(dataDir);
    const { ok } = typedApi(services!);
    await ok('voting.cast', { ...ballot, writeId: 'click-0001' });
    await ok('voting.retract', { ...ballot, writeId: 'click-0002' });
    const kept = () => {
      const db = new Database(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
      try {
        return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM vote_writes').get()!.n;
      } finally {
        db.close();
      }
    };
    expect(kept()).toBe(2);
    await ok('voting.delete', { sessionId });
    expect(kept()).toBe(0);
  });
});
