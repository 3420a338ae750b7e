import { DesktopCommandSchema, type DesktopBridge, type DesktopCommand } from '../../shared/desktop/desktop-command';

/**
 * The desktop menu's commands inside the page. Each arrives unchecked from the preload and is
 * validated here; one that is not a command is dropped with a warning. The parts of the screen
 * on show take the commands they handle (the map screen its actions, the export menu its
 * exports); what none takes goes to the app shell, which navigates. The shell may answer `later`
 * when it has just navigated to the screen that does the work (New workshop from a map): the
 * command then waits for the next part that takes it. Commands that arrive before the shell is
 * there (a file double-clicked while the page starts) wait for it.
 */
export type CommandAnswer = 'done' | 'not-mine' | 'later';

export type CommandHandler = (command: DesktopCommand) => CommandAnswer;

export type DesktopCommands = {
  /** A part of the screen takes commands until the returned function stops it; a waiting command is offered at once. */
  handle: (handler: CommandHandler) => () => void;
  /** The app shell: asked last, for what no part of the screen took. */
  fallBackTo: (handler: CommandHandler) => () => void;
  /**
   * The map actions the page can run now, for the menu to grey out the rest (null: no map shown);
   * sent when it changed, or `again` when the window gets the focus and the menu becomes its.
   */
  reportAvailable: (available: readonly string[] | null, again?: boolean) => void;
};

export function createDesktopCommands(bridge: DesktopBridge | undefined, warn: (message: string) => void = console.warn): DesktopCommands {
  const handlers: CommandHandler[] = [];
  let fallback: CommandHandler | null = null;
  let waiting: DesktopCommand | null = null;
  let reported: string | null = null;

  function offer(command: DesktopCommand, to: readonly CommandHandler[]): CommandAnswer {
    for (const handler of to) {
      const answer = handler(command);
      if (answer !== 'not-mine') return answer;
    }
    return 'not-mine';
  }

  function deliver(command: DesktopCommand): void {
    const answer = offer(command, fallback ? [...handlers, fallback] : handlers);
    // Before the app shell is there (the page is still starting), nothing is dropped either.
    waiting = answer === 'later' || (answer === 'not-mine' && !fallback) ? command : null;
  }

  bridge?.onCommand((raw) => {
    const parsed = DesktopCommandSchema.safeParse(raw);
    if (parsed.success) deliver(parsed.data);
    else warn(`The desktop menu sent something that is not a command; it was ignored: ${parsed.error.message}`);
  });

  function remove(handler: CommandHandler): void {
    const index = handlers.indexOf(handler);
    if (index >= 0) handlers.splice(index, 1);
  }

  return {
    handle(handler) {
      handlers.push(handler);
      if (waiting && handler(waiting) === 'done') waiting = null;
      return () => remove(handler);
    },
    fallBackTo(handler) {
      fallback = handler;
      if (waiting) deliver(waiting);
      return () => {
        if (fallback === handler) fallback = null;
      };
    },
    reportAvailable(available, again = false) {
      const key = available === null ? null : available.join(' ');
      if (key === reported && !again) return;
      reported = key;
      bridge?.reportMenuState(available);
    },
  };
}
