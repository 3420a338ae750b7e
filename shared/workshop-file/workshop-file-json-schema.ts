import { z } from 'zod';
import { ConnectorSchema } from '../model/connector';
import { MapNodeSchema } from '../model/map-node';
import { MapSettingsSchema } from '../model/vsm-map';
import { CURRENT_FORMAT_VERSION, FileMapSchema, FileVotingSessionSchema, WorkshopFileStructureSchema } from './workshop-file-schema';

/**
 * The workshop file's JSON Schema, for other tools and for people reading docs/. It is generated
 * from the zod schema the app reads files with, so the two cannot drift apart; a test compares
 * it with the committed docs/workshop-file.schema.json (`npm run schema` writes that file). What
 * JSON Schema cannot say (that references point at something in the file) is in the description.
 */
function namedParts(): z.core.$ZodRegistry<{ id: string }> {
  const names = z.registry<{ id: string }>();
  names.add(MapNodeSchema, { id: 'MapNode' });
  names.add(ConnectorSchema, { id: 'Connector' });
  names.add(MapSettingsSchema, { id: 'MapSettings' });
  names.add(FileMapSchema, { id: 'Map' });
  names.add(FileVotingSessionSchema, { id: 'VotingSession' });
  return names;
}

export function workshopFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(WorkshopFileStructureSchema, { io: 'input', target: 'draft-2020-12', metadata: namedParts() });
  return {
    $schema: generated.$schema,
    $id: `https://value-stream-workshop.invalid/workshop-file/v${CURRENT_FORMAT_VERSION}.schema.json`,
    title: `Value Stream Workshop file, format ${CURRENT_FORMAT_VERSION}`,
    description:
      'A whole workshop: maps, participants, agenda, timer, votes, parking lot, future-state answers, actions and what the projector shows. ' +
      'Beyond this schema, the app checks that ids are unique and that every reference (a connector to its nodes, a vote to its participant, an action to a future-state map, …) points at something in the same file. See docs/workshop-file-format.md.',
    ...generated,
  };
}
