import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { parseStatusReport } from '@helsefellesskap/status-schema';
import { useTranslation } from 'react-i18next';

import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormatters } from '../../shared/use-formatters';
import { CommentaryForm } from './commentary-form';
import { ReportSection } from './report-section';

export const ReportPreviewFragment = graphql(`
  fragment ReportPreview_StatusReport on StatusReport {
    year
    frozen
    content
    canWriteCommentaryOn
    commentaryVersions {
      focusAreaNumber
      version
    }
  }
`);

interface ReportPreviewProps {
  planId: string;
  report: FragmentType<typeof ReportPreviewFragment>;
}

/**
 * The report as the package defines it: the API's `content` is parsed with `parseStatusReport` and
 * only the typed result is rendered, so a report that does not fit the schema is shown as an error.
 */
export function ReportPreview({ planId, report: reportRef }: ReportPreviewProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const report = getFragmentData(ReportPreviewFragment, reportRef);
  const parsed = parseStatusReport(report.content);
  if (!parsed.ok) {
    return (
      <Alert data-color="danger" role="alert">
        <Heading level={2} data-size="xs">
          {t('actionPlan.reports.invalidContent')}
        </Heading>
        <Paragraph>{t('actionPlan.reports.invalidContentBody')}</Paragraph>
        <ul>
          {parsed.problems.slice(0, 10).map((problem, index) => (
            <li key={index}>
              <code>{problem.path || '–'}</code>: {problem.message}
            </li>
          ))}
        </ul>
      </Alert>
    );
  }
  const content = parsed.report;
  // The API says which focus areas' commentary the signed-in user may write (none once frozen), and checks again.
  const editable = new Set(report.frozen ? [] : report.canWriteCommentaryOn);
  return (
    <>
      <dl className="facts report-facts">
        <dt>{t('actionPlan.header.period')}</dt>
        <dd>{t('actionPlan.header.periodValue', { from: content.planPeriod.from, to: content.planPeriod.to })}</dd>
        <dt>{t('actionPlan.reports.cutOffLabel')}</dt>
        <dd>{formatters.date(content.cutOffDate)}</dd>
        <dt>{t('actionPlan.reports.generatedAtLabel')}</dt>
        <dd>{formatters.dateTime(content.generatedAt)}</dd>
      </dl>
      {!report.frozen && <Paragraph data-size="sm">{t('actionPlan.reports.draftNote', { year: content.year })}</Paragraph>}
      {content.sections.map((section) => (
        <ReportSection
          key={section.focusAreaNumber}
          section={section}
          year={content.year}
          previousReportYear={content.previousReportYear}
          commentary={
            editable.has(section.focusAreaNumber) ? (
              <CommentaryForm
                planId={planId}
                year={content.year}
                focusAreaNumber={section.focusAreaNumber}
                commentary={section.commentary}
                version={report.commentaryVersions.find((entry) => entry.focusAreaNumber === section.focusAreaNumber)?.version ?? 0}
                carriedOver={section.commentaryCarriedOver}
                previousReportYear={content.previousReportYear}
              />
            ) : undefined
          }
        />
      ))}
    </>
  );
}
