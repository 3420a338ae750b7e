import type { CatalogueShape } from '../../catalogue-shape';
import type { en } from '../en';
import { common } from './common';
import { settings } from './settings';
import { units } from './units';
import { vsm } from './vsm';
import { figures } from './figures';
import { questions } from './questions';
import { csv } from './csv';
import { report } from './report';
import { logReading } from './logReading';
import { app } from './app';
import { workshops } from './workshops';
import { map } from './map';
import { inspector } from './inspector';
import { canvas } from './canvas';
import { mapActions } from './mapActions';
import { facilitation } from './facilitation';
import { futureState } from './futureState';
import { actionPlan } from './actionPlan';
import { comparison } from './comparison';
import { exports } from './exports';
import { recovery } from './recovery';
import { eventLog } from './eventLog';
import { flow } from './flow';
import { projector } from './projector';
import { room } from './room';
import { content } from './content';
import { refusals } from './refusals';
import { menu } from './menu';
import { apiRefusals } from './apiRefusals';

export const es = {
  common,
  settings,
  units,
  vsm,
  figures,
  questions,
  csv,
  report,
  logReading,
  app,
  workshops,
  map,
  inspector,
  canvas,
  mapActions,
  facilitation,
  futureState,
  actionPlan,
  comparison,
  exports,
  recovery,
  eventLog,
  flow,
  projector,
  room,
  content,
  refusals,
  menu,
  apiRefusals,
} satisfies CatalogueShape<typeof en, 'es'>;
