import { Fragment } from 'react';
import { contentArea, CSS_PX_PER_MM } from '../../shared/report/paper';
import type { ReportContents } from '../../shared/report/report-contents';
import type { PaperSize } from '../../shared/report/report-page';
import type { MapPictures } from './map-pictures';
import { ActionPlanSheet } from './sections/ActionPlanSheet';
import { AgendaSheet } from './sections/AgendaSheet';
import { ComparisonRangeSheet, ComparisonSheet } from './sections/ComparisonSheet';
import { CoverSheet } from './sections/CoverSheet';
import { mapKind, MapSheets } from './sections/MapSheets';
import { ParkingLotSheet } from './sections/ParkingLotSheet';
import { QuestionsSheet } from './sections/QuestionsSheet';
import { VotesSheet } from './sections/VotesSheet';

/**
 * The report, in the order a sponsor reads it: the cover, the day's agenda, each map with its
 * figures, the votes, the comparisons, the future-state answers, the action plan and the parking
 * lot. A part with nothing in it is left out, and the cover lists what is there.
 */
export function ReportDocument({ contents, pictures, paper }: { contents: ReportContents; pictures: readonly MapPictures[]; paper: PaperSize }) {
  const landscapeWidth = contentArea(paper, 'landscape').width * CSS_PX_PER_MM;
  const { file, agenda, maps, votes, comparisons, actions } = contents;
  const questions = contents.questions.filter((entry) => entry.answers.some(({ answer }) => answer.trim() !== ''));
  const sections = [
    agenda.rows.length > 0 && 'Agenda',
    ...maps.map((map) => `${map.doc.map.name} (${mapKind(map).toLowerCase()})`),
    votes.length > 0 && 'Voting results',
    ...comparisons.map((comparison) => `${comparison.current.map.name} → ${comparison.future.map.name}`),
    ...questions.map((entry) => `Future-state questions: ${entry.map.map.name}`),
    actions.length > 0 && 'Action plan',
    file.parkingLot.length > 0 && 'Parking lot',
  ].filter((section): section is string => typeof section === 'string');
  return (
    <article className="report-document">
      <CoverSheet contents={contents} sections={sections} />
      {agenda.rows.length > 0 && <AgendaSheet agenda={agenda} />}
      {maps.map((map, index) => (
        <MapSheets key={map.doc.map.id} map={map} pictures={pictures[index]!} width={landscapeWidth} />
      ))}
      {votes.length > 0 && <VotesSheet votes={votes} />}
      {comparisons.map((comparison) => (
        <Fragment key={comparison.future.map.id}>
          <ComparisonSheet comparison={comparison} width={landscapeWidth} />
          <ComparisonRangeSheet comparison={comparison} width={landscapeWidth} />
        </Fragment>
      ))}
      {questions.map((entry) => (
        <QuestionsSheet key={entry.map.map.id} questions={entry} />
      ))}
      {actions.length > 0 && <ActionPlanSheet actions={actions} />}
      {file.parkingLot.length > 0 && <ParkingLotSheet file={file} />}
    </article>
  );
}
