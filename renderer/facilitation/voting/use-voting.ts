import { uiText } from '../../ui-text/ui-text';
import { useCallback, useEffect, useState } from 'react';
import type { VotingSessionDetail } from '../../../shared/api/voting-contract';
import type { Participant, ParticipantDetails } from '../../../shared/facilitation/participant';
import { DEFAULT_PRESENTATION, type PresentationState } from '../../../shared/facilitation/presentation';
import type { Ballot, VotingSession, VotingSetup, VotingStatus } from '../../../shared/facilitation/voting';
import { ApiCallError, call, getFeed } from '../../api/client';
import { sendAgainWhileUnreachable } from '../../api/send-again';
import { useFacilitationTopic } from '../use-facilitation-topic';
import { useLatestCall } from '../use-latest-call';

export type NewPerson = { name: string };

export type Voting = {
  participants: Participant[] | null;
  sessions: VotingSession[];
  /** The session the panel works on, with its dots. */
  detail: VotingSessionDetail | null;
  presentation: PresentationState;
  addPeople: (people: NewPerson[]) => void;
  updatePerson: (id: string, patch: Partial<ParticipantDetails>) => void;
  removePerson: (id: string) => void;
  createSession: (setup: VotingSetup) => void;
  select: (sessionId: string | null) => void;
  /** Places a dot; resolves to the rules' refusal, if any, for the voter to read. */
  cast: (ballot: Ballot) => Promise<string | null>;
  retract: (ballot: Ballot) => Promise<string | null>;
  setStatus: (status: VotingStatus) => void;
  deleteSession: (sessionId: string) => void;
  present: (patch: Partial<PresentationState>) => void;
};

/** Participants, the workshop's voting sessions and the projector's state, with the actions on them. */
export function useVoting(workshopId: string, mapId: string, report: (error: unknown) => void): Voting {
  const [participants, setParticipants] = useState<Participant[] | null>(null);
  const [sessions, setSessions] = useState<VotingSession[]>([]);
  const [detail, setDetail] = useState<VotingSessionDetail | null>(null);
  const [presentation, setPresentation] = useState<PresentationState>(DEFAULT_PRESENTATION);

  // Dots placed here and reloads on the feed's word overlap while a voter clicks fast: an answer to an older request never replaces a newer one's.
  const latest = useLatestCall();

  const loadDetail = useCallback(
    (sessionId: string | null) => {
      if (sessionId === null) return setDetail(null);
      latest(call('voting.get', { sessionId }), setDetail, report);
    },
    [report, latest],
  );

  useEffect(() => {
    let cancelled = false;
    Promise.all([
      call('participant.list', { workshopId }),
      call('voting.list', { workshopId }),
      // The projector follows the map opened here; a database that can only be read keeps what it showed.
      call('presentation.update', { workshopId, mapId }).catch((error: unknown) => {
        if (error instanceof ApiCallError && error.error.code === 'read-only') return call('presentation.get', { workshopId });
        throw error;
      }),
    ]).then(([people, list, shown]) => {
      if (cancelled) return;
      setParticipants(people);
      setSessions(list);
      setPresentation(shown);
      loadDetail((list.find((session) => session.mapId === mapId) ?? null)?.id ?? null);
    }, report);
    return () => {
      cancelled = true;
    };
  }, [workshopId, mapId, report, loadDetail]);

  // Phones in the room vote and add themselves: their dots and names reach this panel as they happen.
  const detailId = detail?.session.id ?? null;

  // Another window added people, started, ran or deleted a vote: show what is so now, on the session shown or, when none is, this map's.
  useFacilitationTopic(workshopId, 'voting', () => {
    Promise.all([call('participant.list', { workshopId }), call('voting.list', { workshopId })]).then(([people, list]) => {
      setParticipants(people);
      setSessions(list);
      const shown = list.find((session) => session.id === detailId) ?? list.find((session) => session.mapId === mapId) ?? null;
      loadDetail(shown?.id ?? null);
    }, report);
  });
  useEffect(() => {
    const unsubscribe = getFeed()?.subscribe((event) => {
      if (event.type !== 'room' || event.workshopId !== workshopId) return;
      if (event.topic === 'votes' && detailId) loadDetail(detailId);
      if (event.topic === 'status') call('participant.list', { workshopId }).then(setParticipants, report);
    });
    return () => unsubscribe?.();
  }, [workshopId, detailId, loadDetail, report]);

  const applyDetail = useCallback((next: VotingSessionDetail) => {
    setDetail(next);
    setSessions((list) => list.map((session) => (session.id === next.session.id ? next.session : session)));
  }, []);

  const dot = useCallback(
    async (channel: 'voting.cast' | 'voting.retract', ballot: Ballot): Promise<string | null> => {
      if (!detail) return uiText('facilitation:voting.noneRunning');
      // Made at the click: the same dot sent again after a lost answer is counted once.
      const input = { sessionId: detail.session.id, ...ballot, writeId: crypto.randomUUID() };
      try {
        const request = sendAgainWhileUnreachable(() => call(channel, input));
        latest(request, applyDetail, () => undefined);
        await request;
        return null;
      } catch (error) {
        if (error instanceof ApiCallError && error.error.code === 'vote-refused') return error.message;
        report(error);
        return null;
      }
    },
    [detail, applyDetail, latest, report],
  );

  const sessionId = detail?.session.id ?? null;
  return {
    participants,
    sessions,
    detail,
    presentation,
    addPeople: useCallback((people) => void call('participant.add', { workshopId, people }).then(setParticipants, report), [workshopId, report]),
    updatePerson: useCallback((id, patch) => void call('participant.update', { id, ...patch }).then(setParticipants, report), [report]),
    removePerson: useCallback((id) => void call('participant.remove', { id }).then(setParticipants, report), [report]),
    createSession: useCallback(
      (setup) =>
        void call('voting.create', { workshopId, mapId, setup }).then((session) => {
          setSessions((list) => [session, ...list]);
          setDetail({ session, votes: [], labels: {} });
        }, report),
      [workshopId, mapId, report],
    ),
    select: loadDetail,
    cast: useCallback((ballot) => dot('voting.cast', ballot), [dot]),
    retract: useCallback((ballot) => dot('voting.retract', ballot), [dot]),
    setStatus: useCallback(
      (status) => {
        if (sessionId === null) return;
        call('voting.setStatus', { sessionId, status })
          .then((next) => {
            applyDetail(next);
            if (status === 'revealed') {
              return call('presentation.update', { workshopId, resultsSessionId: sessionId, view: 'dots' }).then(setPresentation);
            }
          }, report)
          .catch(report);
      },
      [sessionId, workshopId, applyDetail, report],
    ),
    deleteSession: useCallback(
      (id) =>
        void call('voting.delete', { sessionId: id }).then(() => {
          setSessions((list) => list.filter((session) => session.id !== id));
          setDetail((current) => (current?.session.id === id ? null : current));
          setPresentation((current) => (current.resultsSessionId === id ? { ...current, resultsSessionId: null } : current));
        }, report),
      [report],
    ),
    present: useCallback((patch) => void call('presentation.update', { workshopId, ...patch }).then(setPresentation, report), [workshopId, report]),
  };
}
