import { describe, expect, it } from 'vitest';
import { createRowReader, describeRowProblem, mappingProblems } from '../../../shared/event-log/read-event-rows';
import { guessColumnMapping } from '../../../shared/event-log/column-roles';
import { localeFormat } from '../../../shared/locale/locale-format';

const german = localeFormat('de-DE');

describe('an event log read in German', () => {
  it('asks for the missing columns in German', () => {
    expect(mappingProblems({ caseId: 0, activity: 1 }, german)).toEqual(['Wählen Sie die Spalte mit dem Zeitstempel (oder der Abschlusszeit).']);
  });

  it('says what is wrong with the rows in German, with German numbers and plurals', () => {
    const headers = ['Case', 'Activity', 'Timestamp'];
    const reader = createRowReader({ headers, mapping: guessColumnMapping(headers), timestampFormat: 'iso', rowLabel: 'row', format: german });
    reader.read(['1', '', '2026-01-01 09:00'], 2);
    reader.read(['2', '', '2026-01-01 09:00'], 3);
    reader.read(['3', 'Pack', 'soon'], 1_204);
    const outcome = reader.finish();
    expect(outcome.ok === false && outcome.problems).toEqual([
      'Zeile 2: Spalte „Activity“ ist leer (1 weitere Zeile dieser Art).',
      '1 Zeitstempel in Spalte „Timestamp“ ließ sich nicht als ISO 8601 (2026-03-14 09:30) lesen; der erste ist „soon“ in Zeile 1.204. Wählen Sie das Format, das die Datei verwendet.',
    ]);
  });

  it('names an event of an XES file as an event', () => {
    const message = describeRowProblem({ kind: 'missing-value', column: '„concept:name“', row: 7, count: 3 }, 'event', german);
    expect(message).toBe('Ereignis 7: Spalte „concept:name“ ist leer (2 weitere Ereignisse dieser Art).');
  });
});
