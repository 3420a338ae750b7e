import { useTranslation } from 'react-i18next';
import type { QuestionsReport } from '../../../shared/report/report-contents';
import { Sheet } from '../Sheet';

/** The eight future-state questions of Learning to See with the room's answers, per future state. */
export function QuestionsSheet({ questions }: { questions: QuestionsReport }) {
  const { t } = useTranslation('report');
  const title = t('sections.questions', { name: questions.map.map.name });
  return (
    <Sheet orientation="portrait" label={title}>
      <h2 className="sheet-title">{title}</h2>
      <ol className="questions-list">
        {questions.answers.map(({ question, answer }) => (
          <li key={question.key}>
            <h3>{question.title}</h3>
            {answer.trim() ? <p className="answer">{answer}</p> : <p className="answer answer-missing">{t('questions.notAnswered')}</p>}
          </li>
        ))}
      </ol>
    </Sheet>
  );
}
