import { describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import type { WorkshopOverview } from '../../../shared/api/workshop-contract';
import { guessColumnMapping } from '../../../shared/event-log/column-roles';
import { analyseLog, measureChoice } from '../../../shared/event-log/log-analysis';
import { defaultKeptActivities } from '../../../shared/event-log/measure-steps';
import type { MeasuredStream } from '../../../shared/event-log/measured-stream';
import { createRowReader } from '../../../shared/event-log/read-event-rows';
import type { MapDocument, MapMeta } from '../../../shared/model/vsm-map';
import { computeMetrics } from '../../../shared/vsm';
import { useTempDir } from '../../support/temp-dir';
import { feedCsvRows, generateLog, MAIN_PATH, toCsv } from '../../shared/event-log/synthetic-log';

function measuredTickets(): MeasuredStream {
  const csv = toCsv(generateLog(500, 7));
  const headers = csv.slice(0, csv.indexOf('\n')).split(',');
  const reader = createRowReader({ headers, mapping: guessColumnMapping(headers), timestampFormat: 'iso', rowLabel: 'row' });
  feedCsvRows(csv, reader);
  const outcome = reader.finish();
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  const analysis = analyseLog(outcome.table, { fileName: 'tickets.csv', format: 'csv', firstTime: outcome.firstTime, lastTime: outcome.lastTime });
  return measureChoice(analysis, defaultKeptActivities(analysis.overview));
}

async function workshopIn(services: AppServices): Promise<WorkshopOverview> {
  const created = await services.dispatch('workshop.create', { title: 'Tickets', date: '2026-11-25', facilitator: 'Sam' });
  if (!created.ok) throw new Error('workshop.create failed');
  return created.value as WorkshopOverview;
}

describe('eventLog.createMap', () => {
  const tempDir = useTempDir();
  const measured = measuredTickets();

  it('creates an ordinary current-state map: boxes in path order, waits on triangles, the rework arrow with its share, the source in the settings', async () => {
    const services = openAppServices(tempDir());
    const { workshop } = await workshopIn(services);
    const created = await services.dispatch('eventLog.createMap', { workshopId: workshop.id, name: 'Tickets – measured', measured });
    if (!created.ok) throw new Error(created.error.message);
    const meta = created.value as MapMeta;
    expect(meta).toMatchObject({ name: 'Tickets – measured', state: 'current', workshopId: workshop.id });
    const loaded = await services.dispatch('map.load', { mapId: meta.id });
    const doc = (loaded as { value: MapDocument }).value;

    const boxes = doc.nodes.filter((node) => node.kind === 'process').sort((a, b) => a.x - b.x);
    expect(boxes.map((box) => box.text)).toEqual([...MAIN_PATH]);
    expect(boxes.map((box) => (box.kind === 'process' ? box.process.processTime : undefined))).toEqual(
      measured.steps.map((step) => step.processTime?.median),
    );
    const waits = doc.nodes.filter((node) => node.kind === 'inventory').sort((a, b) => a.x - b.x);
    expect(waits.map((wait) => (wait.kind === 'inventory' ? wait.inventory.waitTime : undefined))).toEqual(
      measured.steps.slice(1).map((step) => step.waitBefore?.median),
    );

    const rework = doc.connectors.filter((connector) => connector.reworkRate !== undefined);
    const fix = measured.steps.find((step) => step.activity === 'Fix')!;
    expect(rework).toHaveLength(measured.steps.filter((step) => step.rework?.fromStep != null).length);
    const toFix = rework.find((connector) => boxes.find((box) => box.id === connector.toId)?.text === 'Fix')!;
    expect(toFix.reworkRate).toBe(Math.min(Math.round(fix.rework!.rate * 1_000) / 10, 99.9));
    expect(boxes.find((box) => box.id === toFix.fromId)?.text).toBe('Review');

    expect(doc.map.settings.eventLog).toEqual(measured.source);
    expect(doc.map.settings.workingTimePerDay).toBe(86_400);
    expect(doc.map.settings.measuredLeadTime).toBe(measured.source.leadTime.median);
    const metrics = computeMetrics(doc);
    const sum = (values: (number | undefined)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
    expect(metrics.processTime).toBeCloseTo(sum(measured.steps.map((step) => step.processTime?.median)), 6);
    expect(metrics.leadTime).toBeCloseTo(sum(measured.steps.flatMap((step) => [step.processTime?.median, step.waitBefore?.median])), 6);
    await services.close();
  });

  it('refuses a summary whose rework arrow names a step that is not there, and creates nothing', async () => {
    const services = openAppServices(tempDir());
    const { workshop } = await workshopIn(services);
    const broken = {
      ...measured,
      steps: measured.steps.map((step, index) => (index === 2 ? { ...step, rework: { rate: 0.2, cases: 3, fromStep: 9 } } : step)),
    };
    const refused = await services.dispatch('eventLog.createMap', { workshopId: workshop.id, name: 'Broken', measured: broken });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'measured.steps[2].rework.fromStep', message: 'must name another step of the map' }] },
    });
    const overview = await services.dispatch('workshop.get', { id: workshop.id });
    expect((overview as { value: WorkshopOverview }).value.maps).toHaveLength(1);
    await services.close();
  });
  it('refuses a summary whose figures contradict each other or the log’s dates, naming the field, and creates nothing', async () => {
    const services = openAppServices(tempDir());
    const { workshop } = await workshopIn(services);
    const span = (Date.parse(measured.source.lastEventAt) - Date.parse(measured.source.firstEventAt)) / 1_000;
    const [first, second] = measured.steps;
    const absurd: { change: (stream: MeasuredStream) => MeasuredStream; path: string }[] = [
      {
        change: (stream) => ({ ...stream, steps: [{ ...first!, processTime: { median: 1e300, p85: 1e300, samples: 3 } }, ...stream.steps.slice(1)] }),
        path: 'measured.steps[0].processTime.median',
      },
      {
        change: (stream) => ({
          ...stream,
          steps: [first!, { ...second!, waitBefore: { median: 600, p85: 60, samples: 3 } }, ...stream.steps.slice(2)],
        }),
        path: 'measured.steps[1].waitBefore.p85',
      },
      {
        change: (stream) => ({ ...stream, steps: [{ ...first!, cases: stream.source.cases + 1 }, ...stream.steps.slice(1)] }),
        path: 'measured.steps[0].cases',
      },
      {
        change: (stream) => ({
          ...stream,
          steps: [{ ...first!, rework: { rate: 1, cases: first!.cases + 5, fromStep: null } }, ...stream.steps.slice(1)],
        }),
        path: 'measured.steps[0].rework.cases',
      },
      {
        change: (stream) => ({ ...stream, source: { ...stream.source, leadTime: { ...stream.source.leadTime, shortest: span * 2 } } }),
        path: 'measured.source.leadTime.shortest',
      },
      {
        change: (stream) => ({ ...stream, source: { ...stream.source, leadTime: { ...stream.source.leadTime, longest: span * 10 } } }),
        path: 'measured.source.leadTime.longest',
      },
      { change: (stream) => ({ ...stream, source: { ...stream.source, events: stream.source.cases - 1 } }), path: 'measured.source.events' },
    ];
    for (const { change, path } of absurd) {
      const refused = await services.dispatch('eventLog.createMap', { workshopId: workshop.id, name: 'Absurd', measured: change(measured) });
      expect(refused, path).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', issues: expect.arrayContaining([expect.objectContaining({ path })]) },
      });
    }
    const overview = await services.dispatch('workshop.get', { id: workshop.id });
    expect((overview as { value: WorkshopOverview }).value.maps).toHaveLength(1);
    await services.close();
  });
});
