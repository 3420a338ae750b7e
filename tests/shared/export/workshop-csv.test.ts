import { describe, expect, it } from 'vitest';
import { ENGLISH, localeFormat } from '../../../shared/locale/locale-format';
import { actionsCsv, metricsCsv, votesCsv } from '../../../shared/export/workshop-csv';
import { exportFileName, safeFileStem } from '../../../shared/export/file-names';
import { formatDuration } from '../../../shared/vsm';
import { computeMetrics } from '../../../shared/vsm';
import { mapDocumentsOf } from '../../../shared/workshop-file/file-maps';
import { acmeFile } from '../report/acme-file';
import { readCsv } from './read-csv';

function lines(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
}

describe('the workshop CSV exports', () => {
  it('lists every map’s figures with the engine’s value and the figure as shown', () => {
    const file = acmeFile();
    const [current, future] = mapDocumentsOf(file).map((doc) => ({ doc, metrics: computeMetrics(doc) }));
    const rows = lines(metricsCsv(file, ENGLISH));
    expect(rows[0]).toBe('Map,State,Step,Measure,Value,Unit,As shown');
    const leadTime = (doc: typeof current) =>
      `${doc!.doc.map.name},${doc!.doc.map.state},,Lead time,${Number(doc!.metrics.leadTime.toPrecision(12))},s,${formatDuration(doc!.metrics.leadTime, doc!.doc.map.settings)}`;
    expect(rows).toContain(leadTime(current));
    expect(rows).toContain(leadTime(future));
    const weld = current!.metrics.steps.find((step) => step.nodeId === 'acme-weld-2')!;
    expect(rows).toContain(`${current!.doc.map.name},current,${weld.label},Cycle time,${weld.cycleTime},s,${weld.cycleTime}\u00a0s`);
  });

  it('lists each closed vote ranked with ties and who placed the dots, and an open vote without its count', () => {
    const file = acmeFile();
    const mapName = file.maps[0]!.name;
    const rows = readCsv(votesCsv(file, ENGLISH));
    expect(rows[0]).toEqual(['Vote', 'Map', 'Status', 'Rank', 'Tied', 'Item', 'Dots', 'Dots by person']);
    expect(rows.filter((row) => row[0] === 'Biggest problems').map((row) => row.slice(1))).toEqual([
      [mapName, 'revealed', '1', 'no', 'S. Weld #2', '2', 'AL 1; BK 1'],
      [mapName, 'revealed', '2', 'yes', '(removed from the map)', '1', 'AL 1'],
      [mapName, 'revealed', '2', 'yes', 'Canteen hours (parking lot)', '1', 'BK 1'],
      [mapName, 'revealed', '2', 'yes', 'S. Weld #1', '1', 'Paper wall 1'],
      [mapName, 'revealed', '2', 'yes', 'Stamping\n200-t press', '1', 'AL 1'],
    ]);
    expect(rows).toContainEqual(['Still voting', mapName, 'open', '', '', '(voting still open)', '', '']);
  });

  it('lists the action plan with step and burst labels, and says which actions are overdue', () => {
    const file = acmeFile();
    const future = file.maps[1]!;
    const step = future.nodes.find((node) => node.id === file.actions[0]!.stepNodeId)!;
    const rows = readCsv(actionsCsv(file, '2026-11-25', ENGLISH));
    expect(rows).toEqual([
      ['Action', 'Improves step', 'From kaizen burst', 'Owner', 'Due', 'Status', 'Overdue', 'Future state'],
      ['Cut changeover, =quickly', step.text.split('\n')[0]!, '(removed from the map)', 'Ben', '2026-11-01', 'Open', 'yes', future.name],
      ['Level the schedule', '', '', '', '', 'Done', 'no', future.name],
    ]);
  });

  it('writes a German file with German headers and words, in the dialect a German spreadsheet reads', () => {
    const file = acmeFile();
    const german = localeFormat('de-DE');
    const figures = lines(metricsCsv(file, german));
    expect(figures[0]).toBe('Karte;Zustand;Prozessschritt;Kennzahl;Wert;Einheit;Wie angezeigt');
    const leadTime = figures.find((line) => line.includes(';Durchlaufzeit;'));
    expect(leadTime).toMatch(/^[^;]+;Ist;;Durchlaufzeit;\d+(,\d+)?;s;\d+(,\d)?\u00a0d$/);
    const votes = readCsv(votesCsv(file, german).replace(/;/g, ','));
    expect(votes[0]).toEqual(['Abstimmung', 'Karte', 'Status', 'Rang', 'Gleichstand', 'Punkt auf der Karte', 'Punkte', 'Punkte je Person']);
    expect(votes.some((row) => row[2] === 'aufgedeckt' && row[4] === 'nein')).toBe(true);
    const actions = lines(actionsCsv(file, '2026-11-25', german));
    expect(actions[0]).toBe('Maßnahme;Verbessert Schritt;Aus Kaizen-Blitz;Verantwortlich;Fällig;Status;Überfällig;Soll-Zustand');
    expect(actions.some((line) => line.includes(';(von der Karte entfernt);') && line.includes(';Offen;ja;'))).toBe(true);
  });

  it('offers file names that are safe on every system', () => {
    expect(exportFileName('Acme, "Stamping"', 'report', '.pdf')).toBe('Acme, -Stamping- - report.pdf');
    expect(exportFileName('a/b\\c:d', null, '.vsw.json')).toBe('a-b-c-d.vsw.json');
    expect(safeFileStem('  ...  ')).toBe('Workshop');
    expect(safeFileStem('x'.repeat(300))).toHaveLength(120);
  });
});
