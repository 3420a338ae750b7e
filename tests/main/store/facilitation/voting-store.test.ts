import { describe, expect, it } from 'vitest';
import { defaultVotingSetup, type VotingSetup } from '../../../../shared/facilitation/voting';
import { rankVotes } from '../../../../shared/facilitation/voting-results';
import { addParticipants, removeParticipant } from '../../../../main/store/facilitation/participant-repository';
import {
  castVote,
  createVotingSession,
  getVotingSessionDetail,
  retractVote,
  setVotingStatus,
} from '../../../../main/store/facilitation/voting-repository';
import { openAppServices } from '../../../../main/services/app-services';
import { VoteRefusedError } from '../../../../main/store/store-errors';
import { useTempDir } from '../../../support/temp-dir';
import { heldClock, openStore, workshopWithNodes } from './store-fixtures';

const NODES = { k1: 'kaizen-burst', k2: 'kaizen-burst', s1: 'sticky-note', p1: 'process' } as const;

function setup(overrides: Partial<VotingSetup> = {}): VotingSetup {
  return { ...defaultVotingSetup('en'), maxVotesPerItem: 2, ...overrides };
}

describe('the voting store', () => {
  const tempDir = useTempDir();

  function room() {
    const clock = heldClock();
    const db = openStore(tempDir());
    const { workshopId, mapId } = workshopWithNodes(db, clock, NODES);
    const [ana, ben, cy] = addParticipants(db, workshopId, [{ name: 'Ana Silva' }, { name: 'Ben Okafor' }, { name: 'Cy' }], clock);
    return { clock, db, workshopId, mapId, ana: ana!, ben: ben!, cy: cy! };
  }

  it('gives participants initials and distinct colours', () => {
    const { ana, ben, cy } = room();
    expect([ana.initials, ben.initials, cy.initials]).toEqual(['AS', 'BO', 'CY']);
    expect(new Set([ana.color, ben.color, cy.color]).size).toBe(3);
  });

  it('adds a name already on the list once: a roster pasted again, or by a second window, makes no twins', () => {
    const { clock, db, workshopId, ana, ben, cy } = room();
    const people = addParticipants(db, workshopId, [{ name: 'ana silva' }, { name: ' Ben Okafor ' }, { name: 'Dee' }, { name: 'DEE' }], clock);
    expect(people.map((person) => person.name)).toEqual(['Ana Silva', 'Ben Okafor', 'Cy', 'Dee']);
    expect(people.slice(0, 3)).toEqual([ana, ben, cy]);
  });

  it('saves dots within the rules and ranks them with ties', () => {
    const { clock, db, workshopId, mapId, ana, ben, cy } = room();
    const session = createVotingSession(db, workshopId, mapId, setup(), clock);
    const cast = (participantId: string, nodeId: string) => castVote(db, session.id, { participantId, nodeId }, clock);
    cast(ana.id, 'k1');
    cast(ana.id, 'k1');
    cast(ana.id, 's1');
    cast(ben.id, 'k2');
    cast(ben.id, 'k1');
    cast(cy.id, 'k2');
    const detail = cast(cy.id, 's1');
    expect(detail.votes).toHaveLength(7);
    expect(detail.labels).toEqual({ k1: 'k1', s1: 's1', k2: 'k2' });
    expect(rankVotes(detail.votes).map(({ nodeId, total, rank, tied }) => [nodeId, total, rank, tied])).toEqual([
      ['k1', 3, 1, false],
      ['k2', 2, 2, true],
      ['s1', 2, 2, true],
    ]);
  });

  it('refuses a dot that breaks a rule and saves nothing', () => {
    const { clock, db, workshopId, mapId, ana } = room();
    const session = createVotingSession(db, workshopId, mapId, setup(), clock);
    const cast = (nodeId: string) => castVote(db, session.id, { participantId: ana.id, nodeId }, clock);
    cast('k1');
    cast('k1');
    expect(() => cast('k1')).toThrow(VoteRefusedError);
    expect(() => cast('p1')).toThrow('Only kaizen bursts or sticky notes');
    expect(() => cast('nowhere')).toThrow(VoteRefusedError);
    cast('k2');
    expect(() => cast('s1')).toThrow('Ana Silva has used all 3 dots.');
    expect(getVotingSessionDetail(db, session.id).votes.map((vote) => vote.nodeId)).toEqual(['k1', 'k1', 'k2']);
  });

  it('takes a dot back while open; after closing nothing changes; a revealed session stays revealed', () => {
    const { clock, db, workshopId, mapId, ana } = room();
    const session = createVotingSession(db, workshopId, mapId, setup(), clock);
    const ballot = { participantId: ana.id, nodeId: 'k1' };
    castVote(db, session.id, ballot, clock);
    castVote(db, session.id, ballot, clock);
    expect(retractVote(db, session.id, ballot, clock).votes).toHaveLength(1);
    expect(setVotingStatus(db, session.id, 'closed', clock).session).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect(() => castVote(db, session.id, ballot, clock)).toThrow('closed');
    expect(() => retractVote(db, session.id, ballot, clock)).toThrow('closed');
    const revealed = setVotingStatus(db, session.id, 'revealed', clock);
    expect(revealed.session).toMatchObject({ status: 'revealed', revealedAt: expect.any(String) });
    expect(() => setVotingStatus(db, session.id, 'open', clock)).toThrow('revealed');
    expect(getVotingSessionDetail(db, session.id).votes).toHaveLength(1);
  });

  it('records the paper wall’s anonymous dots in facilitator entry, within the room’s budget', () => {
    const { clock, db, workshopId, mapId, ana } = room();
    const session = createVotingSession(db, workshopId, mapId, setup({ mode: 'facilitator-entry', maxVotesPerItem: 1 }), clock);
    const wall = (nodeId: string) => castVote(db, session.id, { participantId: null, nodeId }, clock);
    for (let i = 0; i < 3; i++) wall('k1');
    expect(() => wall('k1')).toThrow(VoteRefusedError);
    expect(() => castVote(db, session.id, { participantId: ana.id, nodeId: 'k2' }, clock)).toThrow('paper wall');
    expect(getVotingSessionDetail(db, session.id).votes).toHaveLength(3);
  });

  it('keeps a participant who has voted, so results cannot change behind the room’s back', () => {
    const { clock, db, workshopId, mapId, ana, ben } = room();
    const session = createVotingSession(db, workshopId, mapId, setup({ title: 'Top waste' }), clock);
    castVote(db, session.id, { participantId: ana.id, nodeId: 'k1' }, clock);
    expect(() => removeParticipant(db, ana.id, clock)).toThrow('“Top waste”');
    expect(removeParticipant(db, ben.id, clock).map((participant) => participant.name)).toEqual(['Ana Silva', 'Cy']);
  });

  it('the API answers a refused vote with a typed error and changes nothing', async () => {
    const clock = heldClock();
    const services = openAppServices(tempDir(), { clock });
    const created = await services.dispatch('workshop.create', { title: 'Claims', date: '2026-11-25', facilitator: 'Sam' });
    if (!created.ok) throw new Error('create failed');
    const { workshop, maps } = created.value as { workshop: { id: string }; maps: { id: string }[] };
    const mapId = maps[0]!.id;
    const node = { id: 'k1', kind: 'kaizen-burst', x: 0, y: 0, width: 150, height: 110, z: 1, text: 'Rework', color: 'yellow', originId: null };
    await services.dispatch('map.applyChanges', { mapId, changes: [{ op: 'putNode', node }] });
    const people = await services.dispatch('participant.add', { workshopId: workshop.id, people: [{ name: 'Ana' }] });
    if (!people.ok) throw new Error('participant.add failed');
    const ana = (people.value as { id: string }[])[0]!;
    const created2 = await services.dispatch('voting.create', {
      workshopId: workshop.id,
      mapId,
      setup: { ...defaultVotingSetup('en'), votesPerParticipant: 1, maxVotesPerItem: 1 },
    });
    if (!created2.ok) throw new Error(created2.error.message);
    const sessionId = (created2.value as { id: string }).id;

    expect(await services.dispatch('voting.cast', { sessionId, participantId: ana.id, nodeId: 'k1', writeId: 'click-0001' })).toMatchObject({
      ok: true,
    });
    const refused = await services.dispatch('voting.cast', { sessionId, participantId: ana.id, nodeId: 'k1', writeId: 'click-0002' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'vote-refused' } });
    const bad = await services.dispatch('voting.create', {
      workshopId: workshop.id,
      mapId,
      setup: { ...defaultVotingSetup('en'), votesPerParticipant: 2, maxVotesPerItem: 5 },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'setup.maxVotesPerItem' }] } });
    const detail = await services.dispatch('voting.get', { sessionId });
    expect(detail).toMatchObject({ ok: true, value: { votes: [{ participantId: ana.id, nodeId: 'k1' }] } });
    expect((await services.dispatch('voting.list', { workshopId: workshop.id })) as { value: unknown[] }).toMatchObject({
      value: [{ id: sessionId }],
    });
    await services.close();
  });
});
