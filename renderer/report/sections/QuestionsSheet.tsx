import type { QuestionsReport } from '../../../shared/report/report-contents';
import { Sheet } from '../Sheet';

/** The eight future-state questions of Learning to See with the room's answers, per future state. */
export function QuestionsSheet({ questions }: { questions: QuestionsReport }) {
  return (
    <Sheet orientation="portrait" label={`Future-state questions: ${questions.map.map.name}`}>
      <h2 className="sheet-title">Future-state questions: {questions.map.map.name}</h2>
      <ol className="questions-list">
        {questions.answers.map(({ question, answer }) => (
          <li key={question.key}>
            <h3>{question.title}</h3>
            {answer.trim() ? <p className="answer">{answer}</p> : <p className="answer answer-missing">Not answered.</p>}
          </li>
        ))}
      </ol>
    </Sheet>
  );
}
