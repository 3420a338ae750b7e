import { describe, expect, it } from 'vitest';
import { vsmDayTemplate } from '../../../../shared/facilitation/agenda-template';
import { MINUTE_MS, readTimer } from '../../../../shared/facilitation/timer';
import {
  addAgendaItems,
  listAgenda,
  moveAgendaItem,
  removeAgendaItem,
  updateAgendaItem,
} from '../../../../main/store/facilitation/agenda-repository';
import { getTimer, makeCurrent, runTimerCommand } from '../../../../main/store/facilitation/timer-repository';
import { useTempDir } from '../../../support/temp-dir';
import { heldClock, openStore, workshopWithNodes } from './store-fixtures';

describe('the agenda and timer store', () => {
  const tempDir = useTempDir();

  it('adds the day template in order, reorders, edits and removes activities', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const { workshopId } = workshopWithNodes(db, clock, {});
    let agenda = addAgendaItems(db, workshopId, vsmDayTemplate('en'), clock);
    expect(agenda.map((item) => item.title)).toEqual(vsmDayTemplate('en').map((item) => item.title));
    expect(agenda.map((item) => item.position)).toEqual(vsmDayTemplate('en').map((_, index) => index));

    const close = agenda.at(-1)!;
    agenda = moveAgendaItem(db, close.id, 0, clock);
    expect(agenda[0]!.title).toBe('Close');
    agenda = updateAgendaItem(db, close.id, { title: 'Wrap-up', plannedMinutes: 20 }, clock);
    expect(agenda[0]).toMatchObject({ title: 'Wrap-up', plannedMinutes: 20, notes: close.notes });
    agenda = removeAgendaItem(db, agenda[1]!.id, clock);
    expect(agenda).toHaveLength(vsmDayTemplate('en').length - 1);
    expect(agenda.map((item) => item.position)).toEqual(agenda.map((_, index) => index));
    expect(listAgenda(db, workshopId)).toEqual(agenda);
  });

  it('making an activity current loads its timebox; the time the timer runs is recorded as actual time', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const { workshopId } = workshopWithNodes(db, clock, {});
    const [kickOff, gemba] = addAgendaItems(db, workshopId, vsmDayTemplate('en').slice(0, 2), clock);

    let state = makeCurrent(db, workshopId, kickOff!.id, true, clock);
    expect(state.agenda.filter((item) => item.isCurrent).map((item) => item.id)).toEqual([kickOff!.id]);
    expect(state.timer).toMatchObject({ status: 'running', durationMs: 30 * MINUTE_MS, agendaItemId: kickOff!.id });

    clock.advance(5 * MINUTE_MS);
    runTimerCommand(db, workshopId, { type: 'pause' }, clock);
    clock.advance(10 * MINUTE_MS);
    runTimerCommand(db, workshopId, { type: 'resume' }, clock);
    clock.advance(27 * MINUTE_MS);
    state = makeCurrent(db, workshopId, gemba!.id, false, clock);

    expect(state.agenda[0]).toMatchObject({ isCurrent: false, actualSeconds: 32 * 60 });
    expect(state.agenda[1]).toMatchObject({ isCurrent: true, actualSeconds: 0 });
    expect(state.timer).toMatchObject({ status: 'idle', durationMs: 60 * MINUTE_MS, agendaItemId: gemba!.id });
  });

  it('keeps a running timer across closing and reopening the store, counting from the wall clock', () => {
    const clock = heldClock();
    const dir = tempDir();
    let db = openStore(dir);
    const { workshopId } = workshopWithNodes(db, clock, {});
    runTimerCommand(db, workshopId, { type: 'set', durationMs: 10 * MINUTE_MS, agendaItemId: null, start: true }, clock);
    db.close();

    clock.advance(3 * MINUTE_MS + 12_000);
    db = openStore(dir);
    const reading = readTimer(getTimer(db, workshopId), clock.ms());
    expect(reading).toMatchObject({ status: 'running', remainingMs: 6 * MINUTE_MS + 48_000 });
  });

  it('a deleted activity leaves its timer running as an ad hoc timer', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const { workshopId } = workshopWithNodes(db, clock, {});
    const [item] = addAgendaItems(db, workshopId, vsmDayTemplate('en').slice(0, 1), clock);
    makeCurrent(db, workshopId, item!.id, true, clock);
    removeAgendaItem(db, item!.id, clock);
    expect(getTimer(db, workshopId)).toMatchObject({ status: 'running', agendaItemId: null });
  });

  it('refuses to point the timer at another workshop’s activity and changes nothing', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const mine = workshopWithNodes(db, clock, {});
    const other = workshopWithNodes(db, clock, {}, 'Other');
    const [foreign] = addAgendaItems(db, other.workshopId, vsmDayTemplate('en').slice(0, 1), clock);
    expect(() => runTimerCommand(db, mine.workshopId, { type: 'set', durationMs: MINUTE_MS, agendaItemId: foreign!.id, start: true }, clock)).toThrow(
      'another workshop',
    );
    expect(() => makeCurrent(db, mine.workshopId, foreign!.id, true, clock)).toThrow('another workshop');
    expect(getTimer(db, mine.workshopId).status).toBe('idle');
    expect(listAgenda(db, other.workshopId)[0]!.isCurrent).toBe(false);
  });
});
