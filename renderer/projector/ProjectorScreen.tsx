import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { rankVotes } from '../../shared/facilitation/voting-results';
import { TimerDisplay } from '../facilitation/timer/TimerDisplay';
import { useTimerReading } from '../facilitation/timer/use-timer-reading';
import { dotsByItem } from '../facilitation/voting/vote-layout';
import { ResultsList } from '../facilitation/voting/ResultsList';
import { VoteMarks } from '../facilitation/voting/VoteMarks';
import type { ProjectorSnapshot } from '../../shared/api/projector-contract';
import { ProjectorIdeas } from './ProjectorIdeas';
import { ProjectorJoin } from './ProjectorJoin';
import { ProjectorMap } from './ProjectorMap';
import { useProjectorRoom } from './use-projector-room';
import { useProjectorFeed } from './use-projector-feed';
import './projector.css';

/** How many results fit the projector's column at a size the back of the room can read. */
const RESULTS_SHOWN = 8;

function ProjectorTimer({ snapshot }: { snapshot: ProjectorSnapshot }) {
  const reading = useTimerReading(snapshot.timer);
  if (snapshot.timer.durationMs === 0 && snapshot.timer.status === 'idle') return null;
  return (
    <div className="projector-timer" data-timer-state={reading.isOvertime ? 'overtime' : reading.status}>
      <TimerDisplay reading={reading} size="huge" />
    </div>
  );
}

/**
 * The projector view: the map the facilitator shows, read-only and large, the timer, and a
 * revealed vote's ranking; it follows the facilitator's screen and has no controls of its own.
 */
export function ProjectorScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation(['projector', 'app', 'room']);
  const { snapshot, doc, problem } = useProjectorFeed(workshopId);
  const workshopTitle = snapshot?.workshopTitle;
  const { room, progress, ideas } = useProjectorRoom(workshopId, snapshot?.map?.id ?? null);
  useEffect(() => {
    document.title =
      workshopTitle === undefined ? t('documentTitle', { app: t('app:appName') }) : t('workshopDocumentTitle', { workshop: workshopTitle });
  }, [workshopTitle, t]);

  if (!snapshot) {
    return (
      <main className="projector-screen projector-waiting">
        <p>{problem ? t('waiting', { problem }) : t('connecting')}</p>
      </main>
    );
  }

  const { results, presentation } = snapshot;
  const showResults = results !== null && results.session.mapId === doc?.map.id;
  const marks =
    showResults && presentation.view !== 'map' ? (
      <VoteMarks
        nodes={doc?.nodes ?? []}
        dots={dotsByItem(results.votes, snapshot.participants)}
        view={presentation.view === 'heat' ? 'heat' : 'dots'}
        showTotals
      />
    ) : undefined;

  return (
    <main className="projector-screen" aria-label={t('label')}>
      <header className="projector-header">
        <div className="projector-titles">
          <span className="projector-workshop">{snapshot.workshopTitle}</span>
          <span className="projector-subtitle">
            {snapshot.currentActivity && <span className="projector-activity">{snapshot.currentActivity.title}</span>}
            {doc && <span className="projector-map-name">{doc.map.name}</span>}
          </span>
        </div>
        {progress && (
          <span className="projector-vote-progress" data-testid="projector-vote-progress">
            {t('room:projector.votedFromPhones', { count: progress.votedCount })}
          </span>
        )}
        <ProjectorTimer snapshot={snapshot} />
      </header>
      <div className="projector-body">
        <div className="projector-stage" data-view={showResults ? presentation.view : 'map'}>
          {doc ? <ProjectorMap doc={doc} overlay={marks} /> : <p className="projector-empty">{t('noMap')}</p>}
          {room?.joinOnProjector && <ProjectorJoin room={room} />}
          {problem && <p className="projector-problem">{t('reconnecting')}</p>}
        </div>
        {!results && (ideas.shown.length > 0 || ideas.hidden > 0) && <ProjectorIdeas shown={ideas.shown} hidden={ideas.hidden} />}
        {results && (
          <aside className="projector-results" aria-label={t('results')}>
            <h2 className="projector-results-title">{results.session.title}</h2>
            <ResultsList ranking={rankVotes(results.votes)} labels={results.labels} participants={snapshot.participants} limit={RESULTS_SHOWN} />
          </aside>
        )}
      </div>
    </main>
  );
}
