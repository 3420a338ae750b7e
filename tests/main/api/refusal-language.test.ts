import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../../main/api/dispatch';
import { inLanguage } from '../../../shared/i18n/refusals';
import { openAppServices } from '../../../main/services/app-services';
import { useTempDir } from '../../support/temp-dir';

describe('an API refusal in the language of the request', () => {
  const tempDir = useTempDir();
  const badWorkshop = { title: 'Acme', date: 'tomorrow', facilitator: 'Dana' };

  it('answers in the language the window names, else the app’s', async () => {
    const services = openAppServices(tempDir(), { host: { systemLocale: () => 'en-US' } });
    const german = await services.dispatch('workshop.create', badWorkshop, 'de');
    const english = await services.dispatch('workshop.create', badWorkshop, 'en');
    expect(german).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'date' }] } });
    expect(german.ok ? '' : german.error.message).toContain('date muss ein Datum der Form JJJJ-MM-TT sein');
    expect(english.ok ? '' : english.error.message).toContain('date must be a date in the form YYYY-MM-DD');

    expect(await services.dispatch('workshop.create', badWorkshop)).toMatchObject({ error: { message: expect.stringContaining('must be a date') } });
    await services.dispatch('settings.setLocale', { locale: 'es-MX' });
    expect(await services.dispatch('workshop.create', badWorkshop)).toMatchObject({
      error: { message: expect.stringContaining('debe ser una fecha') },
    });
    await services.close();
  });

  it('refuses a blank map name in German when the window asks in German', async () => {
    const services = openAppServices(tempDir());
    const created = await services.dispatch('workshop.create', { title: 'Acme', date: '2026-12-05', facilitator: 'Dana' });
    if (!created.ok) throw new Error(created.error.message);
    const mapId = (created.value as { maps: { id: string }[] }).maps[0]?.id ?? '';
    const renamed = await services.dispatch('map.rename', { mapId, name: '   ' }, 'de');
    expect(renamed).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'name', message: 'darf nicht leer sein' }] } });
    await services.close();
  });
});

describe('a store refusal that is not about a field, in the language of the request', () => {
  const tempDir = useTempDir();

  async function workshopWithVote() {
    const services = openAppServices(tempDir(), { host: { systemLocale: () => 'en-US' } });
    const value = async <T>(channel: Parameters<typeof services.dispatch>[0], input: unknown): Promise<T> => {
      const result = await services.dispatch(channel, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as T;
    };
    const { workshop } = await value<{ workshop: { id: string } }>('workshop.create', { title: 'Acme', date: '2026-12-05', facilitator: 'Dana' });
    const map = await value<{ id: string }>('map.create', { workshopId: workshop.id, name: 'Now', state: 'current', template: 'blank' });
    const note = { id: 'n1', kind: 'sticky-note', x: 0, y: 0, width: 160, height: 120, z: 1, text: 'Waiting', color: 'yellow', originId: null };
    await value('map.applyChanges', { mapId: map.id, changes: [{ op: 'putNode', node: note }] });
    await value('participant.add', { workshopId: workshop.id, people: [{ name: 'Ana' }] });
    const setup = {
      title: 'Biggest problems',
      targetKinds: ['sticky-note'],
      votesPerParticipant: 3,
      maxVotesPerItem: 2,
      visibility: 'open',
      mode: 'facilitator-entry',
    };
    const session = await value<{ id: string }>('voting.create', { workshopId: workshop.id, mapId: map.id, setup });
    return { services, mapId: map.id, sessionId: session.id };
  }

  it('a vote changed after its results were revealed: in German for a German window, in English by default', async () => {
    const { services, sessionId } = await workshopWithVote();
    await services.dispatch('voting.setStatus', { sessionId, status: 'revealed' });
    expect(await services.dispatch('voting.setStatus', { sessionId, status: 'open' }, 'de')).toEqual({
      ok: false,
      error: { code: 'invalid-change', message: 'Die Ergebnisse sind aufgedeckt; die Abstimmung kann sich nicht mehr ändern.' },
    });
    expect(await services.dispatch('voting.setStatus', { sessionId, status: 'open' })).toMatchObject({
      error: { code: 'invalid-change', message: 'The results have been revealed; the session can no longer change.' },
    });
    expect(await services.dispatch('voting.cast', { sessionId, participantId: null, nodeId: 'n1', writeId: 'write-0001' }, 'fr')).toMatchObject({
      error: { code: 'vote-refused', message: 'Le vote « Biggest problems » est clos.' },
    });
    await services.close();
  });

  it('a change to a node no longer on the map, and a row deleted in another window', async () => {
    const { services, mapId } = await workshopWithVote();
    const gone = { op: 'patchNode', id: 'gone', before: { text: 'a' }, after: { text: 'b' } };
    const german = await services.dispatch('map.applyChanges', { mapId, changes: [gone] }, 'de');
    expect(german).toMatchObject({ ok: false, error: { code: 'invalid-change' } });
    expect(german.ok ? '' : german.error.message).toBe('Änderung 1 (patchNode) kann nicht gespeichert werden: Knoten gone ist nicht auf der Karte');
    const english = await services.dispatch('map.applyChanges', { mapId, changes: [gone] });
    expect(english.ok ? '' : english.error.message).toBe('Cannot save change 1 (patchNode): node gone is not on the map');
    expect(await services.dispatch('map.load', { mapId: 'no-such-map' }, 'es')).toMatchObject({
      error: { code: 'not-found', message: 'Este mapa ya no existe: se eliminó, quizá en otra ventana.' },
    });
    await services.close();
  });
});

describe('a fault of the machine, in the language of the request', () => {
  it('a full disk and a database another program holds', () => {
    const full = new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
    expect(inLanguage('de', () => toApiError(full))).toMatchObject({
      code: 'storage-fault',
      message: expect.stringMatching(/^Der Datenträger ist voll/),
    });
    expect(toApiError(full)).toMatchObject({ message: expect.stringMatching(/^The disk is full/) });
    const locked = new Database.SqliteError('database is locked', 'SQLITE_BUSY');
    expect(inLanguage('fr', () => toApiError(locked))).toMatchObject({ code: 'busy', message: expect.stringMatching(/^Un autre programme/) });
  });
});

describe('a report refused, in the language of the request', () => {
  const tempDir = useTempDir();

  it('says in the window’s language that this way of running the app cannot make PDF reports', async () => {
    const services = openAppServices(tempDir(), { host: { systemLocale: () => 'en-US' } });
    const created = await services.dispatch('workshop.create', { title: 'Acme', date: '2026-12-05', facilitator: 'Dana' });
    if (!created.ok) throw new Error(created.error.message);
    const workshopId = (created.value as { workshop: { id: string } }).workshop.id;
    expect(await services.dispatch('report.print', { workshopId, paper: 'a4' }, 'de')).toMatchObject({
      ok: false,
      error: { code: 'export-failed', message: 'So gestartet kann die App keine PDF-Berichte erstellen.' },
    });
    expect(await services.dispatch('report.print', { workshopId, paper: 'a4' })).toMatchObject({
      error: { message: 'This way of running the app cannot make PDF reports.' },
    });
    await services.close();
  });
});
