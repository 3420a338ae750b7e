import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAppServices } from '../../../main/services/app-services';
import { openDatabase } from '../../../main/store/open-database';
import { verifyDatabaseFile } from '../../../main/store/verify-database-file';
import type { WorkshopOverview } from '../../../shared/api/workshop-contract';
import { buildTestEntry } from '../../support/build-test-entry';
import { useTempDir } from '../../support/temp-dir';
import { MIGRATIONS } from '../../../main/store/migrations';

const KILLS = 50;

type WriterRun = { saved: string[]; saving: Map<string, number>; exitSignal: NodeJS.Signals | null };

/**
 * Starts the writer, kills it with SIGKILL at a random moment, and collects what it printed. Most
 * kills come at a random time after the first save; one in five at a random time from launch,
 * which can land while the app is still opening (and checking) the database.
 */
function runAndKill(writer: string, dataDir: string, mapId: string, run: number): Promise<WriterRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, mapId, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    let timer: NodeJS.Timeout | null = null;
    const killSoon = (maxDelay: number) => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), Math.random() * maxDelay);
    };
    if (run % 5 === 0) killSoon(250);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('saved ')) killSoon(120);
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`The writer stopped by itself (${signal}):\n${errors}`));
      const lines = output.split('\n').slice(0, -1);
      const saving = new Map(
        lines
          .filter((line) => line.startsWith('saving '))
          .map((line) => {
            const [, edit, nodes] = line.split(' ');
            return [edit!, Number(nodes)] as const;
          }),
      );
      const saved = lines.filter((line) => line.startsWith('saved ')).map((line) => line.split(' ')[1]!);
      resolve({ saved, saving, exitSignal: signal });
    });
  });
}

describe('crash safety', () => {
  const tempDir = useTempDir();
  let writer = '';

  beforeAll(async () => {
    writer = await buildTestEntry('tests/support/crash-writer.ts', 'crash-writer');
  }, 60_000);

  it(`keeps every saved edit and a sound database through ${KILLS} kills at random moments`, async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'workshops.sqlite');
    const services = openAppServices(dataDir);
    const created = await services.dispatch('workshop.create', { title: 'Crash test', date: '2026-11-25', facilitator: '' });
    if (!created.ok) throw new Error(created.error.message);
    const mapId = (created.value as WorkshopOverview).maps[0]!.id;
    await services.close();

    const reportedSaved = new Map<string, number>();
    let killsDuringWrites = 0;
    for (let run = 0; run < KILLS; run += 1) {
      const { saved, saving } = await runAndKill(writer, dataDir, mapId, run);
      for (const edit of saved) reportedSaved.set(edit, saving.get(edit)!);
      if (saving.size > 0) killsDuringWrites += 1;

      expect(verifyDatabaseFile(file, 'full'), `integrity after kill ${run + 1}`).toEqual({ ok: true, schemaVersion: MIGRATIONS.length });
      const db = openDatabase(file);
      const counts = new Map<string, number>();
      for (const { id } of db.prepare<[string], { id: string }>('SELECT id FROM nodes WHERE map_id = ?').all(mapId)) {
        const edit = id.slice(0, id.lastIndexOf('-'));
        counts.set(edit, (counts.get(edit) ?? 0) + 1);
      }
      db.close();
      const missing = [...reportedSaved].filter(([edit, nodes]) => counts.get(edit) !== nodes);
      expect(missing, `edits reported saved but missing after kill ${run + 1}`).toEqual([]);
      const torn = [...saving].filter(([edit, nodes]) => counts.has(edit) && counts.get(edit) !== nodes);
      expect(torn, `edits saved only in part after kill ${run + 1}`).toEqual([]);
    }
    expect(reportedSaved.size).toBeGreaterThan(KILLS);
    expect(killsDuringWrites).toBeGreaterThan(KILLS / 2);
  }, 120_000);
});
