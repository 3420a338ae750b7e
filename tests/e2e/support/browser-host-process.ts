import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const HOST_ENTRY = path.resolve(import.meta.dirname, '../../../build/main/browser-host.js');

export type RunningHost = {
  url: string;
  origin: string;
  dataDir: string;
  stop: () => Promise<void>;
  /** Ends the host with SIGKILL, as a crash or a closed terminal would: no last backup, no goodbye. */
  kill: () => Promise<void>;
};

/**
 * `asOtherUser` runs the host as the unprivileged `nobody` where the tests run as root (to whom no file is read-only);
 * `entry` starts another build's host (a benchmark holding the build before a change beside this one); `env` adds
 * variables to the host's environment.
 */
export type HostStart = { port?: number; asOtherUser?: boolean; entry?: string; env?: Record<string, string> };

/** Starts the built browser host as a real child process, as a user would, on the given data folder (any free port unless given). */
export async function startHostProcess(
  dataDir: string,
  { port = 0, asOtherUser = false, entry = HOST_ENTRY, env = {} }: HostStart = {},
): Promise<RunningHost> {
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run "npm run build" first`);
  const user = asOtherUser && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const child = spawn(process.execPath, [entry, '--data-dir', dataDir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    ...user,
  });
  const url = await waitForUrl(child);
  return { url, origin: new URL(url).origin, dataDir, stop: () => stopProcess(child), kill: () => stopProcess(child, 'SIGKILL') };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The browser host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited with ${code}:\n${output}`));
    });
  });
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-e2e-'));
}
