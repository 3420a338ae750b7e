import { rankVotes, votedItemLabel } from '../facilitation/voting-results';
import { translator } from '../i18n/i18n-instance';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import type { FileVotingSession, WorkshopFile } from '../workshop-file/workshop-file-schema';

/**
 * Each dot vote's result as the report prints it and the CSV lists it: ranked with ties (the
 * shared ranking), each item by the label the voting screens use, and who placed its dots. A
 * session still open has no result yet; it is listed as open, without a ranking, so a secret
 * vote is not revealed by a report made in the middle of it.
 */
export type VoterDots = { name: string; initials: string; color: string | null; count: number };

export type VoteResultRow = { nodeId: string; rank: number; tied: boolean; label: string; dots: number; voters: VoterDots[] };

export type SessionResults = { session: FileVotingSession; mapName: string; counted: boolean; dots: number; rows: VoteResultRow[] };

/** Items with equal dots are listed in the alphabetical order of `language`. */
export function votingResults(
  file: Pick<WorkshopFile, 'maps' | 'participants' | 'parkingLot' | 'votingSessions'>,
  language: Language = DEFAULT_LANGUAGE,
): SessionResults[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const paperWall = translator(language, 'report')('votes.paperWall');
  const people = new Map(file.participants.map((person) => [person.id, person]));
  const parked = new Map(file.parkingLot.flatMap((item) => (item.note ? [[item.note.id, item.text] as const] : [])));
  return file.votingSessions.map((session) => {
    const map = file.maps.find((candidate) => candidate.id === session.mapId);
    const nodes = new Map(map?.nodes.map((node) => [node.id, node]));
    const label = (nodeId: string) => votedItemLabel(nodes.get(nodeId), parked.get(nodeId));
    const counted = session.status !== 'open';
    const rows = counted
      ? rankVotes(session.votes, (a, b) => collator.compare(label(a), label(b))).map((item) => ({
          nodeId: item.nodeId,
          rank: item.rank,
          tied: item.tied,
          label: label(item.nodeId),
          dots: item.total,
          voters: item.byVoter.map((voter): VoterDots => {
            const person = voter.participantId === null ? undefined : people.get(voter.participantId);
            return { name: person?.name ?? paperWall, initials: person?.initials ?? '', color: person?.color ?? null, count: voter.count };
          }),
        }))
      : [];
    return { session, mapName: map?.name ?? '', counted, dots: session.votes.length, rows };
  });
}
