import type { z } from 'zod';
import type { ApiResult } from './result';
import { actionInputs, type ActionOutputs } from './action-contract';
import { agendaInputs, type AgendaOutputs } from './agenda-contract';
import { appInputs, type AppOutputs } from './app-contract';
import { backupInputs, type BackupOutputs } from './backup-contract';
import { eventLogInputs, type EventLogOutputs } from './event-log-contract';
import { exportInputs, type ExportOutputs } from './export-contract';
import { futureStateInputs, type FutureStateOutputs } from './future-state-contract';
import { mapInputs, type MapOutputs } from './map-contract';
import { parkingLotInputs, type ParkingLotOutputs } from './parking-lot-contract';
import { participantInputs, type ParticipantOutputs } from './participant-contract';
import { presentationInputs, type PresentationOutputs } from './presentation-contract';
import { projectorInputs, type ProjectorOutputs } from './projector-contract';
import { recoveryInputs, type RecoveryOutputs } from './recovery-contract';
import { reportInputs, type ReportOutputs } from './report-contract';
import { roomInputs, type RoomOutputs } from './room-contract';
import { settingsInputs, type SettingsOutputs } from './settings-contract';
import { timerInputs, type TimerOutputs } from './timer-contract';
import { votingInputs, type VotingOutputs } from './voting-contract';
import { workshopInputs, type WorkshopOutputs } from './workshop-contract';

/**
 * The one table of everything the renderer may ask of the main process. Each domain declares
 * its channels' input schemas and output types in its own file, `<domain>-contract.ts`, and
 * every channel is named `<domain>.<action>` (`parkingLot.add` lives in
 * `parking-lot-contract.ts`); they are merged here. The Electron IPC bridge and the browser host
 * both dispatch through this table, and the renderer's client is typed by it.
 */
export const apiInputs = {
  ...workshopInputs,
  ...mapInputs,
  ...recoveryInputs,
  ...backupInputs,
  ...agendaInputs,
  ...timerInputs,
  ...participantInputs,
  ...votingInputs,
  ...parkingLotInputs,
  ...presentationInputs,
  ...projectorInputs,
  ...futureStateInputs,
  ...actionInputs,
  ...exportInputs,
  ...reportInputs,
  ...appInputs,
  ...eventLogInputs,
  ...settingsInputs,
  ...roomInputs,
};

export type ApiOutputs = WorkshopOutputs &
  SettingsOutputs &
  MapOutputs &
  RecoveryOutputs &
  BackupOutputs &
  AgendaOutputs &
  TimerOutputs &
  ParticipantOutputs &
  VotingOutputs &
  ParkingLotOutputs &
  PresentationOutputs &
  ProjectorOutputs &
  FutureStateOutputs &
  ActionOutputs &
  ExportOutputs &
  ReportOutputs &
  AppOutputs &
  EventLogOutputs &
  RoomOutputs;

export type Channel = keyof typeof apiInputs & keyof ApiOutputs;

export type ApiInput<C extends Channel> = z.input<(typeof apiInputs)[C]>;

export type ApiParsedInput<C extends Channel> = z.output<(typeof apiInputs)[C]>;

export type ApiOutput<C extends Channel> = ApiOutputs[C];

export type Handlers = { [C in Channel]: (input: ApiParsedInput<C>) => ApiOutput<C> | Promise<ApiOutput<C>> };

/** The channels of one domain: `DomainChannel<'map'>` is every `map.*` channel. */
export type DomainChannel<D extends string> = Extract<Channel, `${D}.${string}`>;

/** What one domain's handler file (`main/api/<domain>-handlers.ts`) answers. */
export type DomainHandlers<D extends string> = Pick<Handlers, DomainChannel<D>>;

/** What the preload script exposes and the browser host's client implements. */
export type VswApi = { invoke<C extends Channel>(channel: C, input: ApiInput<C>): Promise<ApiResult<ApiOutput<C>>> };

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(apiInputs, name);
}

type Missing = [Exclude<keyof typeof apiInputs, keyof ApiOutputs>, Exclude<keyof ApiOutputs, keyof typeof apiInputs>];

/**
 * Every channel declares both an input schema and an output type; this fails to compile if not.
 * @public (a compile-time check, read by nobody)
 */
export const everyChannelIsComplete: Missing extends [never, never] ? true : never = true;
