import { openAppServices } from '../../main/services/app-services';
import { openDatabase } from '../../main/store/open-database';

/**
 * The store run as its own process, for what one test process cannot do to itself: run as
 * another user (read-only files mean nothing to root), race another process, or be killed.
 * `node store-child.mjs <task> <path> [names…]`:
 * - `status <dataDir>`: starts the app's services and prints, as one JSON line, the recovery
 *   status, the answer to listing workshops and the answer to creating one.
 * - `open <file>`: opens (and migrates) the database and prints `opened`.
 * - `restore <dataDir> <name> <name>`: restores the named backups in turn, printing `restored <name>`
 *   after each, until killed.
 */
const [task, target, ...names] = process.argv.slice(2);

async function main(): Promise<void> {
  if (!target) throw new Error('usage: store-child <task> <path> [names…]');
  switch (task) {
    case 'status': {
      const services = openAppServices(target, { log: () => undefined });
      const status = await services.started;
      const list = await services.dispatch('workshop.list', {});
      const create = await services.dispatch('workshop.create', { title: 'Written by the child', date: '2026-11-25', facilitator: '' });
      console.log(JSON.stringify({ status, list, create }));
      await services.close();
      return;
    }
    case 'open':
      openDatabase(target).close();
      console.log('opened');
      return;
    case 'restore': {
      const services = openAppServices(target, { log: () => undefined });
      await services.started;
      for (let turn = 0; ; turn += 1) {
        const name = names[turn % names.length]!;
        const result = await services.dispatch('backup.restore', { name });
        if (!result.ok) throw new Error(result.error.message);
        console.log(`restored ${name}`);
      }
    }
    default:
      throw new Error(`unknown task ${task}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
