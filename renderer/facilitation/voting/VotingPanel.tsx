import { uiText } from '../../ui-text/ui-text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapNode } from '../../../shared/model/map-node';
import type { PresentationView } from '../../../shared/facilitation/presentation';
import { countsWallDots, type VotingSession } from '../../../shared/facilitation/voting';
import { rankVotes } from '../../../shared/facilitation/voting-results';
import type { VotingContext } from '../../../shared/facilitation/voting-rules';
import { showsRunningTotals } from '../../../shared/facilitation/voting-visibility';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FacilitatorEntry } from './FacilitatorEntry';
import { NewSessionForm } from './NewSessionForm';
import { ParticipantsEditor } from './ParticipantsEditor';
import { ResultsList } from './ResultsList';
import { SessionControls } from './SessionControls';
import type { Voting } from './use-voting';
import type { VotingRound } from './use-voting-round';

type VotingPanelProps = {
  voting: Voting;
  round: VotingRound;
  mapId: string;
  /** The items of this map the selected session may be voted on. */
  votableItems: readonly MapNode[];
};

const RESULT_VIEWS = [
  { view: 'dots', label: 'views.dots' },
  { view: 'heat', label: 'views.heat' },
  { view: 'map', label: 'views.map' },
  { view: null, label: 'views.none' },
] as const satisfies readonly { view: PresentationView | null; label: string }[];

function describeRules(session: VotingSession): string {
  return uiText('facilitation:voting.rules', {
    mode: uiText(`facilitation:voting.modes.${session.mode}`),
    count: session.votesPerParticipant,
    max: session.maxVotesPerItem,
    secrecy: uiText(session.visibility === 'secret' ? 'facilitation:voting.secret' : 'facilitation:voting.openTotals'),
  });
}

/** Dot voting: the people, a session's setup, the room voting, close and reveal, and where results show. */
export function VotingPanel({ voting, round, mapId, votableItems }: VotingPanelProps) {
  const { t } = useTranslation('facilitation');
  const [creating, setCreating] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { detail, participants, presentation } = voting;
  const people = participants ?? [];

  const sessionView = () => {
    if (!detail || creating) {
      return (
        <NewSessionForm
          onCancel={detail ? () => setCreating(false) : undefined}
          onStart={(setup) => {
            voting.createSession(setup);
            setCreating(false);
          }}
        />
      );
    }
    const { session, votes, labels } = detail;
    const context: VotingContext = { session, participants: people, votes };
    const onThisMap = session.mapId === mapId;
    const shownOnProjector = presentation.resultsSessionId === session.id;
    return (
      <div className="session-view" aria-label={t('tabs.vote')}>
        <div className="session-head">
          <h3 className="session-title">{session.title}</h3>
          <span className={`status-badge status-${session.status}`}>{t(`voting.status.${session.status}`)}</span>
        </div>
        <p className="muted">{describeRules(session)}</p>
        {!onThisMap && <p className="form-error">{t('voting.otherMap')}</p>}
        {session.status === 'open' && onThisMap && !countsWallDots(session) && (
          <SessionControls session={session} context={context} round={round} participants={people} />
        )}
        {countsWallDots(session) && onThisMap && session.status !== 'revealed' && (
          <FacilitatorEntry
            context={context}
            items={votableItems}
            onAdd={(nodeId) => voting.cast({ participantId: null, nodeId })}
            onRemove={(nodeId) => voting.retract({ participantId: null, nodeId })}
          />
        )}
        {session.status !== 'revealed' && showsRunningTotals(session) && !countsWallDots(session) && (
          <ResultsList ranking={rankVotes(votes)} labels={labels} participants={people} />
        )}
        <div className="session-actions">
          {session.status === 'open' && (
            <>
              <button type="button" className="button" onClick={() => voting.setStatus('closed')}>
                {t('voting.close')}
              </button>
              <button type="button" className="button button-primary" onClick={() => voting.setStatus('revealed')}>
                {t('voting.closeReveal')}
              </button>
            </>
          )}
          {session.status === 'closed' && (
            <>
              <button type="button" className="button" onClick={() => voting.setStatus('open')}>
                {t('voting.reopen')}
              </button>
              <button type="button" className="button button-primary" onClick={() => voting.setStatus('revealed')}>
                {t('voting.reveal')}
              </button>
            </>
          )}
        </div>
        {session.status === 'revealed' && (
          <>
            <ResultsList ranking={rankVotes(votes)} labels={labels} participants={people} />
            <fieldset className="fieldset">
              <legend>{t('voting.showOn')}</legend>
              {RESULT_VIEWS.map(({ view, label }) => (
                <label key={view ?? 'none'} className="check">
                  <input
                    type="radio"
                    name="results-view"
                    checked={view === null ? !shownOnProjector : shownOnProjector && presentation.view === view}
                    onChange={() => voting.present(view === null ? { resultsSessionId: null } : { resultsSessionId: session.id, view })}
                  />
                  {t(label)}
                </label>
              ))}
            </fieldset>
          </>
        )}
        <div className="session-actions">
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('voting.new')}
          </button>
          <button type="button" className="button button-quiet button-danger-text" onClick={() => setConfirmDelete(true)}>
            {t('voting.delete')}
          </button>
        </div>
        {confirmDelete && (
          <ConfirmDialog
            title={t('voting.deleteTitle')}
            message={t('voting.deleteMessage', { title: session.title, count: votes.length })}
            confirmLabel={t('voting.deleteConfirm')}
            onCancel={() => setConfirmDelete(false)}
            onConfirm={() => {
              setConfirmDelete(false);
              voting.deleteSession(session.id);
            }}
          />
        )}
      </div>
    );
  };

  const others = voting.sessions.filter((session) => session.id !== detail?.session.id);
  return (
    <div className="voting-panel">
      <ParticipantsEditor voting={voting} />
      <section className="panel-section" aria-label={t('voting.dotVote')}>
        <h3 className="panel-heading">{t('voting.dotVote')}</h3>
        {sessionView()}
      </section>
      {others.length > 0 && (
        <section className="panel-section" aria-label={t('voting.earlier')}>
          <h3 className="panel-heading">{t('voting.others')}</h3>
          <ul className="session-list">
            {others.map((session) => (
              <li key={session.id}>
                <button type="button" className="button button-quiet" onClick={() => voting.select(session.id)}>
                  {session.title} <span className="muted">· {t(`voting.status.${session.status}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
