import { z } from 'zod';
import { refusal } from '../i18n/refusals';
import { AgendaItemSchema } from '../facilitation/agenda';
import { ParkingLotItemSchema } from '../facilitation/parking-lot';
import { ParticipantSchema } from '../facilitation/participant';
import { PresentationStateSchema } from '../facilitation/presentation';
import { TimerStateSchema } from '../facilitation/timer';
import { VoteSchema, VotingSessionRecordShape, VotingSetupSchema } from '../facilitation/voting';
import { ActionItemSchema } from '../action-plan/action-item';
import { FutureStateAnswerSchema } from '../future-state/questions';
import { ConnectorSchema } from '../model/connector';
import { MapNodeSchema } from '../model/map-node';
import { MapMetaSchema } from '../model/vsm-map';
import { WorkshopSchema } from '../model/workshop';
import { checkReferences } from './file-references';

/**
 * The workshop file, format version 1: a whole workshop in one JSON document. It is built from
 * the domain's own schemas; only what the database adds for itself is left out (each row's
 * workshop id, list positions, which are the order of the arrays, and a map's save counter).
 * Ids are kept, because the file's parts refer to each other by them; an import gives every row
 * a fresh id (node ids stay, as in a duplicated workshop). docs/workshop-file-format.md is the
 * user's description of it, docs/workshop-file.schema.json the JSON Schema generated from it.
 */
export const WORKSHOP_FILE_KIND = 'value-stream-workshop';

export const CURRENT_FORMAT_VERSION = 1;

export const FILE_EXTENSION = '.vsw.json';

export const FileMapSchema = MapMetaSchema.omit({ workshopId: true, revision: true }).extend({
  nodes: z.array(MapNodeSchema),
  connectors: z.array(ConnectorSchema),
  /** The answers to the future-state questions; only a future-state map has any. */
  futureStateAnswers: z.array(FutureStateAnswerSchema),
});

export const FileVotingSessionSchema = VotingSetupSchema.safeExtend({
  ...VotingSessionRecordShape,
  /** One entry per dot. */
  votes: z.array(VoteSchema.omit({ sessionId: true })),
});

/** The file's fields; JSON Schema is generated from this. The checks between its parts come on top. */
export const WorkshopFileStructureSchema = z.strictObject({
  kind: z.literal(WORKSHOP_FILE_KIND),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  /** The app and version that wrote the file, for people reading it. */
  exportedBy: z.string().max(200),
  workshop: WorkshopSchema,
  participants: z.array(ParticipantSchema.omit({ workshopId: true })),
  /** In the order of the day. */
  agenda: z.array(AgendaItemSchema.omit({ workshopId: true, position: true })),
  timer: TimerStateSchema,
  /** In the workshop's order; a future state after the map it was derived from. */
  maps: z.array(FileMapSchema).min(1, refusal('oneMapAtLeast')),
  votingSessions: z.array(FileVotingSessionSchema),
  /** In the parking lot's order. */
  parkingLot: z.array(ParkingLotItemSchema.omit({ workshopId: true, position: true })),
  actions: z.array(ActionItemSchema.omit({ workshopId: true })),
  presentation: PresentationStateSchema,
});

export type WorkshopFileStructure = z.infer<typeof WorkshopFileStructureSchema>;

export const WorkshopFileSchema = WorkshopFileStructureSchema.superRefine(checkReferences);

export type WorkshopFile = z.infer<typeof WorkshopFileSchema>;

export type FileMap = z.infer<typeof FileMapSchema>;

export type FileVotingSession = z.infer<typeof FileVotingSessionSchema>;
