import fc from 'fast-check';
import { PARTICIPANT_COLORS } from '../../../shared/facilitation/participant';
import { VOTE_TARGET_KINDS, VOTING_MODES, VOTE_VISIBILITIES, VOTING_STATUSES } from '../../../shared/facilitation/voting';
import { ACTION_STATUSES } from '../../../shared/action-plan/action-item';
import { FUTURE_STATE_QUESTION_KEYS } from '../../../shared/future-state/questions';
import { NOTE_COLORS } from '../../../shared/model/colors';
import { CURRENT_FORMAT_VERSION, WORKSHOP_FILE_KIND, type FileMap, type WorkshopFile } from '../../../shared/workshop-file/workshop-file-schema';
import { arbitraryMap } from '../vsm/arbitrary-map';

/**
 * Random valid workshop files: one to three maps (the first a current state, any later one
 * derived from an earlier one), people, agenda, timer, votes, parking lot, actions on future
 * maps, and a presentation state, every reference pointing at something in the file. Strings are
 * trimmed where the domain trims them, so a valid file reads back exactly as written.
 */
const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true });
const iso = instant.map((date) => date.toISOString());
const isoDate = instant.map((date) => date.toISOString().slice(0, 10));
const trimmed = (min: number, max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: min, maxLength: max })
    .map((text) => text.trim())
    .filter((text) => text.length >= min && text.length <= max);
const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

function fileMaps(): fc.Arbitrary<FileMap[]> {
  return fc
    .array(
      fc.tuple(arbitraryMap, fc.boolean(), fc.nat(), trimmed(1, 40), iso, fc.subarray([...FUTURE_STATE_QUESTION_KEYS]), fc.string({ maxLength: 60 })),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((drafts) =>
      drafts.map(([doc, derived, from, name, at, questions, answer], index): FileMap => {
        const future = index > 0 && derived;
        return {
          id: `map-${index}`,
          name,
          state: future ? 'future' : 'current',
          derivedFromMapId: future ? `map-${from % index}` : null,
          settings: doc.map.settings,
          createdAt: at,
          updatedAt: at,
          nodes: doc.nodes,
          connectors: doc.connectors,
          futureStateAnswers: future ? questions.map((question) => ({ question, answer, updatedAt: at })) : [],
        };
      }),
    );
}

export const arbitraryWorkshopFile: fc.Arbitrary<WorkshopFile> = fileMaps().chain((maps) => {
  const mapIds = maps.map((map) => map.id);
  const futureIds = maps.filter((map) => map.state === 'future').map((map) => map.id);
  const nodeIds = maps.flatMap((map) => map.nodes.map((node) => node.id));
  const people = fc
    .array(fc.tuple(trimmed(1, 30), trimmed(1, 3), pick(PARTICIPANT_COLORS)), { maxLength: 4 })
    .map((rows) => rows.map(([name, initials, color], index) => ({ id: `person-${index}`, name, initials, color })));
  const agenda = fc
    .tuple(
      fc.array(fc.tuple(trimmed(1, 40), fc.integer({ min: 1, max: 600 }), fc.nat(20_000), fc.string({ maxLength: 80 })), { maxLength: 4 }),
      fc.nat(),
    )
    .map(([rows, current]) =>
      rows.map(([title, plannedMinutes, actualSeconds, notes], index) => ({
        id: `agenda-${index}`,
        title,
        plannedMinutes,
        actualSeconds,
        isCurrent: current % (rows.length + 1) === index,
        notes,
      })),
    );
  return fc.tuple(people, agenda).chain(([participants, agendaItems]) => {
    const personIds = participants.map((person) => person.id);
    const agendaIds = agendaItems.map((item) => item.id);
    const optional = (ids: readonly string[]) => (ids.length === 0 ? fc.constant(null) : fc.option(pick(ids), { nil: null }));
    const timer = fc.oneof(
      fc.record({
        durationMs: fc.nat(86_400_000),
        status: fc.constant('idle' as const),
        runningSinceMs: fc.constant(null),
        elapsedBeforeMs: fc.constant(0),
        agendaItemId: optional(agendaIds),
      }),
      fc.record({
        durationMs: fc.nat(86_400_000),
        status: fc.constant('paused' as const),
        runningSinceMs: fc.constant(null),
        elapsedBeforeMs: fc.nat(1e9),
        agendaItemId: optional(agendaIds),
      }),
      fc.record({
        durationMs: fc.nat(86_400_000),
        status: fc.constant('running' as const),
        runningSinceMs: fc.nat(2e12),
        elapsedBeforeMs: fc.nat(1e9),
        agendaItemId: optional(agendaIds),
      }),
    );
    const votes = fc.array(
      fc.record({ participantId: optional(personIds), nodeId: nodeIds.length > 0 ? pick(nodeIds) : fc.constant('gone'), castAt: iso }),
      { maxLength: 6 },
    );
    const sessions = fc
      .array(
        fc.record({
          title: trimmed(1, 40),
          targetKinds: fc.shuffledSubarray([...VOTE_TARGET_KINDS], { minLength: 1 }),
          votesPerParticipant: fc.integer({ min: 1, max: 20 }),
          maxVotesPerItem: fc.integer({ min: 1, max: 20 }),
          visibility: pick(VOTE_VISIBILITIES),
          mode: pick(VOTING_MODES),
          mapId: pick(mapIds),
          status: pick(VOTING_STATUSES),
          createdAt: iso,
          closedAt: fc.option(iso, { nil: null }),
          revealedAt: fc.option(iso, { nil: null }),
          votes,
        }),
        { maxLength: 2 },
      )
      .map((rows) =>
        rows.map((row, s) => ({
          ...row,
          id: `session-${s}`,
          maxVotesPerItem: Math.min(row.maxVotesPerItem, row.votesPerParticipant),
          votes: row.votes.map((vote, v) => ({ ...vote, id: `vote-${s}-${v}` })),
        })),
      );
    const parkingLot = fc
      .array(
        fc.record({
          text: fc.string({ maxLength: 60 }),
          color: pick(NOTE_COLORS),
          fromMapId: optional(mapIds),
          createdAt: iso,
          parked: fc.boolean(),
        }),
        { maxLength: 3 },
      )
      .map((rows) =>
        rows.map(({ parked, ...row }, index) => ({
          ...row,
          id: `parked-${index}`,
          note: parked
            ? {
                id: `note-${index}`,
                kind: 'sticky-note' as const,
                x: 10,
                y: 20,
                width: 160,
                height: 120,
                z: index,
                text: row.text,
                color: row.color,
                originId: null,
              }
            : null,
        })),
      );
    const actions =
      futureIds.length === 0
        ? fc.constant<WorkshopFile['actions']>([])
        : fc
            .array(
              fc.record({
                what: trimmed(1, 60),
                owner: trimmed(0, 30),
                dueDate: fc.option(isoDate, { nil: null }),
                status: pick(ACTION_STATUSES),
                stepNodeId: optional(nodeIds),
                kaizenNodeId: optional(nodeIds),
                mapId: pick(futureIds),
                createdAt: iso,
                updatedAt: iso,
              }),
              { maxLength: 4 },
            )
            .map((rows) => rows.map((row, index) => ({ ...row, id: `action-${index}` })));
    return fc
      .tuple(timer, sessions, parkingLot, actions, iso, trimmed(1, 60), isoDate, trimmed(0, 40), optional(mapIds))
      .chain(([timerState, votingSessions, parked, actionItems, at, title, date, facilitator, shownMap]) =>
        optional(votingSessions.map((session) => session.id)).chain((resultsSessionId) =>
          fc.constantFrom('map' as const, 'dots' as const, 'heat' as const).map((view): WorkshopFile => ({
            kind: WORKSHOP_FILE_KIND,
            formatVersion: CURRENT_FORMAT_VERSION,
            exportedAt: at,
            exportedBy: 'Value Stream Workshop (test)',
            workshop: { id: 'workshop', title, date, facilitator, createdAt: at, updatedAt: at },
            participants,
            agenda: agendaItems,
            timer: timerState,
            maps,
            votingSessions,
            parkingLot: parked,
            actions: actionItems,
            presentation: { mapId: shownMap, resultsSessionId, view },
          })),
        ),
      );
  });
});
