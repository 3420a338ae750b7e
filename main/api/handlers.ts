import type { Handlers } from '../../shared/api/contract';
import { createActionHandlers } from './action-handlers';
import { createAgendaHandlers } from './agenda-handlers';
import type { ApiServices } from './api-services';
import { createAppHandlers } from './app-handlers';
import { createBackupHandlers } from './backup-handlers';
import { createEventLogHandlers } from './event-log-handlers';
import { createExportHandlers } from './export-handlers';
import { createFutureStateHandlers } from './future-state-handlers';
import { PAGE_HOST, type HostActions } from './host-actions';
import { createMapHandlers } from './map-handlers';
import { createParkingLotHandlers } from './parking-lot-handlers';
import { createParticipantHandlers } from './participant-handlers';
import { createPresentationHandlers } from './presentation-handlers';
import { createProjectorHandlers } from './projector-handlers';
import { createRecoveryHandlers } from './recovery-handlers';
import { createRoomHandlers } from './room-handlers';
import { createReportHandlers } from './report-handlers';
import { createTimerHandlers } from './timer-handlers';
import { createVotingHandlers } from './voting-handlers';
import { createSettingsHandlers } from './settings-handlers';
import { createWorkshopHandlers } from './workshop-handlers';

/** What a host gives: anything it cannot do itself is left to the page. */
export type Services = Omit<ApiServices, 'host'> & { host?: Partial<HostActions> };

/**
 * The one handler table behind every API channel, merged from one file per domain
 * (`<domain>-handlers.ts`, answering the `<domain>.*` channels of `<domain>-contract.ts`). The
 * Electron IPC bridge and the browser host both dispatch into it; inputs arrive here already
 * validated against the shared schemas.
 */
export function createHandlers({ host: given = {}, ...rest }: Services): Handlers {
  const services: ApiServices = { ...rest, host: { ...PAGE_HOST, ...given } };
  return {
    ...createWorkshopHandlers(services),
    ...createSettingsHandlers(services),
    ...createMapHandlers(services),
    ...createRecoveryHandlers(services),
    ...createBackupHandlers(services),
    ...createAgendaHandlers(services),
    ...createTimerHandlers(services),
    ...createParticipantHandlers(services),
    ...createVotingHandlers(services),
    ...createParkingLotHandlers(services),
    ...createPresentationHandlers(services),
    ...createProjectorHandlers(services),
    ...createFutureStateHandlers(services),
    ...createActionHandlers(services),
    ...createExportHandlers(services),
    ...createReportHandlers(services),
    ...createAppHandlers(services),
    ...createEventLogHandlers(services),
    ...createRoomHandlers(services),
  };
}
