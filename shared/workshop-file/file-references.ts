import type { z } from 'zod';
import { refusalNaming, refusalText, type RefusalNamingId } from '../i18n/refusals';
import type { WorkshopFileStructure } from './workshop-file-schema';

/**
 * The checks between a workshop file's parts, which a field-by-field schema cannot make: ids are
 * unique where the database needs them to be, and every reference points at something in the
 * same file (a connector at nodes of its map, a vote at a participant, an action at a
 * future-state map …). Each problem is reported at the field that holds the bad reference, so an
 * import can be refused with a message that names it, before anything is written.
 */
type Path = (string | number)[];

type Report = (path: Path, message: string) => void;

function checkUnique(ids: readonly string[], path: (index: number) => Path, repeated: RefusalNamingId, report: Report): Set<string> {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) report(path(index), refusalNaming(repeated, id));
    seen.add(id);
  });
  return seen;
}

function checkRef(ids: ReadonlySet<string>, id: string | null, path: Path, unknown: RefusalNamingId, report: Report): void {
  if (id !== null && !ids.has(id)) report(path, refusalNaming(unknown, id));
}

function checkMaps(file: WorkshopFileStructure, mapIds: ReadonlySet<string>, report: Report): void {
  file.maps.forEach((map, m) => {
    const at = (...rest: Path): Path => ['maps', m, ...rest];
    if (map.derivedFromMapId === map.id) report(at('derivedFromMapId'), refusalText('derivedFromItself'));
    else checkRef(mapIds, map.derivedFromMapId, at('derivedFromMapId'), 'unknownMap', report);
    const nodeIds = checkUnique(
      map.nodes.map((node) => node.id),
      (n) => at('nodes', n, 'id'),
      'repeatedNodeId',
      report,
    );
    checkUnique(
      map.connectors.map((connector) => connector.id),
      (c) => at('connectors', c, 'id'),
      'repeatedConnectorId',
      report,
    );
    map.connectors.forEach((connector, c) => {
      checkRef(nodeIds, connector.fromId, at('connectors', c, 'fromId'), 'unknownNode', report);
      checkRef(nodeIds, connector.toId, at('connectors', c, 'toId'), 'unknownNode', report);
      if (connector.fromId === connector.toId) report(at('connectors', c, 'toId'), refusalText('sameNodeBothEnds'));
    });
    if (map.state !== 'future' && map.futureStateAnswers.length > 0) {
      report(at('futureStateAnswers'), refusalText('answersOnlyOnFuture'));
    }
    checkUnique(
      map.futureStateAnswers.map((answer) => answer.question),
      (a) => at('futureStateAnswers', a, 'question'),
      'repeatedAnswer',
      report,
    );
  });
}

function checkFacilitation(file: WorkshopFileStructure, mapIds: ReadonlySet<string>, report: Report): Set<string> {
  const participantIds = checkUnique(
    file.participants.map((person) => person.id),
    (p) => ['participants', p, 'id'],
    'repeatedParticipantId',
    report,
  );
  const agendaIds = checkUnique(
    file.agenda.map((item) => item.id),
    (a) => ['agenda', a, 'id'],
    'repeatedAgendaItemId',
    report,
  );
  file.agenda.forEach((item, a) => {
    if (item.isCurrent && file.agenda.findIndex((other) => other.isCurrent) !== a) report(['agenda', a, 'isCurrent'], refusalText('anotherCurrent'));
  });
  checkRef(agendaIds, file.timer.agendaItemId, ['timer', 'agendaItemId'], 'unknownAgendaItem', report);
  const sessionIds = checkUnique(
    file.votingSessions.map((session) => session.id),
    (s) => ['votingSessions', s, 'id'],
    'repeatedSessionId',
    report,
  );
  const votePaths = file.votingSessions.flatMap((session, s) => session.votes.map((_vote, v): Path => ['votingSessions', s, 'votes', v, 'id']));
  checkUnique(
    file.votingSessions.flatMap((session) => session.votes.map((vote) => vote.id)),
    (index) => votePaths[index]!,
    'repeatedVoteId',
    report,
  );
  file.votingSessions.forEach((session, s) => {
    checkRef(mapIds, session.mapId, ['votingSessions', s, 'mapId'], 'unknownMap', report);
    session.votes.forEach((vote, v) =>
      checkRef(participantIds, vote.participantId, ['votingSessions', s, 'votes', v, 'participantId'], 'unknownParticipant', report),
    );
  });
  checkUnique(
    file.parkingLot.map((item) => item.id),
    (p) => ['parkingLot', p, 'id'],
    'repeatedParkingLotItemId',
    report,
  );
  file.parkingLot.forEach((item, p) => checkRef(mapIds, item.fromMapId, ['parkingLot', p, 'fromMapId'], 'unknownMap', report));
  return sessionIds;
}

function checkActions(file: WorkshopFileStructure, report: Report): void {
  const futureMapIds = new Set(file.maps.filter((map) => map.state === 'future').map((map) => map.id));
  checkUnique(
    file.actions.map((action) => action.id),
    (a) => ['actions', a, 'id'],
    'repeatedActionId',
    report,
  );
  file.actions.forEach((action, a) => checkRef(futureMapIds, action.mapId, ['actions', a, 'mapId'], 'unknownFutureMap', report));
}

export function checkReferences(file: WorkshopFileStructure, ctx: z.RefinementCtx): void {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message, input: file });
  const mapIds = checkUnique(
    file.maps.map((map) => map.id),
    (m) => ['maps', m, 'id'],
    'repeatedMapId',
    report,
  );
  checkMaps(file, mapIds, report);
  const sessionIds = checkFacilitation(file, mapIds, report);
  checkActions(file, report);
  checkRef(mapIds, file.presentation.mapId, ['presentation', 'mapId'], 'unknownMap', report);
  checkRef(sessionIds, file.presentation.resultsSessionId, ['presentation', 'resultsSessionId'], 'unknownSession', report);
}
