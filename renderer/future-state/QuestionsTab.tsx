import { Trans, useTranslation } from 'react-i18next';
import { languageOfLocale } from '../../shared/i18n/languages';
import { futureStateQuestions, FutureStateAnswerTextSchema } from '../../shared/future-state/questions';
import type { MapSettings } from '../../shared/model/vsm-map';
import { formatDuration } from '../../shared/vsm';
import { maxLengthOf } from '../components/max-length';
import { useLocaleFormat } from '../i18n/I18nProvider';
import type { AnswersState } from './use-answers';

type QuestionsTabProps = {
  answers: AnswersState;
  /** The engine's takt time for this map, offered as the first answer. */
  taktTime: number | null;
  settings: MapSettings;
  burstCount: number;
  onShowActions: () => void;
};

/** The eight future-state questions of Learning to See, each with its answer, saved as typed. */
export function QuestionsTab({ answers, taktTime, settings, burstCount, onShowActions }: QuestionsTabProps) {
  const { t, i18n } = useTranslation('futureState');
  const { drafts } = answers;
  const format = useLocaleFormat();
  if (!drafts) return <p className="muted">{answers.problem ?? t('questions.loading')}</p>;
  const takt = taktTime === null ? null : formatDuration(taktTime, settings, { format });
  return (
    <ol className="question-list">
      {futureStateQuestions(languageOfLocale(i18n.language)).map((question) => {
        const id = `future-question-${question.key}`;
        const answer = drafts[question.key] ?? '';
        return (
          <li key={question.key} className="question">
            <label htmlFor={id} className="question-title">
              <span className="question-number" aria-hidden="true">
                {question.number}
              </span>
              {question.title}
            </label>
            <p className="question-hint">{question.hint}</p>
            {question.key === 'takt' && (
              <p className="question-figure">
                {takt ? (
                  <>
                    <Trans t={t} i18nKey="questions.taktFromMap" values={{ takt }} components={{ strong: <strong /> }} />{' '}
                    {answer.trim() === '' && (
                      <button type="button" className="button button-small" onClick={() => answers.edit('takt', takt)}>
                        {t('questions.useTakt', { takt })}
                      </button>
                    )}
                  </>
                ) : (
                  t('questions.noTakt')
                )}
              </p>
            )}
            {question.key === 'process-improvements' && burstCount > 0 && (
              <p className="question-figure">
                {t('questions.bursts', { count: burstCount })}{' '}
                <button type="button" className="link-button" onClick={onShowActions}>
                  {t('questions.toActions')}
                </button>
              </p>
            )}
            <textarea
              id={id}
              value={answer}
              rows={3}
              maxLength={maxLengthOf(FutureStateAnswerTextSchema)}
              onChange={(event) => answers.edit(question.key, event.target.value)}
              onBlur={answers.flush}
            />
          </li>
        );
      })}
    </ol>
  );
}
