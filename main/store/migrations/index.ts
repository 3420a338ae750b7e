import { initial } from './0001-initial';
import { facilitation } from './0002-facilitation';
import { futureState } from './0003-future-state';
import { mapChangeLog } from './0004-map-change-log';
import { room } from './0005-room';
import { languages } from './0006-languages';
import { voteWrites } from './0007-vote-writes';
import type { Migration } from './migration';

/** Every migration, oldest first. A new one is added at the end with the next version number. */
export const MIGRATIONS: readonly Migration[] = [initial, facilitation, futureState, mapChangeLog, room, languages, voteWrites];
