import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { contentArea, CSS_PX_PER_MM } from '../../shared/report/paper';
import type { ReportContents } from '../../shared/report/report-contents';
import type { PaperSize } from '../../shared/report/report-page';
import type { MapPictures } from './map-pictures';
import { ActionPlanSheet } from './sections/ActionPlanSheet';
import { AgendaSheet } from './sections/AgendaSheet';
import { ComparisonRangeSheet, ComparisonSheet } from './sections/ComparisonSheet';
import { CoverSheet } from './sections/CoverSheet';
import { MapSheets } from './sections/MapSheets';
import { ParkingLotSheet } from './sections/ParkingLotSheet';
import { QuestionsSheet } from './sections/QuestionsSheet';
import { VotesSheet } from './sections/VotesSheet';

/**
 * The report, in the order a sponsor reads it: the cover, the day's agenda, each map with its
 * figures, the votes, the comparisons, the future-state answers, the action plan and the parking
 * lot. A part with nothing in it is left out, and the cover lists what is there.
 */
export function ReportDocument({ contents, pictures, paper }: { contents: ReportContents; pictures: readonly MapPictures[]; paper: PaperSize }) {
  const { t } = useTranslation('report');
  const landscapeWidth = contentArea(paper, 'landscape').width * CSS_PX_PER_MM;
  const { file, agenda, maps, votes, comparisons, actions } = contents;
  const questions = contents.questions.filter((entry) => entry.answers.some(({ answer }) => answer.trim() !== ''));
  const sections: (string | false)[] = [
    agenda.rows.length > 0 && t('sections.agenda'),
    ...maps.map((map) =>
      t('sections.map', { name: map.doc.map.name, kind: map.doc.map.state === 'current' ? t('map.currentKindInline') : t('map.futureKindInline') }),
    ),
    votes.length > 0 && t('sections.votes'),
    ...comparisons.map((comparison) => t('sections.comparison', { current: comparison.current.map.name, future: comparison.future.map.name })),
    ...questions.map((entry) => t('sections.questions', { name: entry.map.map.name })),
    actions.length > 0 && t('sections.actions'),
    file.parkingLot.length > 0 && t('sections.parkingLot'),
  ];
  const listed = sections.filter((section): section is string => typeof section === 'string');
  return (
    <article className="report-document" lang={contents.format.language}>
      <CoverSheet contents={contents} sections={listed} />
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
