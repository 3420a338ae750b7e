/**
 * Closing the store is asynchronous (it takes a last backup when anything changed), and Electron
 * does not wait for promises on quit. So the first quit is held back until the store has closed,
 * and then the app quits for real. Does not import electron, so a test can drive it with a fake.
 */
export type QuittingApp = {
  on(event: 'before-quit', listener: (event: { preventDefault: () => void }) => void): unknown;
  quit(): void;
};

export function closeBeforeQuit(app: QuittingApp, close: () => Promise<void>, log: (error: unknown) => void = console.error): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void close()
      .catch(log)
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
