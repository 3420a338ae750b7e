import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyDatabaseFile } from '../../../main/store/verify-database-file';
import { MIGRATIONS } from '../../../main/store/migrations';
import { buildTestEntry } from '../../support/build-test-entry';
import { useTempDir } from '../../support/temp-dir';

type HostRun = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** What a host that started prints (a refused one names the running host's address too, but not this way). */
const ADDRESS = /is running\. Open this address[^\n]*\n\s*(http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+))/;

describe('the browser host as a process: one per data folder, its token kept from other users', () => {
  const tempDir = useTempDir();
  let entry = '';
  let staticDir = '';

  beforeAll(async () => {
    entry = await buildTestEntry('main/browser-host/start.ts', 'browser-host');
  }, 60_000);

  function startHost(dataDir: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env): HostRun {
    staticDir ||= (() => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>VSW</title>');
      return dir;
    })();
    const child = spawn(process.execPath, [entry, '--data-dir', dataDir, '--renderer-dir', staticDir, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, output: () => text, exited };
  }

  async function runningOrExited(run: HostRun): Promise<'running' | 'exited'> {
    for (let waited = 0; waited < 20_000; waited += 50) {
      if (ADDRESS.test(run.output())) return 'running';
      if (run.child.exitCode !== null) return 'exited';
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`The host neither started nor stopped:\n${run.output()}`);
  }

  async function stop(run: HostRun): Promise<void> {
    if (run.child.exitCode === null) run.child.kill('SIGTERM');
    await run.exited;
  }

  it('lets only one of two hosts started at once on a folder run; the other names the process that holds it', async () => {
    for (let round = 0; round < 6; round += 1) {
      const dataDir = path.join(tempDir(), 'data');
      const hosts = [startHost(dataDir), startHost(dataDir)];
      const states = await Promise.all(hosts.map(runningOrExited));
      expect(states.sort(), `round ${round}`).toEqual(['exited', 'running']);
      const running = hosts.find((host) => ADDRESS.test(host.output()))!;
      const refused = hosts.find((host) => host !== running)!;
      expect(await refused.exited).toBe(1);
      expect(refused.output()).toContain(
        `already running on the data folder ${dataDir}: it is held by the browser host (process ${running.child.pid}`,
      );
      const [, , port, token] = ADDRESS.exec(running.output())!;
      const answer = await fetch(`http://127.0.0.1:${port}/api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ channel: 'workshop.create', input: { title: `Round ${round}`, date: '2026-11-25', facilitator: '' } }),
      });
      expect(await answer.json()).toMatchObject({ ok: true });
      await stop(running);
      expect(verifyDatabaseFile(path.join(dataDir, 'workshops.sqlite'), 'full')).toEqual({ ok: true, schemaVersion: MIGRATIONS.length });
    }
  }, 120_000);

  it('starts again on a folder whose last host was killed', async () => {
    const dataDir = tempDir();
    const first = startHost(dataDir);
    expect(await runningOrExited(first)).toBe('running');
    first.child.kill('SIGKILL');
    await first.exited;
    const second = startHost(dataDir);
    expect(await runningOrExited(second)).toBe('running');
    await stop(second);
  });

  it('comes back at the same address and token on the same folder, kept in owner-only files', async () => {
    const dataDir = tempDir();
    const first = startHost(dataDir);
    expect(await runningOrExited(first)).toBe('running');
    const address = ADDRESS.exec(first.output())![1];
    first.child.kill('SIGKILL');
    await first.exited;
    const second = startHost(dataDir);
    expect(await runningOrExited(second)).toBe('running');
    expect(ADDRESS.exec(second.output())![1]).toBe(address);
    for (const name of fs.readdirSync(dataDir).filter((file) => fs.statSync(path.join(dataDir, file)).isFile())) {
      expect({ name, mode: fs.statSync(path.join(dataDir, name)).mode & 0o077 }).toEqual({ name, mode: 0 });
    }
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    await stop(second);
  });

  it('opens the browser with --open without putting the token on any command line', async () => {
    const dataDir = tempDir();
    const bin = tempDir();
    const argsFile = path.join(bin, 'opened-with.txt');
    for (const opener of ['xdg-open', 'open']) {
      fs.writeFileSync(path.join(bin, opener), `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\n`, { mode: 0o755 });
    }
    const host = startHost(dataDir, ['--open'], { ...process.env, PATH: `${bin}:${process.env.PATH}` });
    expect(await runningOrExited(host)).toBe('running');
    await expect.poll(() => fs.existsSync(argsFile)).toBe(true);
    const [, , , token] = ADDRESS.exec(host.output())!;
    const opened = fs.readFileSync(argsFile, 'utf8').trim();
    expect(opened).not.toContain(token);
    expect(opened).toMatch(/^file:\/\//);
    const page = new URL(opened).pathname;
    expect(fs.statSync(page).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(page, 'utf8')).toContain(`#token=${token}`);
    await stop(host);
    expect(fs.existsSync(page)).toBe(false);
  });
});
