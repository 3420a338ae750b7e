import { describe, expect, it } from 'vitest';
import type { DesktopBridge, DesktopCommand } from '../../../shared/desktop/desktop-command';
import { createDesktopCommands, type CommandAnswer } from '../../../renderer/desktop/desktop-commands';

function fakeBridge() {
  let listener: ((command: unknown) => void) | null = null;
  const reports: Array<readonly string[] | null> = [];
  const bridge: DesktopBridge = {
    onCommand(next) {
      listener = next;
      return () => undefined;
    },
    reportMenuState: (available) => reports.push(available),
  };
  return { bridge, reports, send: (command: unknown) => listener?.(command) };
}

const undo: DesktopCommand = { type: 'run-action', actionId: 'undo' };

describe("the desktop menu's commands in the page", () => {
  it('go to the part of the screen that handles them, and only then to the app shell', () => {
    const { bridge, send } = fakeBridge();
    const commands = createDesktopCommands(bridge);
    const seen: string[] = [];
    commands.fallBackTo((command) => (seen.push(`shell ${command.type}`), 'done'));
    commands.handle((command) => (command.type === 'run-action' ? (seen.push(`map ${command.actionId}`), 'done') : 'not-mine'));
    send(undo);
    send({ type: 'backups' });
    expect(seen).toEqual(['map undo', 'shell backups']);
  });

  it('are dropped with a warning when they are not commands', () => {
    const { bridge, send } = fakeBridge();
    const warnings: string[] = [];
    const commands = createDesktopCommands(bridge, (message) => warnings.push(message));
    const seen: DesktopCommand[] = [];
    commands.handle((command) => (seen.push(command), 'done'));
    for (const bad of [{ type: 'run-action', actionId: 'format-disk' }, { type: 'open-map', workshopId: '' }, 'undo', null, { ...undo, extra: 1 }])
      send(bad);
    expect(seen).toEqual([]);
    expect(warnings).toHaveLength(5);
  });

  it('wait for the next screen when the shell has just navigated there (New workshop from a map)', () => {
    const { bridge, send } = fakeBridge();
    const commands = createDesktopCommands(bridge);
    commands.fallBackTo((command) => (command.type === 'new-workshop' ? 'later' : 'done'));
    send({ type: 'new-workshop' });
    const notMine: string[] = [];
    commands.handle((command) => (notMine.push(command.type), 'not-mine'));
    const opened: string[] = [];
    const list = (command: DesktopCommand): CommandAnswer => (command.type === 'new-workshop' ? (opened.push('create dialog'), 'done') : 'not-mine');
    commands.handle(list);
    expect(notMine).toEqual(['new-workshop']);
    expect(opened).toEqual(['create dialog']);
    commands.handle(list);
    expect(opened).toEqual(['create dialog']);
  });

  it('that arrive while the page is still starting wait for the app shell', () => {
    const { bridge, send } = fakeBridge();
    const commands = createDesktopCommands(bridge);
    send({ type: 'open-map', workshopId: 'w1', mapId: 'm1' });
    const seen: DesktopCommand[] = [];
    commands.fallBackTo((command) => (seen.push(command), 'done'));
    expect(seen).toEqual([{ type: 'open-map', workshopId: 'w1', mapId: 'm1' }]);
  });

  it('stop reaching a part of the screen once it is gone', () => {
    const { bridge, send } = fakeBridge();
    const commands = createDesktopCommands(bridge);
    const seen: string[] = [];
    const stop = commands.handle(() => (seen.push('map'), 'done'));
    commands.fallBackTo(() => (seen.push('shell'), 'done'));
    stop();
    send(undo);
    expect(seen).toEqual(['shell']);
  });

  it('report what the page can run when it changes, or again when the window gets the focus', () => {
    const { bridge, reports } = fakeBridge();
    const commands = createDesktopCommands(bridge);
    commands.reportAvailable(['undo']);
    commands.reportAvailable(['undo']);
    commands.reportAvailable(['undo', 'redo']);
    commands.reportAvailable(null);
    commands.reportAvailable(null, true);
    expect(reports).toEqual([['undo'], ['undo', 'redo'], null, null]);
  });

  it('do nothing in the browser host, which has no menu', () => {
    const commands = createDesktopCommands(undefined);
    expect(() => commands.reportAvailable(['undo'])).not.toThrow();
  });
});
