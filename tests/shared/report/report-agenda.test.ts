import { describe, expect, it } from 'vitest';
import { ENGLISH, localeFormat } from '../../../shared/locale/locale-format';
import { reportContents } from '../../../shared/report/report-contents';
import { acmeFile } from './acme-file';

const MINUTE = 60_000;

function fileWithAgenda(timer: ReturnType<typeof acmeFile>['timer']) {
  const file = acmeFile();
  const exportedAt = Date.parse(file.exportedAt);
  return {
    ...file,
    agenda: [
      { id: 'kick-off', title: 'Kick-off', plannedMinutes: 30, notes: '', actualSeconds: 35 * 60, isCurrent: false },
      { id: 'close', title: 'Close', plannedMinutes: 15, notes: '', actualSeconds: 5 * 60, isCurrent: true },
    ],
    timer: { ...timer, runningSinceMs: timer.status === 'running' ? exportedAt - 12 * MINUTE : null },
  };
}

describe('the report’s agenda', () => {
  it('counts the stretch of the activity still running when the report is made, as the agenda panel does', () => {
    const running = fileWithAgenda({
      durationMs: 15 * MINUTE,
      status: 'running',
      runningSinceMs: 0,
      elapsedBeforeMs: 5 * MINUTE,
      agendaItemId: 'close',
    });
    const { agenda } = reportContents(running, '2026-11-25', ENGLISH);
    expect(agenda.rows.map((row) => [row.title, row.actual, row.difference])).toEqual([
      ['Kick-off', '35\u00a0min', '+5\u00a0min'],
      ['Close', '17\u00a0min', '+2\u00a0min'],
    ]);
    expect(agenda.actual).toBe('52\u00a0min');
  });

  it('counts only what was recorded when no timer runs', () => {
    const paused = fileWithAgenda({
      durationMs: 15 * MINUTE,
      status: 'paused',
      runningSinceMs: null,
      elapsedBeforeMs: 5 * MINUTE,
      agendaItemId: 'close',
    });
    expect(reportContents(paused, '2026-11-25', ENGLISH).agenda.rows.map((row) => row.actual)).toEqual(['35\u00a0min', '5\u00a0min']);
  });

  it('is written in the language and locale it is given', () => {
    const paused = fileWithAgenda({
      durationMs: 15 * MINUTE,
      status: 'paused',
      runningSinceMs: null,
      elapsedBeforeMs: 5 * MINUTE,
      agendaItemId: 'close',
    });
    const asPlanned = { ...paused, agenda: paused.agenda.map((item) => ({ ...item, actualSeconds: item.plannedMinutes * 60 })) };
    const german = reportContents(asPlanned, '2026-11-25', localeFormat('de-DE')).agenda;
    expect(german.rows.map((row) => row.difference)).toEqual(['pünktlich', 'pünktlich']);
    expect(reportContents(asPlanned, '2026-11-25', localeFormat('es-ES')).agenda.rows[0]?.difference).toBe('a tiempo');
  });
});
