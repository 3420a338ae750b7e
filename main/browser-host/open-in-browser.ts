import { spawn } from 'node:child_process';

/** Asks the desktop to open the address in the default browser; silently does nothing where it cannot. */
export function openInBrowser(url: string, platform = process.platform): void {
  const [command, args] = platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this machine: the address is printed for the user to open.
  }
}
